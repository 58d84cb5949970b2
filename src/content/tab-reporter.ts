/**
 * Tells the background which project and environment this tab shows, so it
 * can set this tab's toolbar badge and keep its per-tab map. The background
 * answers with the badge text the browser now holds for this tab.
 *
 * That text is mirrored on <html data-cluster-guard-badge> only because
 * e2e/guard.spec.ts still waits on it; every other test asks the background
 * (e2e/support/extension-state). Remove both together.
 */
import type { Environment } from '../core/environments';
import { tabEnvironment } from '../core/tab-state';
import { send } from '../platform/messages';

const BADGE_ATTR = 'data-cluster-guard-badge';
let lastSent = '';

export async function reportTabState(project: string | null, environment: Environment | null): Promise<void> {
  const state = { project, environment: environment && tabEnvironment(environment) };
  const key = JSON.stringify(state);
  if (key === lastSent) return;
  lastSent = key;
  try {
    const reply = await send('tab-state', state);
    if (key === lastSent) document.documentElement.setAttribute(BADGE_ATTR, reply?.badgeText ?? '');
  } catch {
    // Extension reloaded or updated: this tab's context is gone; markers already on the page stay.
  }
}
