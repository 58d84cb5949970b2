/**
 * Tells the background that this tab's top frame is ready, and the scope it
 * read off the page where the URL does not say; the background works out
 * the project and environment itself (background/tab-shows), sets the
 * toolbar badge, keeps its per-tab map and tells the tab's frames. The
 * environment is still compared, so a new policy that changes it reports again.
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
    await send('tab-state', { url: location.href, scope });
  } catch {
    // Extension reloaded or updated: this tab's context is gone; markers already on the page stay.
  }
}
