/**
 * What importing a policy file will do to the editor, before it does it:
 * merge (the file's rules and environments join the editor's; a rule for the
 * same console, match type and pattern takes the file's environment and note
 * in place, new rules go after the editor's, so the editor's order still
 * decides first) or replace (the editor becomes the file). Pure.
 */
import { ruleConsole } from '../core/rule-index';
import type { Environment } from '../core/environments';
import type { Rule } from '../core/rules';
import type { Policy } from '../core/policy/types';

export type ImportMode = 'merge' | 'replace';

export interface Changes<T> {
  added: T[];
  changed: { before: T; after: T }[];
  removed: T[];
}

export interface ImportPlan {
  mode: ImportMode;
  /** The policy the editor will hold. */
  result: Policy;
  rules: Changes<Rule>;
  environments: Changes<Environment>;
}

/** Two rules are the same rule when they match the same thing the same way; what they assign may differ. */
const ruleId = (rule: Rule) => JSON.stringify([ruleConsole(rule), rule.kind, rule.kind === 'regex' ? rule.pattern : rule.pattern.toLowerCase()]);
const environmentId = (environment: Environment) => environment.name.trim().toLowerCase();
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function diff<T>(before: readonly T[], after: readonly T[], id: (item: T) => string): Changes<T> {
  const old = new Map(before.map((item) => [id(item), item]));
  const next = new Map(after.map((item) => [id(item), item]));
  return {
    added: after.filter((item) => !old.has(id(item))),
    changed: after.flatMap((item) => {
      const was = old.get(id(item));
      return was !== undefined && !same(was, item) ? [{ before: was, after: item }] : [];
    }),
    removed: before.filter((item) => !next.has(id(item))),
  };
}

/** The editor's items, each replaced in place by the file's item of the same id, then the file's new items. */
function merged<T>(current: readonly T[], incoming: readonly T[], id: (item: T) => string): T[] {
  const fromFile = new Map(incoming.map((item) => [id(item), item]));
  const kept = current.map((item) => fromFile.get(id(item)) ?? item);
  const present = new Set(current.map(id));
  return [...kept, ...incoming.filter((item) => !present.has(id(item)))];
}

export function planImport(current: Policy, incoming: Policy, mode: ImportMode): ImportPlan {
  // A merge adds rules and environments only: the editor's other settings (unmatched, built-in rules, banner) stay.
  const result: Policy =
    mode === 'replace'
      ? structuredClone(incoming)
      : structuredClone({ ...current, environments: merged(current.environments, incoming.environments, environmentId), rules: merged(current.rules, incoming.rules, ruleId) });
  return {
    mode,
    result,
    rules: diff(current.rules, result.rules, ruleId),
    environments: diff(current.environments, result.environments, environmentId),
  };
}
