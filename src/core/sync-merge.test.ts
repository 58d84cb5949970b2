import { describe, expect, it } from 'vitest';
import type { Environment } from './environments';
import type { Rule } from './rule-index';
import { EMPTY_POLICY, type Policy } from './policy/types';
import { mergePersonal } from './sync-merge';

const r = (pattern: string, environment = 'production', note?: string): Rule => ({ kind: 'exact', pattern, environment, ...(note ? { note } : {}) });
const env = (name: string, typedConfirmation = true, color = '#b3261e'): Environment => ({ name, label: name.slice(0, 4).toUpperCase(), color, typedConfirmation });
const p = (rules: Rule[], environments: Environment[] = [], extra: Partial<Policy> = {}): Policy => ({ ...structuredClone(EMPTY_POLICY), rules, environments, ...extra });
const patterns = (policy: Policy) => policy.rules.map((rule) => `${rule.pattern}:${rule.environment}${rule.note ? `:${rule.note}` : ''}`);

const A = r('a');
const B = r('b');
const C = r('c');

describe('mergePersonal: rules', () => {
  it('a rule added on each machine: both survive, this browser first', () => {
    const merged = mergePersonal(p([A]), p([A, B]), p([A, C]));
    expect(patterns(merged.policy)).toEqual(['a:production', 'b:production', 'c:production']);
    expect(merged).toMatchObject({ takenFromRemote: 1, deletedByRemote: 0, conflicts: [] });
  });

  it('a deletion on the other machine of a rule left alone here is honoured', () => {
    const merged = mergePersonal(p([A, B]), p([A, B]), p([A]));
    expect(patterns(merged.policy)).toEqual(['a:production']);
    expect(merged.deletedByRemote).toBe(1);
  });

  it('a deletion here of a rule the other left alone is honoured', () => {
    expect(patterns(mergePersonal(p([A, B]), p([A]), p([A, B])).policy)).toEqual(['a:production']);
  });

  it('deleted on the other machine, edited here: the edited rule stays', () => {
    const merged = mergePersonal(p([A, B]), p([A, r('b', 'staging')]), p([A]));
    expect(patterns(merged.policy)).toEqual(['a:production', 'b:staging']);
    expect(merged.conflicts).toEqual(['rule exact "b": deleted in another browser, changed here; kept']);
  });

  it('deleted here, edited on the other machine: the edited rule comes back', () => {
    const merged = mergePersonal(p([A, B]), p([A]), p([A, r('b', 'production', 'why')]));
    expect(patterns(merged.policy)).toEqual(['a:production', 'b:production:why']);
    expect(merged.conflicts).toHaveLength(1);
  });

  it('edited differently on both: both versions stay, this browser first', () => {
    const merged = mergePersonal(p([A]), p([r('a', 'staging')]), p([r('a', 'development')]));
    expect(patterns(merged.policy)).toEqual(['a:staging', 'a:development']);
    expect(merged.conflicts).toEqual(['rule exact "a": changed in both browsers; kept both versions']);
  });

  it('edited the same way on both: one rule, no conflict', () => {
    const merged = mergePersonal(p([A]), p([r('a', 'staging')]), p([r('a', 'staging')]));
    expect(patterns(merged.policy)).toEqual(['a:staging']);
    expect(merged.conflicts).toEqual([]);
  });

  it('edited on one side only: the edit is taken', () => {
    expect(patterns(mergePersonal(p([A]), p([A]), p([r('a', 'staging')])).policy)).toEqual(['a:staging']);
    expect(patterns(mergePersonal(p([A]), p([r('a', 'staging')]), p([A])).policy)).toEqual(['a:staging']);
  });

  it('deleted on both sides: gone', () => {
    expect(patterns(mergePersonal(p([A, B]), p([A]), p([A])).policy)).toEqual(['a:production']);
  });

  it('without a base nothing is deleted: the union of both', () => {
    const merged = mergePersonal(null, p([A, B]), p([A, C]));
    expect(patterns(merged.policy)).toEqual(['a:production', 'b:production', 'c:production']);
    expect(merged.deletedByRemote).toBe(0);
    expect(patterns(mergePersonal(null, p([]), p([A])).policy)).toEqual(['a:production']);
    expect(patterns(mergePersonal(null, p([A]), p([])).policy)).toEqual(['a:production']);
  });

  it('without a base, differing versions of one rule both stay', () => {
    expect(patterns(mergePersonal(null, p([r('a', 'staging')]), p([A])).policy)).toEqual(['a:staging', 'a:production']);
  });

  it('repeated rules are each their own: a second copy added on the other side is kept', () => {
    expect(patterns(mergePersonal(p([A]), p([A]), p([A, A])).policy)).toEqual(['a:production', 'a:production']);
  });

  it('rules of different consoles or kinds with the same pattern are different rules', () => {
    const aws: Rule = { ...r('111122223333'), console: 'aws' };
    const gcp = r('111122223333');
    const glob: Rule = { ...r('111122223333'), kind: 'glob' };
    expect(mergePersonal(p([]), p([aws]), p([gcp, glob])).policy.rules).toEqual([aws, gcp, glob]);
  });

  it('keeps this browser\'s order and appends the other\'s new rules in theirs', () => {
    const merged = mergePersonal(p([A, B, C]), p([C, B, A]), p([A, B, C, r('d'), r('e')]));
    expect(patterns(merged.policy)).toEqual(['c:production', 'b:production', 'a:production', 'd:production', 'e:production']);
  });

  it('every combination of absent/base/changed on both sides never loses a rule version that differs from the base', () => {
    const states = ['absent', 'base', 'x', 'y'] as const;
    const version = (state: (typeof states)[number]) => (state === 'absent' ? [] : [r('k', state === 'base' ? 'production' : state === 'x' ? 'staging' : 'development')]);
    for (const local of states) {
      for (const remote of states) {
        const merged = patterns(mergePersonal(p([r('k')]), p(version(local)), p(version(remote))).policy);
        // A changed version (x or y) on either side is never lost.
        for (const side of [local, remote]) if (side === 'x') expect(merged).toContain('k:staging');
        for (const side of [local, remote]) if (side === 'y') expect(merged).toContain('k:development');
        // The base version survives only if both sides kept it.
        expect(merged.includes('k:production')).toBe(local === 'base' && remote === 'base');
      }
    }
  });
});

describe('mergePersonal: environments', () => {
  const shared = env('shared', false, '#1a73e8');
  it('added on each side: both', () => {
    expect(mergePersonal(p([]), p([], [env('one')]), p([], [env('two')])).policy.environments.map((e) => e.name)).toEqual(['one', 'two']);
  });
  it('edited on both: the one with typed confirmation stays', () => {
    const merged = mergePersonal(p([], [shared]), p([], [{ ...shared, color: '#000000' }]), p([], [{ ...shared, typedConfirmation: true }]));
    expect(merged.policy.environments).toEqual([{ ...shared, typedConfirmation: true }]);
    expect(merged.conflicts).toEqual(['environment "shared": changed in both browsers; kept the other browser\'s version']);
  });
  it('edited on both, neither protected or both: this browser\'s', () => {
    const merged = mergePersonal(p([], [shared]), p([], [{ ...shared, color: '#000000' }]), p([], [{ ...shared, color: '#ffffff' }]));
    expect(merged.policy.environments[0]!.color).toBe('#000000');
  });
  it('names match ignoring case', () => {
    const merged = mergePersonal(p([], [shared]), p([], [shared]), p([], [{ ...shared, name: 'SHARED' }]));
    expect(merged.policy.environments.map((e) => e.name)).toEqual(['SHARED']);
  });
  it('deleted on the other side while a kept rule here names it: it stays', () => {
    const rule = r('a', 'shared');
    const merged = mergePersonal(p([], [shared]), p([rule], [shared]), p([], []));
    expect(merged.policy.rules).toEqual([rule]);
    expect(merged.policy.environments).toEqual([shared]);
  });
  it('deleted on the other side, no rule names it: gone', () => {
    expect(mergePersonal(p([], [shared]), p([], [shared]), p([], [])).policy.environments).toEqual([]);
  });
});

describe('mergePersonal: single fields', () => {
  it('what changed wins', () => {
    const base = p([]);
    expect(mergePersonal(base, p([]), p([], [], { unmatched: 'production' })).policy.unmatched).toBe('production');
    expect(mergePersonal(base, p([], [], { banner: { size: 'tall' } }), p([])).policy.banner).toEqual({ size: 'tall' });
    expect(mergePersonal(base, p([]), p([], [], { banner: { tintConsoleHeader: true } })).policy.banner).toEqual({ tintConsoleHeader: true });
    expect(mergePersonal(base, p([]), p([], [], { useDefaultRules: false })).policy.useDefaultRules).toBe(false);
  });
  it('changed on both: this browser\'s, but the built-in rules stay on', () => {
    const merged = mergePersonal(p([], [], { unmatched: 'a' }), p([], [], { unmatched: 'b' }), p([], [], { unmatched: 'c' }));
    expect(merged.policy.unmatched).toBe('b');
    expect(mergePersonal(null, p([], [], { useDefaultRules: false }), p([])).policy.useDefaultRules).toBe(true);
  });
});

describe('mergePersonal: sites', () => {
  const site = { match: 'https://dash.local/*', name: 'Dashboard', environment: 'development' };
  it('keeps a site added in this browser, and takes one added in another', () => {
    expect(mergePersonal(p([]), p([], [], { sites: [site] }), p([])).policy.sites).toEqual([site]);
    expect(mergePersonal(null, p([], [], { sites: [site] }), p([])).policy.sites).toEqual([site]);
    expect(mergePersonal(p([]), p([]), p([], [], { sites: [site] })).policy.sites).toEqual([site]);
    expect(mergePersonal(p([], [], { sites: [site] }), p([]), p([], [], { sites: [site] })).policy).not.toHaveProperty('sites');
  });
});
