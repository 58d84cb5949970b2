/**
 * What the guard's prompt may say about the other marked tabs: only to a tab
 * that is itself a console's or a site's (its URL is a console's, or the
 * background recorded it as a site in force), so a page the extension merely
 * runs in learns nothing of the others. Pure.
 */
import { readConsoleUrl } from '../consoles/urls';
import type { TabStates } from '../core/tab-state';
import type { OpenTab } from '../platform/messages';

export function otherTabsFor(states: TabStates, senderTabId: number, senderUrl: string | undefined): OpenTab[] {
  const marked = (senderUrl !== undefined && readConsoleUrl(senderUrl) !== null) || states[senderTabId]?.site !== undefined;
  if (!marked) return [];
  return Object.entries(states)
    .filter(([id, state]) => Number(id) !== senderTabId && state.project)
    .map(([, state]) => ({ project: state.project, environment: state.environment && { name: state.environment.name } }));
}
