/**
 * The policy a console tab uses: what the background published in
 * `policyForTabs`, every source already checked, read leniently. No
 * validator runs here (platform/checked-policy is the background's and the
 * options page's), so a tab is ready at once however large the policy.
 */
import { buildEffectivePolicy, type EffectivePolicy } from '../core/policy/effective';
import type { TabPolicy } from '../core/policy/tab-policy';
import { storage } from './storage';

export interface LoadedPolicy {
  effective: EffectivePolicy;
  /** What the background found wrong with the sources, for the console. */
  problems: readonly string[];
}

/** What a tab makes of the published policy: all the work a tab does with it (the benchmark times this). */
export function policyFrom(published: TabPolicy): LoadedPolicy {
  return { effective: buildEffectivePolicy(published.sources, published.indexes), problems: published.problems };
}

export async function loadPolicy(): Promise<LoadedPolicy> {
  return policyFrom(await storage.policyForTabs.get());
}

/** Calls back whenever the background publishes a new policy. Returns an unsubscribe. */
export function watchPolicy(onChange: (loaded: LoadedPolicy) => void): () => void {
  return storage.policyForTabs.watch((published) => onChange(policyFrom(published)));
}
