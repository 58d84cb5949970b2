import { describe, expect, it } from 'vitest';
import type { Policy } from '../policy/types';
import { accessRequest, originGranted, personalSitesAllowed, planSiteRegistration } from './site-registration';
import { sitesInForce } from './sites-in-force';

const policy = (sites: Policy['sites']): Policy => ({ version: 3, rules: [], allowPersonalRules: true, sites }) as unknown as Policy;

const team = policy([
  { match: 'https://argocd.prod.acme.internal/*', name: 'Argo CD', environment: 'production' },
  { match: 'https://grafana.acme.io/d/*', name: 'Grafana', environment: 'production' },
  { match: 'https://grafana.acme.io/explore*', environment: 'staging' },
]);
const personal = policy([{ match: 'http://dash.local/*', environment: 'development' }]);
const sites = sitesInForce({ managed: null, team, personal }, true);

describe('planSiteRegistration', () => {
  it('registers nothing and names every site while no origin is granted', () => {
    const plan = planSiteRegistration(sites, []);
    expect(plan.matches).toEqual([]);
    expect(plan.notGranted.map((entry) => [entry.source, entry.label, entry.origin])).toEqual([
      ['team', 'Argo CD', 'https://argocd.prod.acme.internal/*'],
      ['team', 'Grafana', 'https://grafana.acme.io/*'],
      ['team', 'grafana.acme.io', 'https://grafana.acme.io/*'],
      ['personal', 'dash.local', 'http://dash.local/*'],
    ]);
  });

  it('registers the patterns of the granted sites only, sorted, each once', () => {
    const twice = sitesInForce({ managed: team, team, personal }, true);
    const plan = planSiteRegistration(twice, ['https://grafana.acme.io/*', 'https://unrelated.example/*']);
    expect(plan.matches).toEqual(['https://grafana.acme.io/d/*', 'https://grafana.acme.io/explore*']);
    expect(plan.notGranted.map((entry) => entry.origin)).toEqual([
      'https://argocd.prod.acme.internal/*',
      'https://argocd.prod.acme.internal/*',
      'http://dash.local/*',
    ]);
  });

  it('gives an equal plan for the same sites and grants in another order', () => {
    const reversed = sitesInForce({ managed: null, team: policy([...(team.sites ?? [])].reverse()), personal }, true);
    const granted = ['https://grafana.acme.io/*', 'http://dash.local/*', 'https://argocd.prod.acme.internal/*'];
    expect(planSiteRegistration(reversed, [...granted].reverse()).matches).toEqual(planSiteRegistration(sites, granted).matches);
  });

  it('writes the host in lower case, as the browsers compare it', () => {
    const upper = sitesInForce({ managed: null, team: policy([{ match: 'https://ArgoCD.Acme.io/*' }]), personal: null }, false);
    expect(planSiteRegistration(upper, ['https://argocd.acme.io/*']).matches).toEqual(['https://argocd.acme.io/*']);
  });
});

describe('originGranted', () => {
  it('takes a broader grant as covering a site', () => {
    expect(originGranted('https://argocd.acme.io/*', ['https://*.acme.io/*'])).toBe(true);
    expect(originGranted('https://acme.io/*', ['https://*.acme.io/*'])).toBe(true);
    expect(originGranted('https://*.grafana.acme.io/*', ['https://*.acme.io/*'])).toBe(true);
    expect(originGranted('https://argocd.acme.io/*', ['https://*/*'])).toBe(true);
    expect(originGranted('http://dash.local/*', ['*://*/*'])).toBe(true);
    expect(originGranted('http://dash.local/*', ['<all_urls>'])).toBe(true);
  });

  it('does not take a narrower or another scheme or host for a grant', () => {
    expect(originGranted('https://*.acme.io/*', ['https://argocd.acme.io/*'])).toBe(false);
    expect(originGranted('http://argocd.acme.io/*', ['https://argocd.acme.io/*'])).toBe(false);
    expect(originGranted('https://argocd.acme.io/*', ['https://acme.io/*'])).toBe(false);
    expect(originGranted('https://evilacme.io/*', ['https://*.acme.io/*'])).toBe(false);
    expect(originGranted('https://argocd.acme.io/*', ['not a pattern'])).toBe(false);
  });
});

describe('accessRequest', () => {
  it('asks for each origin once, naming the sites', () => {
    const plan = planSiteRegistration(sites, ['http://dash.local/*']);
    expect(accessRequest(plan.notGranted)).toEqual({
      origins: ['https://argocd.prod.acme.internal/*', 'https://grafana.acme.io/*'],
      sites: plan.notGranted,
    });
    expect(accessRequest([])).toBeNull();
  });
});

describe('personalSitesAllowed', () => {
  it('follows allowPersonalRules of every authority, as the effective policy does', () => {
    expect(personalSitesAllowed({ managed: null, team: null, personal })).toBe(true);
    expect(personalSitesAllowed({ managed: null, team, personal })).toBe(true);
    expect(personalSitesAllowed({ managed: { ...team, allowPersonalRules: false }, team, personal })).toBe(false);
  });
});
