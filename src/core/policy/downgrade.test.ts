import { describe, expect, it } from 'vitest';
import { protectionLosses, MAX_LOSSES } from './downgrade';
import { UNAVAILABLE_POLICY } from './fail-closed';
import { EMPTY_POLICY, type Policy } from './types';

const policy = (patch: Partial<Policy>): Policy => ({ ...EMPTY_POLICY, ...patch });
const BEFORE = policy({
  environments: [{ name: 'payments', label: 'PAY', color: '#8c1d18', typedConfirmation: true }],
  rules: [
    { kind: 'exact', pattern: 'acme-payments', environment: 'payments' },
    { kind: 'glob', pattern: 'acme-*-live', environment: 'production' },
    { kind: 'glob', pattern: 'acme-*-stg', environment: 'staging' },
  ],
});
const texts = (before: Policy | null, after: Policy | null, source: 'team' | 'managed' = 'team') =>
  protectionLosses({ [source]: before }, { [source]: after }).map((loss) => loss.text);

describe('protectionLosses', () => {
  it('the same policy, or one that only adds protection, loses nothing', () => {
    expect(texts(BEFORE, BEFORE)).toEqual([]);
    expect(texts(BEFORE, { ...BEFORE, rules: [...BEFORE.rules, { kind: 'exact', pattern: 'acme-new', environment: 'production' }] })).toEqual([]);
    // An exact rule dropped while a glob still guards its project: nothing lost.
    expect(texts(policy({ rules: [{ kind: 'exact', pattern: 'acme-eu-live', environment: 'production' }, BEFORE.rules[1]!] }), policy({ rules: [BEFORE.rules[1]!] }))).toEqual([]);
  });

  it('a new file that drops every rule names each project and rule that lost protection', () => {
    const losses = protectionLosses({ team: BEFORE }, { team: policy({ useDefaultRules: true }) });
    expect(losses.map((loss) => loss.text)).toEqual([
      'team policy: project acme-payments: payments -> no environment (unmarked, unguarded)',
      'team policy: rule glob "acme-*-live" (-> production) was removed',
    ]);
    expect(losses[0]).toMatchObject({ source: 'team', project: 'acme-payments', environment: 'payments' });
  });

  it('a project moved to an environment without typed confirmation, and an environment that loses it', () => {
    expect(texts(BEFORE, { ...BEFORE, rules: [{ ...BEFORE.rules[0]!, environment: 'staging' }, ...BEFORE.rules.slice(1)] })).toEqual([
      'team policy: project acme-payments: payments -> staging, without typed confirmation',
    ]);
    expect(texts(BEFORE, { ...BEFORE, environments: [{ ...BEFORE.environments[0]!, typedConfirmation: false }] })).toEqual([
      'team policy: environment "payments" no longer asks for typed confirmation',
      'team policy: project acme-payments: payments -> payments, without typed confirmation',
    ]);
  });

  it('narrower guards and a dropped alsoGuard', () => {
    const wide = policy({ environments: [{ name: 'payments', label: 'PAY', color: '#8c1d18', typedConfirmation: true, alsoGuard: ['stop'] }] });
    const narrow = policy({ environments: [{ name: 'payments', label: 'PAY', color: '#8c1d18', typedConfirmation: true, guards: ['gke-cluster', 'project'] }] });
    expect(texts(wide, narrow)).toEqual([
      'team policy: environment "payments" no longer asks for typed confirmation on dialogs of kind every kind not listed',
      'team policy: environment "payments" no longer asks for typed confirmation on stop actions (alsoGuard)',
    ]);
    const narrower = policy({ environments: [{ ...narrow.environments[0]!, guards: ['project'] }] });
    expect(texts(narrow, narrower)).toEqual(['team policy: environment "payments" no longer asks for typed confirmation on dialogs of kind gke-cluster']);
  });

  it('useDefaultRules off, unmatched unguarded, personal rules off', () => {
    const before = policy({ unmatched: 'production' });
    expect(texts(before, policy({ useDefaultRules: false, unmatched: 'staging', allowPersonalRules: false }))).toEqual([
      'team policy: the built-in rules (prod, prd, production, live -> production) no longer apply (useDefaultRules: false)',
      'team policy: projects no rule matches: production -> staging, without typed confirmation',
      'team policy: personal rules are switched off (allowPersonalRules: false); protection they added no longer applies',
    ]);
  });

  it('a policy that disappears, in the managed source too', () => {
    expect(texts(BEFORE, null, 'managed')).toEqual(['managed policy: no longer applies (it is gone or was removed); 2 of its rules asked for typed confirmation']);
  });

  it('nothing before, or the fail-closed policy on either side, is not a loss', () => {
    expect(texts(null, policy({}))).toEqual([]);
    expect(texts(UNAVAILABLE_POLICY, policy({ useDefaultRules: false }))).toEqual([]);
    expect(texts(BEFORE, UNAVAILABLE_POLICY)).toEqual([]);
  });

  it('a policy of thousands of rules dropped at once is summed up after MAX_LOSSES lines', () => {
    const big = policy({ rules: Array.from({ length: 5000 }, (_, i) => ({ kind: 'exact' as const, pattern: `acme-${i}-x`, environment: 'production' })) });
    const losses = texts(big, policy({}));
    expect(losses).toHaveLength(MAX_LOSSES);
    expect(losses.at(-1)).toBe(`and ${5000 - MAX_LOSSES + 1} more`);
  });
});

describe('protectionLosses judged by effect: shadowing', () => {
  const glob = (pattern: string, environment: string, console?: 'aws' | 'azure') => ({ kind: 'glob' as const, pattern, environment, ...(console ? { console } : {}) });

  it('a * -> development rule inserted before a kept acme-* -> production rule', () => {
    const before = policy({ rules: [glob('acme-*', 'production')] });
    const after = policy({ rules: [glob('*', 'development'), glob('acme-*', 'production')] });
    const losses = texts(before, after);
    expect(losses.length).toBeGreaterThan(0);
    expect(losses[0]).toMatch(/^team policy: project acme-\S*: production -> development, without typed confirmation, now decided by rules\[0\] glob "\*" \(was rules\[0\] glob "acme-\*"\)$/);
  });

  it('a .* regex rule that shadows the built-in rules', () => {
    const after = policy({ rules: [{ kind: 'regex', pattern: '.*', environment: 'development' }] });
    const losses = texts(policy({}), after);
    expect(losses).toContain('team policy: project acme-prod: production -> development, without typed confirmation, now decided by rules[0] regex ".*" (was built-in rule regex "(?:.*[-:])?(?:prod|prd|production|live)(?:-.*)?")');
    // A Google Cloud rule: AWS aliases still meet the built-in rules.
    expect(losses.some((line) => line.includes('AWS account'))).toBe(false);
    const aws = policy({ rules: [{ kind: 'regex', pattern: '.*', environment: 'development', console: 'aws' }] });
    expect(texts(policy({}), aws)).toContain('team policy: AWS account acme-prod: production -> development, without typed confirmation, now decided by rules[0] aws regex ".*" (was built-in rule regex "(?:.*[-:])?(?:prod|prd|production|live)(?:-.*)?")');
  });

  it('a catch-all that hides unmatched: production', () => {
    const before = policy({ unmatched: 'production' });
    const after = policy({ unmatched: 'production', rules: [glob('*', 'staging'), glob('*', 'staging', 'aws'), glob('*', 'staging', 'azure')] });
    const losses = texts(before, after);
    expect(losses).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^team policy: project \S+: production -> staging, without typed confirmation, now decided by rules\[0\] glob "\*" \(was unmatched \(production\)\)$/),
        expect.stringMatching(/^team policy: AWS account \S+: production -> staging, without typed confirmation, now decided by rules\[1\] aws glob "\*" \(was unmatched \(production\)\)$/),
        expect.stringMatching(/^team policy: Azure subscription \S+: production -> staging, without typed confirmation, now decided by rules\[2\] azure glob "\*" \(was unmatched \(production\)\)$/),
      ]),
    );
  });

  it('an AWS alias glob before the account-ID rule', () => {
    const account = { kind: 'exact' as const, pattern: '111122223333', environment: 'production', console: 'aws' as const };
    const before = policy({ rules: [account] });
    const after = policy({ rules: [glob('acme-*', 'development', 'aws'), account] });
    const losses = texts(before, after);
    expect(losses.length).toBeGreaterThan(0);
    expect(losses[0]).toMatch(/^team policy: AWS account acme-\S+ \(1111-2222-3333\): production -> development, without typed confirmation, now decided by rules\[0\] aws glob "acme-\*" \(was rules\[0\] aws exact "111122223333"\)$/);
  });

  it('narrower guards reached through another rule count too; an unchanged or stronger policy loses nothing', () => {
    const payments = { name: 'payments', label: 'PAY', color: '#8c1d18', typedConfirmation: true, guards: ['project' as const] };
    const before = policy({ rules: [glob('acme-*', 'production')] });
    const after = policy({ environments: [payments], rules: [glob('acme-pay*', 'payments'), glob('acme-*', 'production')] });
    expect(texts(before, after)[0]).toMatch(/^team policy: project acme-pay\S*: production -> payments, no longer asking on dialogs of kind every kind not listed, now decided by rules\[0\] glob "acme-pay\*"/);
    const stronger = policy({ rules: [glob('*', 'production'), glob('acme-*', 'production')] });
    expect(texts(before, stronger)).toEqual([]);
  });
});

describe('sites', () => {
  const ARGO = { match: 'https://argocd.prod.acme.internal/*', name: 'Argo CD', environment: 'production' };
  const GRAFANA = { match: 'https://*.grafana.acme.io/d/*', environment: 'production' };
  const withSites = (sites: Policy['sites']) => ({ ...EMPTY_POLICY, sites });

  it('reports a protected site removed, or given an environment without typed confirmation', () => {
    expect(protectionLosses({ team: withSites([ARGO, GRAFANA]) }, { team: withSites([{ ...GRAFANA, environment: 'staging' }]) }).map((loss) => loss.text)).toEqual([
      'team policy: site Argo CD (https://argocd.prod.acme.internal/*): production -> no longer a site of this policy (the extension stops marking and guarding it)',
      'team policy: site *.grafana.acme.io (https://*.grafana.acme.io/d/*): production -> now staging, without typed confirmation',
    ]);
  });

  it('reports a broader site put first that decides a protected one less strongly, and nothing when protection stays', () => {
    const broad = { match: 'https://*.acme.internal/*', environment: 'development' };
    expect(protectionLosses({ team: withSites([ARGO]) }, { team: withSites([broad, ARGO]) }).map((loss) => loss.text)).toEqual([
      'team policy: site Argo CD (https://argocd.prod.acme.internal/*): production -> now development, without typed confirmation',
    ]);
    expect(protectionLosses({ team: withSites([ARGO]) }, { team: withSites([ARGO, broad]) })).toEqual([]);
    expect(protectionLosses({ team: withSites([{ ...ARGO, environment: 'staging' }]) }, { team: withSites([]) })).toEqual([]);
  });
});
