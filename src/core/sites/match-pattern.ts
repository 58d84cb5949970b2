/**
 * Site patterns: the match patterns both browsers use for host permissions
 * and content scripts (`https://argocd.prod.acme.internal/*`,
 * `https://*.grafana.acme.io/*`), read once and tried against URLs. Pure.
 *
 * The policy uses the browsers' own syntax so a pattern means the same to
 * the person writing it, to the permission prompt and to the content-script
 * registration. Only what both browsers accept: `http` or `https` (a site is
 * a web page), a host that is `*`, `*.` plus a domain, or a whole host name,
 * no port (Firefox refuses ports in match patterns; Chrome then matches every
 * port), and a path in which `*` matches any run of characters.
 * Sources: developer.chrome.com/docs/extensions/develop/concepts/match-patterns,
 * developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/Match_patterns.
 */

export interface SitePattern {
  /** As written. */
  text: string;
  scheme: 'http' | 'https';
  /** `*` (any host), `*.example.com` (the domain and its subdomains) or a whole host, lower case. */
  host: string;
  /** Starts with `/`; `*` matches any run of characters. */
  path: string;
  /** The pattern the browsers' permission APIs take for this site's host (the path is ignored there, so `/*`). */
  origin: string;
}

export type SitePatternResult = { ok: true; pattern: SitePattern } | { ok: false; message: string };

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

function hostProblem(host: string): string | null {
  if (host === '*') return null;
  const name = host.startsWith('*.') ? host.slice(2) : host;
  if (name.includes('*')) return 'a host may only start with "*." (e.g. https://*.grafana.acme.io/*), or be "*" alone';
  if (name.includes(':')) return 'no port: both browsers match a site on every port (Firefox refuses a port in a pattern)';
  if (name.length > 253 || !name.split('.').every((label) => HOST_LABEL.test(label))) return `"${name}" is not a host name`;
  return null;
}

/** Reads a pattern like `https://argocd.prod.acme.internal/*`; the message says what is wrong and shows a correct one. */
export function parseSitePattern(text: string): SitePatternResult {
  const fail = (message: string): SitePatternResult => ({ ok: false, message });
  const match = /^([a-z*]+):\/\/([^/]*)(\/.*)?$/i.exec(text.trim());
  if (!match) return fail('expected a pattern like https://argocd.prod.acme.internal/*');
  const scheme = match[1]!.toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') return fail(`the scheme must be https or http (found "${match[1]}"), e.g. https://argocd.prod.acme.internal/*`);
  const host = match[2]!.toLowerCase();
  if (!host) return fail('the host is missing, e.g. https://argocd.prod.acme.internal/*');
  const problem = hostProblem(host);
  if (problem) return fail(problem);
  const path = match[3];
  if (!path) return fail(`the path is missing: add "/*" (${scheme}://${host}/*)`);
  return { ok: true, pattern: { text, scheme, host, path, origin: `${scheme}://${host}/*` } };
}

function hostMatches(pattern: string, host: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*.')) {
    const domain = pattern.slice(2);
    return host === domain || host.endsWith(`.${domain}`);
  }
  return host === pattern;
}

/** `*` in a path matches any run of characters (none included); everything else is literal. Linear: greedy segments, no backtracking beyond each `*`. */
function pathMatches(pattern: string, path: string): boolean {
  const parts = pattern.split('*');
  if (parts.length === 1) return pattern === path;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (!path.startsWith(first) || path.length < first.length + last.length || !path.endsWith(last)) return false;
  let at = first.length;
  const end = path.length - last.length;
  for (const middle of parts.slice(1, -1)) {
    const found = path.indexOf(middle, at);
    if (found < 0 || found + middle.length > end) return false;
    at = found + middle.length;
  }
  return true;
}

/** Does `href` belong to the site? The path is tried with its query (as the browsers do for content scripts). */
export function sitePatternMatches(pattern: SitePattern, href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (url.protocol !== `${pattern.scheme}:`) return false;
  if (!hostMatches(pattern.host, url.hostname.toLowerCase())) return false;
  return pathMatches(pattern.path, url.pathname + url.search);
}
