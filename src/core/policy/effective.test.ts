import '../patterns/re2'; // where policies are checked, RE2 compiles their regexes
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENVIRONMENTS, DEFAULT_RULES, PRODUCTION, type Environment } from '../environments';
import { buildEffectivePolicy } from './effective';
import { EMPTY_POLICY, type Policy } from './types';
import type { Rule } from '../rules';

/** Built-in defaults plus a personal policy, no team: what a user without a team policy gets. */
const personalOnly = (overrides: Partial<Policy> = {}) => buildEffectivePolicy({ managed: null, team: null, personal: { ...EMPTY_POLICY, ...overrides } });
const defaults = personalOnly();
const envOf = (projectId: string | null, classifier = defaults) => classifier.classify(projectId)?.environment.name ?? null;

describe('built-in environments', () => {
  it('are production, staging and development, with typed confirmation only for production', () => {
    expect(DEFAULT_ENVIRONMENTS.map((e) => [e.name, e.typedConfirmation])).toEqual([
      ['production', true],
      ['staging', false],
      ['development', false],
    ]);
    expect(PRODUCTION).toBe(DEFAULT_ENVIRONMENTS[0]);
  });

  it('have distinct #rrggbb colours and short labels', () => {
    for (const env of DEFAULT_ENVIRONMENTS) {
      expect(env.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(env.label.length).toBeGreaterThan(0);
      expect(env.label.length).toBeLessThanOrEqual(4);
    }
    expect(new Set(DEFAULT_ENVIRONMENTS.map((e) => e.color)).size).toBe(3);
  });

  it('have default rules ordered strongest first, all valid', () => {
    expect(DEFAULT_RULES.map((r) => r.environment)).toEqual(['production', 'staging', 'development']);
    expect(defaults.problems).toEqual([]);
  });
});

describe('built-in token rules', () => {
  const cases: Array<[string, string | null]> = [
    ['acme-prod-1', 'production'],
    ['prod', 'production'],
    ['prod-eu', 'production'],
    ['acme-prod', 'production'],
    ['acme-prd', 'production'],
    ['production', 'production'],
    ['acme-production-db', 'production'],
    ['shop-live', 'production'],
    ['live-stream', 'production'],
    ['acme-prod-test', 'production'],
    ['acme-dev-prod', 'production'],
    ['acme-staging-live', 'production'],
    ['acme-stg', 'staging'],
    ['stage-1', 'staging'],
    ['acme-staging', 'staging'],
    ['acme-uat-2', 'staging'],
    ['preprod-x', 'staging'],
    ['acme-preprod', 'staging'],
    ['acme-stg-dev', 'staging'],
    ['acme-dev-1', 'development'],
    ['dev', 'development'],
    ['acme-test', 'development'],
    ['qa-tools', 'development'],
    ['acme-sandbox-7', 'development'],
    ['nonprod-x', null],
    ['product-x', null],
    ['acme-production1', null],
    ['acme-prods', null],
    ['acme-reproduce', null],
    ['delivery-app', null],
    ['livestock-app', null],
    ['acme-staged', null],
    ['devops-tools', null],
    ['acme-testing', null],
    ['contest-app', null],
    ['random-project', null],
    ['acme_prod', null],
  ];

  it.each(cases)('%s -> %s', (projectId, expected) => {
    expect(envOf(projectId)).toBe(expected);
  });

  it('finds the token after the domain prefix of a legacy domain-scoped ID', () => {
    expect(envOf('google.com:prod-api')).toBe('production');
    expect(envOf('example.com:prod')).toBe('production');
    expect(envOf('example.com:acme-prod')).toBe('production');
    expect(envOf('example.com:staging-1')).toBe('staging');
    expect(envOf('example.com:dev')).toBe('development');
    expect(envOf('prod.example.com:my-app')).toBeNull();
  });

  it('classifies production with typed confirmation', () => {
    const found = defaults.classify('acme-prod-1');
    expect(found?.environment).toMatchObject({ name: 'production', label: 'PROD', color: '#c5221f', typedConfirmation: true });
    expect(found?.source).toBe('default');
    expect(found?.rule).toBe(DEFAULT_RULES[0]);
  });

  it('classifies staging and development without typed confirmation', () => {
    expect(defaults.classify('acme-stg')?.environment.typedConfirmation).toBe(false);
    expect(defaults.classify('acme-dev-1')?.environment.typedConfirmation).toBe(false);
  });

  it('ignores the case of the project ID', () => {
    expect(envOf('ACME-PROD-1')).toBe('production');
  });

  it('returns null for no project', () => {
    expect(defaults.classify(null)).toBeNull();
    expect(defaults.classify('')).toBeNull();
  });
});

describe('personal settings', () => {
  const rule = (kind: Rule['kind'], pattern: string, environment: string): Rule => ({ kind, pattern, environment });

  it('personal rules come before the defaults', () => {
    const classifier = personalOnly(({ rules: [rule('exact', 'acme-prod-1', 'development')] }));
    expect(classifier.classify('acme-prod-1')).toMatchObject({ environment: { name: 'development' }, source: 'personal' });
    expect(classifier.classify('acme-prod-2')).toMatchObject({ environment: { name: 'production' }, source: 'default' });
  });

  it('reports the winning personal rule itself', () => {
    const personal = rule('glob', 'acme-*', 'staging');
    const found = personalOnly(({ rules: [rule('exact', 'x-y', 'development'), personal] })).classify('acme-1');
    expect(found?.rule).toEqual(personal);
    expect(found?.source).toBe('personal');
  });

  it('useDefaultRules: false turns the defaults off', () => {
    const classifier = personalOnly(({ useDefaultRules: false, rules: [rule('glob', 'billing-*', 'production')] }));
    expect(classifier.classify('acme-prod-1')).toBeNull();
    expect(classifier.classify('acme-dev-1')).toBeNull();
    expect(classifier.classify('billing-eu')).toMatchObject({ environment: { name: 'production' }, source: 'personal' });
    expect(personalOnly(({ useDefaultRules: false })).classify('prod')).toBeNull();
  });

  it('a rule naming an unknown environment classifies as production and is reported', () => {
    const classifier = personalOnly(({ rules: [rule('exact', 'acme-1', 'dev'), rule('exact', 'acme-2', 'Prodution')] }));
    expect(classifier.classify('acme-2')?.environment).toEqual(PRODUCTION);
    expect(classifier.classify('acme-2')?.source).toBe('personal');
    expect(classifier.problems).toEqual([
      'personal rules[0].environment: unknown environment "dev"; treated as production',
      'personal rules[1].environment: unknown environment "Prodution"; treated as production',
    ]);
  });

  it('matches environment names case-insensitively and does not report them', () => {
    const classifier = personalOnly(({ rules: [rule('exact', 'acme-1', 'Staging')] }));
    expect(classifier.problems).toEqual([]);
    expect(envOf('acme-1', classifier)).toBe('staging');
  });

  it('reports an invalid personal regex by its index; it never matches', () => {
    const classifier = personalOnly(({ rules: [rule('exact', 'a-1', 'staging'), rule('regex', '(broken', 'development')] }));
    expect(classifier.problems).toHaveLength(1);
    expect(classifier.problems[0]).toMatch(/^personal rules\[1\]\.match: invalid regular expression: /);
    expect(classifier.classify('(broken')).toBeNull();
  });

  it('personal environments override built-ins by name', () => {
    const calmProduction: Environment = { name: 'Production', label: 'LIVE', color: '#6a1b9a', typedConfirmation: true };
    const classifier = personalOnly(({ environments: [calmProduction] }));
    expect(classifier.classify('acme-prod-1')?.environment).toMatchObject(calmProduction);
    expect(classifier.environments.get('production')).toMatchObject({ ...calmProduction, source: 'personal' });
    expect(classifier.environments.size).toBe(3);
  });

  it('personal environments can be new ones', () => {
    const shared: Environment = { name: 'shared', label: 'SHR', color: '#1a73e8', typedConfirmation: false };
    const classifier = personalOnly(({ environments: [shared], rules: [rule('glob', 'shared-*', 'shared')] }));
    expect(classifier.problems).toEqual([]);
    expect(classifier.classify('shared-net')?.environment).toMatchObject(shared);
    expect(classifier.environments.size).toBe(4);
    expect(classifier.environments.get('staging')?.label).toBe('STG');
  });

  it('the defaults still use the personal version of their environment', () => {
    const staging: Environment = { name: 'staging', label: 'UAT', color: '#000000', typedConfirmation: true };
    const classifier = personalOnly(({ environments: [staging] }));
    expect(classifier.classify('acme-uat')).toMatchObject({ environment: staging, source: 'default' });
  });
});

describe('team and managed policies: precedence and the cannot-weaken rule', () => {
  const rule = (kind: Rule['kind'], pattern: string, environment: string): Rule => ({ kind, pattern, environment });
  const policy = (overrides: Partial<Policy>): Policy => ({ ...EMPTY_POLICY, ...overrides });
  const calm: Environment = { name: 'production', label: 'PROD', color: '#c5221f', typedConfirmation: false };

  it('a project the team calls production stays production whatever personal rules say', () => {
    const team = policy({ rules: [rule('glob', 'acme-*', 'production')] });
    const personal = policy({ rules: [rule('exact', 'acme-billing', 'development')] });
    const found = buildEffectivePolicy({ managed: null, team, personal }).classify('acme-billing');
    expect(found).toMatchObject({ environment: { name: 'production' }, source: 'team', ruleIndex: 0 });
    expect(found?.overridden).toMatchObject({ environment: { name: 'development' }, ruleIndex: 0 });
  });

  it('a personal rule can add protection to a project the team calls staging', () => {
    const team = policy({ rules: [rule('exact', 'acme-stg-1', 'staging')] });
    const personal = policy({ rules: [rule('exact', 'acme-stg-1', 'production')] });
    expect(buildEffectivePolicy({ managed: null, team, personal }).classify('acme-stg-1')).toMatchObject({
      environment: { name: 'production' },
      source: 'personal',
      overridden: null,
    });
  });

  it('a personal rule cannot downgrade through the team unmatched environment either', () => {
    const team = policy({ unmatched: 'production', useDefaultRules: false });
    const personal = policy({ rules: [rule('glob', '*', 'staging')] });
    expect(buildEffectivePolicy({ managed: null, team, personal }).classify('anything')).toMatchObject({ environment: { name: 'production' }, source: 'team', rule: null });
  });

  it("the team's unmatched environment is reported as the team's, also when a managed policy exists", () => {
    const managed = policy({ useDefaultRules: false, rules: [rule('exact', 'managed-1', 'production')] });
    const team = policy({ unmatched: 'staging' });
    const effective = buildEffectivePolicy({ managed, team, personal: null });
    expect(effective.classify('anything')).toMatchObject({ environment: { name: 'staging' }, source: 'team', rule: null, ruleIndex: null });
    expect(effective.classify('managed-1')).toMatchObject({ source: 'managed', ruleIndex: 0 });
  });

  it("the managed unmatched environment wins over the team's and is reported as managed", () => {
    const managed = policy({ unmatched: 'production', useDefaultRules: false });
    const team = policy({ unmatched: 'staging' });
    expect(buildEffectivePolicy({ managed, team, personal: null }).classify('anything')).toMatchObject({ environment: { name: 'production' }, source: 'managed', rule: null });
  });

  it('a personal environment cannot redefine a team environment to drop typed confirmation', () => {
    const team = policy({ environments: [{ name: 'production', label: 'PRD', color: '#b00020', typedConfirmation: true }], rules: [rule('exact', 'x-1', 'production')] });
    const personal = policy({ environments: [calm] });
    const effective = buildEffectivePolicy({ managed: null, team, personal });
    expect(effective.classify('x-1')?.environment).toMatchObject({ label: 'PRD', typedConfirmation: true });
    expect(effective.problems.some((p) => p.includes('personal environment "production"'))).toBe(true);
  });

  it('without a team policy, a personal environment may redefine a built-in', () => {
    expect(buildEffectivePolicy({ managed: null, team: null, personal: policy({ environments: [calm] }) }).classify('acme-prod-1')?.environment.typedConfirmation).toBe(false);
  });

  it('managed rules come before team rules', () => {
    const managed = policy({ rules: [rule('exact', 'shared-1', 'production')] });
    const team = policy({ rules: [rule('exact', 'shared-1', 'development'), rule('exact', 'team-only', 'staging')] });
    const effective = buildEffectivePolicy({ managed, team, personal: null });
    expect(effective.classify('shared-1')).toMatchObject({ environment: { name: 'production' }, source: 'managed' });
    expect(effective.classify('team-only')).toMatchObject({ environment: { name: 'staging' }, source: 'team' });
    expect(effective.sources).toEqual(['managed', 'team', 'default']);
  });

  it('allowPersonalRules: false switches personal rules off, even ones that add protection', () => {
    const team = policy({ allowPersonalRules: false, rules: [rule('exact', 'acme-stg-1', 'staging')] });
    const personal = policy({ rules: [rule('exact', 'acme-stg-1', 'production'), rule('exact', 'mine', 'production')] });
    const effective = buildEffectivePolicy({ managed: null, team, personal });
    expect(effective.personalAllowed).toBe(false);
    expect(effective.classify('acme-stg-1')?.environment.name).toBe('staging');
    expect(effective.classify('mine')).toBeNull();
    expect(effective.problems).toContain('personal rules are switched off by the team policy');
  });

  it("the team's useDefaultRules decides, not the personal one", () => {
    const team = policy({ useDefaultRules: false, rules: [] });
    const personal = policy({ useDefaultRules: true });
    expect(buildEffectivePolicy({ managed: null, team, personal }).classify('acme-prod-1')).toBeNull();
    expect(buildEffectivePolicy({ managed: null, team: policy({}), personal: policy({ useDefaultRules: false }) }).classify('acme-prod-1')?.source).toBe('default');
  });

  it('a personal rule applies to projects the team does not know', () => {
    const team = policy({ useDefaultRules: false, rules: [rule('exact', 'acme-1', 'production')] });
    const personal = policy({ rules: [rule('exact', 'side-project', 'development')] });
    expect(buildEffectivePolicy({ managed: null, team, personal }).classify('side-project')).toMatchObject({ environment: { name: 'development' }, source: 'personal' });
  });
});
