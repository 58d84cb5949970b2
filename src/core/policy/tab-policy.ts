/**
 * The policy the background publishes for content scripts (the
 * `policyForTabs` item of platform/storage): every source, already checked
 * by the background, with its rule index already worked out, and what the
 * user should be told about them. Pure.
 *
 * A tab loading it does no per-rule work: the rule list is taken as stored
 * (in the in-memory shape, so nothing is converted) and each rule is checked
 * when it is tried (core/rule-index), the index is used as published. Only
 * the few environments are read entry by entry. So the validator stays out
 * of every console tab, and a policy of thousands of rules loads at once.
 */
import { isRecord } from '../is-record';
import { CONSOLE_IDS } from '../../consoles/ids';
import { regexPrograms, ruleIndexData, type Rule, type RuleIndexData } from '../rule-index';
import type { ConsoleIndexes, PolicySources } from './effective';
import { readPolicyLeniently } from './lenient';
import { POLICY_VERSION, type Policy } from './types';

/**
 * 2: regex rules' RE2 programs travel with the index (a tab has no RE2 of its own).
 * 3: one index per console (rules name the console they are for).
 */
export const TAB_POLICY_VERSION = 3;

type SourceName = keyof PolicySources;
const SOURCE_NAMES: readonly SourceName[] = ['managed', 'team', 'personal'];

export interface TabPolicy {
  sources: PolicySources;
  /** The rule indexes of each source by console, as the background worked them out; absent ones are worked out by the tab. */
  indexes: Partial<Record<SourceName, ConsoleIndexes>>;
  /** Problems found while checking the sources, and those of the effective policy. */
  problems: string[];
}

/** What the background publishes; the indexes are worked out when it is stored. */
export type PublishedPolicy = Pick<TabPolicy, 'sources' | 'problems'>;

export const NO_TAB_POLICY: TabPolicy = { sources: { managed: null, team: null, personal: null }, indexes: {}, problems: [] };

/** What the background stores: each source as it is in memory, with its index. */
export function tabPolicyToStored(published: PublishedPolicy): Record<string, unknown> {
  const stored: Record<string, unknown> = { version: TAB_POLICY_VERSION, problems: [...published.problems] };
  for (const name of SOURCE_NAMES) {
    const policy = published.sources[name];
    stored[name] = policy && {
      ...policy,
      indexes: Object.fromEntries(
        CONSOLE_IDS.map((console) => [console, { ...ruleIndexData(policy.rules, undefined, console), programs: regexPrograms(policy.rules, console) }]),
      ),
    };
  }
  return stored;
}

function looksLikeIndex(value: unknown): value is RuleIndexData {
  return (
    isRecord(value) &&
    isRecord(value.exact) &&
    isRecord(value.prefixes) &&
    isRecord(value.suffixes) &&
    Array.isArray(value.prefixLengths) &&
    Array.isArray(value.suffixLengths) &&
    Array.isArray(value.anywhere)
  );
}

function readSource(value: Record<string, unknown>, name: SourceName): Policy {
  // Environments entry by entry (there are few); rules as stored, checked when tried.
  const policy = readPolicyLeniently({ ...value, rules: [] }, { path: name, patternKey: 'pattern', problems: [] });
  return { ...policy, version: POLICY_VERSION, rules: Array.isArray(value.rules) ? (value.rules as Rule[]) : [] };
}

/** Leniently; anything unusable (or another version) reads as no policy, which means the built-in defaults. */
export function readTabPolicy(stored: unknown): TabPolicy {
  if (!isRecord(stored) || stored.version !== TAB_POLICY_VERSION) return NO_TAB_POLICY;
  const sources: PolicySources = { managed: null, team: null, personal: null };
  const indexes: TabPolicy['indexes'] = {};
  for (const name of SOURCE_NAMES) {
    const value = stored[name];
    if (!isRecord(value)) continue;
    sources[name] = readSource(value, name);
    const published = isRecord(value.indexes) ? value.indexes : {};
    const byConsole: ConsoleIndexes = {};
    for (const console of CONSOLE_IDS) {
      const index = published[console];
      if (looksLikeIndex(index)) byConsole[console] = index;
    }
    if (Object.keys(byConsole).length > 0) indexes[name] = byConsole;
  }
  const problems = Array.isArray(stored.problems) ? stored.problems.filter((p): p is string => typeof p === 'string') : [];
  return { sources, indexes, problems };
}
