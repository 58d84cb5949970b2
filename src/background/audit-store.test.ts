import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUDIT_MAX_BYTES, type AuditEntry } from '../core/audit';
import { storage } from '../platform/storage';
import { recordAudit, withStorageRoom } from './audit-store';

/** storage.local refuses, as Chrome does, any set that would take it past `quota` bytes of JSON. */
function limitLocalStorage(quota: number): void {
  const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  fakeBrowser.storage.local.set = async (items: Record<string, unknown>) => {
    const all = { ...(await fakeBrowser.storage.local.get()), ...items };
    const bytes = Object.entries(all).reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);
    if (bytes > quota) throw new Error('QUOTA_BYTES quota exceeded');
    return set(items);
  };
}

const entry = (n: number, url: string): AuditEntry => ({
  time: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
  project: 'acme-prod-1',
  environment: 'production',
  title: 'Delete cluster',
  resourceName: `c-${n}`,
  kind: 'gke-cluster',
  outcome: 'blocked',
  url,
});

beforeEach(() => {
  fakeBrowser.reset();
  (globalThis as { browser?: unknown }).browser = fakeBrowser;
});

afterEach(() => {
  delete (globalThis as { browser?: unknown }).browser;
});

describe('the audit trail and the storage quota', () => {
  it('pages with megabyte URLs never take the trail past its byte bound', async () => {
    const huge = `https://console.cloud.google.com/kubernetes?project=acme-prod-1&x=${'a'.repeat(2_000_000)}`;
    for (let n = 0; n < 500; n++) await recordAudit(entry(n, huge));
    const stored = (await fakeBrowser.storage.local.get('auditLog')).auditLog as AuditEntry[];
    expect(JSON.stringify(stored).length).toBeLessThanOrEqual(AUDIT_MAX_BYTES);
    // Each entry capped at a few kB: hundreds fit, the newest last.
    expect(stored.length).toBeGreaterThan(400);
    expect(stored.at(-1)!.resourceName).toBe('c-499');
  }, 120_000);

  it('a full quota is reported, and a policy write is refused: it never evicts audit entries, and the previous value stays', async () => {
    for (let n = 0; n < 300; n++) await recordAudit(entry(n, `https://console.cloud.google.com/${'u'.repeat(2000)}`));
    const before = await storage.auditLog.get();
    const trailBytes = JSON.stringify((await fakeBrowser.storage.local.get('auditLog')).auditLog).length;
    limitLocalStorage(trailBytes + 200_000);
    const teamPolicy = { url: 'https://config.example.com/team.json', etag: null, fetchedAt: 1, policy: { version: 1, environments: [], rules: [], note: 'x'.repeat(250_000) } };

    await expect(withStorageRoom(() => storage.teamPolicy.set(teamPolicy))).rejects.toThrow(/quota/i);
    expect(await storage.teamPolicy.get()).toBeNull();
    // Every refresh tried again: still every entry.
    await withStorageRoom(() => storage.teamPolicy.set(teamPolicy)).catch(() => undefined);
    await withStorageRoom(() => storage.teamPolicy.set(teamPolicy)).catch(() => undefined);
    expect(await storage.auditLog.get()).toEqual(before);
    expect(await storage.storageProblem.get()).toMatchObject({ message: 'QUOTA_BYTES quota exceeded' });
  }, 60_000);

  it('other errors are not swallowed', async () => {
    await expect(withStorageRoom(() => Promise.reject(new Error('disk on fire')))).rejects.toThrow('disk on fire');
    expect(await storage.storageProblem.get()).toBeNull();
  });
});
