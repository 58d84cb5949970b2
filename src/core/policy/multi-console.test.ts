/**
 * Policy version 2: one team policy for Google Cloud, AWS and Azure. Rules
 * name their console; version 1 files read and behave as before.
 */
import { describe, expect, it } from 'vitest';
import { buildEffectivePolicy } from './effective';
import { lowestVersion, serializePolicy } from './file';
import { parsePolicyObject, parsePolicyText } from './parse';
import { EMPTY_POLICY, formatIssue, type Policy } from './types';

const SUB = '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';
const V2 = {
  version: 2,
  environments: [],
  rules: [
    { match: 'acme-core-prod', kind: 'exact', environment: 'production' },
    { console: 'aws', match: '1111-2222-3333', kind: 'exact', environment: 'production' },
    { console: 'aws', match: '444455556666', kind: 'exact', environment: 'development' },
    { console: 'aws', match: 'acme-lab-*', kind: 'glob', environment: 'staging' },
    { console: 'azure', match: SUB, kind: 'exact', environment: 'production' },
  ],
};

function parsed(value: unknown): Policy {
  const result = parsePolicyObject(value);
  if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
  return result.policy;
}

describe('policy version 2', () => {
  it('reads rules for each console; an AWS account written as the console shows it becomes its 12 digits', () => {
    expect(parsed(V2).rules).toEqual([
      { kind: 'exact', pattern: 'acme-core-prod', environment: 'production' },
      { kind: 'exact', pattern: '111122223333', environment: 'production', console: 'aws' },
      { kind: 'exact', pattern: '444455556666', environment: 'development', console: 'aws' },
      { kind: 'glob', pattern: 'acme-lab-*', environment: 'staging', console: 'aws' },
      { kind: 'exact', pattern: SUB, environment: 'production', console: 'azure' },
    ]);
  });

  it('refuses `console` in a version 1 file, and unknown consoles, with the path', () => {
    const v1 = parsePolicyObject({ ...V2, version: 1 });
    expect(v1.ok ? [] : v1.errors.map(formatIssue)).toEqual([
      'rules[1].console: needs "version": 2 (a version 1 file holds Google Cloud rules only)',
      'rules[2].console: needs "version": 2 (a version 1 file holds Google Cloud rules only)',
      'rules[3].console: needs "version": 2 (a version 1 file holds Google Cloud rules only)',
      'rules[4].console: needs "version": 2 (a version 1 file holds Google Cloud rules only)',
    ]);
    const unknown = parsePolicyObject({ version: 2, environments: [], rules: [{ console: 'oci', match: 'x', kind: 'exact', environment: 'production' }] });
    expect(unknown.ok ? [] : unknown.errors.map(formatIssue)).toEqual(['rules[0].console: expected one of gcp, aws, azure, site (found "oci")']);
  });

  it('warns about exact rules no console could show, per console', () => {
    const result = parsePolicyText(
      JSON.stringify({
        version: 2,
        environments: [],
        rules: [
          { console: 'aws', match: 'ops_team!', kind: 'exact', environment: 'production' },
          { console: 'aws', match: 'acme-prod', kind: 'exact', environment: 'production' },
          { match: 'acme-prod', kind: 'exact', environment: 'production' },
        ],
      }),
    );
    expect(result.ok && result.warnings.map(formatIssue)).toEqual([
      'rules[0]: never matches: "ops_team!" is not an AWS account ID (12 digits) or alias (lower-case letters, digits and hyphens, 3 to 63)',
      // The same match for two consoles is two rules, not a duplicate.
    ]);
  });

  it('exports the lowest version that holds the content', () => {
    const v2 = parsed(V2);
    expect(lowestVersion(v2)).toBe(2);
    expect(JSON.parse(serializePolicy(v2)).rules[1]).toEqual({ console: 'aws', match: '111122223333', kind: 'exact', environment: 'production' });
    const gcpOnly = { ...v2, rules: v2.rules.filter((rule) => !rule.console) };
    expect(JSON.parse(serializePolicy(gcpOnly)).version).toBe(1);
    expect(JSON.parse(serializePolicy(EMPTY_POLICY)).version).toBe(1);
    // And reads back as it was.
    expect(parsed(JSON.parse(serializePolicy(v2)))).toEqual(v2);
  });
});

describe('one policy, three consoles', () => {
  const team = parsed(V2);
  const effective = buildEffectivePolicy({ managed: null, team, personal: null });
  const env = (target: Parameters<typeof effective.classify>[0]) => effective.classify(target)?.environment.name ?? null;

  it('a rule matches only its own console', () => {
    expect(env('acme-core-prod')).toBe('production');
    expect(env({ console: 'aws', id: '111122223333' })).toBe('production');
    expect(env({ console: 'gcp', id: '111122223333' })).toBeNull();
    expect(env({ console: 'azure', id: SUB })).toBe('production');
    expect(env({ console: 'aws', id: SUB })).toBeNull();
  });

  it('rules match the ID or the alias, the first rule in the file winning', () => {
    expect(env({ console: 'aws', id: '999900001111', name: 'acme-lab-7' })).toBe('staging');
    // The ID's rule comes first in the file: it wins over the alias's.
    expect(env({ console: 'aws', id: '444455556666', name: 'acme-lab-7' })).toBe('development');
  });

  it('the built-in token rules match names (an alias), never bare account or subscription IDs', () => {
    expect(env({ console: 'aws', id: '999900001111', name: 'acme-prod' })).toBe('production');
    expect(env({ console: 'aws', id: '999900001111' })).toBeNull();
    expect(env({ console: 'aws', id: '999900001111', name: 'sandbox-lab' })).toBe('development');
    expect(env({ console: 'azure', id: '00000000-0000-0000-0000-000000000001' })).toBeNull();
    expect(env('acme-dev-1')).toBe('development'); // a GCP project ID is its own name
  });

  it('while a scope is unknown, guards with the first protected environment any outcome could give', () => {
    expect(effective.whileUnknown('aws')?.name).toBe('production');
    const noDefaults = buildEffectivePolicy({ managed: null, team: { ...team, useDefaultRules: false, rules: team.rules.filter((rule) => rule.environment !== 'production') }, personal: null });
    expect(noDefaults.whileUnknown('aws')).toBeNull(); // staging and development ask for nothing
    const unmatched = buildEffectivePolicy({ managed: null, team: { ...EMPTY_POLICY, useDefaultRules: false, unmatched: 'production' }, personal: null });
    expect(unmatched.whileUnknown('azure')?.name).toBe('production');
  });

  it('a version 1 policy behaves as it did: Google Cloud projects only', () => {
    const v1 = parsed({ version: 1, environments: [], rules: [{ match: 'acme-*', kind: 'glob', environment: 'production' }] });
    const policy = buildEffectivePolicy({ managed: null, team: v1, personal: null });
    expect(policy.classify('acme-1')?.environment.name).toBe('production');
    expect(policy.classify({ console: 'aws', id: '111122223333', name: 'acme-1' })).toBeNull();
  });
});
