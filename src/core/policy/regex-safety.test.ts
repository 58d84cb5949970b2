import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../environments';
import { compilePattern, compileRules } from '../rules';
import { MAX_GLOB_STARS, MAX_PATTERN_LENGTH, checkGlobSafety, checkRegexSafety } from './regex-safety';

const HOSTILE_INPUT = `${'a'.repeat(34)}!`;

/** The fastest of a few runs, so a scheduler hiccup on a busy machine is not blamed on the pattern. */
function fastestMs(run: () => void, times = 3): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('checkRegexSafety accepts', () => {
  it.each(DEFAULT_RULES.map((rule) => rule.pattern))('the built-in default %s', (pattern) => {
    expect(checkRegexSafety(pattern)).toBeNull();
    expect(() => compilePattern('regex', pattern)).not.toThrow();
  });

  it('the built-in rules all compile without problems', () => {
    expect(compileRules(DEFAULT_RULES).problems).toEqual([]);
  });

  it.each([
    '.*-prod',
    'acme-(eu|us)-[0-9]+',
    '(?:.*[-:])?(?:prod|prd|production|live)(?:-.*)?',
    '[a-z][a-z0-9-]{4,28}[a-z0-9]',
    'team-\\d+-(?:prod|stg)',
    'acme-(?:eu|us|ap)-(?:prod|stg)-[0-9]{1,3}',
    // Lookarounds are fine.
    '(?=.*prod).*',
    '(?!test-).*-prod',
    '(?<=acme-)prod|acme-prod',
    '(?<!non)prod',
    // Loops whose next character settles them, however many.
    '[a-z]+-[a-z]+-[a-z]+-[0-9]+-[a-z]+',
    '(?:[a-z]{2}-)+x',
    '(?:ab){3}',
    '(?:a|b)*c',
    '(?:\\w|-)+',
    '(?:[a-z]|-)+',
    // Escaped brackets and classes do not open groups.
    '\\(a+\\)+',
    '[(]a+[)]+',
    '[\\]a]+x',
    '(?:[|a]|b)+',
    'x\\|y+',
    // Annex B literals.
    'a{2}{',
    'x{',
    'a}',
    '(?<name>prod|stg)-\\d+',
    'a'.repeat(MAX_PATTERN_LENGTH),
  ])('%s', (pattern) => {
    expect(checkRegexSafety(pattern)).toBeNull();
    expect(() => compilePattern('regex', pattern)).not.toThrow();
  });
});

describe('checkRegexSafety refuses', () => {
  it.each([
    '(a+)+',
    '(a+)+$',
    '(a*)*',
    '(.*)*',
    '(\\w+\\s?)+',
    '(?:a|b+)*',
    '(?:a{1,3})+',
    '((ab)*c)+',
    '(?:[a-z]+-){3}',
    '(?:x(?:y|z)?)+',
    '(?=a+)+',
    '^(([a-z])+.)+[A-Z]([a-z])+$',
  ])('nested quantifiers: %s', (pattern) => {
    expect(checkRegexSafety(pattern)).toBe('nested quantifier');
  });

  it.each([
    '(a|a)*',
    '(a|ab)*',
    '(.|a)+',
    '(\\w|\\d)+',
    '(?:a|A)+', // matching ignores case
    '(?:[a-c]|b){2,}',
    '(?:x|)*', // an empty branch overlaps anything
    '(?:[^a]|b)+',
    '(?:é|è)+', // non-ASCII counts as overlapping
    '(?:[|b]|b)+',
    '(?:ab|ac)*', // harmless, but refused: overlap is judged on first characters
    '(?:(?:x|xy)z)+',
  ])('quantified overlapping alternations: %s', (pattern) => {
    expect(checkRegexSafety(pattern)).toBe('quantified alternation with overlapping branches');
  });

  it.each(['(a)\\1', '(?<x>a)\\k<x>', '\\1', 'a(b)c\\9'])('backreferences: %s', (pattern) => {
    expect(checkRegexSafety(pattern)).toBe('backreference');
  });

  it('patterns over 500 characters', () => {
    expect(checkRegexSafety('a'.repeat(MAX_PATTERN_LENGTH + 1))).toBe('longer than 500 characters');
  });

  it.each([
    'a?'.repeat(16) + 'a'.repeat(16),
    '(?:a|a)'.repeat(16),
    '.*a.*a.*a.*a.*b',
    'a*a*a*a*a?a?b',
    '\\w{0,63}\\w{0,63}\\w{0,63}x',
  ])('too much ambiguity even without nesting: %s', (pattern) => {
    expect(checkRegexSafety(pattern)).toMatch(/^too ambiguous: about [\d,.e]+ ways to match a 64-character ID/);
  });
});

describe('compilePattern refuses unsafe regexes before they ever run', () => {
  it('throws "unsafe regular expression: <reason>" fast', () => {
    for (const pattern of ['(a+)+$', '(a|a)*', '(x)\\1', '.*a.*a.*a.*a.*b']) {
      let error: unknown;
      const elapsed = fastestMs(() => {
        try {
          compilePattern('regex', pattern);
        } catch (caught) {
          error = caught;
        }
      }, 1);
      expect((error as Error).message).toBe(`unsafe regular expression: ${checkRegexSafety(pattern)}`);
      expect(elapsed).toBeLessThan(50);
    }
  });

  it('reports a syntax error before safety', () => {
    expect(() => compilePattern('regex', '(a+)+(')).toThrow(/^invalid regular expression: /);
  });

  it('compileRules lists unsafe rules as problems and never matches them', () => {
    const compiled = compileRules([
      { kind: 'regex', pattern: '(a+)+$', environment: 'production' },
      { kind: 'glob', pattern: 'a*', environment: 'staging' },
    ]);
    expect(compiled.problems).toEqual([{ index: 0, message: 'unsafe regular expression: nested quantifier' }]);
    expect(compiled.match(HOSTILE_INPUT)?.index).toBe(1);
  });

  it('globs have a limit on * (each is an unbounded loop)', () => {
    expect(MAX_GLOB_STARS).toBe(4);
    expect(checkGlobSafety('*-*-*-*')).toBeNull();
    expect(checkGlobSafety('*a*a*a*a*b')).toBe('too many * wildcards (5; at most 4)');
    expect(checkGlobSafety('x'.repeat(501))).toBe('longer than 500 characters');
    expect(() => compilePattern('glob', '*a*a*a*a*b')).toThrow('unsafe glob: too many * wildcards (5; at most 4)');
    expect(compilePattern('glob', '*a*a*a*b')(HOSTILE_INPUT)).toBe(false);
  });
});

describe('every accepted pattern matches a hostile ID quickly', () => {
  // Patterns that look dangerous; some are refused, the rest must be fast.
  const HOSTILE_LOOKING = [
    '(a+)+$', '(a*)*b', '(a|a)*b', '(a|ab)*c', '(.*a){12}', '(?:a+){2}b', 'a*a*a*a*b', 'a?a?a?a?a?aaaaa',
    'a?'.repeat(15) + 'a'.repeat(15), 'a?'.repeat(16) + 'a'.repeat(16), '(?:a|a)'.repeat(15), '(?:a|a)'.repeat(20),
    '.*a.*a.*a.*b', '.*a.*a.*a.*a.*b', '\\w+\\w+\\w+b', '[a-z]+[a-z0-9]+[a-z]+!x', '(?:\\w|-)+!x', '(?:a|b)*c',
    '\\w{0,30}\\w{0,30}x', '(?=(a+)+b)', '(?!a*a*a*b).*x', '.*.*.*.*b', '(?:.*[-:])?(?:prod|prd|production|live)(?:-.*)?',
  ];

  it('(and the list is not vacuous)', () => {
    const accepted = HOSTILE_LOOKING.filter((pattern) => checkRegexSafety(pattern) === null);
    expect(accepted.length).toBeGreaterThan(8);
    expect(accepted.length).toBeLessThan(HOSTILE_LOOKING.length - 5);
  });

  it.each(HOSTILE_LOOKING)('%s', (pattern) => {
    let test: (id: string) => boolean;
    try {
      test = compilePattern('regex', pattern);
    } catch (error) {
      expect((error as Error).message).toMatch(/^unsafe regular expression: /);
      return;
    }
    expect(fastestMs(() => test(HOSTILE_INPUT))).toBeLessThan(50);
    expect(fastestMs(() => test(`${'a'.repeat(64)}!`))).toBeLessThan(50);
  });

  it('and so does every accepted pattern from random hostile tokens', () => {
    // mulberry32: deterministic, so a failure names a reproducible pattern.
    let seed = 42;
    const random = () => {
      seed = (seed + 0x6d2b79f5) >>> 0;
      let t = seed;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const TOKENS = ['a', 'a', 'a?', 'a*', 'a+', '(', ')', '|', '(?:', '.*', '.+', '[ab]', '\\w', '{0,3}', '{2,}', '?', '*', '+', 'b', '-', '(a|a)', '(a|ab)', '!'];
    const inputs = [HOSTILE_INPUT, `${'a'.repeat(64)}!`, `${'ab'.repeat(30)}!`, `${'-'.repeat(60)}!`];
    let accepted = 0;
    let refused = 0;
    for (let n = 0; n < 3000; n++) {
      let pattern = '';
      const length = 1 + Math.floor(random() * 12);
      for (let i = 0; i < length; i++) pattern += TOKENS[Math.floor(random() * TOKENS.length)];
      let test: (id: string) => boolean;
      try {
        test = compilePattern('regex', pattern);
      } catch (error) {
        if ((error as Error).message.startsWith('unsafe')) refused++;
        continue;
      }
      accepted++;
      for (const input of inputs) {
        const elapsed = fastestMs(() => test(input));
        if (elapsed >= 50) throw new Error(`${JSON.stringify(pattern)} took ${elapsed.toFixed(1)} ms on ${JSON.stringify(input)}`);
      }
    }
    expect(accepted).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(30);
  });
});
