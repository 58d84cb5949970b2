/**
 * Azure portal: the scope is the subscription, read from the URL fragment
 * (`#@tenant/resource/subscriptions/<id>/resourceGroups/...`; deep links to
 * blades carry it URL-encoded in their resource ID). Pure.
 *
 * Hosts: portal.azure.com with its preview and regional hosts, the sovereign
 * portals (azure.us, azure.cn); blades load in frames on `*.portal.azure.net`
 * (React blades on `*.reactblade.portal.azure.net`), which always take
 * their top frame's subscription, whatever their own URL names.
 */
import type { ConsoleUrls } from '../ids';

const PORTAL = /(?:^|\.)portal\.azure\.(?:com|us|cn)$/;
/** Frames the portal loads its blades in: React blades (`*.reactblade.portal.azure.net`) and older extension frames (`*.hosting.portal.azure.net`). */
const BLADE_FRAMES = /\.portal\.azure\.net$/;
const SUBSCRIPTION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f-])';
/**
 * The resource a page is about, in the decoded fragment: the resource path
 * (`@tenant/resource/subscriptions/<id>/...`, `resource/subscriptions/<id>`)
 * or a blade's resource parameter holding an encoded resource ID
 * (`view/.../AksBlade/id/%2Fsubscriptions%2F<id>...`, `.../resourceId/%2Fsubscriptions%2F<id>`).
 * A `scope/` parameter (cost management, policy, access control) names what
 * a view is filtered by, not the resource it shows.
 */
const RESOURCE = new RegExp(`(?:^|/)(?:resource|id|resourceId)//?subscriptions/(${GUID})`, 'gi');
const ANY = new RegExp(`/subscriptions/(${GUID})`, 'gi');
/** Subscription display names: printable, at most 64 characters. */
const NAME = /^[^\x00-\x1f\x7f]{1,64}$/;

function decoded(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

const distinct = (fragment: string, pattern: RegExp) => [...new Set([...fragment.matchAll(pattern)].map((match) => match[1]!.toLowerCase()))];

/**
 * The subscription a portal fragment is about: the one its resource names;
 * without a resource, the one subscription it names anywhere. Null when it
 * names none, or two that nothing tells apart (the page fails closed).
 */
export function subscriptionInFragment(hash: string): string | null {
  const fragment = decoded(hash.replace(/^#/, ''));
  const named = distinct(fragment, RESOURCE);
  if (named.length) return named.length === 1 ? named[0]! : null;
  const any = distinct(fragment, ANY);
  return any.length === 1 ? any[0]! : null;
}

export const azureUrls: ConsoleUrls = {
  id: 'azure',
  matches: ['https://*.portal.azure.com/*', 'https://*.portal.azure.us/*', 'https://*.portal.azure.cn/*', 'https://*.portal.azure.net/*'],
  ownsHost: (hostname) => PORTAL.test(hostname.toLowerCase()) || BLADE_FRAMES.test(hostname.toLowerCase()),
  readUrl(url) {
    // A blade frame is part of its top page, whatever its own URL says.
    if (BLADE_FRAMES.test(url.hostname.toLowerCase())) return { kind: 'unknown' };
    const id = subscriptionInFragment(url.hash);
    return id ? { kind: 'scope', scope: { console: 'azure', id } } : { kind: 'unknown' };
  },
  isScopeId: (text) => SUBSCRIPTION_ID.test(text),
  isScopeName: (text) => NAME.test(text) && !SUBSCRIPTION_ID.test(text),
  formatId: (id) => id,
  canonicalId: (text) => (SUBSCRIPTION_ID.test(text.trim()) ? text.trim().toLowerCase() : null),
};
