import { describe, expect, it } from 'vitest';
import { buildEffectivePolicy } from '../core/policy/effective';
import { EMPTY_POLICY } from '../core/policy/types';
import { readTabStates } from '../core/tab-state';
import { sameDocumentUrl, tabShows } from './tab-shows';

const builtIn = buildEffectivePolicy({ managed: null, team: null, personal: null });

describe('what a tab shows, as the background works it out', () => {
  it('takes the scope from the URL the browser gives, not the one the tab reports', () => {
    const state = tabShows('https://console.cloud.google.com/kubernetes/list?project=acme-prod-1', { console: 'gcp', id: 'acme-dev' }, builtIn);
    expect(state).toMatchObject({ project: 'acme-prod-1', environment: { name: 'production' } });
  });

  it('takes the reported scope only where the URL cannot say, and only of the URL\'s console', () => {
    const aws = 'https://us-east-1.console.aws.amazon.com/ec2/home';
    expect(tabShows(aws, { console: 'gcp', id: 'acme-prod-1' }, builtIn)).toMatchObject({ project: null });
    expect(tabShows(aws, { console: 'aws', id: '111122223333' }, builtIn)).toMatchObject({ scope: { console: 'aws', id: '111122223333' } });
  });

  it('answers nothing for a page that is no console', () => {
    expect(tabShows('https://evil.example/?project=acme-prod-1', null, builtIn)).toBeNull();
    expect(tabShows(undefined, null, builtIn)).toBeNull();
  });

  it('takes the URL the top frame reports when it is on the origin the browser says (a pushState the browser has not heard of yet)', () => {
    const before = 'https://console.cloud.google.com/kubernetes/list?project=acme-prod-1';
    const after = 'https://console.cloud.google.com/kubernetes/list?project=acme-stg-1';
    expect(sameDocumentUrl(after, before)).toBe(after);
    expect(tabShows(sameDocumentUrl(after, before), null, builtIn)).toMatchObject({ project: 'acme-stg-1', environment: { name: 'staging' } });
  });

  it('never takes a reported URL on another origin, or one that is no URL', () => {
    const sender = 'https://console.cloud.google.com/kubernetes/list?project=acme-prod-1';
    expect(sameDocumentUrl('https://console.cloud.google.evil.example/?project=acme-dev-1', sender)).toBe(sender);
    expect(sameDocumentUrl('not a url', sender)).toBe(sender);
    expect(sameDocumentUrl({ href: 'x' }, sender)).toBe(sender);
    expect(sameDocumentUrl('https://console.cloud.google.com/?project=x', undefined)).toBeUndefined();
  });
  it('a multi-session host names the account; the alias the page shows for that same account still counts (most protective)', () => {
    const host = 'https://999988887777-abcdefgh.us-east-1.console.aws.amazon.com/ec2/home';
    expect(tabShows(host, { console: 'aws', id: '999988887777', name: 'acme-prod' }, builtIn)).toMatchObject({
      scope: { console: 'aws', id: '999988887777', name: 'acme-prod' },
      environment: { name: 'production' },
    });
    // Another account's alias says nothing about this one; no alias leaves the host's ID alone.
    expect(tabShows(host, { console: 'aws', id: '111122223333', name: 'acme-prod' }, builtIn)).toMatchObject({ environment: null });
    expect(tabShows(host, { console: 'aws', id: '999988887777' }, builtIn)).toMatchObject({ environment: null });
    // An alias never weakens what the ID's own rule says.
    const team = buildEffectivePolicy({
      managed: null,
      personal: null,
      team: { version: 2, environments: [], rules: [{ kind: 'exact', pattern: '999988887777', environment: 'production', console: 'aws' }], useDefaultRules: true, allowPersonalRules: true },
    } as never);
    expect(tabShows(host, { console: 'aws', id: '999988887777', name: 'acme-dev' }, team)).toMatchObject({ environment: { name: 'production' } });
  });

  it('decides a site\'s page by the address the browser gives, with the site it belongs to, never by the scope the tab reports', () => {
    const team = { ...EMPTY_POLICY, sites: [{ match: 'https://argocd.prod.acme.internal/*', name: 'Argo CD', environment: 'staging', scope: { from: 'path' as const, after: 'applications' } }] };
    const policy = buildEffectivePolicy({ managed: null, team, personal: null });
    const url = 'https://argocd.prod.acme.internal/applications/payments-prod';
    const state = tabShows(url, { console: 'site', id: 'sandbox' }, policy);
    expect(state).toEqual({ project: 'Argo CD · payments-prod', scope: { console: 'site', id: 'payments-prod' }, environment: expect.objectContaining({ name: 'production' }), site: { url } });
    expect(tabShows('https://argocd.prod.acme.internal/applications', null, policy)).toMatchObject({ project: 'Argo CD', scope: null, environment: { name: 'staging' } });
    // The same page with no site in force is nothing the extension marks.
    expect(tabShows(url, null, builtIn)).toBeNull();
    // What is stored for the popup reads back, address included.
    expect(readTabStates({ 7: { ...state, updatedAt: 1 } })[7]).toEqual({ ...state, updatedAt: 1 });
    expect(readTabStates({ 7: { ...state, site: { url: 'javascript:alert(1)' }, updatedAt: 1 } })[7]?.site).toBeUndefined();
  });
});
