/**
 * When the extension is reloaded or updated while a console tab is open, the
 * old content script may live on (Chrome keeps it running, orphaned; Firefox
 * destroys it but leaves its DOM behind) and a new one may be injected.
 * The newcomer asks any orphaned predecessor to stand down and has each
 * feature sweep what a dead one left, then starts its own features: the tab
 * is never left without a guard, and never with two fighting banners.
 *
 * A predecessor only obeys when its own extension context is really gone,
 * so a page cannot switch a live guard off by sending the event.
 */
import { extensionApi } from '../platform/extension-api';
import type { Feature } from './feature';

const SUPERSEDE_EVENT = 'cluster-guard:supersede';

export function isContextAlive(): boolean {
  try {
    return Boolean(extensionApi().runtime?.id);
  } catch {
    return false;
  }
}

/** Call once at boot, before starting any feature. `standDown` runs if a successor arrives after our context died. */
export function takeOverFromPredecessor(features: readonly Feature[], standDown: () => void): void {
  document.dispatchEvent(new CustomEvent(SUPERSEDE_EVENT));
  for (const feature of features) {
    try {
      feature.sweep();
    } catch (error) {
      console.error(`[Cluster Guard] ${feature.id}: sweeping a predecessor's leftovers failed`, error);
    }
  }
  document.addEventListener(SUPERSEDE_EVENT, () => {
    if (!isContextAlive()) standDown();
  });
}
