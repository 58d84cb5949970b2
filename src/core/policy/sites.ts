/**
 * The `sites` list of a policy file (version 3): each site's match pattern,
 * name, environment, where its URL names a scope, and note, checked with
 * path-named problems like the rest of the file. Pure.
 */
import { isRecord } from '../is-record';
import { suggestion } from '../did-you-mean';
import { parseSitePattern } from '../sites/match-pattern';
import { MAX_SCOPE_VALUE_LENGTH, type SiteScopeFrom } from '../sites/site-scope';
import type { PolicyIssue, Site } from './types';

export const MAX_SITES = 200;
export const MAX_SITE_NAME_LENGTH = 60;
export const SITE_KEYS = ['match', 'name', 'environment', 'scope', 'note'] as const;
export const SITE_SCOPE_FROM = ['host', 'path', 'query'] as const;
/** Which keys each kind of scope reader takes (besides `from`). */
const SCOPE_KEYS: Record<(typeof SITE_SCOPE_FROM)[number], readonly string[]> = {
  host: ['from', 'label'],
  path: ['from', 'after', 'segment', 'fragment'],
  query: ['from', 'param', 'fragment'],
};
/** Host labels and path segments are counted from 1; no real URL has more than this many. */
export const MAX_SCOPE_POSITION = 64;

export interface SiteChecks {
  /** The file's version (sites need 3). */
  version: number;
  /** Is `name` an environment the file declares or a built-in one? */
  isKnownEnvironment(name: string): boolean;
  unknownEnvironment(name: string): string;
}

const describe = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value === 'object' ? 'an object' : String(value));

function positionProblem(value: unknown): string | null {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_SCOPE_POSITION ? null : `expected a whole number from 1 to ${MAX_SCOPE_POSITION} (found ${describe(value)})`;
}

function textProblem(value: unknown, what: string): string | null {
  if (typeof value !== 'string' || !value.trim()) return `expected ${what} (found ${describe(value)})`;
  if (value.includes('/') || value.length > MAX_SCOPE_VALUE_LENGTH) return `expected ${what}: one path word, no "/" (found ${describe(value)})`;
  return null;
}

/** The scope reader, or its problems. */
function checkScope(value: unknown, path: string, errors: PolicyIssue[]): SiteScopeFrom | null {
  if (!isRecord(value)) return errors.push({ path, message: `expected an object like {"from": "path", "after": "namespaces"} (found ${describe(value)})` }), null;
  const from = value.from;
  if (typeof from !== 'string' || !(SITE_SCOPE_FROM as readonly string[]).includes(from)) {
    errors.push({ path: `${path}.from`, message: `expected one of ${SITE_SCOPE_FROM.join(', ')} (found ${describe(from)})${suggestion(from, SITE_SCOPE_FROM)}` });
    return null;
  }
  const kind = from as (typeof SITE_SCOPE_FROM)[number];
  const before = errors.length;
  for (const key of Object.keys(value)) {
    if (!SCOPE_KEYS[kind].includes(key)) errors.push({ path: `${path}.${key}`, message: `unknown key for "from": "${kind}"${suggestion(key, SCOPE_KEYS[kind])}` });
  }
  const problem = (key: string, message: string | null) => message && errors.push({ path: `${path}.${key}`, message });
  if ('fragment' in value && typeof value.fragment !== 'boolean') problem('fragment', `expected true or false (found ${describe(value.fragment)})`);
  const fragment = value.fragment === true ? { fragment: true } : {};
  if (kind === 'host') {
    problem('label', 'label' in value ? positionProblem(value.label) : 'missing: which host label, counted from 1 on the left (grafana.prod.acme.io: 2 is "prod")');
    return errors.length > before ? null : { from: 'host', label: value.label as number };
  }
  if (kind === 'query') {
    problem('param', 'param' in value ? textProblem(value.param, 'a query parameter name') : 'missing: the query parameter that names the scope, e.g. "namespace"');
    return errors.length > before ? null : { from: 'query', param: value.param as string, ...fragment };
  }
  const after = 'after' in value;
  const segment = 'segment' in value;
  if (after === segment) {
    errors.push({ path, message: 'give either "after" (the path word before the name, e.g. "namespaces") or "segment" (its position, from 1)' });
    return null;
  }
  if (after) problem('after', textProblem(value.after, 'the path word before the name, e.g. "namespaces"'));
  else problem('segment', positionProblem(value.segment));
  if (errors.length > before) return null;
  return after ? { from: 'path', after: value.after as string, ...fragment } : { from: 'path', segment: value.segment as number, ...fragment };
}

/** The valid sites (absent list: none), every problem in `errors`, advice in `warnings`. */
export function checkSites(list: unknown, checks: SiteChecks, errors: PolicyIssue[], warnings: PolicyIssue[]): Site[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) return errors.push({ path: 'sites', message: `expected a list of sites (found ${describe(list)})` }), [];
  if (checks.version < 3) errors.push({ path: 'sites', message: 'needs "version": 3 (sites came in version 3)' });
  if (list.length > MAX_SITES) return errors.push({ path: 'sites', message: `at most ${MAX_SITES} sites (found ${list.length})` }), [];
  const sites: Site[] = [];
  const seen = new Map<string, number>();
  list.forEach((item: unknown, index) => {
    const at = `sites[${index}]`;
    if (!isRecord(item)) return errors.push({ path: at, message: `expected a site object (found ${describe(item)})` });
    const before = errors.length;
    for (const key of Object.keys(item)) {
      if (!(SITE_KEYS as readonly string[]).includes(key)) errors.push({ path: `${at}.${key}`, message: `unknown key${suggestion(key, SITE_KEYS)}` });
    }
    const { match, name, environment, scope, note } = item;
    if (typeof match !== 'string') errors.push({ path: `${at}.match`, message: match === undefined ? 'missing' : `expected a pattern like https://argocd.prod.acme.internal/* (found ${describe(match)})` });
    else {
      const pattern = parseSitePattern(match);
      if (!pattern.ok) errors.push({ path: `${at}.match`, message: pattern.message });
      else {
        if (pattern.pattern.host === '*') warnings.push({ path: `${at}.match`, message: 'names every host: the extension will ask for access to every site; name the hosts (https://*.acme.internal/*) where you can' });
        const key = match.trim().toLowerCase();
        const earlier = seen.get(key);
        if (earlier !== undefined) warnings.push({ path: at, message: `never used: sites[${earlier}] has the same match` });
        else seen.set(key, index);
      }
    }
    if (name !== undefined && (typeof name !== 'string' || !name.trim() || [...name].length > MAX_SITE_NAME_LENGTH)) {
      errors.push({ path: `${at}.name`, message: `expected a name of 1 to ${MAX_SITE_NAME_LENGTH} characters, like "Argo CD (production)" (found ${describe(name)})` });
    }
    if (environment !== undefined) {
      if (typeof environment !== 'string' || !environment.trim()) errors.push({ path: `${at}.environment`, message: `expected an environment name (found ${describe(environment)})` });
      else if (!checks.isKnownEnvironment(environment)) errors.push({ path: `${at}.environment`, message: checks.unknownEnvironment(environment) });
    }
    const scopeFrom = scope === undefined ? undefined : checkScope(scope, `${at}.scope`, errors);
    if (note !== undefined && typeof note !== 'string') errors.push({ path: `${at}.note`, message: `expected a string (found ${describe(note)})` });
    if (environment === undefined && scope === undefined) {
      warnings.push({ path: at, message: 'has neither "environment" nor "scope": its pages get the policy\'s "unmatched" environment, if any' });
    }
    if (errors.length > before) return;
    sites.push({
      match: (match as string).trim(),
      ...(typeof name === 'string' ? { name: name.trim() } : {}),
      ...(typeof environment === 'string' ? { environment: environment.trim() } : {}),
      ...(scopeFrom ? { scope: scopeFrom } : {}),
      ...(typeof note === 'string' && note ? { note } : {}),
    });
  });
  return sites;
}
