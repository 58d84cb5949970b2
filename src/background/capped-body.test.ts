import { describe, expect, it } from 'vitest';
import { readCappedBody } from './capped-body';

/** A body of `total` bytes in 64 KiB chunks, produced only as they are read; counts what was produced. */
function endless(total: number, headers: Record<string, string> = {}) {
  const produced = { bytes: 0, cancelled: false };
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (produced.bytes >= total) return controller.close();
      produced.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
    cancel() {
      produced.cancelled = true;
    },
  });
  return { response: new Response(stream, { headers }), produced };
}

describe('readCappedBody', () => {
  it('stops a 300 MB body at the limit: reads one chunk past it, cancels, aborts', async () => {
    const { response, produced } = endless(300 * 1024 * 1024);
    let aborted = false;
    const result = await readCappedBody(response, 256 * 1024, () => (aborted = true));
    expect(result).toEqual({ tooLarge: true, bytes: 256 * 1024 + 64 * 1024 });
    expect(aborted).toBe(true);
    expect(produced.cancelled).toBe(true);
    expect(produced.bytes).toBeLessThan(1024 * 1024);
  });

  it('refuses a declared Content-Length over the limit without reading', async () => {
    const { response, produced } = endless(300 * 1024 * 1024, { 'content-length': String(300 * 1024 * 1024) });
    let aborted = false;
    expect(await readCappedBody(response, 256 * 1024, () => (aborted = true))).toEqual({ tooLarge: true, bytes: 300 * 1024 * 1024 });
    expect(aborted).toBe(true);
    expect(produced.bytes).toBeLessThanOrEqual(64 * 1024); // at most what the stream had queued on its own
  });

  it('reads a body within the limit as UTF-8, split characters included', async () => {
    const bytes = new TextEncoder().encode('{"note":"本番 ✓"}');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        // Split in the middle of a multi-byte character.
        controller.enqueue(bytes.slice(0, 10));
        controller.enqueue(bytes.slice(10));
        controller.close();
      },
    });
    expect(await readCappedBody(new Response(stream), 256 * 1024, () => undefined)).toEqual({ text: '{"note":"本番 ✓"}' });
    expect(await readCappedBody(new Response(null), 10, () => undefined)).toEqual({ text: '' });
  });

  it('takes exactly the limit', async () => {
    const { response } = endless(256 * 1024);
    const result = await readCappedBody(response, 256 * 1024, () => undefined);
    expect('text' in result && result.text.length).toBe(256 * 1024);
  });
});
