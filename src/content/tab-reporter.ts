/**
 * Tells the background which project and environment this tab shows, so it
 * can set this tab's toolbar badge and keep its per-tab map. The background
 * answers with the badge text the browser now holds for this tab; it is
 * mirrored on <html data-cluster-guard-badge> so a user's tools (and our
 * end-to-end tests, in browsers where the background cannot be inspected)
 * can see that the badge really was set.
 */
import browser from 'webextension-polyfill';
import type { Environment } from '../core/environments';
import type { TabStateMessage, TabStateReply } from '../platform/messages';

const BADGE_ATTR = 'data-cluster-guard-badge';
let lastSent = '';

export async function reportTabState(project: string | null, environment: Environment | null): Promise<void> {
  const message: TabStateMessage = {
    type: 'tab-state',
    project,
    environment: environment && {
      name: environment.name,
      label: environment.label,
      color: environment.color,
      typedConfirmation: environment.typedConfirmation,
      ...(environment.guards ? { guards: environment.guards } : {}),
    },
  };
  const key = JSON.stringify(message);
  if (key === lastSent) return;
  lastSent = key;
  try {
    const reply = (await browser.runtime.sendMessage(message)) as TabStateReply | undefined;
    if (key === lastSent) document.documentElement.setAttribute(BADGE_ATTR, reply?.badgeText ?? '');
  } catch {
    // Extension reloaded or updated: this tab's context is gone; markers already on the page stay.
  }
}
