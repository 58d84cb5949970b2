import { describe, expect, it } from 'vitest';
import { appendToRing, auditToCsv, auditToJson, emptyRing, readRing, ringEntries, AUDIT_CAPACITY, type AuditEntry } from './audit';

const entry = (n: number, extra: Partial<AuditEntry> = {}): AuditEntry => ({
  time: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
  project: 'acme-prod-1',
  environment: 'production',
  title: `Delete cluster ${n}`,
  resourceName: `c-${n}`,
  kind: 'gke-cluster',
  outcome: 'blocked',
  url: 'https://console.cloud.google.com/kubernetes/list/overview?project=acme-prod-1',
  ...extra,
});

describe('audit ring buffer', () => {
  it('keeps entries in order until full', () => {
    let ring = emptyRing(3);
    ring = appendToRing(ring, entry(1));
    ring = appendToRing(ring, entry(2));
    expect(ringEntries(ring).map((e) => e.resourceName)).toEqual(['c-1', 'c-2']);
  });

  it('overwrites the oldest once full and never grows past capacity', () => {
    let ring = emptyRing(3);
    for (let n = 1; n <= 7; n++) ring = appendToRing(ring, entry(n));
    expect(ring.entries).toHaveLength(3);
    expect(ringEntries(ring).map((e) => e.resourceName)).toEqual(['c-5', 'c-6', 'c-7']);
  });

  it('holds the last 1,000 by default', () => {
    let ring = emptyRing();
    for (let n = 0; n < AUDIT_CAPACITY + 250; n++) ring = appendToRing(ring, entry(n));
    const all = ringEntries(ring);
    expect(all).toHaveLength(1000);
    expect(all[0]!.resourceName).toBe('c-250');
    expect(all.at(-1)!.resourceName).toBe('c-1249');
  });

  it('does not mutate the ring it is given', () => {
    const ring = appendToRing(emptyRing(2), entry(1));
    const copy = structuredClone(ring);
    appendToRing(ring, entry(2));
    expect(ring).toEqual(copy);
  });

  it('reads back what storage held, and treats garbage as empty', () => {
    let ring = emptyRing(3);
    for (let n = 1; n <= 5; n++) ring = appendToRing(ring, entry(n));
    expect(ringEntries(readRing(JSON.parse(JSON.stringify(ring)), 3)).map((e) => e.resourceName)).toEqual(['c-3', 'c-4', 'c-5']);
    for (const garbage of [null, 'x', 42, { entries: 'no' }, { next: 1 }]) expect(ringEntries(readRing(garbage))).toEqual([]);
  });
});

describe('audit export', () => {
  it('writes CSV with a header, quoted cells and doubled quotes', () => {
    const csv = auditToCsv([entry(1, { title: 'Delete "prod-1"?', resourceName: null })]);
    const [header, row] = csv.trim().split('\r\n');
    expect(header).toBe('time,project,environment,outcome,kind,title,resourceName,url');
    expect(row).toContain('"Delete ""prod-1""?"');
    expect(row).toContain(',"",'); // null resource name is an empty cell
  });

  it('neutralises spreadsheet formulas', () => {
    const csv = auditToCsv([entry(1, { title: '=HYPERLINK("http://x")' })]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('JSON round-trips', () => {
    const entries = [entry(1), entry(2, { outcome: 'confirmed' })];
    expect(JSON.parse(auditToJson(entries))).toEqual(entries);
  });
});
