/**
 * The effective policy: one pure function combines the enterprise-managed
 * policy, the team policy (fetched from a URL) and the user's personal rules
 * into the classifier every context uses.
 *
 * Precedence, strongest first: managed, team, personal, built-in defaults.
 *  - The managed and team policies are the authority. Their rules are tried
 *    in that order, then (if the strongest of them says `useDefaultRules`)
 *    the built-in token rules, then their `unmatched` environment.
 *  - Each rule is for one console (Google Cloud unless it says `aws` or
 *    `azure`) and matches that console's scope ID, or its name where the
 *    console shows one (an AWS alias); the first rule that matches either
 *    wins. The built-in token rules match names only: a GCP project ID (its
 *    own name) or an AWS alias, never a bare account or subscription ID.
 *    Environments are shared by every console; so is `unmatched`.
 *  - Personal rules can add protection but never weaken: when both the
 *    authority and a personal rule classify a project, the personal result
 *    wins only if it is strictly stronger (typed confirmation beats none).
 *    A project the team calls production stays production.
 *  - Personal environments cannot redefine an environment the authority
 *    defines (a personal `production` without typed confirmation is ignored).
 *  - An authority may switch personal rules off (`allowPersonalRules: false`).
 *  - With no authority at all, personal rules come first, then the defaults.
 *  - The banner display (`banner.size`, `banner.tintConsoleHeader`) is
 *    decided field by field: the strongest source that sets a field wins
 *    (managed, team, then personal when personal rules are allowed), else
 *    the default (compact, no tint). Cosmetic: it protects nothing.
 */
import { DEFAULT_ENVIRONMENTS, DEFAULT_RULES, PRODUCTION, type Environment } from '../environments';
import { CONSOLE_IDS, DEFAULT_CONSOLE, type ConsoleId, type Scope } from '../../consoles/ids';
import { CONSOLES, nameKeys, scopeKeys } from '../../consoles/urls';
import { indexFromData, indexRules, patternTest, ruleConsole, type Rule, type RuleIndex, type RuleIndexData, type RuleMatch } from '../rule-index';
import { siteAt, sitesInForce, type SiteInForce } from '../sites/sites-in-force';
import { readSiteScope } from '../sites/site-scope';
import { DEFAULT_BANNER_DISPLAY, type BannerDisplay, type Policy, type PolicySource } from './types';

export interface PolicySources {
  managed: Policy | null;
  team: Policy | null;
  personal: Policy | null;
}

export interface Classification {
  environment: Environment;
  source: PolicySource;
  /** The rule that decided, or null when the authority's `unmatched` environment applied. */
  rule: Rule | null;
  /** Index of that rule within its source's own rule list. */
  ruleIndex: number | null;
  /** A personal result that was not applied because it would have weakened the authority's. */
  overridden: { environment: Environment; rule: Rule | null; ruleIndex: number | null } | null;
  /** Set when a site's own `environment` decided (no rule classified its scope). */
  site?: SiteInForce;
}

/** A page of a site the policy names: which site, the scope its URL names, and its environment. */
export interface SiteReading {
  site: SiteInForce;
  /** The name the site's `scope` reads in the URL; null when it has none or the URL does not say. */
  scope: Scope | null;
  classification: Classification | null;
}

/** What is classified: a Google Cloud project ID, or any console's scope. */
export type ClassifyTarget = string | Scope | null;

export interface EffectivePolicy {
  classify(target: ClassifyTarget): Classification | null;
  /** The sites in force, strongest source first (personal ones only when personal rules are allowed). */
  sites: readonly SiteInForce[];
  /** What a page at `href` is when a site in force names it; null when none does. */
  classifySite(href: string): SiteReading | null;
  /**
   * While a page's scope is not known yet (an AWS page before its session
   * data, an Azure page without a subscription in its URL): the environment
   * to guard with, the first protected one any rule of `console` (or the
   * `unmatched` environment, or the built-in rules) could give; null when no
   * outcome would be protected.
   */
  whileUnknown(console: ConsoleId): Environment | null;
  /** Every environment in force, by lower-case name. */
  environments: ReadonlyMap<string, Environment & { source: PolicySource }>;
  /** Whether personal rules are in force. */
  personalAllowed: boolean;
  /** Which sources are present. */
  sources: readonly PolicySource[];
  /** How the console is marked, each field from the strongest source that sets it. */
  display: EffectiveDisplay;
  /** Things the user should know: ignored personal environments, bad rules, unknown environment names. */
  problems: readonly string[];
}

export interface EffectiveDisplay extends Required<BannerDisplay> {
  /** Which source decided each field ('default' when none set it). */
  sources: Record<keyof BannerDisplay, PolicySource>;
}

/** Field by field, the first source (strongest first) that sets it. */
export function resolveDisplay(ordered: readonly (readonly [PolicySource, Policy | null])[]): EffectiveDisplay {
  const pick = <K extends keyof BannerDisplay>(key: K): [Required<BannerDisplay>[K], PolicySource] => {
    for (const [source, policy] of ordered) {
      const value = policy?.banner?.[key];
      if (value !== undefined) return [value as Required<BannerDisplay>[K], source];
    }
    return [DEFAULT_BANNER_DISPLAY[key], 'default'];
  };
  const [size, sizeSource] = pick('size');
  const [tintConsoleHeader, tintSource] = pick('tintConsoleHeader');
  return { size, tintConsoleHeader, sources: { size: sizeSource, tintConsoleHeader: tintSource } };
}

interface Layer {
  source: PolicySource;
  rules: readonly Rule[];
  /** The index of this layer's rules for one console, worked out the first time it is asked for. */
  index(console: ConsoleId): RuleIndex;
}

/** Published rule indexes of one source, by console. */
export type ConsoleIndexes = Partial<Record<ConsoleId, RuleIndexData>>;

function layer(source: PolicySource, rules: readonly Rule[], published?: ConsoleIndexes): Layer {
  const indexes = new Map<ConsoleId, RuleIndex>();
  return {
    source,
    rules,
    index(console) {
      let index = indexes.get(console);
      if (!index) {
        const data = published?.[console];
        index = data ? indexFromData(rules, data, console) : indexRules(rules, undefined, console);
        indexes.set(console, index);
      }
      return index;
    },
  };
}

/** The earlier of two matches (the first rule wins, whichever key it matched). */
function earlier(a: RuleMatch | null, b: RuleMatch | null): RuleMatch | null {
  if (!a) return b;
  if (!b) return a;
  return a.index <= b.index ? a : b;
}

function asScope(target: ClassifyTarget): Scope | null {
  if (!target) return null;
  if (typeof target === 'string') return { console: DEFAULT_CONSOLE, id: target };
  return target.id ? target : null;
}

/** Rules whose pattern does not compile (they never match); checked only when someone asks for the problems. */
function patternProblems(current: Layer): string[] {
  const problems: string[] = [];
  current.rules.forEach((rule, index) => {
    try {
      patternTest(rule.kind, rule.pattern);
    } catch (error) {
      problems.push(`${current.source} rules[${index}].match: ${(error as Error).message}`);
    }
  });
  return problems;
}

/** Typed confirmation is stronger than none; anything is stronger than nothing. */
function strength(environment: Environment | null): number {
  if (!environment) return 0;
  return environment.typedConfirmation ? 2 : 1;
}

/** Rule indexes worked out beforehand, by source and console (the background publishes them for tabs). */
export type SourceIndexes = Partial<Record<keyof PolicySources, ConsoleIndexes>>;

/**
 * Builds the classifier. Sources must be checked already (a policy read by
 * core/policy/parse, or stored data read leniently): nothing here validates,
 * so that a tab with thousands of rules is ready at once. `problems` is worked
 * out only when read.
 */
export function buildEffectivePolicy({ managed, team, personal }: PolicySources, indexes: SourceIndexes = {}): EffectivePolicy {
  const environmentProblems: string[] = [];
  const environments = new Map<string, Environment & { source: PolicySource }>();
  const define = (env: Environment, source: PolicySource) => environments.set(env.name.toLowerCase(), { ...env, source });

  const authorities = ([['managed', managed], ['team', team]] as const).filter((entry): entry is readonly ['managed' | 'team', Policy] => entry[1] !== null);
  const strongest = authorities[0]?.[1] ?? null;
  const personalAllowed = authorities.every(([, policy]) => policy.allowPersonalRules);

  for (const env of DEFAULT_ENVIRONMENTS) define(env, 'default');
  // Weakest first so stronger sources overwrite: team over defaults, managed over team.
  for (const [source, policy] of [...authorities].reverse()) for (const env of policy.environments) define(env, source);
  const authorityNames = new Set(authorities.flatMap(([, policy]) => policy.environments.map((env) => env.name.toLowerCase())));
  if (personal && personalAllowed) {
    for (const env of personal.environments) {
      if (authorityNames.has(env.name.toLowerCase())) {
        environmentProblems.push(`personal environment "${env.name}" is defined by the team policy; the team's definition applies`);
      } else define(env, 'personal');
    }
  }

  const authorityLayers = authorities.map(([source, policy]) => layer(source, policy.rules, indexes[source]));
  const useDefaults = strongest ? strongest.useDefaultRules : (personal?.useDefaultRules ?? true);
  const defaultLayer = useDefaults ? layer('default', DEFAULT_RULES) : null;
  const personalLayer = personal && personalAllowed ? layer('personal', personal.rules, indexes.personal) : null;

  const collectProblems = (): string[] => {
    const problems = [...environmentProblems];
    for (const current of [...authorityLayers, defaultLayer, personalLayer]) if (current) problems.push(...patternProblems(current));
    if (personal && !personalAllowed && personal.rules.length > 0) problems.push('personal rules are switched off by the team policy');
    for (const current of [...authorityLayers, personalLayer]) {
      current?.rules.forEach((rule, index) => {
        if (typeof rule.environment !== 'string' || !environments.has(rule.environment.toLowerCase())) {
          problems.push(`${current.source} rules[${index}].environment: unknown environment "${rule.environment}"; treated as production`);
        }
      });
    }
    return problems;
  };
  let problems: readonly string[] | null = null;

  // A rule naming a missing environment protects rather than ignores.
  const environmentFor = (name: unknown): Environment => (typeof name === 'string' && environments.get(name.toLowerCase())) || PRODUCTION;
  const firstMatch = (layers: readonly (Layer | null)[], scope: Scope) => {
    for (const current of layers) {
      if (!current) continue;
      // The built-in token rules are words in names (consoles/urls nameKeys).
      const keys = current.source === 'default' ? nameKeys(scope) : scopeKeys(scope);
      // Built-in rules are Google Cloud rules: used for every console's names.
      const index = current.index(current.source === 'default' ? DEFAULT_CONSOLE : scope.console);
      let match: RuleMatch | null = null;
      for (const key of keys) match = earlier(match, index.match(key));
      if (match) return { source: current.source, rule: match.rule, ruleIndex: match.index, environment: environmentFor(match.rule.environment) };
    }
    return null;
  };
  // The first authority that names an `unmatched` environment decides it, and is its source.
  const unmatchedAuthority = authorities.find(([, policy]) => policy.unmatched);
  const unmatched: { name: string; source: PolicySource } | null = unmatchedAuthority
    ? { name: unmatchedAuthority[1].unmatched!, source: unmatchedAuthority[0] }
    : !strongest && personal?.unmatched
      ? { name: personal.unmatched, source: 'personal' }
      : null;
  const unmatchedClassification = () =>
    unmatched ? { environment: environmentFor(unmatched.name), source: unmatched.source, rule: null, ruleIndex: null } : null;

  const unknownCache = new Map<ConsoleId, Environment | null>();

  const display = resolveDisplay([...authorities, ['personal', personal && personalAllowed ? personal : null]]);
  const sites = sitesInForce({ managed, team, personal }, personalAllowed);

  /** A site's own environment, as a classification by its source. */
  const bySite = (entry: SiteInForce | null) =>
    entry?.site.environment ? { environment: environmentFor(entry.site.environment), source: entry.source, rule: null, ruleIndex: null, site: entry } : null;
  const scopeOn = (entry: SiteInForce | null, href: string): Scope | null => {
    const id = entry?.site.scope ? readSiteScope(entry.site.scope, href) : null;
    // A name longer than any rule is costed for is not read: the site's own environment applies.
    return id && CONSOLES.site.isScopeId(id) ? { console: 'site', id } : null;
  };

  /**
   * Like `classify`, with each side's site as the step before `unmatched`:
   * the authority's rules (and the built-in token rules) on the scope its
   * site reads, else its site's environment, else `unmatched`; a personal
   * site and personal rules only add protection.
   */
  const classifySite = (href: string): SiteReading | null => {
    const authoritySite = siteAt(sites, href, ['managed', 'team']);
    const personalSite = siteAt(sites, href, ['personal']);
    const site = authoritySite ?? personalSite;
    if (!site) return null;
    const authorityScope = scopeOn(authoritySite, href);
    const personalScope = scopeOn(personalSite, href);
    // The authority's rules read its own site's scope; on a site only the person names, the person's (its rules still protect it).
    const scope = authoritySite ? authorityScope : personalScope;
    const personalResult = (personalScope && firstMatch([personalLayer], personalScope)) ?? bySite(personalSite);
    let classification: Classification | null;
    if (authorities.length === 0) {
      const found = personalResult ?? (scope && firstMatch([defaultLayer], scope)) ?? unmatchedClassification();
      classification = found ? { ...found, overridden: null } : null;
    } else {
      const authority = (scope && firstMatch([...authorityLayers, defaultLayer], scope)) ?? bySite(authoritySite) ?? unmatchedClassification();
      if (personalResult && strength(personalResult.environment) > strength(authority?.environment ?? null)) classification = { ...personalResult, overridden: null };
      else if (!authority) classification = null;
      else {
        const overridden =
          personalResult && personalResult.environment.name !== authority.environment.name
            ? { environment: personalResult.environment, rule: personalResult.rule, ruleIndex: personalResult.ruleIndex }
            : null;
        classification = { ...authority, overridden };
      }
    }
    return { site, scope, classification };
  };

  return {
    environments,
    display,
    personalAllowed,
    sites,
    classifySite,
    sources: [...authorities.map(([source]) => source), ...(personal ? (['personal'] as const) : []), ...(useDefaults ? (['default'] as const) : [])],
    get problems() {
      problems ??= collectProblems();
      return problems;
    },
    whileUnknown(console) {
      // Asked at every render of a page whose scope is unknown: work it out once per console.
      if (unknownCache.has(console)) return unknownCache.get(console)!;
      const candidates: Environment[] = [];
      for (const current of [...authorityLayers, personalLayer]) {
        current?.rules.forEach((rule) => {
          if (ruleConsole(rule) === console) candidates.push(environmentFor(rule.environment));
        });
      }
      // Built-in rules match names, and any account may have a name that says prod.
      if (defaultLayer) for (const rule of defaultLayer.rules) candidates.push(environmentFor(rule.environment));
      const fallback = unmatchedClassification();
      if (fallback) candidates.push(fallback.environment);
      const guardWith = candidates.find((environment) => environment.typedConfirmation) ?? null;
      unknownCache.set(console, guardWith);
      return guardWith;
    },
    classify(target) {
      const scope = asScope(target);
      if (!scope || !(CONSOLE_IDS as readonly string[]).includes(scope.console)) return null;
      const personalMatch = firstMatch([personalLayer], scope);

      if (authorities.length === 0) {
        const found = personalMatch ?? firstMatch([defaultLayer], scope);
        if (found) return { ...found, overridden: null };
        const fallback = unmatchedClassification();
        return fallback ? { ...fallback, overridden: null } : null;
      }

      const authority = firstMatch([...authorityLayers, defaultLayer], scope) ?? unmatchedClassification();
      if (personalMatch && strength(personalMatch.environment) > strength(authority?.environment ?? null)) {
        return { ...personalMatch, overridden: null };
      }
      if (!authority) return null;
      const overridden =
        personalMatch && personalMatch.environment.name !== authority.environment.name
          ? { environment: personalMatch.environment, rule: personalMatch.rule, ruleIndex: personalMatch.ruleIndex }
          : null;
      return { ...authority, overridden };
    },
  };
}
