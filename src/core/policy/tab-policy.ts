/**
 * The policy the background publishes for content scripts (the
 * `policyForTabs` item of platform/storage): every source, already checked
 * by the background, in the policy file shape, and what the user should be
 * told about them. Content scripts read it leniently and never validate, so
 * the validator stays out of every console tab. Pure.
 */
import { isRecord } from '../is-record';
import type { PolicySources } from './effective';
import { policyToFile } from './file';
import { readPolicyLeniently } from './lenient';
import type { Policy } from './types';

export const TAB_POLICY_VERSION = 1;

export interface TabPolicy {
  sources: PolicySources;
  /** Problems found while checking the sources, and those of the effective policy. */
  problems: string[];
}

export const NO_TAB_POLICY: TabPolicy = { sources: { managed: null, team: null, personal: null }, problems: [] };

const SOURCE_KEYS = ['managed', 'team', 'personal'] as const;

export function tabPolicyToStored(policy: TabPolicy): Record<string, unknown> {
  const stored: Record<string, unknown> = { version: TAB_POLICY_VERSION, problems: [...policy.problems] };
  for (const key of SOURCE_KEYS) stored[key] = policy.sources[key] && policyToFile(policy.sources[key]);
  return stored;
}

/** Leniently; anything unusable (or another version) reads as no policy, which means the built-in defaults. */
export function readTabPolicy(stored: unknown): TabPolicy {
  if (!isRecord(stored) || stored.version !== TAB_POLICY_VERSION) return NO_TAB_POLICY;
  const read = (key: (typeof SOURCE_KEYS)[number]): Policy | null => {
    const value = stored[key];
    return isRecord(value) ? readPolicyLeniently(value, { path: key, patternKey: 'match', problems: [] }) : null;
  };
  const problems = Array.isArray(stored.problems) ? stored.problems.filter((p): p is string => typeof p === 'string') : [];
  return { sources: { managed: read('managed'), team: read('team'), personal: read('personal') }, problems };
}
