import { describe, expect, it } from 'vitest';
import { appendAuditEntry, auditToCsv, auditToJson, readAuditTrail, AUDIT_CAPACITY, type AuditEntry } from './audit';

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
