import { describe, expect, it } from 'vitest';
import { parsePolicyObject } from './parse';
import { MAX_SITES } from './sites';

const ENV = { name: 'payments', label: 'PAY', color: '#8c1d18', typedConfirmation: true };
const file = (sites: unknown, version = 3) => ({ version, environments: [ENV], rules: [], sites });

function errors(sites: unknown, version?: number): string[] {
  const result = parsePolicyObject(file(sites, version));
  return result.ok ? [] : result.errors.map((issue) => `${issue.path}: ${issue.message}`);
}

function warnings(sites: unknown): string[] {
  const result = parsePolicyObject(file(sites));
  if (!result.ok) throw new Error(result.errors.map((issue) => issue.message).join('; '));
  return result.warnings.map((issue) => `${issue.path}: ${issue.message}`);
}

describe('policy sites (version 3)', () => {
  it('reads every field, trimmed, scope as written', () => {
    const result = parsePolicyObject(
      file([
        { match: ' https://argocd.prod.acme.internal/* ', name: ' Argo CD ', environment: 'payments', note: 'deploys' },
        { match: 'https://*.acme.internal/*', scope: { from: 'path', after: 'namespaces', fragment: true } },
      ]),
    );
    expect(result.ok && result.policy.sites).toEqual([
      { match: 'https://argocd.prod.acme.internal/*', name: 'Argo CD', environment: 'payments', note: 'deploys' },
      { match: 'https://*.acme.internal/*', scope: { from: 'path', after: 'namespaces', fragment: true } },
    ]);
  });

  it('a file without sites has none (and stays what it was)', () => {
    const result = parsePolicyObject({ version: 2, environments: [], rules: [] });
    expect(result.ok && 'sites' in result.policy).toBe(false);
  });

  it('says what is wrong, with the path, for each bad site', () => {
    expect(
      errors([
        { match: 'argocd.acme.io' },
        { match: 'https://argocd.acme.io:8443/*', environment: 'prdo' },
        { environment: 'payments' },
        { match: 'https://a.io/*', scope: { from: 'cookie' } },
        { match: 'https://a.io/*', scope: { from: 'host' } },
        { match: 'https://a.io/*', scope: { from: 'path', after: 'ns', segment: 2 } },
        { match: 'https://a.io/*', scope: { from: 'query', param: 'ns', lable: 1 } },
        { match: 'https://a.io/*', enviroment: 'payments' },
        'https://a.io/*',
      ]),
    ).toEqual([
      'sites[0].match: expected a pattern like https://argocd.prod.acme.internal/*',
      'sites[1].match: no port: both browsers match a site on every port (Firefox refuses a port in a pattern)',
      'sites[1].environment: unknown environment "prdo"; declare it under environments or use one of production, staging, development',
      'sites[2].match: missing',
      'sites[3].scope.from: expected one of host, path, query (found "cookie")',
      'sites[4].scope.label: missing: which host label, counted from 1 on the left (grafana.prod.acme.io: 2 is "prod")',
      'sites[5].scope: give either "after" (the path word before the name, e.g. "namespaces") or "segment" (its position, from 1)',
      'sites[6].scope.lable: unknown key for "from": "query"',
      'sites[7].enviroment: unknown key (did you mean "environment"?)',
      'sites[8]: expected a site object (found "https://a.io/*")',
    ]);
  });

  it('needs version 3, and at most MAX_SITES', () => {
    expect(errors([{ match: 'https://a.io/*', environment: 'payments' }], 2)).toEqual(['sites: needs "version": 3 (sites came in version 3)']);
    expect(errors(Array.from({ length: MAX_SITES + 1 }, (_, i) => ({ match: `https://s${i}.io/*`, environment: 'payments' })))).toEqual([`sites: at most ${MAX_SITES} sites (found ${MAX_SITES + 1})`]);
    expect(errors('https://a.io/*')).toEqual(['sites: expected a list of sites (found "https://a.io/*")']);
  });

  it('warns about a site that asks for every host, a repeated site, and one that decides nothing', () => {
    expect(
      warnings([
        { match: 'https://*/k8s/*', scope: { from: 'path', after: 'ns' } },
        { match: 'https://argocd.acme.io/*', environment: 'payments' },
        { match: 'HTTPS://argocd.acme.io/*', environment: 'production' },
        { match: 'https://grafana.acme.io/*' },
      ]),
    ).toEqual([
      'sites[0].match: names every host: the extension will ask for access to every site; name the hosts (https://*.acme.internal/*) where you can',
      'sites[2]: never used: sites[1] has the same match',
      'sites[3]: has neither "environment" nor "scope": its pages get the policy\'s "unmatched" environment, if any',
    ]);
  });
});
