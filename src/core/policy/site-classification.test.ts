import '../patterns/re2'; // where policies are checked, RE2 compiles their regexes
import { describe, expect, it } from 'vitest';
import { buildEffectivePolicy } from './effective';
import { parsePolicyObject } from './parse';
import type { Policy } from './types';

/** A policy as a team writes it (checked by the parser, as every stored policy is). */
function policy(file: Record<string, unknown>): Policy {
  const parsed = parsePolicyObject({ version: 3, environments: [], rules: [], ...file });
  if (!parsed.ok) throw new Error(parsed.errors.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  return parsed.policy;
}

const ARGO = { match: 'https://argocd.prod.acme.internal/*', name: 'Argo CD (production)', environment: 'production', scope: { from: 'path', after: 'applications' } };
const GRAFANA_STG = { match: 'https://grafana.stg.acme.io/*', name: 'Grafana (staging)', environment: 'staging', scope: { from: 'query', param: 'namespace' } };
const HEADLAMP = { match: 'https://headlamp.acme.io/*', scope: { from: 'path', after: 'namespaces' } };

const team = policy({ sites: [ARGO, GRAFANA_STG, HEADLAMP], rules: [{ console: 'site', kind: 'exact', match: 'sandbox', environment: 'development' }] });
const teamOnly = buildEffectivePolicy({ managed: null, team, personal: null });
const read = (href: string, effective = teamOnly) => {
  const reading = effective.classifySite(href);
  return reading && { site: reading.site.site.name ?? reading.site.pattern.host, scope: reading.scope?.id ?? null, environment: reading.classification?.environment.name ?? null, bySite: Boolean(reading.classification?.site) };
};

describe('classifySite: a page of a site the policy names', () => {
  it('is no site page when no site in force matches (another host, a look-alike host, another scheme)', () => {
    expect(read('https://console.cloud.google.com/home?project=acme-prod')).toBeNull();
    expect(read('https://argocd.prod.acme.internal.evil.example/applications/x')).toBeNull();
    expect(read('http://argocd.prod.acme.internal/applications/x')).toBeNull();
  });

  it('takes the site\'s own environment when no rule classifies the name its address shows', () => {
    expect(read('https://argocd.prod.acme.internal/applications')).toEqual({ site: 'Argo CD (production)', scope: null, environment: 'production', bySite: true });
    expect(read('https://argocd.prod.acme.internal/applications/payments')).toEqual({ site: 'Argo CD (production)', scope: 'payments', environment: 'production', bySite: true });
    expect(read('https://grafana.stg.acme.io/d/abc?namespace=billing')).toMatchObject({ scope: 'billing', environment: 'staging', bySite: true });
  });

  it('classifies the name by `site` rules first, then by the built-in token rules (payments-prod is production)', () => {
    expect(read('https://argocd.prod.acme.internal/applications/sandbox')).toMatchObject({ scope: 'sandbox', environment: 'development', bySite: false });
    expect(read('https://grafana.stg.acme.io/d/abc?namespace=payments-prod')).toMatchObject({ scope: 'payments-prod', environment: 'production', bySite: false });
    expect(read('https://headlamp.acme.io/c/main/namespaces/shop-dev/pods')).toMatchObject({ scope: 'shop-dev', environment: 'development' });
    // A name nothing classifies on a site with no environment: unmarked (no `unmatched` in this policy).
    expect(read('https://headlamp.acme.io/c/main/namespaces/shop/pods')).toMatchObject({ scope: 'shop', environment: null });
  });

  it('is decided by the first site that matches, strongest source first', () => {
    const managed = policy({ sites: [{ match: 'https://*.acme.internal/*', name: 'Everything internal', environment: 'staging' }] });
    expect(read('https://argocd.prod.acme.internal/applications/x', buildEffectivePolicy({ managed, team, personal: null }))).toMatchObject({ site: 'Everything internal', environment: 'staging' });
  });

  it('gives a site with neither environment nor matching rule the authority\'s `unmatched` environment', () => {
    const strict = policy({ sites: [HEADLAMP], unmatched: 'production' });
    expect(read('https://headlamp.acme.io/c/main/namespaces/shop/pods', buildEffectivePolicy({ managed: null, team: strict, personal: null }))).toMatchObject({ environment: 'production' });
  });

  it('lets personal sites and rules add protection, never take it away', () => {
    const personalWeaker = policy({ sites: [{ ...ARGO, environment: 'development' }], rules: [{ console: 'site', kind: 'exact', match: 'payments', environment: 'development' }] });
    const weaker = buildEffectivePolicy({ managed: null, team, personal: personalWeaker });
    expect(read('https://argocd.prod.acme.internal/applications/payments', weaker)).toMatchObject({ environment: 'production' });
    expect(weaker.classifySite('https://argocd.prod.acme.internal/applications/payments')?.classification?.overridden?.environment.name).toBe('development');

    const personalStronger = policy({ sites: [{ match: 'https://grafana.stg.acme.io/*', environment: 'production' }, { match: 'https://kibana.acme.io/*', environment: 'production' }] });
    const stronger = buildEffectivePolicy({ managed: null, team, personal: personalStronger });
    expect(read('https://grafana.stg.acme.io/d/abc?namespace=billing', stronger)).toMatchObject({ environment: 'production' });
    // A site only the person names is theirs to mark.
    expect(read('https://kibana.acme.io/app/discover', stronger)).toMatchObject({ environment: 'production' });
  });

  it('never lets a personal site\'s scope reader weaken the team\'s site: the team\'s rules read the team\'s site only', () => {
    const teamSite = policy({ sites: [{ match: 'https://rancher.acme.io/*', environment: 'production' }] });
    const personal = policy({ sites: [{ match: 'https://rancher.acme.io/*', scope: { from: 'query', param: 'ns' } }] });
    const effective = buildEffectivePolicy({ managed: null, team: teamSite, personal });
    expect(read('https://rancher.acme.io/dashboard?ns=tools-dev', effective)).toMatchObject({ environment: 'production', bySite: true });
  });

  it('ignores personal sites when the team switches personal rules off', () => {
    const closed = policy({ sites: [GRAFANA_STG], allowPersonalRules: false });
    const personal = policy({ sites: [{ match: 'https://kibana.acme.io/*', environment: 'production' }] });
    const effective = buildEffectivePolicy({ managed: null, team: closed, personal });
    expect(effective.sites.map((entry) => entry.pattern.host)).toEqual(['grafana.stg.acme.io']);
    expect(read('https://kibana.acme.io/app/discover', effective)).toBeNull();
  });

  it('with no team policy, reads personal sites with the built-in rules', () => {
    const personal = policy({ sites: [HEADLAMP] });
    const effective = buildEffectivePolicy({ managed: null, team: null, personal });
    expect(read('https://headlamp.acme.io/c/main/namespaces/shop-prod/pods', effective)).toMatchObject({ environment: 'production' });
    expect(read('https://headlamp.acme.io/c/main/namespaces/shop/pods', effective)).toMatchObject({ environment: null });
  });

  it('refuses `console: "site"` rules in a version 2 file', () => {
    const parsed = parsePolicyObject({ version: 2, environments: [], rules: [{ console: 'site', kind: 'exact', match: 'prod', environment: 'production' }] });
    expect(parsed.ok ? [] : parsed.errors.map((issue) => `${issue.path}: ${issue.message}`)).toEqual(['rules[0].console: needs "version": 3 (rules for sites came in version 3)']);
  });
});

describe('classifySite: what the address names', () => {
  it('reads no name longer than any rule is costed for (127): the site\'s own environment applies', () => {
    const long = `${'a'.repeat(124)}-prod`;
    expect(read(`https://argocd.prod.acme.internal/applications/${long}`)).toMatchObject({ scope: null, environment: 'production', bySite: true });
    expect(read(`https://grafana.stg.acme.io/d/abc?namespace=${long.slice(5)}`)).toMatchObject({ scope: long.slice(5), environment: 'production', bySite: false });
  });
});
