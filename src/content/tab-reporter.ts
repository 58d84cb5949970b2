/**
 * Tells the background which project and environment this tab shows, so it
 * can set this tab's toolbar badge, keep its per-tab map and tell the tab's
 * frames.
 */
import type { Scope } from '../consoles/ids';
import type { Environment } from '../core/environments';
import { tabEnvironment } from '../core/tab-state';
import { send } from '../platform/messages';

let lastSent = '';

export async function reportTabState(project: string | null, scope: Scope | null, environment: Environment | null): Promise<void> {
  const state = { project, scope, environment: environment && tabEnvironment(environment) };
  const key = JSON.stringify(state);
  if (key === lastSent) return;
  lastSent = key;
  try {
    await send('tab-state', state);
  } catch {
    // Extension reloaded or updated: this tab's context is gone; markers already on the page stay.
  }
}
