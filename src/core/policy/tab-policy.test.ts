import { describe, expect, it } from 'vitest';
import { readTabPolicy, tabPolicyToStored, NO_TAB_POLICY, type TabPolicy } from './tab-policy';
import { EMPTY_POLICY } from './types';

const policy: TabPolicy = {
  sources: {
    managed: null,
    team: { ...EMPTY_POLICY, unmatched: 'staging', allowPersonalRules: false, rules: [{ kind: 'glob', pattern: 'acme-*', environment: 'production' }] },
    personal: { ...EMPTY_POLICY, environments: [{ name: 'lab', label: 'LAB', color: '#9334e6', typedConfirmation: true, guards: ['gke-cluster'] }] },
  },
  problems: ['managed policy: not valid JSON'],
};

describe('the policy published for tabs', () => {
  it('reads back what was written, through storage (JSON)', () => {
    expect(readTabPolicy(JSON.parse(JSON.stringify(tabPolicyToStored(policy))))).toEqual(policy);
  });

  it('reads anything else, or another version, as no policy (the built-in defaults)', () => {
    for (const stored of [undefined, null, 'x', [], {}, { ...tabPolicyToStored(policy), version: 2 }]) expect(readTabPolicy(stored)).toEqual(NO_TAB_POLICY);
  });

  it('keeps what is usable of a damaged value', () => {
    const stored = { ...tabPolicyToStored(policy), team: { rules: [{ kind: 'glob', match: 'x-*', environment: 'production' }, 'junk'] }, problems: ['a', 3] };
    const read = readTabPolicy(stored);
    expect(read.sources.team?.rules).toEqual([{ kind: 'glob', pattern: 'x-*', environment: 'production' }]);
    expect(read.problems).toEqual(['a']);
  });
});
