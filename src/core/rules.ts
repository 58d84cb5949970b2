/**
 * Rules from a source that is not trusted yet (a policy file being parsed, a
 * rule being typed in the options page): each pattern is checked before it
 * can run. Pure: no browser globals.
 *
 * Patterns are RE2 syntax and match in linear time (core/rule-index), so no
 * pattern is refused for being slow: only for not compiling. RE2 has no
 * lookarounds or backreferences (they are what makes backtracking engines
 * slow); a pattern using one gets a message that says what to write instead.
 * Matching itself, for rules already checked, is core/rule-index, which
 * every context uses; this module is for the places that validate
 * (background, options page, CLI), never for content scripts.
 */
import './patterns/re2'; // installs RE2 as the rule index's compiler: everything that checks rules compiles with it
import { indexRules, patternTest, type PatternKind, type Rule, type RuleMatch } from './rule-index';

export { literalAffixes, PATTERN_KINDS, type PatternKind, type Rule, type RuleMatch } from './rule-index';

export interface RuleProblem {
  index: number;
  message: string;
}

export interface CompiledRules {
  match(projectId: string): RuleMatch | null;
  /** Rules that can never match (invalid patterns), with the reason. */
  problems: readonly RuleProblem[];
}

const RE2_NOTE = 'rules use RE2 syntax, which has no lookarounds or backreferences so that matching stays fast';

/**
 * The first lookaround or backreference outside a character class, with
 * what to write instead; null when there is none.
 */
function unsupportedConstruct(pattern: string): string | null {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') {
      const next = pattern[i + 1] ?? '';
      if (!inClass && (/[1-9]/.test(next) || (next === 'k' && /[<{']/.test(pattern[i + 2] ?? '')))) {
        const token = next === 'k' ? '\\k<…>' : `\\${next}`;
        return `backreference ${token} is not supported (${RE2_NOTE}); repeat the group's pattern instead, e.g. (eu|us)-(eu|us) rather than (eu|us)-\\1`;
      }
      i++;
    } else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(' && pattern[i + 1] === '?') {
      const look = /^\(\?(?:=|!|<=|<!)/.exec(pattern.slice(i))?.[0];
      if (look) {
        const what = look.includes('<') ? 'lookbehind' : 'lookahead';
        return `${what} ${look} is not supported (${RE2_NOTE}); describe the whole ID instead, and for an exception ("prod, but not prod-sandbox") put a rule for the exception before this one: the first match wins`;
      }
    }
  }
  return null;
}

/**
 * Why a pattern may not be used (`invalid regular expression: ...`,
 * `lookahead (?! is not supported ...`), or null when it may.
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
 * Compiles one pattern; throws a readable message when it cannot be used.
 * The returned test matches the whole ID, case-insensitively.
 */
export function compilePattern(kind: PatternKind, pattern: string): (id: string) => boolean {
  let test: (lowercaseId: string) => boolean;
  try {
    test = patternTest(kind, pattern);
  } catch (error) {
    // Only when it does not compile: `[(?=]` is a plain character class.
    throw new Error((kind === 'regex' && unsupportedConstruct(pattern)) || (error as Error).message);
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
