import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BURST } from '../core/audit-gate';
import { storage } from '../platform/storage';
import { forgetAuditGate, recordTabReport } from './audit-intake';
import { setTabState } from './tab-states';

beforeEach(async () => {
  fakeBrowser.reset();
  (globalThis as { browser?: unknown }).browser = fakeBrowser;
  forgetAuditGate(7);
  forgetAuditGate(8);
  await setTabState(7, { project: 'acme-prod-1', environment: { name: 'production', label: 'PROD', color: '#d00', typedConfirmation: true } });
  await setTabState(8, { project: 'acme-dev', environment: { name: 'development', label: 'DEV', color: '#0a0', typedConfirmation: false } });
});

afterEach(() => {
  delete (globalThis as { browser?: unknown }).browser;
});

const URL7 = 'https://console.cloud.google.com/kubernetes/list?project=acme-prod-1';

describe('audit reports from console tabs', () => {
  it('take project, environment and URL from the tab map and the sender, never from the message', async () => {
    const forged = { title: 'Delete cluster', resourceName: 'c-1', kind: 'gke-cluster', outcome: 'confirmed', project: 'someone-else', environment: 'development', url: 'https://evil.example/' };
    await recordTabReport(7, URL7, forged, 1_000);
    expect(await storage.auditLog.get()).toEqual([
      { time: new Date(1_000).toISOString(), project: 'acme-prod-1', environment: 'production', title: 'Delete cluster', resourceName: 'c-1', kind: 'gke-cluster', outcome: 'confirmed', url: URL7 },
    ]);
  });

  it('cannot claim a removed protection, and what is not a report is dropped', async () => {
    await recordTabReport(7, URL7, { title: 'x', resourceName: null, kind: null, outcome: 'protection-removed' });
    await recordTabReport(7, URL7, { title: 42, outcome: 'blocked' });
    expect(await storage.auditLog.get()).toEqual([]);
  });

  it('a flood of 1,100 forged reports from one tab keeps the other tab\'s entries: repeats coalesce, the rest is counted past the budget', async () => {
    await recordTabReport(8, 'https://console.cloud.google.com/home?project=acme-dev', { title: 'Delete VM', resourceName: 'vm', kind: null, outcome: 'blocked' }, 0);
    for (let n = 0; n < 1100; n++) await recordTabReport(7, URL7, { title: n % 2 ? 'Delete cluster' : `Delete ${n}`, resourceName: null, kind: null, outcome: 'blocked' }, 100 + n);
    const trail = await storage.auditLog.get();
    expect(trail[0]).toMatchObject({ project: 'acme-dev', title: 'Delete VM' });
    expect(trail.filter((entry) => entry.project === 'acme-prod-1')).toHaveLength(BURST);
    // Every report is accounted for, in 20 entries.
    const accounted = trail.filter((entry) => entry.project === 'acme-prod-1').reduce((sum, entry) => sum + (entry.count ?? 1) + (entry.suppressed ?? 0), 0);
    expect(accounted).toBe(1100);
  }, 30_000);

  it('a page repeating one dialog in a loop adds one entry with its count', async () => {
    for (let n = 0; n < 352; n++) await recordTabReport(7, URL7, { title: 'Delete cluster', resourceName: 'c-1', kind: null, outcome: 'cancelled' }, n * 31);
    const trail = await storage.auditLog.get();
    expect(trail).toHaveLength(1);
    expect(trail[0]!.count).toBe(352);
  });
});
