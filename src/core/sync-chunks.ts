/**
 * The personal settings as kept in storage.sync: one JSON text cut into
 * string chunks that each fit the browser's per-item quota, and a small
 * header naming how many chunks there are, their length and a checksum, so
 * a copy with a chunk missing, cut short or changed is recognised and never
 * used. Pure: no browser globals.
 *
 * Quotas (the same in Chrome and Firefox): every item is measured as its
 * key's length plus the length of its value's JSON text; 8,192 bytes per
 * item, 102,400 in all, 512 items. Sizes here are counted in UTF-8 bytes,
 * which is never less than what either browser counts.
 */
import { isRecord } from './is-record';

export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;
export const SYNC_QUOTA_BYTES = 102_400;
export const SYNC_MAX_ITEMS = 512;

/** The header item; chunk `i` is `${SYNC_CHUNK_PREFIX}${i}`. */
export const SYNC_HEADER_KEY = 'personalSync';
export const SYNC_CHUNK_PREFIX = 'personalSync.';
export const SYNC_FORMAT = 1;

export const syncChunkKey = (index: number): string => `${SYNC_CHUNK_PREFIX}${index}`;
/** Whether a storage.sync key is one of ours. */
export const isSyncKey = (key: string): boolean => key === SYNC_HEADER_KEY || key.startsWith(SYNC_CHUNK_PREFIX);

export interface SyncHeader {
  format: typeof SYNC_FORMAT;
  chunks: number;
  /** Characters of the whole JSON text. */
  length: number;
  checksum: string;
  writtenAt: number;
}

/** UTF-8 bytes of a string. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** What one stored item costs against the quotas. */
export const itemBytes = (key: string, value: unknown): number => utf8Bytes(key) + utf8Bytes(JSON.stringify(value));

/** FNV-1a over the UTF-16 code units, twice with different seeds: catches a changed or shuffled chunk (not a forger: the policy parser checks what is used). */
export function checksumOf(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code ^ (i & 0xff), 0x01000193) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** Bytes a character adds inside a JSON string (escapes included). */
function jsonCharBytes(text: string, i: number): { bytes: number; units: number } {
  const code = text.charCodeAt(i);
  if (code === 0x22 || code === 0x5c) return { bytes: 2, units: 1 };
  if (code < 0x20) return { bytes: 6, units: 1 };
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) return { bytes: 4, units: 2 };
  // Lone surrogates and the line separators are escaped by some JSON writers: count the escape.
  if ((code >= 0xd800 && code <= 0xdfff) || code === 0x2028 || code === 0x2029) return { bytes: 6, units: 1 };
  return { bytes: code < 0x80 ? 1 : code < 0x800 ? 2 : 3, units: 1 };
}

/** Cuts `text` so each piece, stored under its chunk key, fits `perItem` bytes; never between the halves of a surrogate pair. */
export function cutIntoChunks(text: string, perItem = SYNC_QUOTA_BYTES_PER_ITEM): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length || chunks.length === 0) {
    const room = perItem - utf8Bytes(syncChunkKey(chunks.length)) - 2;
    let used = 0;
    let end = start;
    while (end < text.length) {
      const { bytes, units } = jsonCharBytes(text, end);
      if (used + bytes > room) break;
      used += bytes;
      end += units;
    }
    if (end === start && start < text.length) throw new Error('sync chunk room is smaller than one character');
    chunks.push(text.slice(start, end));
    start = end;
    if (start >= text.length) break;
  }
  return chunks;
}

export type SyncWrite =
  | { ok: true; set: Record<string, unknown>; remove: string[]; bytes: number; items: number }
  | { ok: false; reason: 'too-large'; bytes: number; items: number; limit: number };

/**
 * What to write to storage.sync for `document` (any JSON value): the chunks
 * and the header in one write, and the chunk keys of a longer earlier copy
 * to remove. Refused, with the figures, when it cannot fit the quotas.
 */
export function planSyncWrite(document: unknown, previousChunks: number, writtenAt: number): SyncWrite {
  const text = JSON.stringify(document);
  const chunks = cutIntoChunks(text);
  const header: SyncHeader = { format: SYNC_FORMAT, chunks: chunks.length, length: text.length, checksum: checksumOf(text), writtenAt };
  const set: Record<string, unknown> = { [SYNC_HEADER_KEY]: header };
  chunks.forEach((chunk, index) => (set[syncChunkKey(index)] = chunk));
  const bytes = Object.entries(set).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
  const items = chunks.length + 1;
  if (bytes > SYNC_QUOTA_BYTES || items > SYNC_MAX_ITEMS) return { ok: false, reason: 'too-large', bytes, items, limit: SYNC_QUOTA_BYTES };
  const remove: string[] = [];
  for (let index = chunks.length; index < previousChunks; index++) remove.push(syncChunkKey(index));
  return { ok: true, set, remove, bytes, items };
}

export type SyncRead =
  | { kind: 'absent' }
  | { kind: 'ok'; document: unknown; header: SyncHeader }
  | { kind: 'unreadable'; reason: string; chunks: number };

/** The number of chunks a stored header names (0 when it is absent or unusable): what a new write must clear beyond its own. */
export function storedChunkCount(items: Record<string, unknown>): number {
  const header = items[SYNC_HEADER_KEY];
  const named = isRecord(header) && Number.isSafeInteger(header.chunks) && (header.chunks as number) >= 0 ? (header.chunks as number) : 0;
  let present = 0;
  while (items[syncChunkKey(present)] !== undefined && present < SYNC_MAX_ITEMS) present++;
  return Math.max(named, present);
}

/** Puts the stored items back together; anything missing, cut short, changed or not JSON is `unreadable` with why. */
export function reassemble(items: Record<string, unknown>): SyncRead {
  const header = items[SYNC_HEADER_KEY];
  const chunks = storedChunkCount(items);
  if (header === undefined) return chunks === 0 ? { kind: 'absent' } : { kind: 'unreadable', reason: 'the header is missing', chunks };
  if (!isRecord(header) || header.format !== SYNC_FORMAT) return { kind: 'unreadable', reason: 'the header is not one this version reads', chunks };
  const { chunks: count, length, checksum, writtenAt } = header;
  if (!Number.isSafeInteger(count) || (count as number) < 1 || (count as number) > SYNC_MAX_ITEMS || !Number.isSafeInteger(length) || typeof checksum !== 'string') {
    return { kind: 'unreadable', reason: 'the header is damaged', chunks };
  }
  let text = '';
  for (let index = 0; index < (count as number); index++) {
    const chunk = items[syncChunkKey(index)];
    if (typeof chunk !== 'string') return { kind: 'unreadable', reason: `chunk ${index + 1} of ${count as number} is missing`, chunks };
    text += chunk;
  }
  if (text.length !== length || checksumOf(text) !== checksum) return { kind: 'unreadable', reason: 'the chunks do not match their checksum', chunks };
  try {
    const document: unknown = JSON.parse(text);
    const at = typeof writtenAt === 'number' && Number.isFinite(writtenAt) ? writtenAt : 0;
    return { kind: 'ok', document, header: { format: SYNC_FORMAT, chunks: count as number, length: length as number, checksum, writtenAt: at } };
  } catch {
    return { kind: 'unreadable', reason: 'the text is not JSON', chunks };
  }
}
