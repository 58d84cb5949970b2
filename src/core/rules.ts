/**
 * Rules map a project ID to an environment name. Pure: no browser globals.
 *
 * Rules are ordered and the first match wins. A pattern always matches the
 * WHOLE project ID: a rule for `prod` never matches `nonprod-x`. Matching is
 * case-insensitive (project IDs are lowercase; hand-typed patterns may not be).
 */
import { checkGlobSafety, checkRegexSafety } from './policy/regex-safety';

export type PatternKind = 'exact' | 'glob' | 'regex';

export interface Rule {
  kind: PatternKind;
  pattern: string;
  /** Name of the environment this rule assigns. */
  environment: string;
}

export interface RuleProblem {
  index: number;
  message: string;
}

export interface RuleMatch {
  rule: Rule;
  index: number;
}

export interface CompiledRules {
  match(projectId: string): RuleMatch | null;
  /** Rules that can never match (e.g. invalid regular expressions), with the reason. */
  problems: readonly RuleProblem[];
}

interface CompiledPattern {
  index: number;
  test: (id: string) => boolean;
}

/** `*` is any run of characters, `?` is one character; everything else is literal. */
export function globToRegExpSource(glob: string): string {
  let source = '';
  for (const char of glob) {
    if (char === '*') source += '.*';
    else if (char === '?') source += '.';
    else source += char.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  }
  return source;
}

/**
 * Compiles one pattern; throws a readable message when it cannot. The returned
 * test matches the whole ID, case-insensitively. Patterns that could backtrack
 * catastrophically are refused (`unsafe regular expression: nested quantifier`,
 * see policy/regex-safety), so a policy can never freeze the page matching an ID.
 */
export function compilePattern(kind: PatternKind, pattern: string): (id: string) => boolean {
  const test = compileForLowercase(kind, pattern);
  return (id) => test(id.toLowerCase());
}

/** Like `compilePattern`, but the returned test expects an already lowercased ID. */
function compileForLowercase(kind: PatternKind, pattern: string): (id: string) => boolean {
  switch (kind) {
    case 'exact': {
      const wanted = pattern.toLowerCase();
      return (id) => id === wanted;
    }
    case 'glob': {
      const unsafe = checkGlobSafety(pattern);
      if (unsafe) throw new Error(`unsafe glob: ${unsafe}`);
      const regex = new RegExp(`^(?:${globToRegExpSource(pattern.toLowerCase())})$`, 's');
      return (id) => regex.test(id);
    }
    case 'regex': {
      let regex: RegExp;
      try {
        // Checked on its own first: `a)|(b` is invalid by itself, but spliced into
        // the wrapper it closes the group early and compiles to `^(?:a)|(b)$`,
        // which matches any ID starting with `a` or ending with `b`.
        new RegExp(pattern, 'i');
        regex = new RegExp(`^(?:${pattern})$`, 'i');
      } catch (error) {
        throw new Error(`invalid regular expression: ${(error as Error).message}`);
      }
      // Only once it compiles: a syntax error is the more useful message.
      const unsafe = checkRegexSafety(pattern);
      if (unsafe) throw new Error(`unsafe regular expression: ${unsafe}`);
      return (id) => regex.test(id);
    }
    default:
      throw new Error(`unknown pattern kind "${String(kind)}"`);
  }
}

/**
 * The literal first character every match must start with, or null when a
 * match may start with anything. Lets `match` skip most rules in large sets.
 */
function leadingLiteral(kind: PatternKind, pattern: string): string | null {
  const first = pattern.charAt(0).toLowerCase();
  if (!/^[a-z0-9]$/.test(first)) return null;
  if (kind === 'exact' || kind === 'glob') return first;
  // A regex starting with a letter or digit is literal there unless it is
  // quantified (`a?b`) or the pattern has a top-level alternative (`a|b`).
  if (/^[a-z0-9][?*{]/i.test(pattern) || hasTopLevelAlternation(pattern)) return null;
  return first;
}

function hasTopLevelAlternation(pattern: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * Compiles rules once. Exact IDs go in a map; other patterns are bucketed by
 * their literal first character so a lookup only tries the rules that could
 * match, in their original order.
 */
export function compileRules(rules: readonly Rule[]): CompiledRules {
  const problems: RuleProblem[] = [];
  const exact = new Map<string, number>();
  const anyStart: CompiledPattern[] = [];
  const byStart = new Map<string, CompiledPattern[]>();

  rules.forEach((rule, index) => {
    let test: (id: string) => boolean;
    try {
      test = compileForLowercase(rule.kind, rule.pattern);
    } catch (error) {
      problems.push({ index, message: (error as Error).message });
      return;
    }
    if (rule.kind === 'exact') {
      const key = rule.pattern.toLowerCase();
      if (!exact.has(key)) exact.set(key, index);
      return;
    }
    const compiled = { index, test };
    const start = leadingLiteral(rule.kind, rule.pattern);
    if (start === null) anyStart.push(compiled);
    else {
      const bucket = byStart.get(start) ?? [];
      bucket.push(compiled);
      byStart.set(start, bucket);
    }
  });

  return {
    problems,
    match(projectId) {
      const id = projectId.toLowerCase();
      let best = exact.get(id) ?? Infinity;
      const firstIn = (candidates: readonly CompiledPattern[] | undefined) => {
        if (!candidates) return;
        for (const candidate of candidates) {
          if (candidate.index >= best) return; // buckets are in rule order
          if (candidate.test(id)) {
            best = candidate.index;
            return;
          }
        }
      };
      firstIn(byStart.get(id.charAt(0)));
      firstIn(anyStart);
      return best === Infinity ? null : { rule: rules[best]!, index: best };
    },
  };
}
