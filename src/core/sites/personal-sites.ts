/**
 * A person's own sites, in the personal policy's `sites`: what the options
 * page's "Add a site" and "Remove" write. The file's version follows from
 * its content when written (core/policy/file). Pure.
 */
import { DEFAULT_ENVIRONMENTS } from '../environments';
import type { Policy, Site } from '../policy/types';
import { parseSitePattern } from './match-pattern';

export interface NewSite {
  match: string;
  name: string;
  environment: string;
}

export type AddSiteResult = { ok: true; policy: Policy; origin: string } | { ok: false; message: string; duplicate?: true };

/** The environments a personal site may name: the built-in ones and the personal policy's own (it is a policy file of its own, stored without the team's). */
export function personalSiteEnvironments(personal: Policy): string[] {
  const names = new Map<string, string>();
  for (const env of [...DEFAULT_ENVIRONMENTS, ...personal.environments]) if (!names.has(env.name.toLowerCase())) names.set(env.name.toLowerCase(), env.name);
  return [...names.values()];
}

export function addPersonalSite(personal: Policy, input: NewSite): AddSiteResult {
  const match = input.match.trim();
  const read = parseSitePattern(match);
  if (!read.ok) return { ok: false, message: read.message };
  const environments = personalSiteEnvironments(personal);
  if (!environments.some((name) => name.toLowerCase() === input.environment.toLowerCase())) {
    return { ok: false, message: `unknown environment "${input.environment}"; use one of ${environments.join(', ')}` };
  }
  const sites = personal.sites ?? [];
  if (sites.some((site) => site.match.trim().toLowerCase() === match.toLowerCase())) return { ok: false, message: `${match} is already one of your sites`, duplicate: true };
  const name = input.name.trim();
  const site: Site = { match, ...(name ? { name } : {}), environment: input.environment };
  return { ok: true, policy: { ...personal, sites: [...sites, site] }, origin: read.pattern.origin };
}

/** Without the site at `index`; without `sites` once none is left. */
export function removePersonalSite(personal: Policy, index: number): Policy {
  const { sites = [], ...rest } = personal;
  const left = sites.filter((_, at) => at !== index);
  return left.length > 0 ? { ...rest, sites: left } : rest;
}
