/**
 * The audit trail of guarded dialogs: a fixed-capacity ring buffer (never an
 * unbounded list) and its JSON/CSV export. Pure.
 */

export type AuditOutcome = 'confirmed' | 'cancelled' | 'blocked';

export interface AuditEntry {
  /** ISO 8601. */
  time: string;
  project: string;
  environment: string;
  title: string;
  resourceName: string | null;
  kind: string | null;
  outcome: AuditOutcome;
  url: string;
}

export const AUDIT_CAPACITY = 1000;

/** `entries` holds at most `capacity` items; `next` is where the next write goes once full. */
export interface AuditRing {
  capacity: number;
  next: number;
  entries: AuditEntry[];
}

export function emptyRing(capacity = AUDIT_CAPACITY): AuditRing {
  return { capacity, next: 0, entries: [] };
}

/** Returns a new ring with `entry` added, overwriting the oldest once full. */
export function appendToRing(ring: AuditRing, entry: AuditEntry): AuditRing {
  const entries = ring.entries.slice(0, ring.capacity);
  if (entries.length < ring.capacity) {
    entries.push(entry);
    return { capacity: ring.capacity, next: entries.length % ring.capacity, entries };
  }
  entries[ring.next] = entry;
  return { capacity: ring.capacity, next: (ring.next + 1) % ring.capacity, entries };
}

/** Oldest first. */
export function ringEntries(ring: AuditRing): AuditEntry[] {
  if (ring.entries.length < ring.capacity) return [...ring.entries];
  return [...ring.entries.slice(ring.next), ...ring.entries.slice(0, ring.next)];
}

/** Accepts whatever storage holds; anything unusable becomes an empty ring rather than an error. */
export function readRing(stored: unknown, capacity = AUDIT_CAPACITY): AuditRing {
  if (typeof stored !== 'object' || stored === null) return emptyRing(capacity);
  const { next, entries } = stored as Partial<AuditRing>;
  if (!Array.isArray(entries) || typeof next !== 'number') return emptyRing(capacity);
  let ring = emptyRing(capacity);
  for (const entry of ringEntries({ capacity: Math.max(entries.length, 1), next, entries })) ring = appendToRing(ring, entry);
  return ring;
}

const COLUMNS: readonly (keyof AuditEntry)[] = ['time', 'project', 'environment', 'outcome', 'kind', 'title', 'resourceName', 'url'];

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  // Quote always; double inner quotes; neutralise spreadsheet formulas.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function auditToCsv(entries: readonly AuditEntry[]): string {
  return [COLUMNS.join(','), ...entries.map((entry) => COLUMNS.map((column) => csvCell(entry[column])).join(','))].join('\r\n') + '\r\n';
}

export function auditToJson(entries: readonly AuditEntry[]): string {
  return JSON.stringify(entries, null, 2);
}
