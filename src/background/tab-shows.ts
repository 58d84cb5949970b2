/**
 * What a console tab shows, worked out by the background from what it holds
 * (the published policy) and what the browser says about the sender (its
 * frame's URL), never from what the tab claims. The tab's word counts only
 * where its URL cannot say (an AWS page reading its account off the page),
 * and then only for a scope of the URL's own console.
 */
import type { Scope } from '../consoles/ids';
import { readConsoleUrl, scopeText } from '../consoles/urls';
import type { EffectivePolicy } from '../core/policy/effective';
import { readScope, tabEnvironment, type TabState } from '../core/tab-state';

/** The state of a tab whose top frame is at `url` and reported `reportedScope`; null when `url` is no console page. */
export function tabShows(url: string | undefined, reportedScope: unknown, policy: EffectivePolicy): Omit<TabState, 'updatedAt'> | null {
  const reading = url ? readConsoleUrl(url) : null;
  if (!reading) return null;
  if (reading.scope.kind === 'none') return { project: null, environment: null };
  let scope: Scope | null = null;
  if (reading.scope.kind === 'scope') scope = reading.scope.scope;
  else {
    const reported = readScope(reportedScope);
    if (reported?.console === reading.console) scope = reported;
  }
  if (!scope) {
    const environment = policy.whileUnknown(reading.console);
    return { project: null, environment: environment && tabEnvironment(environment) };
  }
  const environment = policy.classify(scope)?.environment ?? null;
  return { project: scopeText(scope), scope, environment: environment && tabEnvironment(environment) };
}
