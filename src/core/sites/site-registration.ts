/**
 * What the background keeps registered for the sites in force: one content
 * script whose matches are the patterns of the sites the person granted
 * access to, and the sites still waiting for access (for the options page and
 * the popup). Pure; the browser glue is background/site-scripts.
 */
import type { SiteInForce, SiteSource, SiteSources } from './sites-in-force';
import { siteLabel } from './sites-in-force';

export interface SiteWithoutAccess {
  source: SiteSource;
  label: string;
  /** The permission origin to ask for (`https://argocd.prod.acme.internal/*`). */
  origin: string;
  match: string;
}

export interface SiteRegistrationPlan {
  /** Match patterns of the granted sites, each once, sorted: an unchanged plan compares equal. */
  matches: string[];
  /** Sites in force without access, strongest first. */
  notGranted: SiteWithoutAccess[];
}

const ORIGIN = /^(\*|https?):\/\/([^/]+)\/\*$/;

function hostCovers(granted: string, needed: string): boolean {
  if (granted === '*') return true;
  if (!granted.startsWith('*.')) return granted === needed;
  const domain = granted.slice(2);
  const neededName = needed.startsWith('*.') ? needed.slice(2) : needed;
  return neededName === domain || neededName.endsWith(`.${domain}`);
}

/** Does one of the `granted` origins (as `permissions.getAll()` lists them) cover the site origin `needed`? */
export function originGranted(needed: string, granted: readonly string[]): boolean {
  const want = ORIGIN.exec(needed);
  if (!want) return false;
  return granted.some((origin) => {
    if (origin === '<all_urls>') return true;
    const have = ORIGIN.exec(origin.toLowerCase());
    if (!have) return false;
    return (have[1] === '*' || have[1] === want[1]) && hostCovers(have[2]!, want[2]!);
  });
}

/** The browsers compare hosts in lower case; the path is kept as written. */
function registrationPattern(entry: SiteInForce): string {
  return `${entry.pattern.scheme}://${entry.pattern.host}${entry.pattern.path}`;
}

export function planSiteRegistration(sites: readonly SiteInForce[], granted: readonly string[]): SiteRegistrationPlan {
  const matches = new Set<string>();
  const notGranted: SiteWithoutAccess[] = [];
  for (const entry of sites) {
    if (originGranted(entry.pattern.origin, granted)) matches.add(registrationPattern(entry));
    else notGranted.push({ source: entry.source, label: siteLabel(entry), origin: entry.pattern.origin, match: entry.site.match });
  }
  return { matches: [...matches].sort(), notGranted };
}

/** One request for every site still without access: each origin once (the popup's single "Allow"); null when none waits. */
export function accessRequest(notGranted: readonly SiteWithoutAccess[]): { origins: string[]; sites: SiteWithoutAccess[] } | null {
  if (notGranted.length === 0) return null;
  return { origins: [...new Set(notGranted.map((entry) => entry.origin))], sites: [...notGranted] };
}

/** Personal sites count only where every authority allows personal rules (as core/policy/effective decides for rules). */
export function personalSitesAllowed(sources: SiteSources): boolean {
  return [sources.managed, sources.team].every((policy) => policy === null || policy.allowPersonalRules !== false);
}
