import { describe, expect, it } from 'vitest';
import { buildClassifier } from './classify';
import { DEFAULT_ENVIRONMENTS, DEFAULT_RULES, PRODUCTION, type Environment } from './environments';
import type { Rule } from './rules';
import { EMPTY_SETTINGS, type Settings } from './settings';

const settings = (overrides: Partial<Settings> = {}): Settings => ({ ...EMPTY_SETTINGS, ...overrides });
const defaults = buildClassifier(settings());
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
    expect(found?.environment).toEqual({ name: 'production', label: 'PROD', color: '#c5221f', typedConfirmation: true });
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
    const classifier = buildClassifier(settings({ rules: [rule('exact', 'acme-prod-1', 'development')] }));
    expect(classifier.classify('acme-prod-1')).toMatchObject({ environment: { name: 'development' }, source: 'personal' });
    expect(classifier.classify('acme-prod-2')).toMatchObject({ environment: { name: 'production' }, source: 'default' });
  });

  it('reports the winning personal rule itself', () => {
    const personal = rule('glob', 'acme-*', 'staging');
    const found = buildClassifier(settings({ rules: [rule('exact', 'x-y', 'development'), personal] })).classify('acme-1');
    expect(found?.rule).toBe(personal);
    expect(found?.source).toBe('personal');
  });

  it('useDefaultRules: false turns the defaults off', () => {
    const classifier = buildClassifier(settings({ useDefaultRules: false, rules: [rule('glob', 'billing-*', 'production')] }));
    expect(classifier.classify('acme-prod-1')).toBeNull();
    expect(classifier.classify('acme-dev-1')).toBeNull();
    expect(classifier.classify('billing-eu')).toMatchObject({ environment: { name: 'production' }, source: 'personal' });
    expect(buildClassifier(settings({ useDefaultRules: false })).classify('prod')).toBeNull();
  });

  it('a rule naming an unknown environment classifies as production and is reported', () => {
    const classifier = buildClassifier(settings({ rules: [rule('exact', 'acme-1', 'dev'), rule('exact', 'acme-2', 'Prodution')] }));
    expect(classifier.classify('acme-2')?.environment).toEqual(PRODUCTION);
    expect(classifier.classify('acme-2')?.source).toBe('personal');
    expect(classifier.problems).toEqual([
      'rules[0].environment: unknown environment "dev"; treated as production',
      'rules[1].environment: unknown environment "Prodution"; treated as production',
    ]);
  });

  it('matches environment names case-insensitively and does not report them', () => {
    const classifier = buildClassifier(settings({ rules: [rule('exact', 'acme-1', 'Staging')] }));
    expect(classifier.problems).toEqual([]);
    expect(envOf('acme-1', classifier)).toBe('staging');
  });

  it('reports an invalid personal regex by its index; it never matches', () => {
    const classifier = buildClassifier(settings({ rules: [rule('exact', 'a-1', 'staging'), rule('regex', '(broken', 'development')] }));
    expect(classifier.problems).toHaveLength(1);
    expect(classifier.problems[0]).toMatch(/^rules\[1\]\.pattern: invalid regular expression: /);
    expect(classifier.classify('(broken')).toBeNull();
  });

  it('personal environments override built-ins by name', () => {
    const calmProduction: Environment = { name: 'Production', label: 'LIVE', color: '#6a1b9a', typedConfirmation: true };
    const classifier = buildClassifier(settings({ environments: [calmProduction] }));
    expect(classifier.classify('acme-prod-1')?.environment).toBe(calmProduction);
    expect(classifier.environments.get('production')).toBe(calmProduction);
    expect(classifier.environments.size).toBe(3);
  });

  it('personal environments can be new ones', () => {
    const shared: Environment = { name: 'shared', label: 'SHR', color: '#1a73e8', typedConfirmation: false };
    const classifier = buildClassifier(settings({ environments: [shared], rules: [rule('glob', 'shared-*', 'shared')] }));
    expect(classifier.problems).toEqual([]);
    expect(classifier.classify('shared-net')?.environment).toBe(shared);
    expect(classifier.environments.size).toBe(4);
    expect(classifier.environments.get('staging')?.label).toBe('STG');
  });

  it('the defaults still use the personal version of their environment', () => {
    const staging: Environment = { name: 'staging', label: 'UAT', color: '#000000', typedConfirmation: true };
    const classifier = buildClassifier(settings({ environments: [staging] }));
    expect(classifier.classify('acme-uat')).toMatchObject({ environment: staging, source: 'default' });
  });
});
