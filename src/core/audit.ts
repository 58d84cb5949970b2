/**
 * The audit trail of guarded dialogs: a bounded list of the newest entries,
 * oldest first, and its JSON/CSV export. Pure.
 */
import { isRecord } from './is-record';

/** `protection-removed`: not a dialog but a new policy that removed protection (core/policy/downgrade). */
export type AuditOutcome = 'confirmed' | 'cancelled' | 'blocked' | 'protection-removed';

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

/**
 * Appends `entry` to `trail` in place and drops the oldest entries beyond
 * `capacity`; returns `trail`. A plain bounded list: storage rewrites the
 * whole value on every write anyway, so a ring buffer's index bookkeeping
 * would buy nothing, and nothing here copies the list.
 */
export function appendAuditEntry(trail: AuditEntry[], entry: AuditEntry, capacity = AUDIT_CAPACITY): AuditEntry[] {
  trail.push(entry);
  if (trail.length > capacity) trail.splice(0, trail.length - capacity);
  return trail;
}

/**
 * The stored trail, oldest first, at most `capacity` entries. Accepts the
 * list this module writes (version 2 of the stored item) and the
 * `{ next, entries }` ring of version 1; anything unusable reads as empty
 * rather than an error.
 */
export function readAuditTrail(stored: unknown, capacity = AUDIT_CAPACITY): AuditEntry[] {
  let entries: unknown[] = [];
  if (Array.isArray(stored)) entries = stored;
  else if (isRecord(stored) && Array.isArray(stored.entries) && typeof stored.next === 'number') {
    const next = Math.min(Math.max(0, Math.trunc(stored.next)), stored.entries.length);
    entries = [...stored.entries.slice(next), ...stored.entries.slice(0, next)];
  }
  return entries.filter(isRecord).slice(-capacity) as unknown as AuditEntry[];
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
