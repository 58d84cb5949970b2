import { describe, expect, it } from 'vitest';
import { buildEffectivePolicy } from './effective';
import { EMPTY_POLICY, type Policy } from './types';
import { builtInToken, reasonFor } from './why';
import type { Scope } from '../../consoles/ids';

const personal: Policy = {
  ...EMPTY_POLICY,
  rules: [
    { kind: 'exact', pattern: 'acme-payments', environment: 'production', note: 'PCI scope: card data lives here' },
    { kind: 'glob', pattern: 'acme-shop-*', environment: 'staging' },
  ],
};
const effective = buildEffectivePolicy({ managed: null, team: null, personal });
const why = (scope: Scope) => reasonFor(effective.classify(scope)!, scope);

describe('why a tab shows its environment', () => {
  it('a rule, with its note', () => {
    expect(why({ console: 'gcp', id: 'acme-payments' })).toEqual({
      kind: 'rule', source: 'personal', ruleNumber: 1, patternKind: 'exact', pattern: 'acme-payments', note: 'PCI scope: card data lives here',
    });
    expect(why({ console: 'gcp', id: 'acme-shop-7' })).toMatchObject({ kind: 'rule', ruleNumber: 2, note: null });
  });

  it('the built-in rules: the word found in this tab’s own name, as the name writes it', () => {
    expect(why({ console: 'gcp', id: 'acme-prod-1' })).toEqual({ kind: 'built-in', token: 'prod', console: 'gcp', name: 'acme-prod-1' });
    expect(why({ console: 'gcp', id: 'google.com:live-api' })).toMatchObject({ token: 'live', name: 'google.com:live-api' });
    expect(why({ console: 'aws', id: '111122223333', name: 'Acme-STG' })).toEqual({ kind: 'built-in', token: 'STG', console: 'aws', name: 'Acme-STG' });
    expect(why({ console: 'azure', id: '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0', name: 'contoso-dev' })).toMatchObject({ token: 'dev', console: 'azure' });
  });

  it('the strongest built-in word is the one named (a name with prod and test is production by prod)', () => {
    expect(why({ console: 'gcp', id: 'test-prod' })).toMatchObject({ kind: 'built-in', token: 'prod' });
  });

  it('a site’s page: the word in the name its address shows, or the team’s site rule (the popup’s why for a site tab)', () => {
    const team: Policy = {
      ...EMPTY_POLICY,
      rules: [{ console: 'site', kind: 'exact', pattern: 'sandbox', environment: 'development' }],
      sites: [{ match: 'https://argocd.prod.acme.internal/*', environment: 'production', scope: { from: 'path', after: 'applications' } }],
    };
    const sites = buildEffectivePolicy({ managed: null, team, personal: null });
    const siteWhy = (href: string) => {
      const reading = sites.classifySite(href)!;
      return reasonFor(reading.classification!, reading.scope!);
    };
    expect(siteWhy('https://argocd.prod.acme.internal/applications/payments-prod/api')).toEqual({ kind: 'built-in', token: 'prod', console: 'site', name: 'payments-prod' });
    expect(siteWhy('https://argocd.prod.acme.internal/applications/sandbox/web')).toMatchObject({ kind: 'rule', source: 'team', ruleNumber: 1, pattern: 'sandbox' });
  });

  it('the unmatched environment', () => {
    const unmatched = buildEffectivePolicy({ managed: null, team: { ...EMPTY_POLICY, unmatched: 'production', useDefaultRules: false }, personal: null });
    const scope: Scope = { console: 'gcp', id: 'random-project' };
    expect(reasonFor(unmatched.classify(scope)!, scope)).toEqual({ kind: 'unmatched', source: 'team' });
  });

  it('builtInToken: only whole words of the rule that decided', () => {
    expect(builtInToken('reproduce-1', 0)).toBeNull();
    expect(builtInToken('acme-preprod', 1)).toBe('preprod');
    expect(builtInToken('acme-preprod', 0)).toBeNull();
    expect(builtInToken('acme-dev', 7)).toBeNull();
  });
});
