/**
 * What a policy change takes away on sites: each site the old policy
 * protected, tried at an address of its own pattern under both policies by
 * the classifier the tabs use. A site removed, or given a weaker
 * environment, is a loss; so is one whose pages a new, broader site now
 * decides less strongly. Pure.
 */
import type { Environment } from '../environments';
import { siteLabel, sitesInForce } from '../sites/sites-in-force';
import type { SitePattern } from '../sites/match-pattern';
import { buildEffectivePolicy } from './effective';
import type { Policy } from './types';

/** An address the pattern matches: `*.` hosts get a label, `*` in a path matches nothing. */
export function siteWitnessUrl(pattern: SitePattern): string {
  const host = pattern.host === '*' ? 'cluster-guard-witness.example' : pattern.host.replace(/^\*\./, 'cluster-guard-witness.');
  return `${pattern.scheme}://${host}${pattern.path.replace(/\*/g, '')}`;
}

export interface SiteLoss {
  environment: string;
  text: string;
}

/** Each site `before` protects that `after` protects less, in words. */
export function siteLosses(before: Policy, after: Policy, guarded: (env: Environment | null) => boolean, describe: (env: Environment | null) => string): SiteLoss[] {
  if (!before.sites?.length) return [];
  const old = buildEffectivePolicy({ managed: null, team: before, personal: null });
  const next = buildEffectivePolicy({ managed: null, team: after, personal: null });
  const losses: SiteLoss[] = [];
  for (const entry of sitesInForce({ managed: null, team: before, personal: null }, false)) {
    const url = siteWitnessUrl(entry.pattern);
    const was = old.classifySite(url);
    if (!was || was.site.index !== entry.index || !guarded(was.classification?.environment ?? null)) continue;
    const now = next.classifySite(url);
    const nowEnv = now?.classification?.environment ?? null;
    if (guarded(nowEnv)) continue;
    const wasEnv = was.classification!.environment;
    const why = now ? `now ${describe(nowEnv)}` : 'no longer a site of this policy (the extension stops marking and guarding it)';
    losses.push({ environment: wasEnv.name, text: `site ${siteLabel(entry)} (${entry.pattern.text}): ${wasEnv.name} -> ${why}` });
  }
  return losses;
}
