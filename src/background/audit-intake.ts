/**
 * Turns a console tab's report of a guarded dialog into an audit entry: the
 * project and environment come from the tab map (what the background worked
 * out for that tab), the URL from the browser's sender, the time from here.
 * Repeats coalesce and each tab has a budget (core/audit-gate), so a page
 * faking dialogs in a loop cannot push other entries out of the trail.
 * Gates are kept in memory: a restarted background starts every tab afresh.
 */
import { readAuditReport, type AuditEntry } from '../core/audit';
import { admitReport, newAuditGate, type AuditGate } from '../core/audit-gate';
import { changeAuditTrail, recordAudit } from './audit-store';
import { readTabStates } from './tab-states';

const gates = new Map<number, AuditGate>();

export function forgetAuditGate(tabId: number): void {
  gates.delete(tabId);
}

export async function recordTabReport(tabId: number, url: string, value: unknown, now = Date.now()): Promise<void> {
  const report = readAuditReport(value);
  if (!report) return;
  const state = (await readTabStates())[tabId];
  const time = new Date(now).toISOString();
  let gate = gates.get(tabId);
  if (!gate) gates.set(tabId, (gate = newAuditGate(now)));
  const decision = admitReport(gate, report, now, time);
  const project = state?.project ?? '';
  if (decision.action === 'append') {
    const entry: AuditEntry = {
      time,
      project,
      environment: state?.environment?.name ?? '',
      ...report,
      url,
    };
    await recordAudit(entry);
    return;
  }
  await changeAuditTrail((trail) => {
    const latest = trail.findLast((entry) => entry.time === decision.time && entry.project === project);
    if (!latest) return;
    if (decision.action === 'repeat') latest.count = (latest.count ?? 1) + 1;
    else latest.suppressed = (latest.suppressed ?? 0) + 1;
  });
}
