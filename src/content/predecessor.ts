/**
 * When the extension is reloaded or updated while a console tab is open, the
 * old content script may live on (Chrome keeps it running, orphaned; Firefox
 * destroys it but leaves its DOM behind) and a new one may be injected.
 * The newcomer asks any orphaned predecessor to stand down and clears what a
 * dead one left, then mounts its own markers and guard: the tab is never
 * left without a guard, and never with two fighting banners.
 *
 * A predecessor only obeys when its own extension context is really gone,
 * so a page cannot switch a live guard off by sending the event.
 */
import browser from 'webextension-polyfill';
import { LOCKED_ATTR, unmarkLocked } from './guard/locked-mark';

const SUPERSEDE_EVENT = 'cluster-guard:supersede';

export function isContextAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/** Call once at boot, before mounting anything. `standDown` runs if a successor arrives after our context died. */
export function takeOverFromPredecessor(standDown: () => void): void {
  document.dispatchEvent(new CustomEvent(SUPERSEDE_EVENT));
  removeLeftovers();
  document.addEventListener(SUPERSEDE_EVENT, () => {
    if (!isContextAlive()) standDown();
  });
}

/** Whatever a destroyed predecessor could not remove itself. */
function removeLeftovers(): void {
  const root = document.documentElement;
  const oldPrefix = root.getAttribute('data-cluster-guard-title-prefix');
  if (oldPrefix && document.title.startsWith(oldPrefix)) document.title = document.title.slice(oldPrefix.length);
  for (const name of [...root.getAttributeNames()]) if (name.startsWith('data-cluster-guard')) root.removeAttribute(name);
  for (const node of document.querySelectorAll('cluster-guard-banner, cluster-guard-prompt, [data-cluster-guard]')) node.remove();
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[data-cluster-guard-parked-rel]')) {
    link.rel = link.getAttribute('data-cluster-guard-parked-rel') ?? 'icon';
    link.removeAttribute('data-cluster-guard-parked-rel');
  }
  for (const button of document.querySelectorAll(`[${LOCKED_ATTR}]`)) unmarkLocked(button);
}
