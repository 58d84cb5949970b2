/**
 * How many audit entries one tab may add, so a page that fakes dialogs in a
 * loop cannot push everyone else's entries out of the bounded trail. Pure:
 * the background keeps one gate per tab and applies its decisions.
 *
 * - Repeats coalesce: the same title, resource and outcome again within
 *   COALESCE_MS of the tab's previous entry adds one to that entry's count.
 * - A budget per tab (a token bucket: BURST entries at once, then one per
 *   REFILL_MS): past it, reports add one to the `suppressed` count of the
 *   tab's latest entry instead of adding entries. A tab that loops for an
 *   hour adds about BURST + 3,600,000 / REFILL_MS entries, not thousands.
 */
import type { AuditReport } from './audit';

export const COALESCE_MS = 10_000;
export const BURST = 20;
export const REFILL_MS = 30_000;

export interface AuditGate {
  tokens: number;
  refilledAt: number;
  /** The tab's latest entry (its time identifies it in the trail) and what it said. */
  last: { time: string; key: string; at: number } | null;
}

export type GateDecision =
  /** Add a new entry. */
  | { action: 'append' }
  /** Add one to the count of the tab's latest entry. */
  | { action: 'repeat'; time: string }
  /** Add one to the suppressed count of the tab's latest entry (or drop it when the trail no longer has one). */
  | { action: 'suppress'; time: string | null };

export const newAuditGate = (now: number): AuditGate => ({ tokens: BURST, refilledAt: now, last: null });

const reportKey = (report: AuditReport) => JSON.stringify([report.title, report.resourceName, report.kind, report.outcome]);

/** Decides what `report` does to the trail, and updates `gate` (in place) as if the decision was applied. `time`: the new entry's time. */
export function admitReport(gate: AuditGate, report: AuditReport, now: number, time: string): GateDecision {
  const refills = Math.floor((now - gate.refilledAt) / REFILL_MS);
  if (refills > 0) {
    gate.tokens = Math.min(BURST, gate.tokens + refills);
    gate.refilledAt += refills * REFILL_MS;
  }
  if (now < gate.refilledAt) gate.refilledAt = now;
  const key = reportKey(report);
  if (gate.last && gate.last.key === key && now - gate.last.at < COALESCE_MS) {
    gate.last.at = now;
    return { action: 'repeat', time: gate.last.time };
  }
  if (gate.tokens < 1) return { action: 'suppress', time: gate.last?.time ?? null };
  gate.tokens -= 1;
  gate.last = { time, key, at: now };
  return { action: 'append' };
}
