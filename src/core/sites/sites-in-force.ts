/**
 * The sites in force: every source's `sites`, strongest source first
 * (managed, team, then personal when personal rules are allowed), each with
 * its pattern read once. What the classifier, the background's content-script
 * registration and the options page all list. Pure.
 */
import type { Policy, Site } from '../policy/types';
import { parseSitePattern, sitePatternMatches, type SitePattern } from './match-pattern';

export type SiteSource = 'managed' | 'team' | 'personal';

export interface SiteInForce {
  site: Site;
  source: SiteSource;
  /** Its position in its source's own `sites` list. */
  index: number;
  pattern: SitePattern;
}

export interface SiteSources {
  managed: Policy | null;
  team: Policy | null;
  personal: Policy | null;
}

/** Strongest first; a site whose pattern does not read is left out (the policy check already said why). */
export function sitesInForce(sources: SiteSources, personalAllowed: boolean): SiteInForce[] {
  const found: SiteInForce[] = [];
  const ordered: [SiteSource, Policy | null][] = [
    ['managed', sources.managed],
    ['team', sources.team],
    ['personal', personalAllowed ? sources.personal : null],
  ];
  for (const [source, policy] of ordered) {
    const sites = Array.isArray(policy?.sites) ? policy.sites : [];
    sites.forEach((site, index) => {
      const read = typeof site?.match === 'string' ? parseSitePattern(site.match) : null;
      if (read?.ok) found.push({ site, source, index, pattern: read.pattern });
    });
  }
  return found;
}

/** The first site of `sources` (strongest first) that `href` belongs to. */
export function siteAt(sites: readonly SiteInForce[], href: string, sources: readonly SiteSource[] = ['managed', 'team', 'personal']): SiteInForce | null {
  return sites.find((entry) => sources.includes(entry.source) && sitePatternMatches(entry.pattern, href)) ?? null;
}

/** What people call the site: its name, else its host. */
export function siteLabel(entry: Pick<SiteInForce, 'site' | 'pattern'>): string {
  return entry.site.name?.trim() || entry.pattern.host;
}

/** Each origin to ask access for, once, with the sites that need it (strongest first). */
export function siteOrigins(sites: readonly SiteInForce[]): { origin: string; sites: SiteInForce[] }[] {
  const byOrigin = new Map<string, SiteInForce[]>();
  for (const entry of sites) byOrigin.set(entry.pattern.origin, [...(byOrigin.get(entry.pattern.origin) ?? []), entry]);
  return [...byOrigin].map(([origin, entries]) => ({ origin, sites: entries }));
}

/** How a site's tab is written for people: `Argo CD (production) · payments`, or the site alone when its URL names nothing. */
export function siteTabText(entry: Pick<SiteInForce, 'site' | 'pattern'>, scope: string | null): string {
  return scope ? `${siteLabel(entry)} · ${scope}` : siteLabel(entry);
}
