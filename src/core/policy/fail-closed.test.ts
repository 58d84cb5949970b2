import { describe, expect, it } from 'vitest';
import { buildEffectivePolicy } from './effective';
import { isUnavailablePolicy, POLICY_UNAVAILABLE, readLastGood, lastGoodToStored, resolveAuthorities, UNAVAILABLE_POLICY } from './fail-closed';
import { readManagedValues } from './managed';
import { EMPTY_POLICY, type Policy } from './types';

const managedFile = { version: 1, environments: [], rules: [{ kind: 'exact', match: 'acme-core', environment: 'production' }], allowPersonalRules: false };
const team: Policy = { ...EMPTY_POLICY, rules: [{ kind: 'glob', pattern: 'acme-*', environment: 'development' }] };
const lastGood: Policy = { ...EMPTY_POLICY, rules: [{ kind: 'exact', pattern: 'acme-core', environment: 'production' }], allowPersonalRules: false };
const personal: Policy = { ...EMPTY_POLICY, rules: [{ kind: 'exact', pattern: 'acme-core', environment: 'development' }] };
/** One unsafe-by-old-standards, now refused, regex makes the whole managed policy invalid. */
const invalidManaged = { ...managedFile, rules: [...managedFile.rules, { kind: 'regex', match: '(?!x).*', environment: 'production' }] };

const classify = (authorities: { managed: Policy | null; team: Policy | null }, id: string) =>
  buildEffectivePolicy({ ...authorities, personal }).classify(id)?.environment.name ?? null;

describe('resolveAuthorities', () => {
  it('a valid managed policy is in force and is what to keep as the last valid one', () => {
    const resolved = resolveAuthorities(readManagedValues(managedFile, null), null, team);
    expect(resolved.managed?.rules).toEqual(lastGood.rules);
    expect(resolved.lastGood).toEqual(resolved.managed);
    expect(resolved.problems).toEqual([]);
    expect(classify(resolved, 'acme-core')).toBe('production'); // the personal rule cannot weaken it
  });

  it('an invalid managed policy keeps the last valid one, allowPersonalRules: false included', () => {
    const resolved = resolveAuthorities(readManagedValues(invalidManaged, null), lastGood, team);
    expect(resolved.managed).toBe(lastGood);
    expect(resolved.lastGood).toBeUndefined(); // kept as it is
    expect(resolved.problems).toEqual([expect.stringContaining('the last valid one stays in force')]);
    expect(buildEffectivePolicy({ ...resolved, personal }).personalAllowed).toBe(false);
    expect(classify(resolved, 'acme-core')).toBe('production');
  });

  it('an invalid managed policy with none known before: every project is policy-unavailable, team rules and defaults included', () => {
    const resolved = resolveAuthorities(readManagedValues('{"version": 1, "rules": [', null), null, team);
    expect(resolved.managed).toBe(UNAVAILABLE_POLICY);
    expect(resolved.problems).toEqual([expect.stringContaining('every console project is treated as "policy-unavailable" (protected) until it is fixed')]);
    for (const id of ['acme-core', 'acme-dev-1', 'random-project', 'x-prod']) expect(classify(resolved, id)).toBe(POLICY_UNAVAILABLE.name);
    expect(POLICY_UNAVAILABLE.typedConfirmation).toBe(true);
    expect(classify(resolved, '')).toBeNull(); // a page without a project is still just that
  });

  it('a managed policy the administrator removed is forgotten', () => {
    expect(resolveAuthorities(readManagedValues(undefined, null), lastGood, null)).toMatchObject({ managed: null, lastGood: null, problems: [] });
    expect(resolveAuthorities(readManagedValues(undefined, null), null, null).lastGood).toBeUndefined();
  });

  it('a refused managed policyUrl keeps the team policy fetched before; with none, fails closed', () => {
    const refused = readManagedValues(undefined, 'http://intranet.example/team.json');
    expect(resolveAuthorities(refused, null, team)).toMatchObject({ team, problems: [] });
    const none = resolveAuthorities(refused, null, null);
    expect(none.team).toBe(UNAVAILABLE_POLICY);
    expect(none.problems).toEqual([expect.stringContaining('managed policyUrl: refused, and no team policy was fetched before')]);
    expect(classify(none, 'acme-dev-1')).toBe(POLICY_UNAVAILABLE.name);
    // A valid managed policy still decides the projects it names.
    expect(classify(resolveAuthorities(readManagedValues(managedFile, 'http://intranet.example/team.json'), null, null), 'acme-core')).toBe('production');
  });

  it('the unavailable policy is recognisable, and the last valid one survives storage', () => {
    expect(isUnavailablePolicy(UNAVAILABLE_POLICY)).toBe(true);
    expect(isUnavailablePolicy(lastGood)).toBe(false);
    expect(readLastGood(JSON.parse(JSON.stringify(lastGoodToStored({ savedAt: 5, policy: lastGood }))))).toEqual({ savedAt: 5, policy: lastGood });
    expect(readLastGood('junk')).toBeNull();
  });
});
