/**
 * The seal of a stored value: the SHA-256 of its JSON (or `absent`), kept in
 * storage.session under `seal:<key>`. A content script can read what
 * storage.local holds but not the seals, and cannot make another value with
 * the same digest.
 */
export const SEAL_PREFIX = 'seal:';

export const sealKey = (key: string): string => `${SEAL_PREFIX}${key}`;

/** JSON with every object's keys sorted: Chrome's storage hands values back with their keys sorted, Firefox's as written. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.keys(item).sort().map((key) => [key, (item as Record<string, unknown>)[key]]))
      : item,
  );
}

export async function digestOf(stored: unknown): Promise<string> {
  if (stored === undefined || stored === null) return 'absent';
  const bytes = new TextEncoder().encode(canonicalJson(stored));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
