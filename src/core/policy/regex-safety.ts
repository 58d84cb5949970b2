/**
 * Refuses regular expressions (and globs) that could make matching a project
 * ID take seconds or hours. Policy files are written by people, shared by a
 * team and deployed to every member's browser, and JavaScript engines match
 * regexes by backtracking (V8's irregexp, SpiderMonkey's copy of it): one
 * careless `(\w+-?)+` in a team policy would freeze every console tab that
 * checks an ID against it. Pure: no browser globals.
 *
 * How: a small parser turns the pattern into a tree (characters and classes
 * as sets of ASCII characters plus "something non-ASCII", groups with their
 * alternatives, quantifiers as {min, max}), then five checks:
 *
 *  1. Length: at most MAX_PATTERN_LENGTH characters.
 *  2. Backreferences (`\1`, `\k<name>`) are refused outright: matching them is
 *     NP-hard in general and no policy needs one. (Without a group of that
 *     number, `\1` is a legacy octal escape; it is refused all the same.)
 *  3. Star height: a repeating quantifier (max > 1: `*`, `+`, `{2,}`, `{3}`)
 *     over anything that itself contains a variable quantifier (max > min:
 *     `a+`, `a?`, `a{1,3}`) is a "nested quantifier" — `(a+)+`, `(\w+\s?)+`,
 *     `(?:a|b+)*`, `(?:[a-z]+-){3}`. A repeat of a fixed-width body
 *     (`(?:ab){3}`, `(?:[a-z]{2}-)+`) is fine.
 *  4. Overlap: a repeating quantifier over an alternation whose branches can
 *     start with the same character — `(a|a)*`, `(a|ab)*`, `(.|a)+`,
 *     `(\w|\d)+` — is a "quantified alternation with overlapping branches".
 *     A branch that can match the empty string overlaps everything.
 *  5. Budget: even with star height 1, ambiguity multiplies. `a?a?…a?aaa…`
 *     and `(?:a|a)(?:a|a)…` are exponential in the number of copies, and
 *     `.*a.*a.*a.*a.*b` is polynomial with the number of `.*` as the degree.
 *     We estimate the ways the pattern could split an ID of ASSUMED_ID_LENGTH
 *     characters: each ambiguous `?` doubles, `{m,n}` multiplies by n-m+1,
 *     an alternation whose branches overlap adds up its branches' ways
 *     (disjoint branches count as the largest), and d ambiguous unbounded
 *     loops share the ID (C(L+d, d) ways). A quantifier is ambiguous only
 *     when its body can start like what follows it: in `[a-z]+-[0-9]+` the
 *     next character settles every choice, so it counts for nothing. The
 *     bounded choices alone may not exceed MAX_CHOICES, the whole estimate
 *     not MAX_BACKTRACKING_ESTIMATE. Measured in V8, the worst accepted
 *     patterns take under 10 ms on a 64-character ID.
 *
 * Limits (it is a heuristic, not a proof):
 *  - It is conservative: overlap is judged on first characters only, so the
 *    harmless `(ab|ac)*` is refused, and so is every nested quantifier,
 *    even unambiguous ones like `(?:[a-z]+-){3}` (write `[a-z]+-[a-z]+-[a-z]+-`).
 *    Case-insensitive matching is assumed (as compilePattern does), and any
 *    non-ASCII character counts as overlapping any other.
 *  - Checks 3 and 4 do not look at what follows the loop (`(?:[a-z]+-)+` is
 *    refused although `-` settles each iteration), and inside a lookaround
 *    anything is assumed to follow.
 *  - The budget assumes IDs of about ASSUMED_ID_LENGTH characters. Polynomial
 *    patterns (`.*-.*-.*-x`) stay polynomial: fed a 2,000-character "ID",
 *    even an accepted pattern can take seconds. Callers should not match
 *    arbitrarily long strings (real project IDs are at most 30 characters,
 *    plus a `domain:` prefix for legacy domain-scoped projects).
 *  - It expects a pattern that already compiles (`new RegExp(p, 'i')`, no `u`
 *    flag, so Annex B syntax such as a literal `{` or `]`); on anything else
 *    it never throws but its verdict means little. compilePattern checks the
 *    syntax first.
 */

export const MAX_PATTERN_LENGTH = 500;
/** The ID length the backtracking estimate assumes: the longest plain project ID is 30; domain-scoped ones are longer. */
export const ASSUMED_ID_LENGTH = 64;
/**
 * The largest accepted estimate of ways a pattern can split an ID of
 * ASSUMED_ID_LENGTH characters, and the largest accepted product of the
 * bounded choices alone (`?`, `{m,n}`, overlapping alternatives). Two limits
 * because the estimate for unbounded loops is loose (V8 prunes many of those
 * splits: 5 `.*` on 64 characters, 11 million "ways", take about 20 ms)
 * while the bounded one is tight (2^19 `a?` choices take about 80 ms).
 */
export const MAX_BACKTRACKING_ESTIMATE = 1_000_000;
export const MAX_CHOICES = 2 ** 15;

/** A set of characters: ASCII as four 32-bit words, plus one flag for everything beyond. Never mutated once built. */
interface CharSet {
  readonly w0: number;
  readonly w1: number;
  readonly w2: number;
  readonly w3: number;
  readonly other: boolean;
}

type Atom =
  | { type: 'chars'; set: CharSet }
  /** `^`, `$`, `\b`, `\B`: zero-width. */
  | { type: 'assertion' }
  | { type: 'group'; alternatives: Term[][]; lookaround: boolean };

interface Term {
  atom: Atom;
  min: number;
  max: number;
  /** Cache for firstOfTerm. */
  first?: { set: CharSet; nullable: boolean };
}

class Unsafe extends Error {}

// ---------------------------------------------------------------- char sets

const charSet = (w0: number, w1: number, w2: number, w3: number, other: boolean): CharSet => ({ w0, w1, w2, w3, other });

const EMPTY: CharSet = charSet(0, 0, 0, 0, false);

/** Builds a set; `from`..`to` inclusive, any code points. */
function rangeSet(from: number, to: number): CharSet {
  const words = [0, 0, 0, 0];
  for (let code = from; code <= Math.min(to, 127); code++) words[code >> 5]! |= 1 << (code & 31);
  return charSet(words[0]!, words[1]!, words[2]!, words[3]!, to >= 128);
}

const single = (code: number): CharSet => rangeSet(code, code);

function union(a: CharSet, b: CharSet): CharSet {
  if (a === b || b === EMPTY) return a;
  if (a === EMPTY) return b;
  return charSet(a.w0 | b.w0, a.w1 | b.w1, a.w2 | b.w2, a.w3 | b.w3, a.other || b.other);
}

function complement(set: CharSet): CharSet {
  // Outside ASCII a complement almost always still contains something.
  return charSet(~set.w0, ~set.w1, ~set.w2, ~set.w3, true);
}

function overlaps(a: CharSet, b: CharSet): boolean {
  return (a.other && b.other) || (a.w0 & b.w0) !== 0 || (a.w1 & b.w1) !== 0 || (a.w2 & b.w2) !== 0 || (a.w3 & b.w3) !== 0;
}

/** The `i` flag: a letter stands for both its cases. Letters sit in bits 1-26 of words 2 (A-Z) and 3 (a-z). */
function foldCase(set: CharSet): CharSet {
  const LETTERS = 0x7fffffe;
  const letters = (set.w2 | set.w3) & LETTERS;
  if ((set.w2 & LETTERS) === letters && (set.w3 & LETTERS) === letters) return set;
  return charSet(set.w0, set.w1, set.w2 | letters, set.w3 | letters, set.other);
}

/** One character, case-folded, without allocating: most of a pattern is literal characters. */
const FOLDED_ASCII: readonly CharSet[] = Array.from({ length: 128 }, (_, code) => foldCase(single(code)));
const NON_ASCII: CharSet = charSet(0, 0, 0, 0, true);
const literal = (code: number): CharSet => (code < 128 ? FOLDED_ASCII[code]! : NON_ASCII);

const DIGITS = rangeSet(48, 57);
const WORD = [rangeSet(65, 90), rangeSet(97, 122), single(95)].reduce(union, DIGITS);
// \s also matches \u00a0, \u2028, \ufeff, ...
const SPACE = union(union(rangeSet(9, 13), single(32)), NON_ASCII);
const DOT = complement(union(single(10), single(13)));

// ---------------------------------------------------------------- parser

const SIMPLE_ESCAPES: Readonly<Record<string, number>> = { n: 10, r: 13, t: 9, v: 11, f: 12, '0': 0 };
/** After `(?`: non-capturing `:`, modifiers `i:`/`-i:`, lookarounds `=`, `!`, `<=`, `<!`, named `<name>`. */
const GROUP_OPENER = /[=!]|<[=!]|<[^>]*>|[a-z-]*:/iy;
const LOOKAROUND = /^(?:[=!]|<[=!])$/;
const BRACES = /\{(\d+)(,(\d*))?\}/y;
const HEX2 = /[0-9a-f]{2}/iy;
const HEX4 = /[0-9a-f]{4}/iy;

interface Bounds {
  readonly min: number;
  readonly max: number;
}
const ONCE: Bounds = { min: 1, max: 1 };
const STAR: Bounds = { min: 0, max: Infinity };
const PLUS: Bounds = { min: 1, max: Infinity };
const OPTIONAL: Bounds = { min: 0, max: 1 };

/** Runs a sticky regex at `index`; the match or null. */
function stickyAt(regex: RegExp, source: string, index: number): RegExpExecArray | null {
  regex.lastIndex = index;
  return regex.exec(source);
}

class Parser {
  private i = 0;
  constructor(private readonly source: string) {}

  parse(): Term[][] {
    const alternatives = this.alternatives();
    // A stray `)` cannot happen in a pattern that compiles; treat the rest as more of the pattern.
    while (this.i < this.source.length) {
      this.i++;
      alternatives.push(...this.alternatives());
    }
    return alternatives;
  }

  private peek(offset = 0): string {
    return this.source.charAt(this.i + offset);
  }

  private alternatives(): Term[][] {
    const alternatives: Term[][] = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      alternatives.push(this.sequence());
    }
    return alternatives;
  }

  private sequence(): Term[] {
    const terms: Term[] = [];
    while (this.i < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      const { min, max } = this.quantifier() ?? ONCE;
      terms.push({ atom, min, max });
    }
    return terms;
  }

  private atom(): Atom {
    const char = this.source.charAt(this.i++);
    switch (char) {
      case '^':
      case '$':
        return { type: 'assertion' };
      case '.':
        return { type: 'chars', set: DOT };
      case '[':
        return { type: 'chars', set: foldCase(this.characterClass()) };
      case '(':
        return this.group();
      case '\\':
        return this.escape();
      default:
        return { type: 'chars', set: literal(char.charCodeAt(0)) };
    }
  }

  private group(): Atom {
    let lookaround = false;
    if (this.peek() === '?') {
      const opener = stickyAt(GROUP_OPENER, this.source, this.i + 1)?.[0] ?? '';
      lookaround = LOOKAROUND.test(opener);
      this.i += 1 + opener.length;
    }
    const alternatives = this.alternatives();
    if (this.peek() === ')') this.i++;
    return { type: 'group', alternatives, lookaround };
  }

  /** After `\` outside a class. */
  private escape(): Atom {
    const char = this.source.charAt(this.i);
    if (char === 'b' || char === 'B') {
      this.i++;
      return { type: 'assertion' };
    }
    if (/[1-9]/.test(char)) throw new Unsafe('backreference');
    if (char === 'k' && this.peek(1) === '<') throw new Unsafe('backreference');
    return { type: 'chars', set: foldCase(this.escapedSet()) };
  }

  /** The characters an escape stands for, after its `\`, inside or outside a class. */
  private escapedSet(): CharSet {
    const char = this.source.charAt(this.i++);
    switch (char) {
      case 'd':
        return DIGITS;
      case 'D':
        return complement(DIGITS);
      case 'w':
        return WORD;
      case 'W':
        return complement(WORD);
      case 's':
        return SPACE;
      case 'S':
        return complement(SPACE);
      default:
        return literal(this.escapedCode(char));
    }
  }

  /** The single character a non-class escape stands for; `char` is the one after `\`, already consumed. */
  private escapedCode(char: string): number {
    const simple = SIMPLE_ESCAPES[char];
    if (simple !== undefined) return simple;
    const hex = char === 'x' ? stickyAt(HEX2, this.source, this.i) : char === 'u' ? stickyAt(HEX4, this.source, this.i) : null;
    if (hex) {
      this.i += hex[0].length;
      return parseInt(hex[0], 16);
    }
    if (char === 'c' && /^[a-z]$/i.test(this.peek())) return this.source.charCodeAt(this.i++) % 32;
    return char.charCodeAt(0); // identity escape (and `\x`, `\u`, `\c` without digits: the letter itself)
  }

  /** After `[`. */
  private characterClass(): CharSet {
    const negated = this.peek() === '^';
    if (negated) this.i++;
    let set = EMPTY;
    while (this.i < this.source.length && this.peek() !== ']') {
      const from = this.classAtom();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '' && typeof from === 'number') {
        const save = this.i;
        this.i++;
        const to = this.classAtom();
        if (typeof to === 'number') {
          set = union(set, rangeSet(from, to));
          continue;
        }
        // `[a-\d]` (Annex B): a, -, and the digits.
        this.i = save;
      }
      set = union(set, typeof from === 'number' ? single(from) : from);
    }
    this.i++; // `]`
    return negated ? complement(set) : set;
  }

  /** One character (its code) or a class escape (a set) inside `[...]`. */
  private classAtom(): number | CharSet {
    const char = this.source.charAt(this.i++);
    if (char !== '\\') return char.charCodeAt(0);
    const next = this.peek();
    if (/[dDwWsS]/.test(next)) return this.escapedSet();
    this.i++;
    if (next === 'b') return 8; // backspace inside a class
    return this.escapedCode(next);
  }

  /** `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`, each optionally lazy; null when none follows. */
  private quantifier(): Bounds | null {
    let bounds: Bounds | null = null;
    const char = this.peek();
    if (char === '*') bounds = STAR;
    else if (char === '+') bounds = PLUS;
    else if (char === '?') bounds = OPTIONAL;
    else if (char === '{') {
      const braces = stickyAt(BRACES, this.source, this.i);
      if (!braces) return null; // Annex B: a `{` that is not a quantifier is a literal
      const min = Number(braces[1]);
      const max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
      this.i += braces[0].length - 1;
      bounds = { min, max };
    }
    if (!bounds) return null;
    this.i++;
    if (this.peek() === '?') this.i++; // lazy: same ambiguity
    return bounds;
  }
}

// ---------------------------------------------------------------- analysis

interface First {
  /** Characters a match can start with. */
  set: CharSet;
  /** Can match the empty string. */
  nullable: boolean;
}

/** Every character: what may follow inside a lookaround, where the pattern's own ending does not apply. */
const ANYTHING = complement(EMPTY);

function firstOfTerm(term: Term): First {
  if (!term.first) {
    const body = firstOfAtom(term.atom);
    term.first = { set: body.set, nullable: body.nullable || term.min === 0 };
  }
  return term.first;
}

function firstOfSequence(terms: readonly Term[]): First {
  let set = EMPTY;
  for (const term of terms) {
    const first = firstOfTerm(term);
    set = union(set, first.set);
    if (!first.nullable) return { set, nullable: false };
  }
  return { set, nullable: true };
}

function firstOfAtom(atom: Atom): First {
  switch (atom.type) {
    case 'chars':
      return { set: atom.set, nullable: false };
    case 'assertion':
      return { set: EMPTY, nullable: true };
    case 'group': {
      // A lookaround is zero-width: it neither consumes nor starts a match.
      if (atom.lookaround) return { set: EMPTY, nullable: true };
      let set = EMPTY;
      let nullable = false;
      for (const alternative of atom.alternatives) {
        const first = firstOfSequence(alternative);
        set = union(set, first.set);
        nullable ||= first.nullable;
      }
      return { set, nullable };
    }
  }
}

/** What the checks need to know about a piece of the tree, computed bottom-up in one pass. */
interface Summary {
  /** Contains a variable quantifier (max > min). */
  variable: boolean;
  /** Contains an alternation whose branches overlap. */
  overlapping: boolean;
  /** The ways to split, as `factor` (the bounded choices) times the ways `unbounded` loops can share the ID. */
  factor: number;
  unbounded: number;
}

/** C(L + d, d): the ways d unbounded loops can share L characters. */
function sharing(unbounded: number): number {
  let ways = 1;
  for (let k = 1; k <= unbounded; k++) ways = (ways * (ASSUMED_ID_LENGTH + k)) / k;
  return ways;
}

const estimate = (summary: Summary) => summary.factor * sharing(summary.unbounded);

const PLAIN: Summary = { variable: false, overlapping: false, factor: 1, unbounded: 0 };

/**
 * `follow`: the characters that can come right after this sequence (the end
 * of the ID is not a character, so at the top level nothing follows).
 */
function summarizeSequence(terms: readonly Term[], follow: CharSet): Summary {
  // What can follow each term: the next terms' first characters, through nullable ones.
  const follows: CharSet[] = new Array<CharSet>(terms.length);
  let next = follow;
  for (let i = terms.length - 1; i >= 0; i--) {
    follows[i] = next;
    const first = firstOfTerm(terms[i]!);
    next = first.nullable ? union(first.set, next) : first.set;
  }
  let variable = false;
  let overlapping = false;
  let factor = 1;
  let unbounded = 0;
  terms.forEach((term, i) => {
    const inner = summarizeTerm(term, follows[i]!);
    variable ||= inner.variable;
    overlapping ||= inner.overlapping;
    factor *= inner.factor;
    unbounded += inner.unbounded;
  });
  return { variable, overlapping, factor, unbounded };
}

function summarizeTerm(term: Term, follow: CharSet): Summary {
  const body = firstOfAtom(term.atom);
  // Inside a loop, the body may be followed by itself.
  const inner = summarizeAtom(term.atom, term.max > 1 ? union(body.set, follow) : follow);
  if (term.min === 1 && term.max === 1) return inner;
  if (term.max > 1) {
    // Checks 3 and 4: what a loop repeats must be unambiguous.
    if (inner.variable) throw new Unsafe('nested quantifier');
    if (inner.overlapping) throw new Unsafe('quantified alternation with overlapping branches');
  }
  const variable = term.max > term.min;
  // A choice that the next character settles (`[a-z]+-`, `a?b`: the body and what
  // follows cannot start alike) costs one failed step when backtracked, not a
  // multiplication: only ambiguous quantifiers count.
  const ambiguous = variable && (body.nullable || overlaps(body.set, follow));
  if (!ambiguous) return { ...inner, variable: inner.variable || variable };
  // Past checks 3 and 4 a repeated body has factor 1 and no loops, so repeats add no choices of their own.
  const range = term.max === Infinity ? 1 : Math.min(term.max - term.min + 1, ASSUMED_ID_LENGTH + 1);
  return {
    variable: true,
    overlapping: inner.overlapping,
    factor: inner.factor * range,
    unbounded: inner.unbounded + (term.max === Infinity ? 1 : 0),
  };
}

function summarizeAtom(atom: Atom, follow: CharSet): Summary {
  if (atom.type !== 'group') return PLAIN;
  const branches = atom.alternatives.map((alternative) => summarizeSequence(alternative, atom.lookaround ? ANYTHING : follow));
  if (branches.length === 1) return branches[0]!;
  const overlap = branchesOverlap(atom.alternatives.map(firstOfSequence));
  // Overlapping branches are all tried on the same input: their ways add up.
  // Disjoint ones: at most one gets past its first character; count the largest.
  let ways = 0;
  let unbounded = 0;
  for (const branch of branches) {
    ways = overlap ? ways + estimate(branch) : Math.max(ways, estimate(branch));
    unbounded = Math.max(unbounded, branch.unbounded);
  }
  return {
    variable: branches.some((branch) => branch.variable),
    overlapping: overlap || branches.some((branch) => branch.overlapping),
    factor: ways / sharing(unbounded),
    unbounded,
  };
}

/** Can two branches of an alternation begin the same match? A branch that can be empty overlaps anything. */
function branchesOverlap(branches: readonly First[]): boolean {
  if (branches.length < 2) return false;
  if (branches.some((branch) => branch.nullable)) return true;
  for (let a = 0; a < branches.length; a++) {
    for (let b = a + 1; b < branches.length; b++) if (overlaps(branches[a]!.set, branches[b]!.set)) return true;
  }
  return false;
}

/**
 * Null when `pattern` (a regex source, matched case-insensitively against a
 * whole project ID) is safe to run; otherwise a short reason, e.g.
 * `nested quantifier`.
 */
export function checkRegexSafety(pattern: string): string | null {
  let verdict = verdicts.get(pattern);
  if (verdict === undefined) {
    if (verdicts.size >= MAX_REMEMBERED) verdicts.clear();
    verdict = judge(pattern);
    verdicts.set(pattern, verdict);
  }
  return verdict;
}

/** Verdicts by pattern: rules are compiled again on every policy change and in every context. */
const verdicts = new Map<string, string | null>();
const MAX_REMEMBERED = 10_000;

function judge(pattern: string): string | null {
  if (pattern.length > MAX_PATTERN_LENGTH) return `longer than ${MAX_PATTERN_LENGTH} characters`;
  try {
    const tree = new Parser(pattern).parse();
    const whole = summarizeAtom({ type: 'group', alternatives: tree, lookaround: false }, EMPTY);
    const ways = estimate(whole);
    if (whole.factor > MAX_CHOICES || ways > MAX_BACKTRACKING_ESTIMATE) {
      return `too ambiguous: about ${formatWays(ways)} ways to match a ${ASSUMED_ID_LENGTH}-character ID; use fewer ?, *, + and {m,n}, or make alternatives start differently`;
    }
    return null;
  } catch (error) {
    if (error instanceof Unsafe) return error.message;
    throw error;
  }
}

/** The most `*` a glob may have: each is an unbounded loop, and they share the ID (see the budget above). */
export const MAX_GLOB_STARS = (() => {
  let stars = 0;
  while (sharing(stars + 1) <= MAX_BACKTRACKING_ESTIMATE) stars++;
  return stars;
})();

/** The same limits for a glob (`*` any run, `?` one character). */
export function checkGlobSafety(glob: string): string | null {
  if (glob.length > MAX_PATTERN_LENGTH) return `longer than ${MAX_PATTERN_LENGTH} characters`;
  let stars = 0;
  for (let i = glob.indexOf('*'); i !== -1; i = glob.indexOf('*', i + 1)) stars++;
  if (stars > MAX_GLOB_STARS) return `too many * wildcards (${stars}; at most ${MAX_GLOB_STARS})`;
  return null;
}

function formatWays(ways: number): string {
  if (!Number.isFinite(ways)) return 'infinitely many';
  if (ways < 1e9) return Math.round(ways).toLocaleString('en-US');
  return ways.toExponential(1).replace('e+', 'e');
}
