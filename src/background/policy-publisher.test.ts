import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { policyFrom, type LoadedPolicy } from '../platform/policy-in-tab';
import { storage } from '../platform/storage';
import { followCheckedSources, refreshPolicy, refreshWhenSourcesChange } from './policy-publisher';
import { sealBackgroundWrites } from './storage-integrity';

vi.mock('webextension-polyfill', async () => ({ default: (await import('@webext-core/fake-browser')).fakeBrowser }));

beforeEach(() => {
  fakeBrowser.reset();
  (globalThis as { browser?: unknown }).browser = fakeBrowser;
  // The tests' writes stand for the background's own, which are sealed.
  sealBackgroundWrites();
});

/** What a tab gets: what the background publishes (it answers `tab-policy` with it and pushes every new one). */
const loadPolicy = async (): Promise<LoadedPolicy> => policyFrom(await storage.policyForTabs.get());
const watchPolicy = (onChange: (loaded: LoadedPolicy) => void) => storage.policyForTabs.watch((published) => onChange(policyFrom(published)));

afterEach(() => {
  delete (globalThis as { browser?: unknown }).browser;
});

const personal = (rules: unknown[]) => ({ schemaVersion: 2, personal: { version: 1, environments: [], rules }, teamPolicyUrl: null });

/** How many times `policyForTabs` is written while `run` runs. */
async function writesOfPolicyForTabs(run: () => Promise<void>): Promise<number> {
  let writes = 0;
  const stop = storage.policyForTabs.watch(() => writes++);
  await run();
  stop();
  return writes;
}

describe('broken administrator configuration, as tabs see it', () => {
  const valid = { version: 1, environments: [], rules: [{ kind: 'exact', match: 'acme-core', environment: 'production' }], allowPersonalRules: false };

  it('an invalid managed policy: the last valid one stays in force in tabs; with none, every project is policy-unavailable', async () => {
    await fakeBrowser.storage.managed.set({ policy: { ...valid, rules: [{ kind: 'regex', match: 'x-\\1', environment: 'production' }] } });
    await refreshPolicy();
    let tab = await loadPolicy();
    expect(tab.effective.classify('acme-dev-1')?.environment).toMatchObject({ name: 'policy-unavailable', label: 'NO POLICY', typedConfirmation: true });
    expect(await storage.managedPolicyLastGood.get()).toBeNull();

    await fakeBrowser.storage.managed.set({ policy: valid });
    await refreshPolicy();
    expect((await storage.managedPolicyLastGood.get())?.policy.rules).toEqual([{ kind: 'exact', pattern: 'acme-core', environment: 'production' }]);
    tab = await loadPolicy();
    expect(tab.effective.classify('acme-dev-1')?.environment.name).toBe('development');

    await fakeBrowser.storage.managed.set({ policy: { ...valid, rules: [{ kind: 'regex', match: '(?=x)', environment: 'production' }] } });
    await refreshPolicy();
    tab = await loadPolicy();
    expect(tab.effective.classify('acme-core')?.environment.name).toBe('production');
    expect(tab.effective.classify('acme-dev-1')?.environment.name).toBe('development');
    expect(tab.effective.personalAllowed).toBe(false); // allowPersonalRules: false still applies
  });
});

describe('a new team policy that removes protection', () => {
  const teamCache = (rules: unknown[]) => ({ url: 'https://config.example.com/team.json', etag: null, fetchedAt: 1, policy: { version: 1, environments: [], rules } });

  it('applies, and is recorded: a notice naming what lost protection, and an audit entry per line', async () => {
    await fakeBrowser.storage.local.set({ teamPolicy: teamCache([{ kind: 'exact', match: 'acme-pay', environment: 'production' }, { kind: 'glob', match: 'acme-*-live', environment: 'production' }]) });
    await refreshPolicy();
    expect(await storage.protectionNotice.get()).toBeNull(); // a first policy removes nothing

    await fakeBrowser.storage.local.set({ teamPolicy: teamCache([]) });
    await refreshPolicy();
    expect((await loadPolicy()).effective.classify('acme-pay')).toBeNull(); // applied...
    const notice = await storage.protectionNotice.get();
    expect(notice?.losses.map((loss) => loss.text)).toEqual([
      'team policy: project acme-pay: production -> no environment (unmarked, unguarded)',
      'team policy: rule glob "acme-*-live" (-> production) was removed',
    ]); // ...and never silently
    const audit = await storage.auditLog.get();
    expect(audit.map((entry) => [entry.outcome, entry.project, entry.url])).toEqual([
      ['protection-removed', 'acme-pay', 'https://config.example.com/team.json'],
      ['protection-removed', '', 'https://config.example.com/team.json'],
    ]);

    // Publishing the same policy again records nothing more.
    await refreshPolicy();
    expect((await storage.protectionNotice.get())?.losses).toHaveLength(2);
  });
});

describe('the policy published for console tabs', () => {
  it('is every source checked, and what a tab reads from it classifies as the checked policy does', async () => {
    await fakeBrowser.storage.local.set({ settings: personal([{ kind: 'glob', match: 'side-*', environment: 'production' }]) });
    await fakeBrowser.storage.managed.set({ policy: { version: 1, environments: [], rules: [{ kind: 'exact', match: 'side-1', environment: 'development' }] } });
    await refreshPolicy();
    const tab = await loadPolicy();
    // The personal rule adds protection over the managed one: the tab agrees.
    expect(tab.effective.classify('side-1')).toMatchObject({ source: 'personal', environment: { name: 'production' } });
    expect(tab.effective.sources).toEqual(['managed', 'personal', 'default']);
    expect(tab.problems).toEqual([]);
  });

  it('leaves out what may not run, and says why', async () => {
    await fakeBrowser.storage.local.set({ settings: personal([{ kind: 'regex', match: '(?!x)a', environment: 'production' }, { kind: 'exact', match: 'ok-1', environment: 'staging' }]) });
    await refreshPolicy();
    const published = await storage.policyForTabs.get();
    expect(published.sources.personal?.rules).toEqual([{ kind: 'exact', pattern: 'ok-1', environment: 'staging' }]);
    expect(published.problems).toContainEqual(expect.stringMatching(/^settings\.personal\.rules\[0\]\.match: lookahead \(\?! is not supported /));
    // The unreadable settings are kept aside, not lost.
    expect((await storage.settingsQuarantine.get())?.value).toEqual(personal([{ kind: 'regex', match: '(?!x)a', environment: 'production' }, { kind: 'exact', match: 'ok-1', environment: 'staging' }]));
  });

  it('is written only when it changes: every write wakes every console tab', async () => {
    await fakeBrowser.storage.local.set({ settings: personal([{ kind: 'exact', match: 'a-1', environment: 'production' }]) });
    expect(await writesOfPolicyForTabs(() => refreshPolicy())).toBe(1);
    expect(await writesOfPolicyForTabs(() => refreshPolicy())).toBe(0);
  });

  it('follows a change of the settings into an open tab', async () => {
    refreshWhenSourcesChange((error) => {
      throw error;
    });
    await refreshPolicy();
    const seen: LoadedPolicy[] = [];
    watchPolicy((loaded) => seen.push(loaded));
    await fakeBrowser.storage.local.set({ settings: personal([{ kind: 'exact', match: 'mine-1', environment: 'staging' }]) });
    await expect.poll(() => seen.at(-1)?.effective.classify('mine-1')?.environment.name).toBe('staging');
  });

  it('migrates version 1 settings, keeping the original as a backup', async () => {
    const v1 = { schemaVersion: 1, environments: [], rules: [{ kind: 'exact', pattern: 'old-1', environment: 'staging' }] };
    await fakeBrowser.storage.local.set({ settings: v1 });
    await refreshPolicy();
    expect((await storage.settingsBackup.get())?.value).toEqual(v1);
    expect(await storage.settings.get()).toMatchObject({ schemaVersion: 2, personal: { rules: [{ match: 'old-1', kind: 'exact', environment: 'staging' }] } });
    expect((await loadPolicy()).effective.classify('old-1')?.environment.name).toBe('staging');
  });

  it('hands the sources of every check to its follower (the site scripts), a check that changes nothing included', async () => {
    const seen: unknown[] = [];
    const stop = followCheckedSources((sources) => seen.push(sources.personal?.rules.map((rule) => rule.pattern)));
    await fakeBrowser.storage.local.set({ settings: personal([{ kind: 'exact', match: 'site-1', environment: 'staging' }]) });
    await refreshPolicy();
    await refreshPolicy();
    stop();
    await refreshPolicy();
    expect(seen).toEqual([['site-1'], ['site-1']]);
  });
});
