import '../patterns/re2'; // the background publishes with RE2 at hand
import { describe, expect, it } from 'vitest';
import { CONSOLE_IDS } from '../../consoles/ids';
import { regexPrograms, ruleIndexData } from '../rule-index';
import { buildEffectivePolicy } from './effective';
import { readTabPolicy, tabPolicyToStored, NO_TAB_POLICY, type PublishedPolicy } from './tab-policy';
import { EMPTY_POLICY } from './types';

const policy: PublishedPolicy = {
  sources: {
    managed: null,
    team: {
      ...EMPTY_POLICY,
      unmatched: 'staging',
      allowPersonalRules: false,
      rules: [
        { kind: 'glob', pattern: 'acme-*', environment: 'production' },
        { kind: 'exact', pattern: '111122223333', environment: 'production', console: 'aws' },
        { kind: 'regex', pattern: 'acme-(eu|us)', environment: 'development', console: 'aws' },
      ],
    },
    personal: { ...EMPTY_POLICY, environments: [{ name: 'lab', label: 'LAB', color: '#9334e6', typedConfirmation: true, guards: ['gke-cluster'] }] },
  },
  problems: ['managed policy: not valid JSON'],
};

describe('the policy published for tabs', () => {
  it("reads back what was written, through storage (JSON), with each source's rule index", () => {
    const read = readTabPolicy(JSON.parse(JSON.stringify(tabPolicyToStored(policy))));
    expect(read.sources).toEqual(policy.sources);
    expect(read.problems).toEqual(policy.problems);
    const published = (rules: Parameters<typeof ruleIndexData>[0]) =>
      Object.fromEntries(CONSOLE_IDS.map((console) => [console, JSON.parse(JSON.stringify({ ...ruleIndexData(rules, undefined, console), programs: regexPrograms(rules, console) }))]));
    expect(read.indexes).toEqual({ team: published(policy.sources.team!.rules), personal: published([]) });
    // One index per console: the AWS rules are not in Google Cloud's, and the other way round.
    expect(read.indexes.team?.gcp?.exact).toEqual({});
    expect(read.indexes.team?.aws?.exact).toEqual({ '111122223333': 1 });
    expect(Object.keys(read.indexes.team?.aws?.programs ?? {})).toEqual(['2']);
  });

  it('reads anything else, or another version, as no policy (the built-in defaults)', () => {
    for (const stored of [undefined, null, 'x', [], {}, { ...tabPolicyToStored(policy), version: 2 }, { ...tabPolicyToStored(policy), version: 4 }]) expect(readTabPolicy(stored)).toEqual(NO_TAB_POLICY);
  });

  it('publishes the RE2 program of each regex rule, so a tab needs no RE2 of its own', () => {
    const rules = [
      { kind: 'regex' as const, pattern: 'pay-(eu|us)-[0-9]+', environment: 'production' },
      { kind: 'regex' as const, pattern: '(broken', environment: 'production' },
      { kind: 'glob' as const, pattern: 'x-*', environment: 'staging' },
    ];
    const stored = tabPolicyToStored({ ...policy, sources: { ...policy.sources, team: { ...EMPTY_POLICY, rules } } }) as { team: { indexes: { gcp: { programs: Record<string, unknown> } } } };
    expect(Object.keys(stored.team.indexes.gcp.programs)).toEqual(['0']); // the broken one has none (never matches); globs need none
  });

  it('keeps what is usable of a damaged value: a rule that is not one never matches, and a missing index is worked out', () => {
    const stored = { ...tabPolicyToStored(policy), team: { rules: ['junk', { kind: 'glob', pattern: 'x-*', environment: 'production' }, { kind: 'exact' }] }, problems: ['a', 3] };
    const read = readTabPolicy(stored);
    expect(read.indexes.team).toBeUndefined();
    expect(read.problems).toEqual(['a']);
    const effective = buildEffectivePolicy(read.sources, read.indexes);
    expect(effective.classify('x-1')).toMatchObject({ source: 'team', ruleIndex: 1 });
    expect(effective.classify('junk')?.source).not.toBe('team');
  });

  it('a tab using the published index classifies as the policy itself does', () => {
    const read = readTabPolicy(JSON.parse(JSON.stringify(tabPolicyToStored(policy))));
    const tab = buildEffectivePolicy(read.sources, read.indexes);
    const direct = buildEffectivePolicy(policy.sources);
    for (const id of ['acme-1', 'acme-prod-1', 'x', 'lab-1', 'ACME-dev']) expect(tab.classify(id), id).toEqual(direct.classify(id));
    for (const scope of [
      { console: 'aws' as const, id: '111122223333' },
      { console: 'aws' as const, id: '444455556666', name: 'acme-eu' },
      { console: 'aws' as const, id: '444455556666', name: 'acme-prod' },
      { console: 'azure' as const, id: '111122223333' },
    ]) {
      expect(tab.classify(scope), JSON.stringify(scope)).toEqual(direct.classify(scope));
    }
    expect(tab.classify({ console: 'aws', id: '111122223333' })?.ruleIndex).toBe(1);
  });
});
