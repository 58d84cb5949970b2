/**
 * What an imported AESR configuration or project list becomes: personal
 * rules, exact IDs, one per account or project, with the environment the
 * person chose in the preview (for AESR profiles, the environment their
 * names say when they say one). Pure.
 */
import { DEFAULT_ENVIRONMENTS, DEFAULT_TOKENS, type Environment } from '../../environments';
import type { Rule } from '../../rule-index';
import { EMPTY_POLICY, type Policy } from '../types';
import type { AesrProfile } from './aesr-ini';
import type { ListedProject } from './project-list';

/** The words of a profile name: split at anything not a letter or digit, and where camelCase turns (`ProdAdmin`: prod, admin). */
export function nameTokens(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The environment a profile name says by the built-in words (prod, stg, dev...), strongest first; null when it says none. */
export function environmentOfName(name: string): string | null {
  const tokens = new Set(nameTokens(name));
  return DEFAULT_TOKENS.find((entry) => entry.tokens.some((token) => tokens.has(token)))?.environment ?? null;
}

/** Which of two environments protects more when one account's profiles disagree: production, then any of the person's own, then staging, then development. */
const STRENGTH = ['production', '', 'staging', 'development'];
const strength = (environment: string) => {
  const at = STRENGTH.indexOf(environment);
  return at < 0 ? 1 : at;
};

export interface AesrChoice {
  /** For profiles whose name says no environment. */
  fallback: string;
  /** Take AESR's profile colours as the environments' colours (only where an environment's profiles agree on one). */
  useColours: boolean;
  /** The editor's own environments: kept by name when the rules use them, and the ones recoloured before the built-in ones. */
  own: readonly Environment[];
}

export interface AesrAccountRule {
  rule: Rule;
  /** The profiles that named this account. */
  profiles: AesrProfile[];
}

/** One rule per account, in the file's order; an account named by several profiles gets the strongest of their environments and all their names as its note. */
export function aesrAccountRules(profiles: readonly AesrProfile[], fallback: string): AesrAccountRule[] {
  const byAccount = new Map<string, AesrAccountRule>();
  for (const profile of profiles) {
    const environment = environmentOfName(profile.name) ?? fallback;
    const entry = byAccount.get(profile.account);
    if (!entry) {
      byAccount.set(profile.account, { rule: { console: 'aws', kind: 'exact', pattern: profile.account, environment, note: profile.name }, profiles: [profile] });
      continue;
    }
    entry.profiles.push(profile);
    entry.rule.note = `${entry.rule.note}, ${profile.name}`;
    if (strength(environment) < strength(entry.rule.environment)) entry.rule.environment = environment;
  }
  return [...byAccount.values()];
}

/** An environment by name, the editor's own before the built-in ones. */
const findEnvironment = (name: string, own: readonly Environment[]) =>
  [...own, ...DEFAULT_ENVIRONMENTS].find((environment) => environment.name.toLowerCase() === name.toLowerCase());

/**
 * The environments the imported rules need declared: the editor's own that
 * they name (so replacing the editor keeps them), and, when asked, each one
 * whose profiles all carry the same colour, in that colour.
 */
function environmentsFor(rules: readonly Rule[], own: readonly Environment[], colours: Map<string, Set<string | undefined>> | null): Environment[] {
  const names = [...new Set(rules.map((rule) => rule.environment))];
  return names.flatMap((name) => {
    const set = colours?.get(name);
    const [colour] = set ? [...set] : [];
    const base = findEnvironment(name, own);
    if (!base) return [];
    if (set?.size === 1 && colour && base.color.toLowerCase() !== colour) return [{ ...base, color: colour }];
    return own.includes(base) ? [base] : [];
  });
}

function profileColours(accounts: readonly AesrAccountRule[]): Map<string, Set<string | undefined>> {
  const colours = new Map<string, Set<string | undefined>>();
  for (const { rule, profiles } of accounts) {
    const set = colours.get(rule.environment) ?? new Set();
    for (const profile of profiles) set.add(profile.color);
    colours.set(rule.environment, set);
  }
  return colours;
}

export function aesrPolicy(profiles: readonly AesrProfile[], choice: AesrChoice): Policy {
  const accounts = aesrAccountRules(profiles, choice.fallback);
  const rules = accounts.map((account) => account.rule);
  return { ...EMPTY_POLICY, environments: environmentsFor(rules, choice.own, choice.useColours ? profileColours(accounts) : null), rules };
}

export function projectListPolicy(projects: readonly ListedProject[], environment: string, own: readonly Environment[]): Policy {
  const rules: Rule[] = projects.map(({ id }) => ({ kind: 'exact', pattern: id, environment }));
  return { ...EMPTY_POLICY, environments: environmentsFor(rules, own, null), rules };
}
