/**
 * Checks every policy source once, here, whenever one changes, and publishes
 * the result for content scripts in `policyForTabs`. Console tabs read that
 * leniently and never validate: the validator stays out of the page, and a
 * change is checked once, not once per open tab. The same pass keeps the
 * stored settings healthy (settings-maintenance), keeps the last valid
 * managed policy, and records what a new managed or team policy removes
 * compared with the one published before (core/policy/downgrade).
 */
import { protectionLosses } from '../core/policy/downgrade';
import type { PolicySources } from '../core/policy/effective';
import { tabPolicyToStored, type PublishedPolicy } from '../core/policy/tab-policy';
import { readCheckedPolicy, type CheckedPolicy } from '../platform/checked-policy';
import { pushTabPolicy } from '../platform/messages';
import { getSealed, storage } from '../platform/storage';
import { withStorageRoom } from './audit-store';
import { sealsReady } from './storage-integrity';
import { recordProtectionLosses } from './protection-record';
import { maintainSettings } from './settings-maintenance';

/** Keeps the managed policy last read valid: it stays in force while the administrator's is invalid. */
async function keepLastGood(lastGood: CheckedPolicy['lastGood']): Promise<void> {
  if (lastGood === undefined) return;
  if (lastGood === null) return storage.managedPolicyLastGood.remove();
  const kept = await storage.managedPolicyLastGood.get();
  if (JSON.stringify(kept?.policy) !== JSON.stringify(lastGood)) await storage.managedPolicyLastGood.set({ savedAt: Date.now(), policy: lastGood });
}

/** Whether every source is as this extension wrote it: a content script's change is put back (storage-integrity), and that change refreshes again. */
async function sourcesSealed(): Promise<boolean> {
  const reads = await Promise.all([storage.settings, storage.teamPolicy, storage.managedPolicyLastGood].map((item) => getSealed(item)));
  return reads.every((read) => read.sealed);
}

type SourcesFollower = (sources: PolicySources) => void;
const followers = new Set<SourcesFollower>();

/** Calls `follower` with the sources of every check, changed or not (the site scripts compare with what is registered themselves). Returns an unsubscribe. */
export function followCheckedSources(follower: SourcesFollower): () => void {
  followers.add(follower);
  return () => followers.delete(follower);
}

async function refresh(): Promise<void> {
  await sealsReady();
  if (!(await sourcesSealed())) return;
  const checked = await readCheckedPolicy();
  for (const follower of followers) follower(checked.sources);
  await maintainSettings(checked.storedSettings, checked.settings);
  await keepLastGood(checked.lastGood);
  const next: PublishedPolicy = { sources: checked.sources, problems: checked.problems };
  const { value: stored, sealed } = await getSealed(storage.policyForTabs);
  // Every write wakes every console tab: write only a change.
  const published = tabPolicyToStored(next);
  if (sealed && JSON.stringify(tabPolicyToStored(stored)) === JSON.stringify(published)) return;
  await withStorageRoom(() => storage.policyForTabs.set(next));
  await pushTabPolicy(published).catch(() => undefined);
  if (sealed) await recordProtectionLosses(protectionLosses(stored.sources, next.sources));
}

let queue: Promise<unknown> = Promise.resolve();

/** Checks and publishes; calls made meanwhile run after it, each reading storage afresh. */
export function refreshPolicy(): Promise<void> {
  const next = queue.then(refresh);
  queue = next.catch(() => undefined);
  return next;
}

/** Refreshes whenever a policy source changes. Call once, synchronously at the top level. */
export function refreshWhenSourcesChange(onFailure: (error: unknown) => void): void {
  for (const item of [storage.settings, storage.teamPolicy, storage.managedPolicy, storage.managedPolicyUrl]) {
    item.watch(() => {
      refreshPolicy().catch(onFailure);
    });
  }
}
