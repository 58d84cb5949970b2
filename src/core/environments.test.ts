import { describe, expect, it } from 'vitest';
import { guardsAction, PRODUCTION, type Environment } from './environments';
import { parsePolicyObject, serializePolicy } from './policy/parse';
import { readPolicyLeniently } from './policy/lenient';
import { readTabStates, tabEnvironment } from './tab-state';

const stopToo: Environment = { ...PRODUCTION, alsoGuard: ['stop'] };
const unguarded: Environment = { ...PRODUCTION, typedConfirmation: false, alsoGuard: ['stop'] };

describe('guardsAction', () => {
  it('any destructive class (recognised or not) whenever typed confirmation is on', () => {
    for (const action of ['delete', 'shut-down', 'reset', 'disable', 'anything-else', null]) {
      expect(guardsAction(PRODUCTION, action), String(action)).toBe(true);
      expect(guardsAction(unguarded, action), String(action)).toBe(false);
    }
  });

  it('stop (or suspend) only when alsoGuard lists it', () => {
    expect(guardsAction(PRODUCTION, 'stop')).toBe(false);
    expect(guardsAction({ ...PRODUCTION, alsoGuard: [] }, 'stop')).toBe(false);
    expect(guardsAction(stopToo, 'stop')).toBe(true);
    expect(guardsAction(unguarded, 'stop')).toBe(false);
  });
});

describe('alsoGuard through every reader and writer', () => {
  const file = { version: 1, environments: [{ name: 'payments', label: 'PAY', color: '#8c1d18', typedConfirmation: true, alsoGuard: ['stop', 'stop'] }], rules: [] };

  it('is parsed (duplicates folded), written back, and read leniently as written', () => {
    const parsed = parsePolicyObject(file);
    if (!parsed.ok) throw new Error('expected a policy');
    expect(parsed.policy.environments[0]!.alsoGuard).toEqual(['stop']);
    const written = JSON.parse(serializePolicy(parsed.policy));
    expect(written.environments[0].alsoGuard).toEqual(['stop']);
    expect(readPolicyLeniently(written, { path: 'p', patternKey: 'match', problems: [] }).environments[0]!.alsoGuard).toEqual(['stop']);
    // Actions a newer version may add are left out by the lenient reader, not the whole environment.
    expect(readPolicyLeniently({ environments: [{ ...written.environments[0], alsoGuard: ['stop', 'reboot'] }] }, { path: 'p', patternKey: 'match', problems: [] }).environments[0]!.alsoGuard).toEqual(['stop']);
  });

  it('is refused with a path when it names an unknown action, and warns without typed confirmation', () => {
    const bad = parsePolicyObject({ ...file, environments: [{ ...file.environments[0], alsoGuard: ['reboot'] }] });
    expect(!bad.ok && bad.errors.map((issue) => issue.path)).toEqual(['environments[0].alsoGuard[0]']);
    const idle = parsePolicyObject({ ...file, environments: [{ ...file.environments[0], typedConfirmation: false }] });
    expect(idle.ok && idle.warnings).toEqual([{ path: 'environments[0].alsoGuard', message: 'has no effect: typedConfirmation is false' }]);
  });

  it('travels with the tab state, as guards does', () => {
    const state = { '7': { project: 'acme-pay', environment: tabEnvironment(stopToo), updatedAt: 1 } };
    expect(readTabStates(JSON.parse(JSON.stringify(state)))['7']!.environment).toEqual({ name: 'production', label: 'PROD', color: '#c5221f', typedConfirmation: true, alsoGuard: ['stop'] });
    expect(readTabStates({ '7': { ...state['7'], environment: { ...tabEnvironment(PRODUCTION) } } })['7']!.environment).not.toHaveProperty('alsoGuard');
  });
});
