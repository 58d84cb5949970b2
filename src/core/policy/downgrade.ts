/**
 * What a new managed or team policy takes away: protection that applied
 * before and no longer does. Pure.
 *
 * The rule (docs/team-policy.md, "When a new policy removes protection"): a
 * new authority policy always applies (holding it back would also hold back
 * the fixes it brings), but what it removes is never silent. It counts as
 * removed protection when, compared with the policy it replaces,
 *  - a project named by an exact rule no longer gets typed confirmation;
 *  - a glob or regex rule that led to typed confirmation is gone, or now
 *    leads to an environment without it;
 *  - an environment loses typed confirmation, or some of the dialogs it
 *    applied to (`guards`, `alsoGuard`);
 *  - `useDefaultRules` is turned off, `unmatched` no longer asks for typed
 *    confirmation, or `allowPersonalRules` is turned off;
 *  - the policy disappears altogether;
 *  - and, judged by effect rather than by entries: a project, account or
 *    subscription the old policy protected that the new one no longer does,
 *    whatever rule now decides it (a catch-all inserted before a kept rule,
 *    a `.*` that shadows the built-in rules or hides `unmatched`, an AWS
 *    alias rule before the account-ID rule). Witnesses stand for what the
 *    old policy protected: each guarded rule's ID or sample IDs it matches
 *    (core/policy/witnesses), the built-in rules' tokens, an ID no rule
 *    matches per console, an AWS account paired with aliases the new
 *    policy's rules match; each is classified by the old and the new policy
 *    alone (core/policy/effective), as are sample IDs of the new policy's
 *    rules; one that lost typed confirmation (or
 *    some of the dialogs it applied to) is a line naming it and what now
 *    decides it.
 * Each is one line naming what lost protection; the background records them
 * (options page, audit trail, toolbar badge).
 */
import { DEFAULT_ENVIRONMENTS, DEFAULT_RULES, type Environment } from '../environments';
import { CONSOLES, nameKeys, SCOPE_NOUNS, scopeText } from '../../consoles/urls';
import { CONSOLE_IDS, type ConsoleId, type Scope } from '../../consoles/ids';
import { indexRules, ruleConsole, type Rule } from '../rule-index';
import { buildEffectivePolicy, type Classification } from './effective';
import { isUnavailablePolicy } from './fail-closed';
import { ruleWitnesses } from './witnesses';
import { siteLosses } from './site-downgrade';
import type { Policy } from './types';

export type AuthoritySource = 'managed' | 'team';

export interface ProtectionLoss {
  source: AuthoritySource;
  /** The project it concerns, when one exact rule names it. */
  project: string | null;
  /** The environment whose protection was lost. */
  environment: string;
  /** One line for people: what no longer asks for typed confirmation. */
  text: string;
}

/** At most this many lines per change: the rest is summed up in the last one. */
export const MAX_LOSSES = 50;

/** Environments as a policy on its own sees them: declared ones over the built-in ones, by lower-case name. */
export function environmentsOf(policy: Policy): Map<string, Environment> {
  const map = new Map<string, Environment>();
  for (const env of [...DEFAULT_ENVIRONMENTS, ...policy.environments]) map.set(env.name.toLowerCase(), env);
  return map;
}

/** The environment a rule of `policy` leads to; a missing one protects (as core/policy/effective treats it). */
export function environmentOf(environments: Map<string, Environment>, name: string | null): Environment | null {
  if (name === null) return null;
  return environments.get(name.toLowerCase()) ?? DEFAULT_ENVIRONMENTS[0]!;
}

const guarded = (env: Environment | null): boolean => env?.typedConfirmation === true;
const describe = (env: Environment | null): string => (env ? (env.typedConfirmation ? env.name : `${env.name}, without typed confirmation`) : 'no environment (unmarked, unguarded)');
const ruleText = (rule: Rule): string => `${ruleConsole(rule) === 'gcp' ? '' : `${rule.console} `}${rule.kind} ${JSON.stringify(rule.pattern)}`;
const sameRule = (a: Rule, b: Rule): boolean =>
  ruleConsole(a) === ruleConsole(b) && a.kind === b.kind && (a.kind === 'regex' ? a.pattern === b.pattern : a.pattern.toLowerCase() === b.pattern.toLowerCase());

/** What `after` no longer covers of what `before` guarded in one environment (guards and alsoGuard). */
function narrowed(before: Environment, after: Environment): string[] {
  const lost: string[] = [];
  const beforeKinds = before.guards ?? 'all';
  const afterKinds = after.guards ?? 'all';
  if (afterKinds !== 'all') {
    const dropped = beforeKinds === 'all' ? ['every kind not listed'] : beforeKinds.filter((kind) => !afterKinds.includes(kind));
    if (dropped.length) lost.push(`dialogs of kind ${dropped.join(', ')}`);
  }
  const droppedAlso = (before.alsoGuard ?? []).filter((action) => !(after.alsoGuard ?? []).includes(action));
  if (droppedAlso.length) lost.push(`${droppedAlso.join(', ')} actions (alsoGuard)`);
  return lost;
}

/**
 * Whether going from `before` to `after` takes protection away from one
 * scope: typed confirmation lost, or asked on fewer dialogs. What a
 * personal change is checked with before it is saved (core/quick-rule).
 */
export function weakerProtection(before: Environment | null, after: Environment | null): boolean {
  if (!guarded(before)) return false;
  return !guarded(after) || narrowed(before!, after!).length > 0;
}

const DEFAULT_INDEX = indexRules(DEFAULT_RULES);

function lossesOf(source: AuthoritySource, before: Policy, after: Policy | null): ProtectionLoss[] {
  const name = source === 'managed' ? 'managed policy' : 'team policy';
  const losses: ProtectionLoss[] = [];
  const beforeEnvs = environmentsOf(before);
  const loss = (environment: string, text: string, project: string | null = null) => losses.push({ source, project, environment, text: `${name}: ${text}` });

  if (!after) {
    const guardedRules = before.rules.filter((rule) => guarded(environmentOf(beforeEnvs, rule.environment))).length;
    loss('', `no longer applies (it is gone or was removed); ${guardedRules} of its rules asked for typed confirmation`);
    return losses;
  }
  const afterEnvs = environmentsOf(after);
  const afterIndexes = new Map<ConsoleId, ReturnType<typeof indexRules>>();
  const afterIndex = (console: ConsoleId) => {
    let index = afterIndexes.get(console);
    if (!index) afterIndexes.set(console, (index = indexRules(after.rules, undefined, console)));
    return index;
  };
  /** What `after` alone gives a scope: its rules, then the built-in ones if it uses them (for names), then `unmatched`. */
  const afterFor = (console: ConsoleId, key: string): Environment | null => {
    const match = afterIndex(console).match(key);
    if (match) return environmentOf(afterEnvs, match.rule.environment);
    // The built-in rules read names only (consoles/urls nameKeys): an exact rule's key is a name unless it is an ID.
    const scope = CONSOLES[console].isScopeId(key) ? { console, id: key } : { console, id: key, name: key };
    if (after.useDefaultRules) {
      for (const name of nameKeys(scope)) {
        const builtIn = DEFAULT_INDEX.match(name);
        if (builtIn) return environmentOf(afterEnvs, builtIn.rule.environment);
      }
    }
    return environmentOf(afterEnvs, after.unmatched);
  };

  for (const env of before.environments) {
    if (!env.typedConfirmation) continue;
    const next = environmentOf(afterEnvs, env.name)!;
    if (!next.typedConfirmation) loss(env.name, `environment "${env.name}" no longer asks for typed confirmation`);
    else for (const what of narrowed(env, next)) loss(env.name, `environment "${env.name}" no longer asks for typed confirmation on ${what}`);
  }
  /** Scopes (`console:id`) already named by a line, so the effect check does not name them again. */
  const reported = new Set<string>();
  before.rules.forEach((rule) => {
    const was = environmentOf(beforeEnvs, rule.environment);
    if (!guarded(was)) return;
    if (rule.kind === 'exact') {
      const console = ruleConsole(rule);
      const now = afterFor(console, rule.pattern.toLowerCase());
      if (!guarded(now)) {
        loss(was!.name, `${SCOPE_NOUNS[console]} ${rule.pattern}: ${was!.name} -> ${describe(now)}`, rule.pattern.toLowerCase());
        reported.add(`${console}:${rule.pattern.toLowerCase()}`);
      }
      return;
    }
    const kept = after.rules.find((other) => sameRule(other, rule));
    if (!kept) loss(was!.name, `rule ${ruleText(rule)} (-> ${was!.name}) was removed`);
    else if (!guarded(environmentOf(afterEnvs, kept.environment))) loss(was!.name, `rule ${ruleText(rule)}: ${was!.name} -> ${describe(environmentOf(afterEnvs, kept.environment))}`);
  });
  const defaultsOff = before.useDefaultRules && !after.useDefaultRules;
  if (defaultsOff) loss('production', 'the built-in rules (prod, prd, production, live -> production) no longer apply (useDefaultRules: false)');
  const unmatchedBefore = environmentOf(beforeEnvs, before.unmatched);
  const unmatchedAfter = environmentOf(afterEnvs, after.unmatched);
  const unmatchedLost = guarded(unmatchedBefore) && !guarded(unmatchedAfter);
  if (unmatchedLost) loss(unmatchedBefore!.name, `projects no rule matches: ${unmatchedBefore!.name} -> ${describe(unmatchedAfter)}`);
  if (before.allowPersonalRules && !after.allowPersonalRules) loss('', 'personal rules are switched off (allowPersonalRules: false); protection they added no longer applies');
  for (const site of siteLosses(before, after, guarded, describe)) loss(site.environment, site.text);

  // By effect: what the old policy protected, asked of both. Entries already reported above are not repeated.
  const skip = (decided: Classification): boolean => {
    if (decided.source === 'default') return defaultsOff;
    if (!decided.rule) return unmatchedLost;
    if (decided.rule.kind === 'exact') return false;
    const kept = after.rules.find((other) => sameRule(other, decided.rule!));
    return !kept || !guarded(environmentOf(afterEnvs, kept.environment));
  };
  for (const witness of effectLosses(before, after)) {
    const key = `${witness.scope.console}:${witness.scope.id}`;
    const named = `${key}:${witness.scope.name ?? ''}`;
    // One line per change of deciding rule: the first witness stands for the others it would repeat.
    const change = `${witness.scope.console}:${decider(witness.before)}->${decider(witness.after)}`;
    if (reported.has(key) || reported.has(named) || reported.has(change) || skip(witness.before)) continue;
    reported.add(named).add(change);
    const was = witness.before.environment;
    const now = witness.after?.environment ?? null;
    const what = guarded(now) ? `${was.name} -> ${now!.name}, no longer asking on ${narrowed(was, now!).join(' and ')}` : `${was.name} -> ${describe(now)}`;
    loss(was.name, `${SCOPE_NOUNS[witness.scope.console]} ${witness.scope.name === witness.scope.id ? witness.scope.id : scopeText(witness.scope)}: ${what}, now decided by ${decider(witness.after)} (was ${decider(witness.before)})`, witness.scope.id);
  }
  return losses;
}

/** At most this many scopes are tried per change: the loss lines stop at MAX_LOSSES anyway. */
const MAX_WITNESSES = 200;
/** Names the built-in rules call production: what they protected, in a policy that used them. */
const BUILT_IN_WITNESSES = ['acme-prod', 'acme-prd', 'acme-production', 'acme-live'];
/** IDs no rule is likely to name, per console: a policy's `unmatched` environment is tried with the first no rule matches. */
const UNMATCHED_WITNESSES: Record<ConsoleId, readonly string[]> = {
  gcp: ['cg-no-rule-matches-this-1', 'q9z8x7w6v5u4'],
  aws: ['000000000017', '999999999901'],
  azure: ['00000000-0000-0000-0000-0000000000c9', 'ffffffff-ffff-ffff-ffff-fffffffff001'],
  site: ['cg-no-rule-matches-this-1', 'q9z8x7w6v5u4'],
};

/** How a scope is tried: an ID as an ID, anything else as the name it can only be (an AWS alias). */
function scopeOf(console: ConsoleId, key: string, name?: string): Scope {
  if (CONSOLES[console].isScopeId(key)) return name && name !== key ? { console, id: key, name } : { console, id: key };
  return { console, id: key, name: key };
}

function decider(decided: Classification | null): string {
  if (!decided) return 'no rule (unmarked)';
  if (decided.source === 'default') return `built-in rule ${ruleText(decided.rule!)}`;
  if (!decided.rule) return `unmatched (${decided.environment.name})`;
  return `rules[${decided.ruleIndex}] ${ruleText(decided.rule)}`;
}

interface Witness {
  scope: Scope;
  before: Classification;
  after: Classification | null;
}

/** Scopes `before` alone protects that `after` alone protects less. */
function effectLosses(before: Policy, after: Policy): Witness[] {
  const old = buildEffectivePolicy({ managed: null, team: before, personal: null });
  const next = buildEffectivePolicy({ managed: null, team: after, personal: null });
  const scopes: Scope[] = [];
  let limit = MAX_WITNESSES;
  const add = (scope: Scope) => {
    if (scopes.length < limit) scopes.push(scope);
  };
  // Aliases and account IDs the new policy's AWS rules match: an account may have any alias.
  const afterAws = after.rules.filter((rule) => ruleConsole(rule) === 'aws').slice(0, 20).flatMap((rule) => ruleWitnesses(rule, 'aws').slice(0, 2));
  const afterAliases = afterAws.filter((key) => !CONSOLES.aws.isScopeId(key)).slice(0, 6);
  const afterAccounts = afterAws.filter((key) => CONSOLES.aws.isScopeId(key)).slice(0, 6);
  const beforeEnvs = environmentsOf(before);
  // Most of the budget for what the old rules protected; the rest for the new rules, built-in rules and unmatched.
  limit = Math.floor(MAX_WITNESSES * 0.6);
  for (const rule of before.rules) {
    if (scopes.length >= limit) break;
    if (!guarded(environmentOf(beforeEnvs, rule.environment))) continue;
    const console = ruleConsole(rule);
    for (const key of ruleWitnesses(rule, console)) {
      add(scopeOf(console, key));
      if (console !== 'aws') continue;
      if (CONSOLES.aws.isScopeId(key)) for (const alias of afterAliases) add(scopeOf('aws', key, alias));
      else for (const account of afterAccounts) add(scopeOf('aws', account, key));
    }
  }
  // What the new policy's own rules match, where the old one protected it (a narrower rule put first).
  limit = Math.floor(MAX_WITNESSES * 0.95);
  for (const rule of after.rules) {
    if (scopes.length >= limit) break;
    const console = ruleConsole(rule);
    for (const key of ruleWitnesses(rule, console).slice(0, 2)) add(scopeOf(console, key));
  }
  limit = MAX_WITNESSES;
  if (before.useDefaultRules) {
    for (const name of BUILT_IN_WITNESSES) {
      add(scopeOf('gcp', name));
      add(scopeOf('aws', name));
    }
  }
  if (before.unmatched) {
    for (const console of CONSOLE_IDS) {
      const free = UNMATCHED_WITNESSES[console].find((id) => old.classify({ console, id })?.rule === null);
      if (free) add({ console, id: free });
    }
  }
  const witnesses: Witness[] = [];
  for (const scope of scopes) {
    const was = old.classify(scope);
    if (!was || !guarded(was.environment)) continue;
    const now = next.classify(scope);
    if (!guarded(now?.environment ?? null) || narrowed(was.environment, now!.environment).length > 0) witnesses.push({ scope, before: was, after: now });
  }
  return witnesses;
}

/**
 * The protection lost when the authority policies change from `before` to
 * `after`. A policy that did not exist before, or that was the fail-closed
 * "policy unavailable" one, loses nothing; becoming unavailable loses nothing.
 */
export function protectionLosses(
  before: Partial<Record<AuthoritySource, Policy | null>>,
  after: Partial<Record<AuthoritySource, Policy | null>>,
): ProtectionLoss[] {
  const losses: ProtectionLoss[] = [];
  for (const source of ['managed', 'team'] as const) {
    const previous = before[source] ?? null;
    const next = after[source] ?? null;
    if (!previous || isUnavailablePolicy(previous) || isUnavailablePolicy(next)) continue;
    losses.push(...lossesOf(source, previous, next));
  }
  if (losses.length <= MAX_LOSSES) return losses;
  const shown = losses.slice(0, MAX_LOSSES - 1);
  return [...shown, { source: losses[MAX_LOSSES - 1]!.source, project: null, environment: '', text: `and ${losses.length - shown.length} more` }];
}
