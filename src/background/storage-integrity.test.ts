import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getSealed, storage } from '../platform/storage';
import { guardStorage, sealsReady } from './storage-integrity';

/** A content script's write: storage.local as Firefox gives it to one, with no seal (taken before the background wraps its own). */
const contentScriptLocal = { set: fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local), remove: fakeBrowser.storage.local.remove.bind(fakeBrowser.storage.local) };
const tampered: string[] = [];

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const TRAIL = [{ time: '2026-01-01T00:00:00.000Z', project: 'acme-prod-1', environment: 'production', title: 'Delete cluster', resourceName: 'c', kind: null, outcome: 'blocked' as const, url: 'https://console.cloud.google.com/' }];

beforeEach(async () => {
  fakeBrowser.reset();
  (globalThis as { browser?: unknown }).browser = fakeBrowser;
  // Stored before the background starts (a previous browser session): sealed at start.
  await fakeBrowser.storage.local.set({ auditLog: TRAIL });
  tampered.length = 0;
  guardStorage((key) => tampered.push(key));
  await sealsReady();
});

afterEach(() => {
  delete (globalThis as { browser?: unknown }).browser;
  vi.restoreAllMocks();
});

describe('storage.local guarded by seals', () => {
  it('puts back a published policy a content script overwrote, and reports it', async () => {
    await storage.policyForTabs.set({ sources: { managed: null, team: null, personal: null }, problems: ['kept'] });
    const before = (await fakeBrowser.storage.local.get('policyForTabs')).policyForTabs;
    await contentScriptLocal.set({ policyForTabs: { version: 3, problems: [], personal: { version: 2, environments: [], rules: [{ kind: 'glob', pattern: '*', environment: 'development' }] } } });
    await settle();
    expect((await fakeBrowser.storage.local.get('policyForTabs')).policyForTabs).toEqual(before);
    expect(tampered).toEqual(['policyForTabs']);
    expect((await getSealed(storage.policyForTabs)).sealed).toBe(true);
  });

  it('puts back an audit trail and a notice a content script removed', async () => {
    await storage.protectionNotice.set({ at: 1, lines: [] } as never);
    await contentScriptLocal.remove(['auditLog', 'protectionNotice']);
    await settle();
    expect(await storage.auditLog.get()).toEqual(TRAIL);
    expect((await fakeBrowser.storage.local.get('protectionNotice')).protectionNotice).toEqual({ at: 1, lines: [] });
    expect(tampered.sort()).toEqual(['auditLog', 'protectionNotice']);
  });

  it('a trusted reader treats an unsealed value as not there until it is put back', async () => {
    // A content script's change seen before the listener put it back.
    vi.spyOn(fakeBrowser.storage.local.onChanged, 'trigger').mockResolvedValue([]);
    await contentScriptLocal.set({ auditLog: [] });
    expect(await getSealed(storage.auditLog)).toMatchObject({ sealed: false, value: [] });
    vi.restoreAllMocks();
    await contentScriptLocal.set({ auditLog: TRAIL });
    expect(await getSealed(storage.auditLog)).toMatchObject({ sealed: true, value: TRAIL });
  });

  it('lets the extension\'s own writes through, sealed', async () => {
    await storage.auditLog.set([]);
    await storage.teamPolicy.remove();
    await settle();
    expect(tampered).toEqual([]);
    expect((await getSealed(storage.auditLog)).sealed).toBe(true);
  });
});
