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
import { withPageName } from '../core/policy/page-name';
import { siteTabText } from '../core/sites/sites-in-force';
import { MAX_SITE_TAB_URL, readScope, tabEnvironment, type TabState } from '../core/tab-state';

/**
 * The URL the top frame reports, when it is on the origin the browser says
 * the sender is on; else the browser's. A single-page app moves within its
 * origin by pushState, and the browser's `sender.url` can still be the URL
 * before that move when the message arrives; a page can pushState to any
 * URL of its own origin anyway, so the reported one says nothing the page
 * could not make the browser say.
 */
export function sameDocumentUrl(reported: unknown, senderUrl: string | undefined): string | undefined {
  if (typeof reported !== 'string' || reported.length > 8192 || !senderUrl) return senderUrl;
  try {
    return new URL(reported).origin === new URL(senderUrl).origin ? reported : senderUrl;
  } catch {
    return senderUrl;
  }
}

/** The state of a tab whose top frame is at `url` and reported `reportedScope`; null when `url` is no console page. */
export function tabShows(url: string | undefined, reportedScope: unknown, policy: EffectivePolicy): Omit<TabState, 'updatedAt'> | null {
  const reading = url ? readConsoleUrl(url) : null;
  if (!reading) return url ? siteTabShows(url, policy) : null;
  if (reading.scope.kind === 'none') return { project: null, environment: null };
  let scope: Scope | null = null;
  if (reading.scope.kind === 'scope') {
    // The URL names the scope by ID; the page may add its name (an AWS alias), which only adds protection.
    const named = withPageName(policy, reading.scope.scope, readScope(reportedScope));
    return { project: scopeText(named.scope), scope: named.scope, environment: named.environment && tabEnvironment(named.environment) };
  }
  const reported = readScope(reportedScope);
  if (reported?.console === reading.console) scope = reported;
  if (!scope) {
    const environment = policy.whileUnknown(reading.console);
    return { project: null, environment: environment && tabEnvironment(environment) };
  }
  const environment = policy.classify(scope)?.environment ?? null;
  return { project: scopeText(scope), scope, environment: environment && tabEnvironment(environment) };
}

/** A page of a site the policy names, decided by its address alone (what the browser says the sender is on); null when no site in force names it. */
function siteTabShows(url: string, policy: EffectivePolicy): Omit<TabState, 'updatedAt'> | null {
  if (url.length > MAX_SITE_TAB_URL) return null;
  const reading = policy.classifySite(url);
  if (!reading) return null;
  const environment = reading.classification?.environment ?? null;
  return {
    project: siteTabText(reading.site, reading.scope?.id ?? null),
    scope: reading.scope,
    environment: environment && tabEnvironment(environment),
    site: { url },
  };
}
