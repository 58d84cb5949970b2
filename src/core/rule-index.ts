/**
 * Matching project IDs against rules that were already checked, in every
 * context (content script, background, options page). Pure: no browser
 * globals.
 *
 * Rules are ordered and the first match wins. A pattern always matches the
 * WHOLE project ID: a rule for `prod` never matches `nonprod-x`. Matching is
 * case-insensitive (project IDs are lowercase; hand-typed patterns may not be).
 *
 * Matching takes time linear in the ID's length whatever the pattern, so no
 * pattern can freeze a page: globs are matched by core/patterns/glob, and
 * regexes run as RE2 programs (core/patterns/program). Whoever checked the
 * policy (background, options page, CLI) compiled them with RE2
 * (core/patterns/re2, which installs itself here); the background publishes
 * the programs with the rule index (regexPrograms, with ruleIndexData), so
 * a console tab never carries re2js (268 kB: the content script is 73 kB
 * gzip without it, was 135 kB with it; `npm run bench`). The built-in rules' programs ship precompiled
 * (core/patterns/built-in-programs). Each rule is made ready only the first
 * time an ID could match it; one that is not usable never matches. The
 * index can be worked out ahead, so a tab with a 5,000-rule policy starts
 * matching without looking at every rule.
 */

import { DEFAULT_CONSOLE, isConsoleId, type ConsoleId } from '../consoles/ids';
import { isRecord } from './is-record';
import { BUILT_IN_PROGRAMS } from './patterns/built-in-programs';
import { globMatches } from './patterns/glob';
import { programMatches, readProgram, type RegexProgram } from './patterns/program';

export const PATTERN_KINDS = ['exact', 'glob', 'regex'] as const;

export type PatternKind = (typeof PATTERN_KINDS)[number];

export interface Rule {
  kind: PatternKind;
  pattern: string;
  /** Name of the environment this rule assigns. */
  environment: string;
  /** The console whose scopes (projects, accounts, subscriptions) it matches; absent: Google Cloud. */
  console?: ConsoleId;
  /** Why the rule is there, in the policy author's words ("PCI scope: card data lives here"); shown where the rule decides. */
  note?: string;
}

/** The console a rule is for: `gcp` when it names none (every version 1 rule). */
export function ruleConsole(rule: Pick<Rule, 'console'>): ConsoleId {
  return rule.console ?? DEFAULT_CONSOLE;
}

export interface RuleMatch {
  rule: Rule;
  index: number;
}

export interface RuleIndex {
  match(projectId: string): RuleMatch | null;
}

/** Compiles a regex rule into its program; installed by core/patterns/re2 where policies are checked. */
let compileRegex: ((pattern: string) => RegexProgram) | null = null;

export function installRegexCompiler(compile: (pattern: string) => RegexProgram): void {
  compileRegex = compile;
}

/** The program for a regex rule: the one given (published with the policy), else compiled here, else a built-in one. */
function regexProgram(pattern: string, given?: unknown): RegexProgram {
  const published = given === undefined ? null : readProgram(given);
  if (published) return published;
  if (compileRegex) return compileRegex(pattern);
  const builtIn = BUILT_IN_PROGRAMS[pattern];
  if (builtIn) return builtIn;
  throw new Error('a regex rule needs its compiled program here');
}

/**
 * The test for one pattern, for an already lowercased ID: whole-ID (a
 * program is run against the whole ID, so no wrapper is spliced around the
 * pattern and `a)|(b` cannot close a group early) and case-insensitive.
 * `program`: the regex's program as published, if any. Throws a readable
 * message for a regex that does not compile and for an unknown kind.
 */
export function patternTest(kind: PatternKind, pattern: string, program?: unknown): (lowercaseId: string) => boolean {
  switch (kind) {
    case 'exact': {
      const wanted = pattern.toLowerCase();
      return (id) => id === wanted;
    }
    case 'glob': {
      const glob = pattern.toLowerCase();
      return (id) => globMatches(glob, id);
    }
    case 'regex': {
      const compiled = regexProgram(pattern, program);
      return (id) => programMatches(compiled, id);
    }
    default:
      throw new Error(`unknown pattern kind "${String(kind)}"`);
  }
}

/** A character that stands for itself in a regex and in an ID: a letter, a digit or a hyphen. */
function isPlain(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2d;
}

/**
 * The literal text every match must start with (`prefix`) or end with
 * (`suffix`), lower-cased; '' when there is none. Large rule sets are indexed
 * by it, so a lookup only tries the rules that could possibly match. Plain
 * character scans: this runs for every rule when a tab loads its policy.
 */
export function literalAffixes(kind: PatternKind, pattern: string): { prefix: string; suffix: string } {
  const lower = pattern.toLowerCase();
  if (kind === 'exact') return { prefix: lower, suffix: lower };
  if (kind === 'glob') {
    let first = -1;
    let last = -1;
    for (let i = 0; i < lower.length; i++) {
      const char = lower.charCodeAt(i);
      if (char === 0x2a || char === 0x3f) {
        if (first < 0) first = i;
        last = i;
      }
    }
    return first < 0 ? { prefix: lower, suffix: lower } : { prefix: lower.slice(0, first), suffix: lower.slice(last + 1) };
  }
  // Regex: only plain letters, digits and hyphens count, and none at all when
  // a top-level `|` means the pattern has more than one way to start or end.
  if (hasTopLevelAlternation(pattern)) return { prefix: '', suffix: '' };
  let start = 0;
  while (start < lower.length && isPlain(lower.charCodeAt(start))) start++;
  // `ab?c`: the `b` is optional, so only `a` is certain.
  const next = lower.charAt(start);
  const prefixEnd = next === '?' || next === '*' || next === '+' || next === '{' ? Math.max(0, start - 1) : start;
  let end = lower.length;
  while (end > 0 && isPlain(lower.charCodeAt(end - 1))) end--;
  // Right after a backslash the run may be part of an escape (`\d`, `\u0041`): claim nothing.
  const suffix = end > 0 && lower.charCodeAt(end - 1) === 0x5c ? '' : lower.slice(end);
  return { prefix: lower.slice(0, prefixEnd), suffix };
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
 * A rule index as plain data: what the background works out once and
 * publishes with a policy, so that a tab loading thousands of rules does no
 * per-rule work at all. Rule numbers are indexes into the rule list.
 */
export interface RuleIndexData {
  /** Lower-cased ID of an exact rule -> the first such rule. */
  exact: Record<string, number>;
  /** Literal prefix (or, failing that, suffix) of a glob or regex -> its rules, ascending. */
  prefixes: Record<string, number[]>;
  suffixes: Record<string, number[]>;
  /** The lengths in use, so a lookup tries one slice of the ID per length. */
  prefixLengths: number[];
  suffixLengths: number[];
  /** Rules with neither (`*prod*`): tried for every ID, ascending. */
  anywhere: number[];
  /** Regex rule number -> its RE2 program (core/patterns/program), when worked out where RE2 is at hand. */
  programs?: Record<number, RegexProgram>;
}

/** Whether a value (perhaps read from storage) is a rule this module can use. */
function isUsable(rule: unknown): rule is Rule {
  const candidate = rule as Partial<Rule> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.pattern === 'string' &&
    typeof candidate.environment === 'string' &&
    PATTERN_KINDS.includes(candidate.kind!) &&
    (candidate.console === undefined || isConsoleId(candidate.console))
  );
}

/**
 * Works out the index of `rules` for one console (Google Cloud unless
 * said): rules for other consoles are left out. `exclude`: indexes of rules
 * that must never match (ones a caller refused); values that are not rules
 * never match either.
 */
export function ruleIndexData(rules: readonly Rule[], exclude?: ReadonlySet<number>, console: ConsoleId = DEFAULT_CONSOLE): RuleIndexData {
  const data: RuleIndexData = { exact: Object.create(null), prefixes: Object.create(null), suffixes: Object.create(null), prefixLengths: [], suffixLengths: [], anywhere: [] };
  const add = (map: Record<string, number[]>, lengths: number[], affix: string, index: number) => {
    const list = map[affix];
    if (list) list.push(index);
    else {
      map[affix] = [index];
      if (!lengths.includes(affix.length)) lengths.push(affix.length);
    }
  };
  rules.forEach((rule, index) => {
    if (exclude?.has(index) || !isUsable(rule) || ruleConsole(rule) !== console) return;
    if (rule.kind === 'exact') {
      const key = rule.pattern.toLowerCase();
      if (!(key in data.exact)) data.exact[key] = index;
      return;
    }
    const { prefix, suffix } = literalAffixes(rule.kind, rule.pattern);
    if (prefix) add(data.prefixes, data.prefixLengths, prefix, index);
    else if (suffix) add(data.suffixes, data.suffixLengths, suffix, index);
    else data.anywhere.push(index);
  });
  return data;
}

/**
 * The programs of `rules`' regexes, by rule number, for a tab that has no
 * RE2 of its own (published with the index). A regex that does not compile
 * has none: it never matches. Only where RE2 is installed (it throws
 * elsewhere, so a context that forgot it cannot publish rules that would
 * silently never match).
 */
export function regexPrograms(rules: readonly Rule[], console: ConsoleId = DEFAULT_CONSOLE): Record<number, RegexProgram> {
  if (!compileRegex) throw new Error('regexPrograms needs RE2: import core/patterns/re2');
  const programs: Record<number, RegexProgram> = Object.create(null);
  rules.forEach((rule, index) => {
    if (!isUsable(rule) || rule.kind !== 'regex' || ruleConsole(rule) !== console) return;
    try {
      programs[index] = compileRegex!(rule.pattern);
    } catch {
      // never matches
    }
  });
  return programs;
}

const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);
const isList = (value: unknown): value is number[] => Array.isArray(value);

const NEVER = (): boolean => false;

/**
 * Matches with an index worked out before, possibly elsewhere: `rules` and
 * `data` may come from storage, so each rule is checked only when it is
 * tried (one that is not a usable rule never matches) and patterns compile
 * the first time an ID could match them.
 */
export function indexFromData(rules: readonly Rule[], data: RuleIndexData, console: ConsoleId = DEFAULT_CONSOLE): RuleIndex {
  // Published data is trusted only as far as this: a rule for another console never matches here.
  const usable = (rule: unknown): rule is Rule => isUsable(rule) && ruleConsole(rule) === console;
  // By rule number, filled in as rules are first tried.
  const tests: ((id: string) => boolean)[] = new Array(rules.length);
  const testOf = (index: number): ((id: string) => boolean) => {
    let test = tests[index];
    if (!test) {
      const rule: unknown = rules[index];
      try {
        const program = rule && (rule as Rule).kind === 'regex' && isRecord(data.programs) ? own(data.programs as Record<string, unknown>, String(index)) : undefined;
        test = usable(rule) && rule.kind !== 'exact' ? patternTest(rule.kind, rule.pattern, program) : NEVER;
      } catch {
        test = NEVER;
      }
      tests[index] = test;
    }
    return test;
  };
  const collect = (map: Record<string, number[]>, lengths: unknown, id: string, fromEnd: boolean, into: number[]) => {
    if (!isList(lengths)) return;
    for (const length of lengths) {
      if (length > id.length) continue;
      const list = own(map, fromEnd ? id.slice(id.length - length) : id.slice(0, length));
      if (isList(list)) for (const index of list) into.push(index);
    }
  };
  const anywhere = isList(data.anywhere) ? data.anywhere : [];

  return {
    match(projectId) {
      const id = projectId.toLowerCase();
      const exact = own(data.exact, id);
      let best = typeof exact === 'number' && usable(rules[exact]) ? exact : Infinity;
      const candidates: number[] = [];
      collect(data.prefixes, data.prefixLengths, id, false, candidates);
      collect(data.suffixes, data.suffixLengths, id, true, candidates);
      candidates.sort((a, b) => a - b);
      // Two sorted lists: the few indexed candidates, and the rules that can match anywhere.
      let i = 0;
      let j = 0;
      while (i < candidates.length || j < anywhere.length) {
        const next = j >= anywhere.length || (i < candidates.length && candidates[i]! < anywhere[j]!) ? candidates[i++]! : anywhere[j++]!;
        if (next >= best) break;
        if (testOf(next)(id)) {
          best = next;
          break;
        }
      }
      return best === Infinity ? null : { rule: rules[best]!, index: best };
    },
  };
}

/**
 * Indexes checked rules. Exact IDs go in a map; other patterns by their
 * literal prefix (or, failing that, suffix), so a lookup only tries the few
 * rules that could match, in their original order.
 */
export function indexRules(rules: readonly Rule[], exclude?: ReadonlySet<number>, console: ConsoleId = DEFAULT_CONSOLE): RuleIndex {
  return indexFromData(rules, ruleIndexData(rules, exclude, console), console);
}
