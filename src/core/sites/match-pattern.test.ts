import { describe, expect, it } from 'vitest';
import { parseSitePattern, sitePatternMatches, type SitePattern } from './match-pattern';

function pattern(text: string): SitePattern {
  const result = parseSitePattern(text);
  if (!result.ok) throw new Error(result.message);
  return result.pattern;
}

describe('parseSitePattern', () => {
  it.each([
    ['https://argocd.prod.acme.internal/*', 'https://argocd.prod.acme.internal/*'],
    ['https://*.grafana.acme.io/*', 'https://*.grafana.acme.io/*'],
    ['http://kibana.lab/app/*', 'http://kibana.lab/*'],
    ['https://*/k8s/ns/prod/*', 'https://*/*'],
    ['HTTPS://Argo.Example.COM/*', 'https://argo.example.com/*'],
  ])('reads %s (permission origin %s)', (text, origin) => {
    expect(pattern(text).origin).toBe(origin);
  });

  it.each([
    ['argocd.prod.acme.internal', /expected a pattern like/],
    ['*://argocd.acme.io/*', /scheme must be https or http/],
    ['ftp://argocd.acme.io/*', /scheme must be https or http/],
    ['https:///*', /host is missing/],
    ['https://argocd.acme.io', /path is missing: add "\/\*" \(https:\/\/argocd.acme.io\/\*\)/],
    ['https://argo*.acme.io/*', /may only start with "\*\."/],
    ['https://*argo.acme.io/*', /may only start with "\*\."/],
    ['https://argocd.acme.io:8443/*', /no port/],
    ['https://argo_cd.acme.io/*', /is not a host name/],
    ['https://-argo.acme.io/*', /is not a host name/],
  ])('refuses %s with a message that says why', (text, message) => {
    const result = parseSitePattern(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('sitePatternMatches', () => {
  it.each([
    ['https://argocd.prod.acme.internal/*', 'https://argocd.prod.acme.internal/applications/argocd/payments', true],
    ['https://argocd.prod.acme.internal/*', 'https://argocd.prod.acme.internal:8443/applications', true],
    ['https://argocd.prod.acme.internal/*', 'http://argocd.prod.acme.internal/applications', false],
    ['https://argocd.prod.acme.internal/*', 'https://argocd.stg.acme.internal/applications', false],
    ['https://argocd.prod.acme.internal/*', 'https://evil.example/argocd.prod.acme.internal/', false],
    ['https://*.grafana.acme.io/*', 'https://grafana.acme.io/d/abc', true],
    ['https://*.grafana.acme.io/*', 'https://prod.grafana.acme.io/d/abc', true],
    ['https://*.grafana.acme.io/*', 'https://prodgrafana.acme.io/d/abc', false],
    ['https://*.grafana.acme.io/*', 'https://grafana.acme.io.evil.example/d/abc', false],
    ['https://*/k8s/ns/prod/*', 'https://console.apps.acme.internal/k8s/ns/prod/pods', true],
    ['https://*/k8s/ns/prod/*', 'https://console.apps.acme.internal/k8s/ns/production/pods', false],
    ['https://*/k8s/*/prod*', 'https://console.apps.acme.internal/k8s/ns/prod?x=1', true],
    ['https://kibana.acme.io/app/*', 'https://kibana.acme.io/app/management?tab=1', true],
    ['https://kibana.acme.io/app/*', 'https://kibana.acme.io/login', false],
    ['https://kibana.acme.io/exact', 'https://kibana.acme.io/exact', true],
    ['https://kibana.acme.io/exact', 'https://kibana.acme.io/exact/more', false],
    ['https://argocd.acme.io/*', 'not a url', false],
  ])('%s vs %s -> %s', (text, href, expected) => {
    expect(sitePatternMatches(pattern(text), href)).toBe(expected);
  });

  it('reads many stars left to right (each part found once, no backtracking)', () => {
    expect(sitePatternMatches(pattern(`https://a.io/${'*a'.repeat(200)}*b`), `https://a.io/${'a'.repeat(5_000)}`)).toBe(false);
    expect(sitePatternMatches(pattern(`https://a.io/${'*a'.repeat(200)}*b`), `https://a.io/${'a'.repeat(5_000)}b`)).toBe(true);
  });
});
