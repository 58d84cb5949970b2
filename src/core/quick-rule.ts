/**
 * The popup's quick rule: one exact personal rule for the scope a tab shows,
 * and what saving it would do to that tab, worked out before anything is
 * written. Pure.
 *
 *  - The new rule goes first among the personal rules, so no earlier
 *    personal wildcard hides it; a personal exact rule for the same scope is
 *    replaced (its note kept), never duplicated.
 *  - If the team or managed policy still decides the tab with the rule in
 *    place (personal rules add protection, never weaken: core/policy/effective),
 *    or personal rules are switched off, the plan says so instead of saving
 *    a rule that would change nothing.
 *  - Taking protection away from the tab (core/policy/downgrade) is reported,
 *    for the person to confirm explicitly.
 *
 * The background plans and saves (background/quick-rule): the popup carries
 * no validator. What it answers the popup is `QuickRuleAnswer`.
 */
import type { Scope } from '../consoles/ids';
import type { Environment } from './environments';
import { weakerProtection } from './policy/downgrade';
import { buildEffectivePolicy, type Classification, type PolicySources } from './policy/effective';
import { EMPTY_POLICY, type Policy } from './policy/types';
import { ruleConsole, type Rule } from './rule-index';

export type QuickRulePlan =
  | { kind: 'personal-off' }
  /** With the rule in place, a team or managed rule (or its `unmatched`) still decides the tab. */
  | { kind: 'decided-elsewhere'; decided: Classification }
  | {
      kind: 'ready';
      personal: Policy;
      before: Classification | null;
      after: Classification;
      /** The tab loses typed confirmation (or some of the dialogs it applied to): confirm first. */
      downgrade: { from: Environment; to: Environment } | null;
    };

const forScope = (rule: Rule, scope: Scope) => rule.kind === 'exact' && ruleConsole(rule) === scope.console && rule.pattern.toLowerCase() === scope.id.toLowerCase();

/** The personal policy with an exact rule for `scope` leading to `environment`, first. */
export function withQuickRule(personal: Policy | null, scope: Scope, environment: string): Policy {
  const base = personal ?? structuredClone(EMPTY_POLICY);
  const replaced = base.rules.find((rule) => forScope(rule, scope));
  const rule: Rule = { kind: 'exact', pattern: scope.id, environment };
  if (scope.console !== 'gcp') rule.console = scope.console;
  if (replaced?.note) rule.note = replaced.note;
  return { ...base, rules: [rule, ...base.rules.filter((other) => !forScope(other, scope))] };
}

export function planQuickRule(sources: PolicySources, scope: Scope, environment: string): QuickRulePlan {
  const current = buildEffectivePolicy(sources);
  if (!current.personalAllowed) return { kind: 'personal-off' };
  const personal = withQuickRule(sources.personal, scope, environment);
  const after = buildEffectivePolicy({ ...sources, personal }).classify(scope);
  if (!after) return { kind: 'personal-off' };
  if (after.source !== 'personal' || after.ruleIndex !== 0) return { kind: 'decided-elsewhere', decided: after };
  const before = current.classify(scope);
  const downgrade = before && weakerProtection(before.environment, after.environment) ? { from: before.environment, to: after.environment } : null;
  return { kind: 'ready', personal, before, after, downgrade };
}

/** An environment as the popup's picker shows it. */
export type QuickRuleEnvironment = Pick<Environment, 'name' | 'label' | 'color' | 'typedConfirmation'>;

/** What the background answers the popup: the picker's environments, and what saving the chosen one does or did. */
export interface QuickRuleAnswer {
  environments: QuickRuleEnvironment[];
  outcome:
    | { kind: 'personal-off' }
    /** The stored settings are set aside or not migrated yet: the options page deals with them first. */
    | { kind: 'settings-unusable' }
    /** Nothing chosen yet, or saving would only mark the tab. */
    | { kind: 'ready' }
    | { kind: 'decided-elsewhere'; source: Classification['source']; environment: string }
    | { kind: 'downgrade'; from: string; to: string; stillGuarded: boolean }
    | { kind: 'saved'; environment: string }
    | { kind: 'refused'; problems: string[] };
}

/** The answer for a plan that was not saved (yet). */
export function outcomeOf(plan: QuickRulePlan): QuickRuleAnswer['outcome'] {
  switch (plan.kind) {
    case 'personal-off':
      return { kind: 'personal-off' };
    case 'decided-elsewhere':
      return { kind: 'decided-elsewhere', source: plan.decided.source, environment: plan.decided.environment.name };
    case 'ready':
      return plan.downgrade
        ? { kind: 'downgrade', from: plan.downgrade.from.name, to: plan.downgrade.to.name, stillGuarded: plan.downgrade.to.typedConfirmation }
        : { kind: 'ready' };
  }
}
