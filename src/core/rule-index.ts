/**
 * Matching project IDs against rules that were already checked, in every
 * context (content script, background, options page). Pure: no browser
 * globals.
 *
 * Rules are ordered and the first match wins. A pattern always matches the
 * WHOLE project ID: a rule for `prod` never matches `nonprod-x`. Matching is
 * case-insensitive (project IDs are lowercase; hand-typed patterns may not be).
 *
 * Globs and regexes run on RE2 (re2js): matching takes time linear in the
 * ID's length whatever the pattern, so no pattern can freeze a page, and
 * Node and both browsers accept exactly the same syntax. Whoever read the
 * policy checked the syntax (core/rules.ts, through core/policy/parse); each
 * pattern compiles only the first time an ID could match it, and one that
 * does not compile never matches. The index can be worked
 * out ahead (the background publishes it with the policy, ruleIndexData), so
 * a tab with a 5,000-rule policy starts matching without looking at every
 * rule or building thousands of regular expressions it may never use.
 *
 * Weight, measured by `npm run bench` (2026-12-02): re2js is 268 kB of the
 * content script's 570 kB unminified (the bundle is 135 kB gzip, 91 kB
 * gzip minified; 29 kB before re2js), and start-up at document_start went
 * from about 4 ms to about 8 ms in Chromium; the banner is still drawn
 * before first paint. The price of no pattern ever freezing a console tab;
 * a lighter linear-time engine, or loading it only for policies that have
 * glob or regex rules, would win most of it back.
 */

import { RE2JS } from 're2js';

export const PATTERN_KINDS = ['exact', 'glob', 'regex'] as const;

export type PatternKind = (typeof PATTERN_KINDS)[number];

export interface Rule {
  kind: PatternKind;
  pattern: string;
  /** Name of the environment this rule assigns. */
  environment: string;
}

export interface RuleMatch {
  rule: Rule;
  index: number;
}

export interface RuleIndex {
  match(projectId: string): RuleMatch | null;
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
 * Compiled patterns by flags and source, so that checking a policy, indexing
 * it and matching with it compile each pattern once (a compile costs tens of
 * microseconds; the options page checks every rule at each keystroke).
 * Bounded: one policy's worth of rules and then some.
 */
const compiled = new Map<string, RE2JS | Error>();
const MAX_CACHED = 12_000;

/** Compiles with RE2; a syntax error reads `invalid regular expression: <re2js's reason>`. */
function compileRe2(source: string, flags: number): RE2JS {
  const key = `${flags}:${source}`;
  let entry = compiled.get(key);
  if (!entry) {
    entry = compileUncached(source, flags);
    if (compiled.size >= MAX_CACHED) compiled.clear();
    compiled.set(key, entry);
  }
  if (entry instanceof Error) throw entry;
  return entry;
}

/**
 * Bounds on what a pattern may cost, since every ID a console URL can carry
 * is at most 127 characters (core/console-url): no repetition count above
 * that (`{200}` could never match), and a compiled program of at most
 * MAX_PROGRAM_SIZE instructions (RE2's own idea of a memory budget). Matching
 * is linear in the ID times the program, so both keep it to microseconds.
 */
export const MAX_REPEAT = 127;
export const MAX_PROGRAM_SIZE = 2000;

/** The first `{m}`, `{m,}` or `{m,n}` outside a character class with a bound above MAX_REPEAT. */
function oversizedRepeat(source: string): string | null {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '{') {
      const repeat = /^\{(\d+)(?:,(\d*))?\}/.exec(source.slice(i));
      if (repeat && Math.max(Number(repeat[1]), Number(repeat[2] || 0)) > MAX_REPEAT) return repeat[0];
    }
  }
  return null;
}

function compileUncached(source: string, flags: number): RE2JS | Error {
  const repeat = oversizedRepeat(source);
  if (repeat) return new Error(`invalid regular expression: repetition ${repeat} is longer than any project ID (at most ${MAX_REPEAT} characters); use * or + for "any number"`);
  try {
    const compiled = RE2JS.compile(source, flags);
    const size = compiled.programSize();
    if (size > MAX_PROGRAM_SIZE) return new Error(`invalid regular expression: too large once compiled (${size} steps; at most ${MAX_PROGRAM_SIZE}); repetitions multiply the pattern's size`);
    return compiled;
  } catch (error) {
    let message = error instanceof Error ? error.message : String(error);
    // With flags re2js quotes the pattern as `(?i)pattern`; without them it quotes what was written.
    try {
      RE2JS.compile(source);
    } catch (plain) {
      if (plain instanceof Error) message = plain.message;
    }
    return new Error(`invalid regular expression: ${message.replace(/^error parsing regexp: /, '')}`);
  }
}

/**
 * The test for one pattern, for an already lowercased ID: whole-ID and
 * case-insensitive (`matches` anchors at both ends, so no wrapper is spliced
 * around the pattern and `a)|(b` cannot close a group early). Throws a
 * readable message for a regex that does not compile and for an unknown kind.
 */
export function patternTest(kind: PatternKind, pattern: string): (lowercaseId: string) => boolean {
  switch (kind) {
    case 'exact': {
      const wanted = pattern.toLowerCase();
      return (id) => id === wanted;
    }
    case 'glob': {
      const regex = compileRe2(globToRegExpSource(pattern.toLowerCase()), RE2JS.DOTALL);
      return (id) => regex.matches(id);
    }
    case 'regex': {
      const regex = compileRe2(pattern, RE2JS.CASE_INSENSITIVE);
      return (id) => regex.matches(id);
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
}

/** Whether a value (perhaps read from storage) is a rule this module can use. */
function isUsable(rule: unknown): rule is Rule {
  const candidate = rule as Partial<Rule> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.pattern === 'string' && typeof candidate.environment === 'string' && PATTERN_KINDS.includes(candidate.kind!);
}

/**
 * Works out the index of `rules`. `exclude`: indexes of rules that must never
 * match (ones a caller refused); values that are not rules never match either.
 */
export function ruleIndexData(rules: readonly Rule[], exclude?: ReadonlySet<number>): RuleIndexData {
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
    if (exclude?.has(index) || !isUsable(rule)) return;
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

const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);
const isList = (value: unknown): value is number[] => Array.isArray(value);

const NEVER = (): boolean => false;

/**
 * Matches with an index worked out before, possibly elsewhere: `rules` and
 * `data` may come from storage, so each rule is checked only when it is
 * tried (one that is not a usable rule never matches) and patterns compile
 * the first time an ID could match them.
 */
export function indexFromData(rules: readonly Rule[], data: RuleIndexData): RuleIndex {
  // By rule number, filled in as rules are first tried.
  const tests: ((id: string) => boolean)[] = new Array(rules.length);
  const testOf = (index: number): ((id: string) => boolean) => {
    let test = tests[index];
    if (!test) {
      const rule: unknown = rules[index];
      try {
        test = isUsable(rule) && rule.kind !== 'exact' ? patternTest(rule.kind, rule.pattern) : NEVER;
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
      let best = typeof exact === 'number' && isUsable(rules[exact]) ? exact : Infinity;
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
export function indexRules(rules: readonly Rule[], exclude?: ReadonlySet<number>): RuleIndex {
  return indexFromData(rules, ruleIndexData(rules, exclude));
}
