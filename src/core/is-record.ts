/** A plain object (not null, not an array): what stored and parsed JSON documents must be. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
