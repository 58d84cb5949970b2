/**
 * What a copy arriving through storage.sync would take away from this
 * browser's protection. Such a copy is held, not applied: storage.sync
 * cannot tell another of the person's browsers from a content script that
 * wrote there (Firefox lets content scripts write extension storage areas),
 * so only additions arrive on their own; a protection this browser has is
 * given up only where the person does it. Pure: no browser globals.
 *
 * Conservative by design: a protecting rule is kept only by a rule for the
 * same console, kind and pattern that still asks for typed confirmation (a
 * reordered or merely renamed one counts as taken away, and is held).
 */
import { environmentOf, environmentsOf as environments, weakerProtection } from './policy/downgrade';
import type { Policy } from './policy/types';
import type { Environment } from './environments';
import { ruleConsole, type Rule } from './rule-index';

/** A rule naming an environment nobody defined protects (as the effective policy treats it). */
const protects = (envs: Map<string, Environment>, name: string | null): boolean => environmentOf(envs, name)?.typedConfirmation === true;

const ruleKey = (rule: Rule) => `${ruleConsole(rule)}\u0000${rule.kind}\u0000${rule.pattern}`;

/** One line per protection `next` would take away from `current` (empty: nothing is taken away). */
export function protectionTakenAway(current: Policy, next: Policy): string[] {
  const before = environments(current);
  const after = environments(next);
  const lines: string[] = [];
  const kept = new Set(next.rules.filter((rule) => protects(after, rule.environment)).map(ruleKey));
  for (const rule of current.rules) {
    if (protects(before, rule.environment) && !kept.has(ruleKey(rule))) lines.push(`rule ${rule.pattern} (${ruleConsole(rule)}, ${rule.environment})`);
  }
  for (const env of before.values()) {
    const now = after.get(env.name.toLowerCase()) ?? null;
    if (weakerProtection(env, now)) lines.push(`environment ${env.name}`);
  }
  if (protects(before, current.unmatched) && !protects(after, next.unmatched)) lines.push(`unmatched projects (${current.unmatched})`);
  if (current.useDefaultRules && !next.useDefaultRules) lines.push('the built-in rules (prod, stg, dev…)');
  return lines;
}
