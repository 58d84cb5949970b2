/**
 * Azure portal: the scope is the subscription, read from the URL fragment
 * (`#@tenant/resource/subscriptions/<id>/resourceGroups/...`; deep links to
 * blades carry it URL-encoded in their resource ID). Pure.
 *
 * Hosts: portal.azure.com with its preview and regional hosts, the sovereign
 * portals (azure.us, azure.cn); blades load in frames on `*.portal.azure.net`
 * (React blades on `*.reactblade.portal.azure.net`), which name no
 * subscription and take their top frame's.
 */
import type { ConsoleUrls } from '../ids';

const PORTAL = /(?:^|\.)portal\.azure\.(?:com|us|cn)$/;
/** Frames the portal loads its blades in: React blades (`*.reactblade.portal.azure.net`) and older extension frames (`*.hosting.portal.azure.net`). */
const BLADE_FRAMES = /\.portal\.azure\.net$/;
const SUBSCRIPTION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IN_FRAGMENT = /\/subscriptions\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])/i;
/** Subscription display names: printable, at most 64 characters. */
const NAME = /^[^\x00-\x1f\x7f]{1,64}$/;

function decoded(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

export const azureUrls: ConsoleUrls = {
  id: 'azure',
  matches: ['https://*.portal.azure.com/*', 'https://*.portal.azure.us/*', 'https://*.portal.azure.cn/*', 'https://*.portal.azure.net/*'],
  ownsHost: (hostname) => PORTAL.test(hostname.toLowerCase()) || BLADE_FRAMES.test(hostname.toLowerCase()),
  readUrl(url) {
    const id = IN_FRAGMENT.exec(decoded(url.hash))?.[1];
    return id ? { kind: 'scope', scope: { console: 'azure', id: id.toLowerCase() } } : { kind: 'unknown' };
  },
  isScopeId: (text) => SUBSCRIPTION_ID.test(text),
  isScopeName: (text) => NAME.test(text) && !SUBSCRIPTION_ID.test(text),
  formatId: (id) => id,
  canonicalId: (text) => (SUBSCRIPTION_ID.test(text.trim()) ? text.trim().toLowerCase() : null),
};
