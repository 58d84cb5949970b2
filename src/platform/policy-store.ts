/**
 * Reads every policy source from storage and watches them, for any context
 * (content script, background, options page). Thin browser glue: parsing
 * and precedence live in core.
 */
import browser from 'webextension-polyfill';
import { buildEffectivePolicy, type EffectivePolicy, type PolicySources } from '../core/policy/effective';
import { parsePolicyObject } from '../core/policy/parse';
import { isRecord } from '../core/is-record';
import { readPolicyLeniently } from '../core/policy/lenient';
import { formatIssue, type Policy } from '../core/policy/types';
import { readSettings, type SettingsReadResult } from '../core/settings';
import { LOCAL_KEYS, MANAGED_KEYS } from './storage-keys';

export interface ManagedValues {
  policy: Policy | null;
  policyUrl: string | null;
  problems: string[];
}

export type { TeamPolicyCache } from '../core/policy/sync-state';

export interface LoadedPolicy {
  effective: EffectivePolicy;
  sources: PolicySources;
  settings: SettingsReadResult;
  managed: ManagedValues;
  /** Everything the user should be told about. */
  problems: string[];
}

/** storage.managed throws where no administrator configured anything (Firefox without a manifest): that is "nothing managed". */
export async function readManaged(): Promise<ManagedValues> {
  let values: Record<string, unknown> = {};
  try {
    values = await browser.storage.managed.get();
  } catch {
    return { policy: null, policyUrl: null, problems: [] };
  }
  const problems: string[] = [];
  let policy: Policy | null = null;
  const raw = values[MANAGED_KEYS.policy];
  if (raw !== undefined) {
    // Chrome's policy UI may hand over the JSON as a string.
    let value: unknown = raw;
    if (typeof raw === 'string') {
      try {
        value = JSON.parse(raw);
      } catch {
        value = undefined;
        problems.push('managed policy: not valid JSON');
      }
    }
    if (value !== undefined) {
      const parsed = parsePolicyObject(value);
      if (parsed.ok) policy = parsed.policy;
      else problems.push(...parsed.errors.map((issue) => `managed policy: ${formatIssue(issue)}`));
    }
  }
  const url = values[MANAGED_KEYS.policyUrl];
  let policyUrl: string | null = null;
  if (typeof url === 'string' && url) {
    if (url.startsWith('https://')) policyUrl = url;
    else problems.push('managed policyUrl: only https:// URLs are allowed');
  }
  return { policy, policyUrl, problems };
}

/**
 * The team policy the background fetched, validated and cached. Read
 * leniently, not parsed again: a full parse of a large policy in every
 * console tab at every page load would be wasted work (it was checked once,
 * when fetched), and rules that somehow cannot compile never match anyway.
 */
export function readTeamCache(stored: unknown): Policy | null {
  if (!isRecord(stored) || !isRecord(stored.policy)) return null;
  return readPolicyLeniently(stored.policy, 'teamPolicy.policy', 'match', []);
}

export async function loadPolicy(): Promise<LoadedPolicy> {
  const [local, managed] = await Promise.all([browser.storage.local.get([LOCAL_KEYS.settings, LOCAL_KEYS.teamPolicy]), readManaged()]);
  const settings = readSettings(local[LOCAL_KEYS.settings]);
  const sources: PolicySources = { managed: managed.policy, team: readTeamCache(local[LOCAL_KEYS.teamPolicy]), personal: settings.settings.personal };
  const effective = buildEffectivePolicy(sources);
  return { effective, sources, settings, managed, problems: [...managed.problems, ...settings.problems, ...effective.problems] };
}

/** Calls back (with everything reloaded) whenever any policy source changes. Returns an unsubscribe. */
export function watchPolicy(onChange: (loaded: LoadedPolicy) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    const relevant = area === 'managed' || (area === 'local' && (LOCAL_KEYS.settings in changes || LOCAL_KEYS.teamPolicy in changes));
    if (relevant) loadPolicy().then(onChange, () => undefined);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
