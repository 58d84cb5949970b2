import { describe, expect, it } from 'vitest';
import { outcomeOf, planQuickRule, withQuickRule } from './quick-rule';
import { settingsWith } from './quick-rule-settings';
import { emptySettings } from './settings';
import { EMPTY_POLICY, type Policy } from './policy/types';

const policy = (patch: Partial<Policy>): Policy => ({ ...EMPTY_POLICY, ...patch });
const gcp = (id: string) => ({ console: 'gcp' as const, id });

describe('withQuickRule', () => {
  it('puts an exact rule for the scope first, so an earlier personal wildcard does not hide it', () => {
    const personal = policy({ rules: [{ kind: 'glob', pattern: 'acme-*', environment: 'staging' }] });
    expect(withQuickRule(personal, gcp('acme-shop-1'), 'development').rules).toEqual([
      { kind: 'exact', pattern: 'acme-shop-1', environment: 'development' },
      { kind: 'glob', pattern: 'acme-*', environment: 'staging' },
    ]);
  });

  it('replaces a personal exact rule for the same scope, keeping its note; names the console outside Google Cloud', () => {
    const personal = policy({
      rules: [
        { kind: 'exact', pattern: '111122223333', environment: 'staging', console: 'aws', note: 'load tests' },
        { kind: 'exact', pattern: '111122223333', environment: 'staging' },
      ],
    });
    expect(withQuickRule(personal, { console: 'aws', id: '111122223333', name: 'acme' }, 'production').rules).toEqual([
      { kind: 'exact', pattern: '111122223333', environment: 'production', console: 'aws', note: 'load tests' },
      { kind: 'exact', pattern: '111122223333', environment: 'staging' },
    ]);
    expect(withQuickRule(null, gcp('p-1'), 'staging')).toEqual(policy({ rules: [{ kind: 'exact', pattern: 'p-1', environment: 'staging' }] }));
  });
});

describe('planQuickRule', () => {
  it('a tab no rule matches: ready, the new rule decides, nothing taken away', () => {
    const plan = planQuickRule({ managed: null, team: null, personal: null }, gcp('acme-shop-1'), 'staging');
    expect(plan).toMatchObject({ kind: 'ready', before: null, downgrade: null, after: { source: 'personal', ruleIndex: 0, environment: { name: 'staging' } } });
  });

  it('a built-in production tab made development: ready, and says what protection it takes away', () => {
    const plan = planQuickRule({ managed: null, team: null, personal: null }, gcp('acme-prod-1'), 'development');
    expect(plan).toMatchObject({ kind: 'ready', downgrade: { from: { name: 'production' }, to: { name: 'development' } } });
    expect(outcomeOf(plan)).toEqual({ kind: 'downgrade', from: 'production', to: 'development', stillGuarded: false });
    expect(planQuickRule({ managed: null, team: null, personal: null }, gcp('acme-prod-1'), 'production')).toMatchObject({ kind: 'ready', downgrade: null });
  });

  it('a team rule that decides the tab cannot be weakened by a personal rule: said, not saved', () => {
    const team = policy({ rules: [{ kind: 'exact', pattern: 'acme-pay', environment: 'production' }] });
    const plan = planQuickRule({ managed: null, team, personal: null }, gcp('acme-pay'), 'development');
    expect(plan).toMatchObject({ kind: 'decided-elsewhere', decided: { source: 'team', ruleIndex: 0, environment: { name: 'production' } } });
    expect(outcomeOf(plan)).toEqual({ kind: 'decided-elsewhere', source: 'team', environment: 'production' });
    // Adding protection over the team's staging is allowed.
    const staging = policy({ rules: [{ kind: 'exact', pattern: 'acme-pay', environment: 'staging' }] });
    expect(planQuickRule({ managed: null, team: staging, personal: null }, gcp('acme-pay'), 'production')).toMatchObject({ kind: 'ready', downgrade: null });
  });

  it('personal rules switched off by the team: said', () => {
    const team = policy({ allowPersonalRules: false });
    expect(planQuickRule({ managed: null, team, personal: null }, gcp('acme-shop-1'), 'production')).toEqual({ kind: 'personal-off' });
  });
});

describe('settingsWith', () => {
  it('settings the background reads back as they are', () => {
    const personal = withQuickRule(null, gcp('acme-shop-1'), 'staging');
    expect(settingsWith(emptySettings(), personal)).toEqual({ ok: true, settings: { ...emptySettings(), personal } });
  });

  it('refuses what the background would set aside', () => {
    const personal = withQuickRule(null, gcp('acme-shop-1'), '');
    const result = settingsWith(emptySettings(), personal);
    expect(result.ok).toBe(false);
  });
});
