/**
 * Google Cloud console: the scope is the project, read from the URL's
 * `project` parameter (gcp/console-url).
 */
import { CONSOLE_HOSTS, isConsoleHost, isProjectId, parseConsoleUrl } from './console-url';
import type { ConsoleUrls } from '../ids';

export const gcpUrls: ConsoleUrls = {
  id: 'gcp',
  matches: CONSOLE_HOSTS.map((host) => `https://${host}/*`),
  ownsHost: isConsoleHost,
  readUrl(url) {
    const location = parseConsoleUrl(url.href);
    if (!location) return { kind: 'none' };
    return location.project ? { kind: 'scope', scope: { console: 'gcp', id: location.project } } : { kind: 'none' };
  },
  isScopeId: isProjectId,
  // A project ID is what people call the project: the built-in token rules match it.
  isScopeName: () => false,
  formatId: (id) => id,
  canonicalId: (text) => (isProjectId(text.trim()) ? text.trim().toLowerCase() : null),
};
