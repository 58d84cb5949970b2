import { describe, expect, it } from 'vitest';
import { parsePolicyObject } from './parse';
import { formatIssue } from './types';

const ENV = { name: 'payments', label: 'PAY', color: '#8c1d18', typedConfirmation: true };
const HUGE = 2 ** 32 - 1;
const errorsOf = (value: unknown): string[] => {
  const result = parsePolicyObject(value);
  if (result.ok) throw new Error('expected errors');
  return result.errors.map(formatIssue);
};
/** Each answered in well under a second, without walking the length. */
const timed = (value: unknown): string[] => {
  const started = performance.now();
  const errors = errorsOf(value);
  expect(performance.now() - started).toBeLessThan(500);
  return errors;
};

describe('list lengths are bounded before anything iterates them', () => {
  it('a sparse rules or environments list of length 2^32-1', () => {
    expect(timed({ version: 1, environments: [], rules: new Array(HUGE) })).toEqual([`rules: at most 5000 rules (found ${HUGE})`]);
    expect(timed({ version: 1, environments: new Array(HUGE), rules: [] })).toEqual([`environments: at most 50 environments (found ${HUGE})`]);
  });

  it('a huge list anywhere else: guards, alsoGuard, an unknown key', () => {
    expect(timed({ version: 1, environments: [{ ...ENV, guards: new Array(HUGE) }], rules: [] })).toEqual([
      `environments[0].guards: a list of at most 5000 items (found ${HUGE})`,
    ]);
    expect(timed({ version: 1, environments: [{ ...ENV, alsoGuard: new Array(HUGE) }], rules: [] })).toEqual([
      `environments[0].alsoGuard: a list of at most 5000 items (found ${HUGE})`,
    ]);
    expect(timed({ version: 1, environments: [], rules: [], extra: new Array(HUGE) })).toEqual([`extra: a list of at most 5000 items (found ${HUGE})`]);
  });

  it('array-likes: an object with a huge length, and a list whose length lies', () => {
    expect(timed({ version: 1, environments: [], rules: { length: HUGE } })).toEqual(['rules: expected a list of rules (found an object)']);
    const lying = new Proxy([], { get: (target, key) => (key === 'length' ? HUGE : Reflect.get(target, key)) });
    expect(timed({ version: 1, environments: [], rules: lying })).toEqual([`rules: at most 5000 rules (found ${HUGE})`]);
  });

  it('an object with more keys than any policy has', () => {
    const wide = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i]));
    expect(timed({ version: 1, environments: [], rules: [], banner: wide })).toEqual(['banner: an object of at most 5000 keys (found 20000)']);
  });
});

describe('the lenient reader of stored policies bounds lists too', () => {
  it('reads a huge sparse list as none, with a problem', async () => {
    const { readPolicyLeniently } = await import('./lenient');
    const problems: string[] = [];
    const started = performance.now();
    const policy = readPolicyLeniently({ rules: new Array(HUGE), environments: [{ ...ENV, guards: new Array(HUGE), alsoGuard: new Array(HUGE) }] }, { path: 'p', patternKey: 'match', problems });
    expect(performance.now() - started).toBeLessThan(500);
    expect(policy.rules).toEqual([]);
    expect(policy.environments[0]).toMatchObject({ name: 'payments' });
    expect(problems).toEqual(['p.rules: expected a list of at most 5000 items']);
  });
});
