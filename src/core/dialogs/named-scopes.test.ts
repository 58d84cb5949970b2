import { describe, expect, it } from 'vitest';
import { DEFAULT_ENVIRONMENTS, guardsAction, type Environment } from '../environments';
import { buildEffectivePolicy } from '../policy/effective';
import { mayNameScope, mostProtective, namedScopes } from './named-scopes';

const [production, staging, development] = DEFAULT_ENVIRONMENTS as [Environment, Environment, Environment];
const guardsDelete = (environment: Environment) => guardsAction(environment, 'delete');

describe('namedScopes', () => {
  it('finds the Google Cloud project a shut-down dialog names, in its title, description and field', () => {
    const scopes = namedScopes('gcp', {
      prose: ['Shut down project acme-prod-4821?', 'All billing and traffic serving stops. To confirm, type the project ID', 'Project ID (acme-prod-4821)'],
      names: ['acme-prod-4821'],
    });
    expect(scopes).toEqual([{ console: 'gcp', id: 'acme-prod-4821' }]);
  });

  it('reads no plain prose words as project IDs, but takes a one-word name from the name fields', () => {
    expect(namedScopes('gcp', { prose: ['This deletes production data in every instance of the project.'], names: [] })).toEqual([]);
    expect(namedScopes('gcp', { prose: [], names: ['acmeprod'] })).toEqual([{ console: 'gcp', id: 'acmeprod' }]);
  });

  it('keeps to the project ID syntax: 6-30 characters, a letter first, no hyphen last, lower case', () => {
    const ids = (text: string) => namedScopes('gcp', { prose: [text], names: [] }).map((scope) => scope.id);
    expect(ids('a-b12 (too short), my-project-1 (ok), 9lives-12 (digit first), Acme-prod-1 (capital), trailing- ')).toEqual(['my-project-1']);
    expect(ids(`x${'-1'.repeat(15)}`)).toEqual([]);
    expect(ids('google.com:prod-api')).toEqual([]);
  });

  it('finds AWS account IDs written either way, and Azure subscription IDs in any case', () => {
    expect(namedScopes('aws', { prose: ['Close account 1111-2222-3333 and 444455556666? Not 1234-5678 or 1234567890123.'], names: [] })).toEqual([
      { console: 'aws', id: '111122223333' },
      { console: 'aws', id: '444455556666' },
    ]);
    expect(namedScopes('azure', { prose: ['Cancel subscription 0A1B2C3D-0000-4000-8000-00000000ABCD?'], names: [] })).toEqual([
      { console: 'azure', id: '0a1b2c3d-0000-4000-8000-00000000abcd' },
    ]);
  });

  it('names nothing when a dialog lists many projects (a list is not one subject)', () => {
    const list = Array.from({ length: 20 }, (_, i) => `acme-prod-${i}`).join(', ');
    expect(namedScopes('gcp', { prose: [list], names: [] })).toEqual([]);
  });
});

describe('mayNameScope', () => {
  it('a Google Cloud dialog names a project only when it is about a project; AWS and Azure IDs are distinctive anywhere', () => {
    expect(mayNameScope('gcp', 'project')).toBe(true);
    expect(mayNameScope('gcp', 'gke-cluster')).toBe(false); // "Delete cluster prod-cluster?" names no project
    expect(mayNameScope('gcp', 'other')).toBe(false);
    expect(mayNameScope('aws', 'other')).toBe(true);
    expect(mayNameScope('azure', null)).toBe(true);
    // The ID's own words say nothing of the kind: "billing" in billing-core-17 is no billing dialog.
    expect(mayNameScope('gcp', 'other', ['Shut down project billing-core-17?'])).toBe(true);
    expect(mayNameScope('gcp', 'other', ['Disable billing for acme-prod-1?'])).toBe(false);
  });
});

describe('mostProtective', () => {
  const tab = (environment: Environment) => ({ project: 'acme-dev-7', environment });
  const named = (project: string, environment: Environment) => ({ project, environment });

  it('a named production project beats a development tab, and an organization page with no environment', () => {
    expect(mostProtective(tab(development), [named('acme-prod-4821', production)], guardsDelete)).toEqual({ chosen: named('acme-prod-4821', production), named: true });
    expect(mostProtective(null, [named('acme-prod-4821', production)], guardsDelete)).toEqual({ chosen: named('acme-prod-4821', production), named: true });
  });

  it('never weakens: a production tab keeps production whatever the dialog names; ties keep the tab', () => {
    expect(mostProtective(tab(production), [named('acme-dev-9', development)], guardsDelete)).toEqual({ chosen: tab(production), named: false });
    const otherProduction = { ...production, name: 'prod-eu' };
    expect(mostProtective(tab(production), [named('acme-prod-eu', otherProduction)], guardsDelete)?.named).toBe(false);
    expect(mostProtective(tab(development), [named('acme-stg-1', staging)], guardsDelete)).toEqual({ chosen: tab(development), named: false });
  });

  it('ranks by what guards THIS dialog: an environment that guards only clusters loses to one that guards all', () => {
    const clustersOnly: Environment = { ...production, name: 'prod-clusters', guards: ['gke-cluster'] };
    const guardsNothingHere = (environment: Environment) => guardsAction(environment, 'delete') && environment.guards === undefined;
    expect(mostProtective(tab(clustersOnly), [named('acme-prod-1', production)], guardsNothingHere)?.chosen.project).toBe('acme-prod-1');
  });

  it('resolves named IDs with the same policy as tabs: a personal rule naming the project counts', () => {
    const policy = buildEffectivePolicy({
      managed: null,
      team: null,
      personal: { version: 1, environments: [], rules: [{ kind: 'exact', pattern: 'billing-core-17', environment: 'production' }], useDefaultRules: true, allowPersonalRules: true },
    } as never);
    const scopes = namedScopes('gcp', { prose: ['Shut down project billing-core-17?'], names: [] });
    const resolved = scopes.map((scope) => ({ project: scope.id, environment: policy.classify(scope)!.environment }));
    expect(mostProtective(null, resolved, guardsDelete)?.chosen).toMatchObject({ project: 'billing-core-17', environment: { name: 'production' } });
  });
});
