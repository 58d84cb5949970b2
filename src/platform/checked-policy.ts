/**
 * Every policy source read from storage and checked: the stored personal
 * settings, the cached team policy and the administrator's managed values.
 * For the background (which publishes the result for content scripts) and
 * the options page; never for content scripts, which read the published
 * `policyForTabs` (platform/policy-in-tab) and carry no validator.
 */
import { buildEffectivePolicy, type EffectivePolicy, type PolicySources } from '../core/policy/effective';
import { resolveAuthorities, type Authorities } from '../core/policy/fail-closed';
import { readManagedValues, type ManagedValues } from '../core/policy/managed';
import { teamPolicyOf } from '../core/policy/team-cache';
import { readSettings, type SettingsReadResult } from '../core/settings';
import { getItems, storage } from './storage';

export interface CheckedPolicy {
  effective: EffectivePolicy;
  sources: PolicySources;
  /** The settings exactly as stored, for keeping them aside or backing them up. */
  storedSettings: unknown;
  settings: SettingsReadResult;
  managed: ManagedValues;
  /** What to do with the last valid managed policy (the background keeps it). */
  lastGood: Authorities['lastGood'];
  /** Everything the user should be told about. */
  problems: string[];
}

const SOURCE_ITEMS = [storage.settings, storage.teamPolicy, storage.managedPolicy, storage.managedPolicyUrl, storage.managedPolicyLastGood] as const;

export async function readCheckedPolicy(): Promise<CheckedPolicy> {
  const [storedSettings, teamCache, managedPolicy, managedPolicyUrl, lastGood] = await getItems(SOURCE_ITEMS);
  const settings = readSettings(storedSettings);
  const managed = readManagedValues(managedPolicy, managedPolicyUrl);
  // Broken administrator configuration fails closed (core/policy/fail-closed).
  const authorities = resolveAuthorities(managed, lastGood?.policy ?? null, teamPolicyOf(teamCache));
  const sources: PolicySources = { managed: authorities.managed, team: authorities.team, personal: settings.settings.personal };
  const effective = buildEffectivePolicy(sources);
  return {
    effective,
    sources,
    storedSettings,
    settings,
    managed,
    lastGood: authorities.lastGood,
    problems: [...managed.problems, ...authorities.problems, ...settings.problems, ...effective.problems],
  };
}

/** Calls back (with everything read and checked again) whenever any policy source changes. Returns an unsubscribe. */
export function watchCheckedPolicy(onChange: (checked: CheckedPolicy) => void): () => void {
  const reload = () => void readCheckedPolicy().then(onChange, () => undefined);
  const unwatch = SOURCE_ITEMS.map((item) => item.watch(reload));
  return () => unwatch.forEach((stop) => stop());
}
