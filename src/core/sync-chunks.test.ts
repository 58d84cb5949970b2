import { describe, expect, it } from 'vitest';
import {
  checksumOf,
  cutIntoChunks,
  itemBytes,
  planSyncWrite,
  reassemble,
  storedChunkCount,
  syncChunkKey,
  SYNC_HEADER_KEY,
  SYNC_QUOTA_BYTES,
  SYNC_QUOTA_BYTES_PER_ITEM,
  utf8Bytes,
} from './sync-chunks';

const doc = (n: number, text = 'acme-project') => ({ personal: { rules: Array.from({ length: n }, (_, i) => ({ match: `${text}-${i}`, kind: 'exact', environment: 'production' })) } });

function written(document: unknown, previous = 0) {
  const plan = planSyncWrite(document, previous, 1000);
  if (!plan.ok) throw new Error('expected a write');
  return plan;
}

describe('utf8Bytes and itemBytes', () => {
  it('counts UTF-8 bytes, surrogate pairs as four', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('é')).toBe(2);
    expect(utf8Bytes('本番')).toBe(6);
    expect(utf8Bytes('😀')).toBe(4);
  });
  it('measures an item as its key plus its JSON text, as the browsers do', () => {
    expect(itemBytes('k', 'ab')).toBe(1 + 4);
    expect(itemBytes('k', { a: 1 })).toBe(1 + 7);
  });
});

describe('cutIntoChunks', () => {
  it.each([
    ['ASCII', 'x'.repeat(50_000)],
    ['quotes and backslashes (escaped: twice the room)', '"\\'.repeat(9_000)],
    ['Japanese (3 bytes each)', '本番環境'.repeat(4_000)],
    ['emoji pairs', '😀a'.repeat(5_000)],
    ['control characters', '\n\t\u0001'.repeat(3_000)],
  ])('%s: every chunk fits one item, none splits a pair, and they join back', (_, text) => {
    const chunks = cutIntoChunks(text);
    expect(chunks.join('')).toBe(text);
    chunks.forEach((chunk, index) => {
      expect(itemBytes(syncChunkKey(index), chunk)).toBeLessThanOrEqual(SYNC_QUOTA_BYTES_PER_ITEM);
      const last = chunk.charCodeAt(chunk.length - 1);
      expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
    });
    expect(chunks.length).toBeGreaterThan(1);
  });
  it('an empty text is one empty chunk; a short one is one chunk', () => {
    expect(cutIntoChunks('')).toEqual(['']);
    expect(cutIntoChunks('{"a":1}')).toEqual(['{"a":1}']);
  });
  it('fills each chunk to the quota (no needless chunks)', () => {
    const chunks = cutIntoChunks('y'.repeat(20_000));
    expect(itemBytes(syncChunkKey(0), chunks[0])).toBe(SYNC_QUOTA_BYTES_PER_ITEM);
    expect(chunks).toHaveLength(3);
  });
});

describe('planSyncWrite and reassemble', () => {
  it('round-trips a document of many chunks', () => {
    const document = doc(800);
    const plan = written(document);
    expect(Object.keys(plan.set).length).toBeGreaterThan(3);
    expect(plan.bytes).toBe(Object.entries(plan.set).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0));
    expect(plan.bytes).toBeLessThanOrEqual(SYNC_QUOTA_BYTES);
    const read = reassemble(plan.set);
    expect(read).toMatchObject({ kind: 'ok', document });
  });

  it('refuses what does not fit 100 KiB in all, with the figures', () => {
    const plan = planSyncWrite(doc(3000, 'a-rather-long-project-name-for-quota'), 0, 1);
    expect(plan).toMatchObject({ ok: false, reason: 'too-large', limit: SYNC_QUOTA_BYTES });
    if (!plan.ok) expect(plan.bytes).toBeGreaterThan(SYNC_QUOTA_BYTES);
  });

  it('removes the chunks of a longer earlier copy', () => {
    const long = written(doc(800));
    const count = storedChunkCount(long.set);
    const short = written(doc(2), count);
    expect(short.remove).toEqual(Array.from({ length: count - 1 }, (_, i) => syncChunkKey(i + 1)));
    expect(reassemble({ ...long.set, ...short.set })).toMatchObject({ kind: 'ok', document: doc(2) });
  });

  it('reads nothing stored as absent', () => {
    expect(reassemble({})).toEqual({ kind: 'absent' });
  });

  describe('a damaged copy is unreadable, with why', () => {
    const plan = written(doc(800));
    const withItems = (change: (items: Record<string, unknown>) => void) => {
      const items = structuredClone(plan.set);
      change(items);
      return reassemble(items);
    };
    it.each<[string, (items: Record<string, unknown>) => void, RegExp]>([
      ['a chunk missing', (items) => delete items[syncChunkKey(1)], /chunk 2 of \d+ is missing/],
      ['the last chunk missing', (items) => delete items[syncChunkKey(storedChunkCount(plan.set) - 1)], /is missing/],
      ['a chunk not a string', (items) => (items[syncChunkKey(0)] = 42), /chunk 1 of \d+ is missing/],
      ['a chunk changed', (items) => (items[syncChunkKey(1)] = (items[syncChunkKey(1)] as string).replace('production', 'development')), /checksum/],
      ['two chunks swapped', (items) => ([items[syncChunkKey(0)], items[syncChunkKey(1)]] = [items[syncChunkKey(1)], items[syncChunkKey(0)]]), /checksum/],
      ['a chunk cut short', (items) => (items[syncChunkKey(2)] = (items[syncChunkKey(2)] as string).slice(1)), /checksum/],
      ['the header missing', (items) => delete items[SYNC_HEADER_KEY], /header is missing/],
      ['the header not an object', (items) => (items[SYNC_HEADER_KEY] = 'x'), /not one this version reads/],
      ['a newer format', (items) => (items[SYNC_HEADER_KEY] = { ...(items[SYNC_HEADER_KEY] as object), format: 2 }), /not one this version reads/],
      ['a negative chunk count', (items) => (items[SYNC_HEADER_KEY] = { ...(items[SYNC_HEADER_KEY] as object), chunks: -1 }), /damaged/],
      ['a huge chunk count', (items) => (items[SYNC_HEADER_KEY] = { ...(items[SYNC_HEADER_KEY] as object), chunks: 1e9 }), /damaged/],
      ['a wrong length', (items) => (items[SYNC_HEADER_KEY] = { ...(items[SYNC_HEADER_KEY] as object), length: 3 }), /checksum/],
    ])('%s', (_, change, reason) => {
      const read = withItems(change);
      expect(read.kind).toBe('unreadable');
      if (read.kind === 'unreadable') expect(read.reason).toMatch(reason);
    });

    it('valid chunks of text that is not JSON', () => {
      const text = '{"personal":';
      const items = { [SYNC_HEADER_KEY]: { format: 1, chunks: 1, length: text.length, checksum: checksumOf(text), writtenAt: 1 }, [syncChunkKey(0)]: text };
      expect(reassemble(items)).toMatchObject({ kind: 'unreadable', reason: 'the text is not JSON' });
    });
  });

  it('the checksum tells apart texts that differ in one character or in order', () => {
    expect(checksumOf('abc')).not.toBe(checksumOf('abd'));
    expect(checksumOf('ab')).not.toBe(checksumOf('ba'));
    expect(checksumOf('abc')).toBe(checksumOf('abc'));
  });
});
