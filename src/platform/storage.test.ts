import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptySettings, settingsToStored } from '../core/stored-settings';
import { getItems, storage, writeItems } from './storage';
import { LOCAL_KEYS, SESSION_KEYS } from './storage-keys';

beforeEach(() => {
  fakeBrowser.reset();
  (globalThis as { browser?: unknown }).browser = fakeBrowser;
});

afterEach(() => {
  delete (globalThis as { browser?: unknown }).browser;
  vi.restoreAllMocks();
});

describe('storage items', () => {
  it('each key is defined once per area', () => {
    const seen = Object.values(storage).map((item) => `${item.area}:${item.key}`);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('the key names tests use are derived from the items', () => {
    expect(LOCAL_KEYS).toEqual({
      settings: 'settings',
      settingsQuarantine: 'settingsQuarantine',
      settingsBackup: 'settingsBackup',
      syncPreference: 'syncPreference',
      syncStatus: 'syncStatus',
      syncBase: 'syncBase',
      auditLog: 'auditLog',
      teamPolicy: 'teamPolicy',
      teamPolicyStatus: 'teamPolicyStatus',
      protectionNotice: 'protectionNotice',
      managedPolicyLastGood: 'managedPolicyLastGood',
      policyForTabs: 'policyForTabs',
    });
    expect(SESSION_KEYS).toEqual({ tabStates: 'tabStates', storageProblem: 'storageProblem' });
  });

  it('an absent value reads as a fresh copy of the fallback', async () => {
    const trail = await storage.auditLog.get();
    expect(trail).toEqual([]);
    trail.push({} as never);
    expect(await storage.auditLog.get()).toEqual([]);
    expect(storage.auditLog.fallback).toEqual([]);
  });

  it('writes through the writer and reads through the reader', async () => {
    await storage.settings.set(emptySettings());
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: JSON.parse(JSON.stringify(settingsToStored(emptySettings()))) });
    await fakeBrowser.storage.local.set({ teamPolicyStatus: { url: 'https://x.example/p.json', lastError: 7 } });
    expect(await storage.teamPolicyStatus.get()).toEqual({ url: 'https://x.example/p.json', lastAttemptAt: null, lastSuccessAt: null, lastError: null, source: null });
  });

  it('reads the version 1 audit ring oldest first', async () => {
    const entry = (n: number) => ({ time: `t${n}`, project: 'p', environment: 'production', title: 'x', resourceName: null, kind: null, outcome: 'blocked', url: 'u' });
    await fakeBrowser.storage.local.set({ auditLog: { capacity: 2, next: 1, entries: [entry(3), entry(2)] } });
    expect((await storage.auditLog.get()).map((e) => e.time)).toEqual(['t2', 't3']);
    expect(storage.auditLog.version).toBe(2);
  });

  it('watch reports the new and the previous value, for its own key and area only', async () => {
    const seen: unknown[] = [];
    const stop = storage.teamPolicyStatus.watch((value, previous) => seen.push([value?.url ?? null, previous?.url ?? null]));
    await fakeBrowser.storage.local.set({ teamPolicyStatus: { url: 'https://a.example/' } });
    await fakeBrowser.storage.local.set({ teamPolicy: { url: 'https://a.example/', policy: {} } });
    await fakeBrowser.storage.session.set({ teamPolicyStatus: { url: 'https://b.example/' } });
    await fakeBrowser.storage.local.set({ teamPolicyStatus: { url: 'https://c.example/' } });
    stop();
    await fakeBrowser.storage.local.remove('teamPolicyStatus');
    expect(seen).toEqual([
      ['https://a.example/', null],
      ['https://c.example/', 'https://a.example/'],
    ]);
  });

  it('managed values read as not set where reading managed storage throws', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await storage.managedPolicyUrl.get()).toBeNull();
    expect(await getItems([storage.managedPolicy, storage.managedPolicyUrl, storage.teamPolicy] as const)).toEqual([null, null, null]);
  });

  it('the managed URL reads trimmed, and an empty one as not set', async () => {
    await fakeBrowser.storage.managed.set({ policyUrl: '  https://config.example.com/p.json ' });
    expect(await storage.managedPolicyUrl.get()).toBe('https://config.example.com/p.json');
    await fakeBrowser.storage.managed.set({ policyUrl: '   ' });
    expect(await storage.managedPolicyUrl.get()).toBeNull();
  });

  it('getItems reads each area once; writeItems removes and sets together', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await writeItems([storage.teamPolicy, { url: 'https://a.example/', etag: null, fetchedAt: 1, policy: {} }], [storage.teamPolicyStatus, undefined]);
    const [cache, status] = await getItems([storage.teamPolicy, storage.teamPolicyStatus] as const);
    expect(get).toHaveBeenCalledTimes(1);
    expect(cache?.url).toBe('https://a.example/');
    expect(status).toBeNull();
    await expect(writeItems([storage.teamPolicy, undefined], [storage.tabStates, {}])).rejects.toThrow(/all of one area/);
  });
});
