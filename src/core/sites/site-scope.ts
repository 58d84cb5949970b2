/**
 * What part of a site's URL names the thing its pages act on, so one rule
 * set classifies every cluster UI alike ("the `prod` namespace on any
 * cluster UI is production"): a host label (`grafana.prod.acme.io` -> `prod`),
 * the path segment after a word (`/k8s/ns/prod/pods` after `ns` -> `prod`,
 * an Argo CD `/applications/<project>/…`), a path segment by position, or a
 * query parameter (`?namespace=prod`). `fragment: true` reads a hash route
 * (`#/pods?namespace=prod`) instead of the URL's own path and query. Pure.
 */

export type SiteScopeFrom =
  | { from: 'host'; label: number }
  | { from: 'path'; after: string; fragment?: boolean }
  | { from: 'path'; segment: number; fragment?: boolean }
  | { from: 'query'; param: string; fragment?: boolean };

/** Longest value read (a DNS name's length): anything longer is not a name. */
export const MAX_SCOPE_VALUE_LENGTH = 253;

/** Path and query of the URL itself, or of its hash route. */
function routeOf(url: URL, fragment: boolean | undefined): { segments: string[]; params: URLSearchParams } {
  if (!fragment) return { segments: url.pathname.split('/').filter(Boolean), params: url.searchParams };
  const route = url.hash.replace(/^#!?/, '');
  const query = route.indexOf('?');
  const path = query < 0 ? route : route.slice(0, query);
  return { segments: path.split('/').filter(Boolean), params: new URLSearchParams(query < 0 ? '' : route.slice(query + 1)) };
}

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** A usable name: trimmed, lower case, no control characters, not too long; otherwise null. */
function cleaned(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim().toLowerCase();
  if (!text || text.length > MAX_SCOPE_VALUE_LENGTH || /[\u0000-\u001f\u007f]/.test(text)) return null;
  return text;
}

/** The name `from` reads in `href`, lower case; null when the URL does not have it. */
export function readSiteScope(from: SiteScopeFrom, href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (from.from === 'host') return cleaned(url.hostname.split('.')[from.label - 1]);
  const { segments, params } = routeOf(url, from.fragment);
  if (from.from === 'query') return cleaned(params.get(from.param));
  if ('segment' in from) return cleaned(decoded(segments[from.segment - 1] ?? '') ?? null);
  const at = segments.findIndex((segment) => decoded(segment) === from.after);
  return at < 0 ? null : cleaned(decoded(segments[at + 1] ?? '') ?? null);
}

/** How the scope is read, in words, for `explain` and the options page. */
export function describeSiteScope(from: SiteScopeFrom): string {
  const where = 'fragment' in from && from.fragment ? ' of the #route' : '';
  if (from.from === 'host') return `host label ${from.label}`;
  if (from.from === 'query') return `query parameter "${from.param}"${where}`;
  if ('segment' in from) return `path segment ${from.segment}${where}`;
  return `the path segment after "${from.after}"${where}`;
}
