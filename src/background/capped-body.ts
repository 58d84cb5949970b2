/**
 * Reads a response body only up to a byte limit: a team policy server that
 * answers with hundreds of megabytes costs at most the limit (plus one
 * chunk) before the request is aborted, never the whole body in memory.
 */

export type CappedBody = { text: string } | { tooLarge: true; bytes: number };

/** `abort`: cancels the request (the body stream is cancelled here too). */
export async function readCappedBody(response: Response, limit: number, abort: () => void): Promise<CappedBody> {
  // A declared length over the limit is refused before a byte is read.
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    abort();
    return { tooLarge: true, bytes: declared };
  }
  if (!response.body) return { text: '' };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > limit) {
      abort();
      await reader.cancel().catch(() => undefined);
      return { tooLarge: true, bytes };
    }
    chunks.push(value);
  }
  const whole = new Uint8Array(bytes);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { text: new TextDecoder('utf-8').decode(whole) };
}
