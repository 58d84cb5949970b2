/**
 * Rules from a source that is not trusted yet (a policy file being parsed, a
 * rule being typed in the options page): each pattern is checked before it
 * can run. Pure: no browser globals.
 *
 * A pattern must compile, must not escape its anchors, and must not be able
 * to backtrack catastrophically (see policy/regex-safety): a policy can never
 * freeze a page matching an ID. Matching itself, for rules already checked,
 * is core/rule-index, which every context uses; this module is for the places
 * that validate (background, options page, CLI), never for content scripts.
 */
import { checkGlobSafety, checkRegexSafety } from './policy/regex-safety';
import { indexRules, patternTest, type PatternKind, type Rule, type RuleMatch } from './rule-index';

export { globToRegExpSource, literalAffixes, PATTERN_KINDS, type PatternKind, type Rule, type RuleMatch } from './rule-index';

export interface RuleProblem {
  index: number;
  message: string;
}

export interface CompiledRules {
  match(projectId: string): RuleMatch | null;
  /** Rules that can never match (invalid or unsafe patterns), with the reason. */
  problems: readonly RuleProblem[];
}

/**
 * Why a pattern may not be used (`invalid regular expression: ...`,
 * `unsafe regular expression: nested quantifier`, `unsafe glob: ...`), or
 * null when it may.
 */
export function checkPattern(kind: PatternKind, pattern: string): string | null {
  try {
    compilePattern(kind, pattern);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * Compiles one pattern; throws a readable message when it cannot or may not
 * be used. The returned test matches the whole ID, case-insensitively.
 */
export function compilePattern(kind: PatternKind, pattern: string): (id: string) => boolean {
  if (kind === 'glob') {
    const unsafe = checkGlobSafety(pattern);
    if (unsafe) throw new Error(`unsafe glob: ${unsafe}`);
  }
  const test = patternTest(kind, pattern);
  // Only once it compiles: a syntax error is the more useful message.
  if (kind === 'regex') {
    const unsafe = checkRegexSafety(pattern);
    if (unsafe) throw new Error(`unsafe regular expression: ${unsafe}`);
  }
  return (id) => test(id.toLowerCase());
}

/**
 * Checks every rule, then indexes the ones that may be used; the others are
 * listed in `problems` and never match.
 */
export function compileRules(rules: readonly Rule[]): CompiledRules {
  const problems: RuleProblem[] = [];
  rules.forEach((rule, index) => {
    const problem = checkPattern(rule.kind, rule.pattern);
    if (problem) problems.push({ index, message: problem });
  });
  const index = indexRules(rules, new Set(problems.map((problem) => problem.index)));
  return { problems, match: (projectId) => index.match(projectId) };
}
