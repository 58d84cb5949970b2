/**
 * The audit trail of guarded dialogs: a bounded list of the newest entries,
 * oldest first, and its JSON/CSV export. Pure.
 *
 * Bounded in entries and in bytes, with every text field capped: a page with
 * very long URLs or titles can never fill the browser's storage quota (10 MB
 * in Chrome) and so never stops settings or policy writes. Entries are
 * checked on the way in and on every read: one that is not an entry is left
 * out, never passed on to the page or the export.
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
  /** How many dialogs in a row this entry stands for (the same tab, title and outcome within a short window); absent: one. */
  count?: number;
  /** How many more dialogs the same tab opened after this one, past its budget, that were not recorded one by one. */
  suppressed?: number;
}

/** What a console tab may tell about a guarded dialog: only what it saw. The background adds the rest (background/audit-intake). */
export interface AuditReport {
  title: string;
  resourceName: string | null;
  kind: string | null;
  outcome: Exclude<AuditOutcome, 'protection-removed'>;
}

export const AUDIT_CAPACITY = 1000;
/** The trail's size as JSON, at most: a tenth of Chrome's storage.local quota. */
export const AUDIT_MAX_BYTES = 1024 * 1024;
/** The longest each text field is kept (in UTF-16 units; longer ones end in `…`). */
export const AUDIT_FIELD_LIMITS = { time: 40, project: 200, environment: 80, title: 300, resourceName: 300, kind: 40, url: 2048 } as const;

const OUTCOMES: readonly string[] = ['confirmed', 'cancelled', 'blocked', 'protection-removed'] satisfies readonly AuditOutcome[];

const cap = (text: string, limit: number) => (text.length > limit ? `${text.slice(0, limit - 1)}…` : text);
const TAB_OUTCOMES: readonly string[] = ['confirmed', 'cancelled', 'blocked'] satisfies readonly AuditReport['outcome'][];
const positiveCount = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;

/** A tab's report, with its texts capped, or null when it is not one (a tab never reports a removed protection). */
export function readAuditReport(value: unknown): AuditReport | null {
  if (!isRecord(value)) return null;
  const { title, resourceName, kind, outcome } = value;
  if (typeof title !== 'string' || typeof outcome !== 'string' || !TAB_OUTCOMES.includes(outcome)) return null;
  if (!(typeof resourceName === 'string' || resourceName === null) || !(typeof kind === 'string' || kind === null)) return null;
  const limits = AUDIT_FIELD_LIMITS;
  return {
    title: cap(title, limits.title),
    resourceName: resourceName === null ? null : cap(resourceName, limits.resourceName),
    kind: kind === null ? null : cap(kind, limits.kind),
    outcome: outcome as AuditReport['outcome'],
  };
}

/** `value` as an entry with every field capped, or null when it is not an entry. */
export function auditEntryOf(value: unknown): AuditEntry | null {
  if (!isRecord(value)) return null;
  const { time, project, environment, title, resourceName, kind, outcome, url, count, suppressed } = value;
  const texts = [time, project, environment, title, url];
  if (!texts.every((text) => typeof text === 'string') || typeof outcome !== 'string' || !OUTCOMES.includes(outcome)) return null;
  if (!(typeof resourceName === 'string' || resourceName === null) || !(typeof kind === 'string' || kind === null)) return null;
  const limits = AUDIT_FIELD_LIMITS;
  return {
    time: cap(time as string, limits.time),
    project: cap(project as string, limits.project),
    environment: cap(environment as string, limits.environment),
    title: cap(title as string, limits.title),
    resourceName: resourceName === null ? null : cap(resourceName, limits.resourceName),
    kind: kind === null ? null : cap(kind, limits.kind),
    outcome: outcome as AuditOutcome,
    url: cap(url as string, limits.url),
    ...(positiveCount(count) && count !== 1 ? { count: count as number } : {}),
    ...(positiveCount(suppressed) ? { suppressed: suppressed as number } : {}),
  };
}

/** Drops the oldest entries of `trail` (in place) until it has at most `capacity` entries and `maxBytes` as JSON. */
function bound(trail: AuditEntry[], capacity: number, maxBytes: number): AuditEntry[] {
  if (trail.length > capacity) trail.splice(0, trail.length - capacity);
  // Counted from the newest: those are the ones kept.
  let bytes = 2;
  for (let i = trail.length - 1; i >= 0; i--) {
    bytes += JSON.stringify(trail[i]).length + 1;
    if (bytes > maxBytes) {
      trail.splice(0, i + 1);
      break;
    }
  }
  return trail;
}

/**
 * Appends `entry` (checked and capped; dropped when it is not an entry) to
 * `trail` in place and drops the oldest entries beyond `capacity` or
 * `maxBytes`; returns `trail`. A plain bounded list: storage rewrites the
 * whole value on every write anyway, so a ring buffer's index bookkeeping
 * would buy nothing, and nothing here copies the list.
 */
export function appendAuditEntry(trail: AuditEntry[], entry: unknown, capacity = AUDIT_CAPACITY, maxBytes = AUDIT_MAX_BYTES): AuditEntry[] {
  const checked = auditEntryOf(entry);
  if (checked) trail.push(checked);
  return bound(trail, capacity, maxBytes);
}

/**
 * The stored trail, oldest first, at most `capacity` entries. Accepts the
 * list this module writes (version 2 of the stored item) and the
 * `{ next, entries }` ring of version 1; anything unusable reads as empty
 * rather than an error.
 */
export function readAuditTrail(stored: unknown, capacity = AUDIT_CAPACITY, maxBytes = AUDIT_MAX_BYTES): AuditEntry[] {
  let entries: unknown[] = [];
  if (Array.isArray(stored)) entries = stored;
  else if (isRecord(stored) && Array.isArray(stored.entries) && typeof stored.next === 'number') {
    const next = Math.min(Math.max(0, Math.trunc(stored.next)), stored.entries.length);
    entries = [...stored.entries.slice(next), ...stored.entries.slice(0, next)];
  }
  const trail = entries.slice(-capacity).map(auditEntryOf).filter((entry): entry is AuditEntry => entry !== null);
  return bound(trail, capacity, maxBytes);
}

const COLUMNS: readonly (keyof AuditEntry)[] = ['time', 'project', 'environment', 'outcome', 'kind', 'title', 'resourceName', 'url'];

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  // Quote always; double inner quotes; neutralise spreadsheet formulas.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function auditToCsv(entries: readonly AuditEntry[]): string {
  // Entries were checked when read; anything else in the list is left out rather than breaking the export.
  const rows = entries.map(auditEntryOf).filter((entry): entry is AuditEntry => entry !== null);
  return [COLUMNS.join(','), ...rows.map((entry) => COLUMNS.map((column) => csvCell(entry[column])).join(','))].join('\r\n') + '\r\n';
}

export function auditToJson(entries: readonly AuditEntry[]): string {
  return JSON.stringify(entries, null, 2);
}
