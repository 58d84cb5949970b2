/**
 * The published tab policy as the background holds it: what it answers a
 * console frame's `tab-policy` request with, and the effective policy it
 * works out each tab's environment with. Only a sealed `policyForTabs`
 * counts (storage-integrity); an unsealed one is published again first.
 */
import { buildEffectivePolicy, type EffectivePolicy } from '../core/policy/effective';
import { readTabPolicy } from '../core/policy/tab-policy';
import { getSealed, storage } from '../platform/storage';
import { refreshPolicy } from './policy-publisher';
import { sealsReady } from './storage-integrity';

/** `policyForTabs` as stored, sealed. */
export async function currentTabPolicy(): Promise<unknown> {
  await sealsReady();
  let read = await getSealed(storage.policyForTabs);
  if (!read.sealed) {
    await refreshPolicy();
    read = await getSealed(storage.policyForTabs);
  }
  return read.stored ?? null;
}

/** The effective policy of the published tab policy (a tab does the same work with it: about a millisecond for 5,000 rules). */
export async function heldPolicy(): Promise<EffectivePolicy> {
  const published = readTabPolicy(await currentTabPolicy());
  return buildEffectivePolicy(published.sources, published.indexes);
}
