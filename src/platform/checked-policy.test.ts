import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UNAVAILABLE_POLICY } from '../core/policy/fail-closed';
import { effectiveTeamUrl, planSync, EMPTY_TEAM_STATUS } from '../core/policy/sync-state';
import { readCheckedPolicy } from './checked-policy';
import { storage } from './storage';

beforeEach(() => {
  fakeBrowser.reset();
  (globalThis as { browser?: unknown }).browser = fakeBrowser;
});

afterEach(() => {
  delete (globalThis as { browser?: unknown }).browser;
});

/** What the team sync does with the stored URLs (background/policy-sync reads them the same way). */
async function syncPlan() {
  const target = effectiveTeamUrl(await storage.managedPolicyUrl.get(), null);
  return planSync({ cache: null, status: { ...EMPTY_TEAM_STATUS } }, target, 0);
}

describe('the managed team URL is judged once, as the sync judges it', () => {
  it('an administrator URL with spaces and upper case is accepted by both', async () => {
    await fakeBrowser.storage.managed.set({ policyUrl: ' HTTPS://Config.example.com/team.json' });
    const { managed, problems } = await readCheckedPolicy();
    expect(managed.policyUrl).toBe('https://config.example.com/team.json');
    expect(problems).toEqual([]);
    expect(await syncPlan()).toMatchObject({ action: 'fetch', url: 'https://config.example.com/team.json', source: 'managed' });
  });

  it('an http:// administrator URL is refused by both, and still shown as the administrator’s', async () => {
    await fakeBrowser.storage.managed.set({ policyUrl: 'http://intranet.example/team.json' });
    const { managed } = await readCheckedPolicy();
    expect(managed.policyUrl).toBe('http://intranet.example/team.json');
    expect(managed.problems).toEqual([expect.stringMatching(/^managed policyUrl: http:\/\/intranet\.example\/team\.json: only https:\/\/ URLs are allowed/)]);
    expect(await syncPlan()).toMatchObject({ action: 'refuse', next: { status: { source: 'managed', lastError: expect.stringContaining('only https://') } } });
  });
});

describe('readCheckedPolicy', () => {
  it('checks the managed policy and the settings, and reads the cached team policy as it was checked when fetched', async () => {
    await fakeBrowser.storage.managed.set({ policy: JSON.stringify({ version: 1, environments: [], rules: [{ kind: 'exact', match: 'm-1', environment: 'production' }] }) });
    await fakeBrowser.storage.local.set({
      teamPolicy: { url: 'https://t.example/p.json', etag: null, fetchedAt: 1, policy: { version: 1, environments: [], rules: [{ kind: 'exact', match: 't-1', environment: 'staging' }] } },
      settings: { schemaVersion: 2, personal: { version: 1, environments: [], rules: [{ kind: 'regex', match: '(?!x)a', environment: 'production' }] }, teamPolicyUrl: null },
    });
    const checked = await readCheckedPolicy();
    expect(checked.effective.classify('m-1')?.source).toBe('managed');
    expect(checked.effective.classify('t-1')).toMatchObject({ source: 'team', environment: { name: 'staging' } });
    expect(checked.settings.corrupt).toBe(true);
    expect(checked.sources.personal?.rules).toEqual([]);
    expect(checked.problems).toContainEqual(expect.stringMatching(/^settings\.personal\.rules\[0\]\.match: lookahead \(\?! is not supported /));
  });

  it('a managed policy that is not JSON is a problem, not an error, and fails closed', async () => {
    await fakeBrowser.storage.managed.set({ policy: '{ nope' });
    const checked = await readCheckedPolicy();
    expect(checked.sources.managed).toBe(UNAVAILABLE_POLICY);
    expect(checked.problems).toEqual(['managed policy: not valid JSON', expect.stringContaining('every console project is treated as "policy-unavailable"')]);
    expect(checked.effective.classify('acme-dev-1')?.environment.name).toBe('policy-unavailable');
  });

  it('an invalid managed policy keeps the last valid one the background kept', async () => {
    const valid = { version: 1, environments: [], rules: [{ kind: 'exact', match: 'acme-core', environment: 'production' }] };
    await fakeBrowser.storage.managed.set({ policy: valid });
    const first = await readCheckedPolicy();
    expect(first.lastGood).toEqual(first.sources.managed);
    await storage.managedPolicyLastGood.set({ savedAt: 1, policy: first.lastGood! });

    await fakeBrowser.storage.managed.set({ policy: { ...valid, rules: [...valid.rules, { kind: 'regex', match: '(?!x)y', environment: 'production' }] } });
    const broken = await readCheckedPolicy();
    expect(broken.sources.managed).toEqual(first.sources.managed);
    expect(broken.effective.classify('acme-core')?.environment.name).toBe('production');
    expect(broken.problems).toContain('managed policy: the administrator’s policy is invalid; the last valid one stays in force');
  });
});
