import { describe, expect, it } from 'vitest';
import { policyToFile } from './policy/file';
import { EMPTY_POLICY, type Policy } from './policy/types';
import { settingsToStored, emptySettings } from './settings';
import { planSyncWrite, reassemble, syncChunkKey, SYNC_HEADER_KEY } from './sync-chunks';
import { planSync, type SyncPlanInput } from './sync-plan';

const rule = (pattern: string, environment = 'production') => ({ kind: 'exact' as const, pattern, environment });
const policy = (...patterns: string[]): Policy => ({ ...structuredClone(EMPTY_POLICY), rules: patterns.map((x) => rule(x)) });
const localStored = (personal: Policy) => settingsToStored({ ...emptySettings(), personal, teamPolicyUrl: 'https://team.example/policy.json' });
const syncOf = (document: unknown) => {
  const plan = planSyncWrite(document, 0, 1);
  if (!plan.ok) throw new Error('too large');
  return plan.set;
};
const remoteOf = (personal: Policy) => syncOf({ personal: policyToFile(personal) });
const input = (over: Partial<SyncPlanInput>): SyncPlanInput => ({ localStored: localStored(policy()), syncItems: {}, baseStored: null, trigger: 'local', now: 5, ...over });
const writtenRules = (set: Record<string, unknown> | undefined) => {
  const read = reassemble(set ?? {});
  return read.kind === 'ok' ? ((read.document as { personal: { rules: { match: string }[] } }).personal.rules.map((r) => r.match)) : read;
};

describe('planSync', () => {
  it('nothing in storage.sync yet: writes the personal settings (not the team URL) and takes them as the base', () => {
    const plan = planSync(input({ localStored: localStored(policy('a')) }));
    expect(writtenRules(plan.syncWrite?.set)).toEqual(['a']);
    expect(JSON.stringify(plan.syncWrite)).not.toContain('team.example');
    expect(plan.base).toEqual(policyToFile(policy('a')));
    expect(plan.localPersonal).toBeNull();
    expect(plan.status).toMatchObject({ kind: 'synced', at: 5 });
  });

  it('another browser added a rule: it is merged into this browser and nothing is written back when both agree', () => {
    const plan = planSync(input({ localStored: localStored(policy('a')), syncItems: remoteOf(policy('a', 'b')), baseStored: policyToFile(policy('a')), trigger: 'remote' }));
    expect(plan.localPersonal?.rules.map((r) => r.pattern)).toEqual(['a', 'b']);
    expect(plan.syncWrite).toBeNull();
    expect(plan.base).toEqual(policyToFile(policy('a', 'b')));
    expect(plan.status).toMatchObject({ kind: 'synced', takenFromRemote: 1 });
  });

  it('both browsers added a rule: the merge goes both ways', () => {
    const plan = planSync(input({ localStored: localStored(policy('a', 'c')), syncItems: remoteOf(policy('a', 'b')), baseStored: policyToFile(policy('a')) }));
    expect(plan.localPersonal?.rules.map((r) => r.pattern)).toEqual(['a', 'c', 'b']);
    expect(writtenRules(plan.syncWrite?.set)).toEqual(['a', 'c', 'b']);
  });

  it('a first sync on a new browser keeps both sides (no base: no deletion)', () => {
    const plan = planSync(input({ localStored: localStored(policy('mine')), syncItems: remoteOf(policy('theirs')), baseStored: undefined, trigger: 'start' }));
    expect(plan.localPersonal?.rules.map((r) => r.pattern)).toEqual(['mine', 'theirs']);
  });

  it.each<[string, (items: Record<string, unknown>) => void]>([
    ['a missing chunk', (items) => delete items[syncChunkKey(0)]],
    ['a corrupt chunk', (items) => (items[syncChunkKey(0)] = (items[syncChunkKey(0)] as string).replace('"a"', '"z"'))],
    ['a missing header', (items) => delete items[SYNC_HEADER_KEY]],
  ])('%s arriving from elsewhere: this browser keeps its copy, writes nothing, and reports it', (_, damage) => {
    const items = remoteOf(policy('a', 'b'));
    damage(items);
    const plan = planSync(input({ localStored: localStored(policy('a')), syncItems: items, baseStored: policyToFile(policy('a')), trigger: 'remote' }));
    expect(plan).toMatchObject({ localPersonal: null, syncWrite: null, base: undefined, status: { kind: 'remote-unreadable' } });
  });

  it('a copy that is not a valid policy (tampered) changes nothing here', () => {
    for (const personal of [{ version: 1, rules: [{ match: '(?=x)', kind: 'regex', environment: 'production' }] }, { version: 99 }, 'x']) {
      const plan = planSync(input({ localStored: localStored(policy('a')), syncItems: syncOf({ personal }), baseStored: policyToFile(policy('a')), trigger: 'remote' }));
      expect(plan).toMatchObject({ localPersonal: null, syncWrite: null, status: { kind: 'remote-unreadable' } });
    }
  });

  it('the person saving here replaces an unreadable copy, marked so others merge it without deleting theirs', () => {
    const items = remoteOf(policy('a', 'b'));
    delete items[syncChunkKey(0)];
    const plan = planSync(input({ localStored: localStored(policy('a', 'c')), syncItems: items, trigger: 'local' }));
    const read = reassemble({ ...items, ...plan.syncWrite?.set });
    expect(read).toMatchObject({ kind: 'ok', document: { replaces: 'unreadable' } });
    // The other browser, whose base had `x`, loses nothing of its own.
    const other = planSync(input({ localStored: localStored(policy('a', 'x')), syncItems: { ...items, ...plan.syncWrite?.set }, baseStored: policyToFile(policy('a', 'x')), trigger: 'remote' }));
    expect(other.localPersonal?.rules.map((r) => r.pattern)).toEqual(['a', 'x', 'c']);
  });

  it('too large to sync: reported with the figures, kept locally, storage.sync and the base left as they are', () => {
    const many = policy(...Array.from({ length: 2500 }, (_, i) => `a-long-project-identifier-${i}`));
    const plan = planSync(input({ localStored: localStored(many) }));
    expect(plan.syncWrite).toBeNull();
    expect(plan.localPersonal).toBeNull();
    expect(plan.base).toBeUndefined();
    expect(plan.status).toMatchObject({ kind: 'too-large', limit: 102_400 });
    if (plan.status.kind === 'too-large') expect(plan.status.bytes).toBeGreaterThan(102_400);
  });

  it('too large after merging: the merge is kept here, the base stays what storage.sync holds', () => {
    const many = policy(...Array.from({ length: 2500 }, (_, i) => `a-long-project-identifier-${i}`));
    const plan = planSync(input({ localStored: localStored(many), syncItems: remoteOf(policy('b')), baseStored: null }));
    expect(plan.localPersonal?.rules).toHaveLength(2501);
    expect(plan.syncWrite).toBeNull();
    expect(plan.base).toEqual(policyToFile(policy('b')));
    expect(plan.status.kind).toBe('too-large');
  });

  it('unreadable local settings are never synced', () => {
    const plan = planSync(input({ localStored: 'garbage', syncItems: remoteOf(policy('b')) }));
    expect(plan).toMatchObject({ localPersonal: null, syncWrite: null, status: { kind: 'local-unreadable' } });
  });

  it('a base that cannot be read counts as none (nothing deleted)', () => {
    const plan = planSync(input({ localStored: localStored(policy('a', 'b')), syncItems: remoteOf(policy('a')), baseStored: { version: 'x' }, trigger: 'remote' }));
    expect(plan.localPersonal).toBeNull();
    expect(writtenRules(plan.syncWrite?.set)).toEqual(['a', 'b']);
  });

  it('a longer earlier copy has its extra chunks removed', () => {
    const big = policy(...Array.from({ length: 600 }, (_, i) => `project-${i}`));
    const plan = planSync(input({ localStored: localStored(policy('a')), syncItems: remoteOf(big), baseStored: policyToFile(big) }));
    expect(plan.syncWrite?.remove.length).toBeGreaterThan(0);
    expect(writtenRules({ ...remoteOf(big), ...plan.syncWrite?.set })).toEqual(['a']);
  });

  describe('a copy that would take protection away is held, not applied (it may come from a content script, not another browser)', () => {
    const base = policy('a', 'b');
    it.each<[string, Policy]>([
      ['a protecting rule deleted', policy('a')],
      ['a protecting rule moved to development', { ...policy('a'), rules: [rule('a'), rule('b', 'development')] }],
      ['production redefined without typed confirmation', { ...policy('a', 'b'), environments: [{ name: 'production', label: 'PROD', color: '#c5221f', typedConfirmation: false }] as Policy['environments'] }],
      ['the built-in rules switched off', { ...policy('a', 'b'), useDefaultRules: false }],
    ])('%s: nothing changes here or in storage.sync, and the status says what it would take away', (_, remote) => {
      const plan = planSync(input({ localStored: localStored(base), syncItems: remoteOf(remote), baseStored: policyToFile(base), trigger: 'remote' }));
      expect(plan.localPersonal).toBeNull();
      expect(plan.syncWrite).toBeNull();
      expect(plan.base).toBeUndefined();
      expect(plan.status).toMatchObject({ kind: 'held' });
      expect((plan.status as { takenAway: string[] }).takenAway.length).toBeGreaterThan(0);
    });

    it('an addition in the same copy is not held', () => {
      const plan = planSync(input({ localStored: localStored(base), syncItems: remoteOf(policy('a', 'b', 'c')), baseStored: policyToFile(base), trigger: 'remote' }));
      expect(plan.localPersonal?.rules.map((r) => r.pattern)).toEqual(['a', 'b', 'c']);
      expect(plan.status).toMatchObject({ kind: 'synced' });
    });

    it('once the person deletes the rule here too, the browsers agree again', () => {
      const plan = planSync(input({ localStored: localStored(policy('a')), syncItems: remoteOf(policy('a')), baseStored: policyToFile(base), trigger: 'local' }));
      expect(plan.status).toMatchObject({ kind: 'synced' });
    });
  });
});
