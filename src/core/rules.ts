/**
 * Rules map a project ID to an environment name. Pure: no browser globals.
 *
 * Rules are ordered and the first match wins. A pattern always matches the
 * WHOLE project ID: a rule for `prod` never matches `nonprod-x`. Matching is
 * case-insensitive (project IDs are lowercase; hand-typed patterns may not be).
 */
import { checkGlobSafety, checkRegexSafety } from './policy/regex-safety';

export const PATTERN_KINDS = ['exact', 'glob', 'regex'] as const;

export type PatternKind = (typeof PATTERN_KINDS)[number];

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

/** A character trie of literal affixes; `collect` gathers every entry whose key is a prefix of the text. */
class AffixTrie {
  private readonly root: TrieNode = { children: new Map(), entries: [] };

  add(key: string, entry: CompiledPattern): void {
    let node = this.root;
    for (const char of key) {
      let child = node.children.get(char);
      if (!child) node.children.set(char, (child = { children: new Map(), entries: [] }));
      node = child;
    }
    node.entries.push(entry);
  }

  /** Entries whose key is a prefix of `text` (read backwards when `reverse`, for suffixes). */
  collect(text: string, reverse: boolean, into: CompiledPattern[]): void {
    let node: TrieNode | undefined = this.root;
    for (let i = 0; node; i++) {
      for (const entry of node.entries) into.push(entry);
      if (i >= text.length) break;
      node = node.children.get(text.charAt(reverse ? text.length - 1 - i : i));
    }
  }
}

interface TrieNode {
  children: Map<string, TrieNode>;
  entries: CompiledPattern[];
}

/**
 * Compiles rules once. Exact IDs go in a map; other patterns are indexed by
 * their literal prefix (or, failing that, suffix) in a trie, so a lookup only
 * tries the few rules that could match, in their original order. Patterns
 * with neither (`*prod*`) are tried for every ID.
 */
export function compileRules(rules: readonly Rule[]): CompiledRules {
  const problems: RuleProblem[] = [];
  const exact = new Map<string, number>();
  const byPrefix = new AffixTrie();
  const bySuffix = new AffixTrie();
  const anywhere: CompiledPattern[] = [];

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
    const { prefix, suffix } = literalAffixes(rule.kind, rule.pattern);
    if (prefix) byPrefix.add(prefix, compiled);
    else if (suffix) bySuffix.add([...suffix].reverse().join(''), compiled);
    else anywhere.push(compiled);
  });

  return {
    problems,
    match(projectId) {
      const id = projectId.toLowerCase();
      let best = exact.get(id) ?? Infinity;
      const candidates: CompiledPattern[] = [];
      byPrefix.collect(id, false, candidates);
      bySuffix.collect(id, true, candidates);
      candidates.sort((a, b) => a.index - b.index);
      // Two sorted lists: the few indexed candidates, and the rules that can match anywhere.
      let i = 0;
      let j = 0;
      while (i < candidates.length || j < anywhere.length) {
        const next = j >= anywhere.length || (i < candidates.length && candidates[i]!.index < anywhere[j]!.index) ? candidates[i++]! : anywhere[j++]!;
        if (next.index >= best) break;
        if (next.test(id)) {
          best = next.index;
          break;
        }
      }
      return best === Infinity ? null : { rule: rules[best]!, index: best };
    },
  };
}
