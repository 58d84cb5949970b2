/**
 * Sites a team hosts itself (Argo CD, Grafana, an OpenShift console): which
 * hosts they are is not known here but in the policy (`sites`), so this
 * console owns no host and its URLs are read by the effective policy
 * (core/policy/effective `classifySite`). The scope is what a site's
 * `scope` reads from the URL: a namespace, an Argo CD project, a host label.
 */
import type { ConsoleUrls } from '../ids';

/** The longest name rules are tried against: what the policy cost model assumes of any console's IDs (core/policy/cost). */
const MAX_SITE_SCOPE_LENGTH = 127;

/** What a site's URL can name: any text a scope reader yields (lower case, no control characters), up to the length rules are costed for. */
function isSiteScope(text: string): boolean {
  return text.length > 0 && text.length <= MAX_SITE_SCOPE_LENGTH && text.trim() === text && !/[\u0000-\u001f\u007f]/.test(text);
}

export const siteUrls: ConsoleUrls = {
  id: 'site',
  // Registered at run time for the sites a person lets the extension into (background/site-scripts).
  matches: [],
  ownsHost: () => false,
  readUrl: () => ({ kind: 'none' }),
  isScopeId: isSiteScope,
  isScopeName: () => false,
  formatId: (id) => id,
  canonicalId: (text) => (isSiteScope(text.trim()) ? text.trim().toLowerCase() : null),
};
