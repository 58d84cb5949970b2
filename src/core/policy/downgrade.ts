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
 *  - the policy disappears altogether.
 * Each is one line naming what lost protection; the background records them
 * (options page, audit trail, toolbar badge).
 */
import { DEFAULT_ENVIRONMENTS, DEFAULT_RULES, type Environment } from '../environments';
import { CONSOLES, nameKeys, SCOPE_NOUNS } from '../../consoles/urls';
import type { ConsoleId } from '../../consoles/ids';
import { indexRules, ruleConsole, type Rule } from '../rule-index';
import { isUnavailablePolicy } from './fail-closed';
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
function environmentsOf(policy: Policy): Map<string, Environment> {
  const map = new Map<string, Environment>();
  for (const env of [...DEFAULT_ENVIRONMENTS, ...policy.environments]) map.set(env.name.toLowerCase(), env);
  return map;
}

/** The environment a rule of `policy` leads to; a missing one protects (as core/policy/effective treats it). */
function environmentOf(environments: Map<string, Environment>, name: string | null): Environment | null {
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
  before.rules.forEach((rule) => {
    const was = environmentOf(beforeEnvs, rule.environment);
    if (!guarded(was)) return;
    if (rule.kind === 'exact') {
      const console = ruleConsole(rule);
      const now = afterFor(console, rule.pattern.toLowerCase());
      if (!guarded(now)) loss(was!.name, `${SCOPE_NOUNS[console]} ${rule.pattern}: ${was!.name} -> ${describe(now)}`, rule.pattern.toLowerCase());
      return;
    }
    const kept = after.rules.find((other) => sameRule(other, rule));
    if (!kept) loss(was!.name, `rule ${ruleText(rule)} (-> ${was!.name}) was removed`);
    else if (!guarded(environmentOf(afterEnvs, kept.environment))) loss(was!.name, `rule ${ruleText(rule)}: ${was!.name} -> ${describe(environmentOf(afterEnvs, kept.environment))}`);
  });
  if (before.useDefaultRules && !after.useDefaultRules) loss('production', 'the built-in rules (prod, prd, production, live -> production) no longer apply (useDefaultRules: false)');
  const unmatchedBefore = environmentOf(beforeEnvs, before.unmatched);
  const unmatchedAfter = environmentOf(afterEnvs, after.unmatched);
  if (guarded(unmatchedBefore) && !guarded(unmatchedAfter)) loss(unmatchedBefore!.name, `projects no rule matches: ${unmatchedBefore!.name} -> ${describe(unmatchedAfter)}`);
  if (before.allowPersonalRules && !after.allowPersonalRules) loss('', 'personal rules are switched off (allowPersonalRules: false); protection they added no longer applies');
  return losses;
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
