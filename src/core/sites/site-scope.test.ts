import { describe, expect, it } from 'vitest';
import { describeSiteScope, readSiteScope, type SiteScopeFrom } from './site-scope';

describe('readSiteScope', () => {
  it.each<[string, SiteScopeFrom, string, string | null]>([
    ['a host label', { from: 'host', label: 2 }, 'https://grafana.prod.acme.io/d/abc', 'prod'],
    ['a host label past the end', { from: 'host', label: 9 }, 'https://grafana.prod.acme.io/d/abc', null],
    ['OpenShift namespace', { from: 'path', after: 'ns' }, 'https://console.apps.acme.internal/k8s/ns/payments-prod/pods', 'payments-prod'],
    ['OpenShift project page', { from: 'path', after: 'projects' }, 'https://console.apps.acme.internal/k8s/cluster/projects/Prod', 'prod'],
    ['Headlamp namespace', { from: 'path', after: 'namespaces' }, 'https://headlamp.acme.internal/c/main/namespaces/prod', 'prod'],
    ['the word at the end (nothing after it)', { from: 'path', after: 'namespaces' }, 'https://headlamp.acme.internal/c/main/namespaces', null],
    ['the word absent', { from: 'path', after: 'ns' }, 'https://console.apps.acme.internal/k8s/cluster/nodes', null],
    ['an escaped segment', { from: 'path', after: 'applications' }, 'https://argocd.acme.internal/applications/team%2Dprod/payments', 'team-prod'],
    ['a broken escape', { from: 'path', after: 'applications' }, 'https://argocd.acme.internal/applications/%E0%A4%A/payments', null],
    ['a segment by position', { from: 'path', segment: 2 }, 'https://rancher.acme.internal/dashboard/c-m-prod1/explorer', 'c-m-prod1'],
    ['a query parameter', { from: 'query', param: 'namespace' }, 'https://dashboard.acme.internal/pods?namespace=Prod', 'prod'],
    ['an empty query parameter', { from: 'query', param: 'namespace' }, 'https://dashboard.acme.internal/pods?namespace=', null],
    ['a hash route path', { from: 'path', after: 'namespace', fragment: true }, 'https://dash.acme.internal/#/namespace/prod/pods', 'prod'],
    ['a hash route query', { from: 'query', param: 'namespace', fragment: true }, 'https://dash.acme.internal/#!/pod?namespace=prod', 'prod'],
    ['control characters', { from: 'query', param: 'ns' }, 'https://dash.acme.internal/?ns=pr%0Aod', null],
    ['too long', { from: 'query', param: 'ns' }, `https://dash.acme.internal/?ns=${'a'.repeat(300)}`, null],
    ['not a URL', { from: 'host', label: 1 }, 'nope', null],
  ])('%s', (_, from, href, expected) => {
    expect(readSiteScope(from, href)).toBe(expected);
  });
});

describe('describeSiteScope', () => {
  it('says where the name is read, in words', () => {
    expect(describeSiteScope({ from: 'host', label: 2 })).toBe('host label 2');
    expect(describeSiteScope({ from: 'path', after: 'ns' })).toBe('the path segment after "ns"');
    expect(describeSiteScope({ from: 'query', param: 'namespace', fragment: true })).toBe('query parameter "namespace" of the #route');
  });
});
