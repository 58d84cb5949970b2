/**
 * Why a tab shows its environment, as facts about this tab for the popup to
 * word: the rule that decided (with its note), the built-in word found in
 * the tab's own name ("prod" in the project ID acme-prod-1), or the policy's
 * `unmatched` environment. Pure.
 */
import { nameKeys } from '../../consoles/urls';
import type { ConsoleId, Scope } from '../../consoles/ids';
import { DEFAULT_TOKENS } from '../environments';
import type { PatternKind } from '../rule-index';
import type { Classification } from './effective';
import type { PolicySource } from './types';

export type Reason =
  | { kind: 'rule'; source: PolicySource; ruleNumber: number; patternKind: PatternKind; pattern: string; note: string | null }
  | { kind: 'built-in'; token: string; console: ConsoleId; name: string }
  | { kind: 'unmatched'; source: PolicySource };

/** The built-in word that made `name` match built-in rule `ruleIndex`, as the name writes it; null when none does. */
export function builtInToken(name: string, ruleIndex: number): string | null {
  const tokens = DEFAULT_TOKENS[ruleIndex]?.tokens;
  if (!tokens) return null;
  // The rule's own reading: words between `-` (and the `domain:` prefix of a legacy project ID).
  return name.split(/[-:]/).find((word) => tokens.includes(word.toLowerCase())) ?? null;
}

export function reasonFor(classification: Classification, scope: Scope): Reason {
  const { source, rule, ruleIndex } = classification;
  if (!rule || ruleIndex === null) return { kind: 'unmatched', source };
  if (source === 'default') {
    for (const name of nameKeys(scope)) {
      const token = builtInToken(name, ruleIndex);
      if (token) return { kind: 'built-in', token, console: scope.console, name };
    }
  }
  return { kind: 'rule', source, ruleNumber: ruleIndex + 1, patternKind: rule.kind, pattern: rule.pattern, note: rule.note ?? null };
}
