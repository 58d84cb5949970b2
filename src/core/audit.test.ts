import { describe, expect, it } from 'vitest';
import { appendAuditEntry, auditEntryOf, auditToCsv, auditToJson, readAuditTrail, AUDIT_CAPACITY, AUDIT_FIELD_LIMITS, AUDIT_MAX_BYTES, type AuditEntry } from './audit';

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

describe('audit trail: a bounded list, oldest first', () => {
  const names = (trail: readonly AuditEntry[]) => trail.map((e) => e.resourceName);

  it('keeps entries in order until full', () => {
    const trail: AuditEntry[] = [];
    appendAuditEntry(trail, entry(1), 3);
    appendAuditEntry(trail, entry(2), 3);
    expect(names(trail)).toEqual(['c-1', 'c-2']);
  });

  it('drops the oldest once full and never grows past capacity', () => {
    const trail: AuditEntry[] = [];
    for (let n = 1; n <= 7; n++) appendAuditEntry(trail, entry(n), 3);
    expect(names(trail)).toEqual(['c-5', 'c-6', 'c-7']);
  });

  it('holds the last 1,000 by default', () => {
    const trail: AuditEntry[] = [];
    for (let n = 0; n < AUDIT_CAPACITY + 250; n++) appendAuditEntry(trail, entry(n));
    expect(trail).toHaveLength(1000);
    expect(trail[0]!.resourceName).toBe('c-250');
    expect(trail.at(-1)!.resourceName).toBe('c-1249');
  });

  it('appends to the list it is given instead of copying it', () => {
    const trail = Array.from({ length: AUDIT_CAPACITY }, (_, n) => entry(n));
    const first = trail[1];
    expect(appendAuditEntry(trail, entry(5000))).toBe(trail);
    expect(trail).toHaveLength(AUDIT_CAPACITY);
    expect(trail[0]).toBe(first);
  });

  it('reads back what storage held, and treats garbage as empty', () => {
    const trail: AuditEntry[] = [];
    for (let n = 1; n <= 5; n++) appendAuditEntry(trail, entry(n));
    expect(names(readAuditTrail(JSON.parse(JSON.stringify(trail)), 3))).toEqual(['c-3', 'c-4', 'c-5']);
    for (const garbage of [null, 'x', 42, { entries: 'no' }, { next: 1 }]) expect(readAuditTrail(garbage)).toEqual([]);
  });

  it('reads a stored ring ({ capacity, next, entries }) oldest first', () => {
    const ring = { capacity: 3, next: 1, entries: [entry(4), entry(2), entry(3)] };
    expect(names(readAuditTrail(JSON.parse(JSON.stringify(ring))))).toEqual(['c-2', 'c-3', 'c-4']);
    expect(names(readAuditTrail({ capacity: 3, next: 2, entries: [entry(1), entry(2)] }))).toEqual(['c-1', 'c-2']);
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

describe('audit trail: bounded in bytes, fields capped, entries checked', () => {
  it('caps url, title and resource name, so one entry stays small whatever the page', () => {
    const trail = appendAuditEntry([], entry(1, { url: `https://console.cloud.google.com/?x=${'a'.repeat(5_000_000)}`, title: 't'.repeat(10_000), resourceName: 'r'.repeat(10_000) }));
    expect(trail[0]!.url).toHaveLength(AUDIT_FIELD_LIMITS.url);
    expect(trail[0]!.url.endsWith('…')).toBe(true);
    expect(trail[0]!.title).toHaveLength(AUDIT_FIELD_LIMITS.title);
    expect(trail[0]!.resourceName).toHaveLength(AUDIT_FIELD_LIMITS.resourceName);
    expect(JSON.stringify(trail).length).toBeLessThan(4000);
  });

  it('never holds more than AUDIT_MAX_BYTES, however long the entries: the newest are kept', () => {
    const trail: AuditEntry[] = [];
    for (let n = 0; n < AUDIT_CAPACITY; n++) appendAuditEntry(trail, entry(n, { url: `https://console.cloud.google.com/${'u'.repeat(3000)}`, title: 'x'.repeat(400) }));
    expect(JSON.stringify(trail).length).toBeLessThanOrEqual(AUDIT_MAX_BYTES);
    expect(trail.length).toBeLessThan(AUDIT_CAPACITY);
    expect(trail.at(-1)!.resourceName).toBe(`c-${AUDIT_CAPACITY - 1}`);
    // A trail stored before these bounds (9 MB of long URLs) reads back within them.
    const legacy = Array.from({ length: 1000 }, (_, n) => ({ ...entry(n), url: `https://x/${'u'.repeat(9000)}` }));
    expect(JSON.stringify(readAuditTrail(legacy)).length).toBeLessThanOrEqual(AUDIT_MAX_BYTES);
  });

  it('leaves out stored values that are not entries, and the CSV export never throws on them', () => {
    const stored = [entry(1), null, 7, { ...entry(2), outcome: 'exploded' }, { ...entry(3), url: 12 }, { ...entry(4), resourceName: undefined }, entry(5)];
    const trail = readAuditTrail(stored);
    expect(trail.map((e) => e.resourceName)).toEqual(['c-1', 'c-5']);
    expect(() => auditToCsv(stored as AuditEntry[])).not.toThrow();
    expect(auditToCsv(stored as AuditEntry[]).trim().split('\r\n')).toHaveLength(3);
    expect(auditEntryOf({ ...entry(6), outcome: 'protection-removed', kind: null, resourceName: null })).not.toBeNull();
  });

  it('drops an appended value that is not an entry', () => {
    expect(appendAuditEntry([entry(1)], { time: 1 })).toEqual([entry(1)]);
  });
});
