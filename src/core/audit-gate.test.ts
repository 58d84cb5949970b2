import { describe, expect, it } from 'vitest';
import type { AuditReport } from './audit';
import { admitReport, BURST, COALESCE_MS, newAuditGate, REFILL_MS } from './audit-gate';

const report = (title: string): AuditReport => ({ title, resourceName: 'c-1', kind: 'gke-cluster', outcome: 'blocked' });

describe('the audit gate of one tab', () => {
  it('coalesces the same dialog and outcome repeated within the window into the first entry', () => {
    const gate = newAuditGate(0);
    expect(admitReport(gate, report('Delete cluster'), 0, 't0')).toEqual({ action: 'append' });
    for (let n = 1; n <= 300; n++) expect(admitReport(gate, report('Delete cluster'), n * 30, `t${n}`)).toEqual({ action: 'repeat', time: 't0' });
    expect(admitReport(gate, report('Delete cluster'), 9_000 + COALESCE_MS + 1, 'later')).toEqual({ action: 'append' });
  });

  it('admits BURST different dialogs at once, then suppresses into the latest entry, then one more per REFILL_MS', () => {
    const gate = newAuditGate(0);
    const decisions = Array.from({ length: 1100 }, (_, n) => admitReport(gate, report(`Delete ${n}`), n * 10, `t${n}`));
    expect(decisions.filter((decision) => decision.action === 'append')).toHaveLength(BURST);
    expect(decisions.at(-1)).toEqual({ action: 'suppress', time: `t${BURST - 1}` });
    expect(admitReport(gate, report('Delete again'), 11_000 + REFILL_MS, 'next')).toEqual({ action: 'append' });
  });
});
