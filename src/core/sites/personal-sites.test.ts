import { describe, expect, it } from 'vitest';
import type { Policy } from '../policy/types';
import { addPersonalSite, personalSiteEnvironments, removePersonalSite } from './personal-sites';

const personal = { version: 3, environments: [], rules: [], unmatched: null, useDefaultRules: true, allowPersonalRules: true } as unknown as Policy;

describe('addPersonalSite', () => {
  it('appends the site, named and in its environment, and gives the origin to ask for', () => {
    const added = addPersonalSite(personal, { match: ' https://Dash.Local/* ', name: ' Dashboard ', environment: 'development' });
    expect(added).toEqual({
      ok: true,
      origin: 'https://dash.local/*',
      policy: { ...personal, sites: [{ match: 'https://Dash.Local/*', name: 'Dashboard', environment: 'development' }] },
    });
  });

  it('leaves an empty name out and keeps the sites already there', () => {
    const first = addPersonalSite(personal, { match: 'http://a.local/*', name: '', environment: 'staging' });
    if (!first.ok) throw new Error('refused');
    const second = addPersonalSite(first.policy, { match: 'https://b.local/*', name: '  ', environment: 'production' });
    expect(second.ok && second.policy.sites).toEqual([
      { match: 'http://a.local/*', environment: 'staging' },
      { match: 'https://b.local/*', environment: 'production' },
    ]);
  });

  it("refuses a bad pattern with the parser's message", () => {
    expect(addPersonalSite(personal, { match: 'argocd.acme.io', name: '', environment: 'production' })).toEqual({
      ok: false,
      message: 'expected a pattern like https://argocd.prod.acme.internal/*',
    });
    expect(addPersonalSite(personal, { match: 'https://argocd.acme.io', name: '', environment: 'production' })).toMatchObject({ ok: false, message: expect.stringContaining('add "/*"') });
  });

  it('refuses a site already added', () => {
    const first = addPersonalSite(personal, { match: 'https://a.local/*', name: '', environment: 'staging' });
    if (!first.ok) throw new Error('refused');
    expect(addPersonalSite(first.policy, { match: 'https://A.local/*', name: 'again', environment: 'production' })).toMatchObject({ ok: false, duplicate: true });
  });
});

describe('personalSiteEnvironments', () => {
  it('offers the built-in environments and the personal ones only: a personal file cannot lean on the names of the team', () => {
    const own = { ...personal, environments: [{ name: 'sandbox', label: 'SBX', color: '#888888', typedConfirmation: false }] } as Policy;
    expect(personalSiteEnvironments(own)).toEqual(['production', 'staging', 'development', 'sandbox']);
  });

  it('refuses a site in another environment', () => {
    expect(addPersonalSite(personal, { match: 'https://a.local/*', name: '', environment: 'payments-production' })).toMatchObject({ ok: false, message: expect.stringContaining('payments-production') });
  });
});

describe('removePersonalSite', () => {
  it('takes out the site at the index, and the list with the last one', () => {
    const sites = [{ match: 'https://a.local/*' }, { match: 'https://b.local/*' }];
    expect(removePersonalSite({ ...personal, sites }, 0).sites).toEqual([{ match: 'https://b.local/*' }]);
    expect(removePersonalSite({ ...personal, sites: [sites[0]!] }, 0)).not.toHaveProperty('sites');
  });
});
