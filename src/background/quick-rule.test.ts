import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getSealed, storage } from '../platform/storage';
import { answerQuickRule } from './quick-rule';
import { sealBackgroundWrites } from './storage-integrity';

vi.mock('webextension-polyfill', async () => ({ default: (await import('@webext-core/fake-browser')).fakeBrowser }));

beforeEach(() => {
  fakeBrowser.reset();
  (globalThis as { browser?: unknown }).browser = fakeBrowser;
  sealBackgroundWrites();
});

afterEach(() => {
  delete (globalThis as { browser?: unknown }).browser;
});

const stored = async () => (await fakeBrowser.storage.local.get('settings')).settings as { personal?: { rules?: unknown[] }; teamPolicyUrl?: unknown } | undefined;
const ask = (id: string, environment: string | null, save = true, confirmDowngrade = false) =>
  answerQuickRule({ scope: { console: 'gcp', id }, environment, save, confirmDowngrade });

describe('answerQuickRule', () => {
  it('lists the environments, protected ones marked, and saves an exact rule first among the personal rules, keeping the rest of the settings', async () => {
    await fakeBrowser.storage.local.set({ settings: { schemaVersion: 2, teamPolicyUrl: null, personal: { version: 1, environments: [], rules: [{ kind: 'glob', match: 'acme-*', environment: 'production' }] } } });
    const first = await ask('acme-shop-1', null, false);
    expect(first.outcome).toEqual({ kind: 'ready' });
    expect(first.environments.map((env) => [env.name, env.typedConfirmation])).toEqual([
      ['production', true],
      ['staging', false],
      ['development', false],
    ]);
    // The glob made it production: staging takes that away, so it waits for a confirmation.
    expect((await ask('acme-shop-1', 'staging')).outcome).toEqual({ kind: 'downgrade', from: 'production', to: 'staging', stillGuarded: false });
    expect((await stored())?.personal?.rules).toHaveLength(1);
    expect((await ask('acme-shop-1', 'staging', true, true)).outcome).toEqual({ kind: 'saved', environment: 'staging' });
    expect((await stored())?.personal?.rules).toEqual([
      { match: 'acme-shop-1', kind: 'exact', environment: 'staging' },
      { match: 'acme-*', kind: 'glob', environment: 'production' },
    ]);
    expect((await stored())?.teamPolicyUrl).toBeNull();
  });

  it('refuses what a page could not have sent: an ID the console never shows, an environment nobody defined', async () => {
    expect((await answerQuickRule({ scope: { console: 'aws', id: 'acme' }, environment: 'staging', save: true, confirmDowngrade: true })).outcome.kind).toBe('refused');
    expect((await ask('acme-shop-1', 'nonexistent')).outcome.kind).toBe('refused');
    expect(await stored()).toBeUndefined();
  });

  it('stored settings that were set aside are left to the options page', async () => {
    await fakeBrowser.storage.local.set({ settings: { schemaVersion: 2, teamPolicyUrl: null, personal: { version: 1, rules: 'not a list' } } });
    expect((await ask('acme-shop-1', 'staging')).outcome).toEqual({ kind: 'settings-unusable' });
    expect((await stored())?.personal?.rules).toBe('not a list');
  });

  it('saved settings are sealed as the background writes them', async () => {
    await ask('acme-shop-1', 'production');
    const read = await getSealed(storage.settings);
    expect(read.sealed).toBe(true);
    expect(read.value).toMatchObject({ personal: { rules: [{ match: 'acme-shop-1', kind: 'exact', environment: 'production' }] } });
  });
});
