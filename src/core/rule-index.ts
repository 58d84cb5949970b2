/**
 * Matching project IDs against rules that were already checked, in every
 * context (content script, background, options page). Pure: no browser
 * globals.
 *
 * Rules are ordered and the first match wins. A pattern always matches the
 * WHOLE project ID: a rule for `prod` never matches `nonprod-x`. Matching is
 * case-insensitive (project IDs are lowercase; hand-typed patterns may not be).
 *
 * Patterns are trusted here: whoever read the policy checked them
 * (core/rules.ts, through core/policy/parse). So indexRules does no checking
 * and compiles each pattern only the first time an ID could match it: a tab
 * with a 5,000-rule policy is ready in well under a millisecond instead of
 * building thousands of regular expressions it may never use. A pattern that
 * does not compile never matches.
 */

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
 * The test for one pattern, for an already lowercased ID. Throws a readable
 * message for a regex that does not compile (or would escape its anchors) and
 * for an unknown kind; it does not judge whether a regex is safe to run.
 */
export function patternTest(kind: PatternKind, pattern: string): (lowercaseId: string) => boolean {
  switch (kind) {
    case 'exact': {
      const wanted = pattern.toLowerCase();
      return (id) => id === wanted;
    }
    case 'glob': {
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
      return (id) => regex.test(id);
    }
    default:
      throw new Error(`unknown pattern kind "${String(kind)}"`);
  }
}

/**
 * The literal text every match must start with (`prefix`) or end with
 * (`suffix`), lower-cased; '' when there is none. Large rule sets are indexed
 * by it, so a lookup only tries the rules that could possibly match.
 */
export function literalAffixes(kind: PatternKind, pattern: string): { prefix: string; suffix: string } {
  const lower = pattern.toLowerCase();
  if (kind === 'exact') return { prefix: lower, suffix: lower };
  if (kind === 'glob') {
    const parts = lower.split(/[*?]/);
    return { prefix: parts[0] ?? '', suffix: parts.length > 1 ? (parts[parts.length - 1] ?? '') : lower };
  }
  // Regex: only plain letters, digits and hyphens count, and none at all when
  // a top-level `|` means the pattern has more than one way to start or end.
  if (hasTopLevelAlternation(pattern)) return { prefix: '', suffix: '' };
  let prefix = /^[a-z0-9-]*/i.exec(pattern)![0];
  // `ab?c`: the `b` is optional, so only `a` is certain.
  if (/^[?*+{]/.test(pattern.slice(prefix.length))) prefix = prefix.slice(0, -1);
  let suffix = /[a-z0-9-]*$/i.exec(pattern)![0];
  const before = pattern.slice(0, pattern.length - suffix.length);
  // Right after a backslash the run may be part of an escape (`\d`, `\u0041`): claim nothing.
  if (before.endsWith('\\')) suffix = '';
  return { prefix: prefix.toLowerCase(), suffix: suffix.toLowerCase() };
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

const NEVER = (): boolean => false;

/** One glob or regex rule, compiled the first time an ID could match it. */
class LazyPattern {
  private test: ((id: string) => boolean) | null = null;

  constructor(
    readonly index: number,
    private readonly rule: Rule,
  ) {}

  matches(id: string): boolean {
    if (!this.test) {
      try {
        this.test = patternTest(this.rule.kind, this.rule.pattern);
      } catch {
        this.test = NEVER;
      }
    }
    return this.test(id);
  }
}

/**
 * Patterns by a literal affix (the whole prefix or suffix string), with the
 * lengths in use: a lookup tries one slice of the ID per length. Cheaper to
 * build than a character trie, which matters more here than the lookup.
 */
class AffixMap {
  private readonly byAffix = new Map<string, LazyPattern[]>();
  private lengths: number[] = [];

  add(affix: string, pattern: LazyPattern): void {
    const list = this.byAffix.get(affix);
    if (list) list.push(pattern);
    else {
      this.byAffix.set(affix, [pattern]);
      if (!this.lengths.includes(affix.length)) this.lengths.push(affix.length);
    }
  }

  /** Patterns whose affix starts (or, with `fromEnd`, ends) `id`. */
  collect(id: string, fromEnd: boolean, into: LazyPattern[]): void {
    for (const length of this.lengths) {
      if (length > id.length) continue;
      const list = this.byAffix.get(fromEnd ? id.slice(id.length - length) : id.slice(0, length));
      if (list) for (const pattern of list) into.push(pattern);
    }
  }
}

/**
 * Indexes checked rules. Exact IDs go in a map; other patterns by their
 * literal prefix (or, failing that, suffix), so a lookup only tries the few
 * rules that could match, in their original order. Patterns with neither
 * (`*prod*`) are tried for every ID. `exclude`: indexes of rules that must
 * never match (ones a caller refused).
 */
export function indexRules(rules: readonly Rule[], exclude?: ReadonlySet<number>): RuleIndex {
  const exact = new Map<string, number>();
  const byPrefix = new AffixMap();
  const bySuffix = new AffixMap();
  const anywhere: LazyPattern[] = [];

  for (let index = 0; index < rules.length; index++) {
    if (exclude?.has(index)) continue;
    const rule = rules[index]!;
    if (rule.kind === 'exact') {
      const key = rule.pattern.toLowerCase();
      if (!exact.has(key)) exact.set(key, index);
      continue;
    }
    const pattern = new LazyPattern(index, rule);
    const { prefix, suffix } = literalAffixes(rule.kind, rule.pattern);
    if (prefix) byPrefix.add(prefix, pattern);
    else if (suffix) bySuffix.add(suffix, pattern);
    else anywhere.push(pattern);
  }

  return {
    match(projectId) {
      const id = projectId.toLowerCase();
      let best = exact.get(id) ?? Infinity;
      const candidates: LazyPattern[] = [];
      byPrefix.collect(id, false, candidates);
      bySuffix.collect(id, true, candidates);
      candidates.sort((a, b) => a.index - b.index);
      // Two sorted lists: the few indexed candidates, and the rules that can match anywhere.
      let i = 0;
      let j = 0;
      while (i < candidates.length || j < anywhere.length) {
        const next = j >= anywhere.length || (i < candidates.length && candidates[i]!.index < anywhere[j]!.index) ? candidates[i++]! : anywhere[j++]!;
        if (next.index >= best) break;
        if (next.matches(id)) {
          best = next.index;
          break;
        }
      }
      return best === Infinity ? null : { rule: rules[best]!, index: best };
    },
  };
}
