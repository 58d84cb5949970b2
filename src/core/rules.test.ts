import { describe, expect, it } from 'vitest';
import { compilePattern, compileRules, literalAffixes, type PatternKind, type Rule } from './rules';

const rule = (kind: PatternKind, pattern: string, environment = 'production'): Rule => ({ kind, pattern, environment });

/** Index of the rule `compileRules(rules).match(id)` picks, or null. */
const matchIndex = (rules: readonly Rule[], id: string) => compileRules(rules).match(id)?.index ?? null;

describe('compilePattern', () => {
  it('exact matches the whole ID, ignoring case on both sides', () => {
    const test = compilePattern('exact', 'Acme-Prod');
    expect(test('acme-prod')).toBe(true);
    expect(test('ACME-PROD')).toBe(true);
    expect(test('acme-prod-1')).toBe(false);
    expect(test('x-acme-prod')).toBe(false);
  });

  it('glob matches the whole ID', () => {
    const test = compilePattern('glob', 'acme-*-prod');
    expect(test('acme-eu-prod')).toBe(true);
    expect(test('acme--prod')).toBe(true);
    expect(test('acme-eu-prod-2')).toBe(false);
    expect(test('x-acme-eu-prod')).toBe(false);
  });

  it('glob ? is exactly one character', () => {
    const test = compilePattern('glob', 'acme-?');
    expect(test('acme-1')).toBe(true);
    expect(test('acme-')).toBe(false);
    expect(test('acme-12')).toBe(false);
  });

  it('glob ignores case on both sides', () => {
    const test = compilePattern('glob', 'ACME-*');
    expect(test('acme-x')).toBe(true);
    expect(test('ACME-X')).toBe(true);
  });

  it('glob treats regex metacharacters literally', () => {
    expect(compilePattern('glob', 'acme.prod')('acme.prod')).toBe(true);
    expect(compilePattern('glob', 'acme.prod')('acmexprod')).toBe(false);
    expect(compilePattern('glob', 'a+')('aa')).toBe(false);
    expect(compilePattern('glob', 'a+')('a+')).toBe(true);
    expect(compilePattern('glob', 'a|b')('a')).toBe(false);
    expect(compilePattern('glob', '(x)')('(x)')).toBe(true);
    expect(compilePattern('glob', '[ab]')('a')).toBe(false);
  });

  it('regex is anchored at both ends', () => {
    const test = compilePattern('regex', 'prod');
    expect(test('prod')).toBe(true);
    expect(test('nonprod-x')).toBe(false);
    expect(test('prod-x')).toBe(false);
  });

  it('regex alternation applies to the whole ID, not to one end', () => {
    const test = compilePattern('regex', 'x|acme-prod');
    expect(test('acme-prod')).toBe(true);
    expect(test('x')).toBe(true);
    expect(test('xyz')).toBe(false);
    expect(test('my-acme-prod')).toBe(false);
  });

  it('regex is case-insensitive', () => {
    expect(compilePattern('regex', 'ACME-[a-z]+')('acme-prod')).toBe(true);
    expect(compilePattern('regex', 'acme-[a-z]+')('ACME-PROD')).toBe(true);
  });

  it('throws a readable error for an invalid regex', () => {
    expect(() => compilePattern('regex', '(unclosed')).toThrow(/^invalid regular expression: /);
    expect(() => compilePattern('regex', '*prod')).toThrow(/^invalid regular expression: /);
  });

  it('rejects a regex that would break out of the anchoring group', () => {
    // Spliced into `^(?:…)$` this would read `^(?:a)|(b)$`: anything starting with a or ending with b.
    expect(() => compilePattern('regex', 'a)|(b')).toThrow(/^invalid regular expression: /);
    expect(() => compilePattern('regex', 'prod)|(.*')).toThrow(/^invalid regular expression: /);
  });

  it('throws for an unknown kind', () => {
    expect(() => compilePattern('wildcard' as PatternKind, 'x')).toThrow('unknown pattern kind "wildcard"');
  });
});

describe('compileRules', () => {
  it('matches nothing with no rules', () => {
    expect(compileRules([]).match('acme-prod')).toBeNull();
    expect(compileRules([]).problems).toEqual([]);
  });

  it('returns the rule object and its index', () => {
    const rules = [rule('exact', 'a'), rule('glob', 'acme-*', 'staging')];
    const found = compileRules(rules).match('acme-x');
    expect(found).toEqual({ rule: rules[1], index: 1 });
    expect(found?.rule).toBe(rules[1]);
  });

  it('matches whole IDs only', () => {
    expect(matchIndex([rule('exact', 'prod')], 'nonprod-x')).toBeNull();
    expect(matchIndex([rule('regex', 'prod')], 'nonprod-x')).toBeNull();
    expect(matchIndex([rule('glob', 'prod')], 'nonprod-x')).toBeNull();
    expect(matchIndex([rule('glob', 'acme-*-prod')], 'acme-eu-prod')).toBe(0);
    expect(matchIndex([rule('glob', 'acme-*-prod')], 'acme-eu-prod-2')).toBeNull();
  });

  it('treats glob metacharacters literally', () => {
    expect(matchIndex([rule('glob', 'acme.prod')], 'acmexprod')).toBeNull();
    expect(matchIndex([rule('glob', 'acme.prod')], 'acme.prod')).toBe(0);
  });

  it('is case-insensitive for IDs and patterns of every kind', () => {
    expect(matchIndex([rule('exact', 'ACME-Prod')], 'acme-prod')).toBe(0);
    expect(matchIndex([rule('exact', 'acme-prod')], 'ACME-PROD')).toBe(0);
    expect(matchIndex([rule('glob', 'ACME-*')], 'acme-x')).toBe(0);
    expect(matchIndex([rule('glob', 'acme-*')], 'ACME-X')).toBe(0);
    expect(matchIndex([rule('regex', 'ACME-.*')], 'acme-x')).toBe(0);
    expect(matchIndex([rule('regex', 'acme-.*')], 'ACME-X')).toBe(0);
  });

  describe('first match wins by order, across kinds and first-character buckets', () => {
    it('an earlier catch-all regex beats a later exact rule', () => {
      expect(matchIndex([rule('regex', '.*-prod'), rule('exact', 'acme-prod')], 'acme-prod')).toBe(0);
    });

    it('an earlier exact rule beats a later regex', () => {
      expect(matchIndex([rule('exact', 'acme-prod'), rule('regex', '.*-prod')], 'acme-prod')).toBe(0);
    });

    it('an earlier glob beats a later exact rule', () => {
      expect(matchIndex([rule('glob', 'acme-*'), rule('exact', 'acme-prod')], 'acme-prod')).toBe(0);
    });

    it('an earlier bucketed glob beats a later regex starting with (', () => {
      expect(matchIndex([rule('glob', 'a*'), rule('regex', '(acme)-prod')], 'acme-prod')).toBe(0);
    });

    it('an earlier regex starting with ( beats a later bucketed glob', () => {
      expect(matchIndex([rule('regex', '(acme)-prod'), rule('glob', 'a*')], 'acme-prod')).toBe(0);
    });

    it('a regex with a top-level alternative is tried for IDs with any first letter', () => {
      expect(matchIndex([rule('regex', 'x|acme-prod')], 'acme-prod')).toBe(0);
      expect(matchIndex([rule('regex', 'x|acme-prod'), rule('glob', 'a*')], 'acme-prod')).toBe(0);
      expect(matchIndex([rule('regex', 'x|(acme-prod)'), rule('glob', 'a*')], 'acme-prod')).toBe(0);
      expect(matchIndex([rule('regex', 'x[|]|acme-prod'), rule('glob', 'a*')], 'acme-prod')).toBe(0);
      // Brackets inside a class or escaped do not open a group that would hide the `|`.
      expect(matchIndex([rule('regex', 'x[a(]|acme-prod'), rule('glob', 'a*')], 'acme-prod')).toBe(0);
      expect(matchIndex([rule('regex', 'x[\\]()]|acme-prod'), rule('glob', 'a*')], 'acme-prod')).toBe(0);
      expect(matchIndex([rule('regex', 'x\\(|acme-prod'), rule('glob', 'a*')], 'acme-prod')).toBe(0);
    });

    it('an alternative only inside a group or a class keeps the first letter', () => {
      expect(matchIndex([rule('regex', 'x(a|acme-prod)')], 'acme-prod')).toBeNull();
      expect(matchIndex([rule('regex', 'x[|]acme')], 'x|acme')).toBe(0);
      expect(matchIndex([rule('regex', 'x\\|acme')], 'x|acme')).toBe(0);
      expect(matchIndex([rule('regex', 'x\\|acme')], 'acme')).toBeNull();
    });

    it('a regex whose first character is quantified may match without it', () => {
      expect(matchIndex([rule('regex', 'a?cme')], 'cme')).toBe(0);
      expect(matchIndex([rule('regex', 'a?cme')], 'acme')).toBe(0);
      expect(matchIndex([rule('regex', 'a*cme')], 'cme')).toBe(0);
      expect(matchIndex([rule('regex', 'a{0,2}cme')], 'cme')).toBe(0);
      expect(matchIndex([rule('regex', 'a??cme'), rule('glob', 'c*')], 'cme')).toBe(0);
    });

    it('a regex starting with a digit is bucketed under it', () => {
      expect(matchIndex([rule('regex', '1[a-z]+'), rule('glob', '1*')], '1abc')).toBe(0);
      expect(matchIndex([rule('regex', '1[a-z]+')], 'abc')).toBeNull();
    });

    it('falls through bucket rules that do not match to later catch-alls', () => {
      const rules = [rule('glob', 'a*-dev'), rule('regex', 'acme-(?:stg|uat)'), rule('regex', '.*'), rule('exact', 'acme-prod')];
      expect(matchIndex(rules, 'acme-prod')).toBe(2);
      expect(matchIndex(rules, 'acme-uat')).toBe(1);
      expect(matchIndex(rules, 'acme-dev')).toBe(0);
    });

    it('the first of duplicate exact rules wins', () => {
      const rules = [rule('exact', 'acme-prod', 'production'), rule('exact', 'ACME-PROD', 'staging')];
      expect(compileRules(rules).match('acme-prod')?.rule.environment).toBe('production');
    });
  });

  describe('invalid rules', () => {
    it('reports an invalid regex with its index and the rest still work', () => {
      const rules = [rule('exact', 'acme-dev'), rule('regex', '(unclosed'), rule('regex', '[z-a]'), rule('glob', 'acme-*')];
      const compiled = compileRules(rules);
      expect(compiled.problems.map((p) => p.index)).toEqual([1, 2]);
      for (const problem of compiled.problems) expect(problem.message).toMatch(/^invalid regular expression: /);
      expect(compiled.match('acme-dev')?.index).toBe(0);
      expect(compiled.match('acme-x')?.index).toBe(3);
    });

    it('never matches and never throws for an invalid rule', () => {
      const compiled = compileRules([rule('regex', '(unclosed'), rule('regex', '(.*'), rule('regex', 'a)|(b'), rule('regex', '+')]);
      expect(compiled.problems).toHaveLength(4);
      for (const id of ['', 'unclosed', '(unclosed', 'acme-prod', 'a', 'b', 'xb', 'ax', '(', '+', 'a)|(b']) {
        expect(() => compiled.match(id)).not.toThrow();
        expect(compiled.match(id)).toBeNull();
      }
    });

    it('reports an unknown kind instead of throwing', () => {
      const compiled = compileRules([{ kind: 'fuzzy' as PatternKind, pattern: 'x', environment: 'production' }]);
      expect(compiled.problems).toEqual([{ index: 0, message: 'unknown pattern kind "fuzzy"' }]);
      expect(compiled.match('x')).toBeNull();
    });
  });

  it('handles the empty ID', () => {
    expect(matchIndex([rule('glob', 'a*'), rule('regex', 'a?')], '')).toBe(1);
    expect(matchIndex([rule('glob', '*')], '')).toBe(0);
    expect(matchIndex([rule('exact', 'a')], '')).toBeNull();
  });
});

/** Small deterministic PRNG (mulberry32) so failures are reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('compileRules agrees with a naive first-match scan (randomized)', () => {
  // A tiny alphabet so random patterns and IDs collide often; upper case and
  // separators exercise case folding and the "not a letter or digit" paths.
  const ID_CHARS = ['a', 'a', 'b', 'b', 'c', '1', '-', '-', 'A', 'B', ':', '.'];
  const GLOB_TOKENS = ['a', 'b', 'c', '1', '-', 'A', '*', '*', '?', '.', '+', '(', '|'];
  const REGEX_TOKENS = [
    'a', 'a', 'b', 'c', '1', '-', 'A', 'B', '.', '.*', '?', '*', '+', '{0,1}', '|', '|',
    '(', ')', '(?:', '[ab]', '[^a]', '[|]', '[(]', '\\d', '\\-', '\\|', '\\(', 'a|b', ')|(', '(a|b)', '(?=a)', '^', '$',
  ];

  function pick<T>(random: () => number, list: readonly T[]): T {
    return list[Math.floor(random() * list.length)]!;
  }

  function randomString(random: () => number, tokens: readonly string[], maxLength: number): string {
    const length = Math.floor(random() * (maxLength + 1));
    let out = '';
    for (let i = 0; i < length; i++) out += pick(random, tokens);
    return out;
  }

  /** IDs used to keep the random rules selective: a catch-all early in a set would hide every rule after it. */
  const PROBES = Array.from({ length: 200 }, (_, i) => randomString(prng(1000 + i), ID_CHARS, 7));

  function selective(r: Rule): boolean {
    try {
      const test = compilePattern(r.kind, r.pattern);
      return PROBES.filter((id) => test(id)).length <= PROBES.length / 20;
    } catch {
      return true; // invalid rules are kept: they must be reported and never match
    }
  }

  function randomRule(random: () => number): Rule {
    for (;;) {
      const roll = random();
      const candidate =
        roll < 0.3
          ? rule('exact', randomString(random, ID_CHARS, 6) || 'a')
          : roll < 0.6
            ? rule('glob', randomString(random, GLOB_TOKENS, 6) || '*')
            : rule('regex', randomString(random, REGEX_TOKENS, 5) || '.*');
      if (selective(candidate)) return candidate;
    }
  }

  // Compiled once per pattern: the scan itself stays naive, every rule in order.
  const naiveTests = new Map<string, ((id: string) => boolean) | null>();
  function naiveMatch(rules: readonly Rule[], id: string): number | null {
    for (let i = 0; i < rules.length; i++) {
      const r = rules[i]!;
      const key = `${r.kind}\u0000${r.pattern}`;
      if (!naiveTests.has(key)) {
        try {
          naiveTests.set(key, compilePattern(r.kind, r.pattern));
        } catch {
          naiveTests.set(key, null);
        }
      }
      if (naiveTests.get(key)?.(id)) return i;
    }
    return null;
  }

  it('for thousands of IDs against sets of a few hundred random rules', () => {
    const stats = { compared: 0, matched: 0, problems: 0, winners: new Set<string>(), winningIndexes: new Set<number>() };
    for (let seed = 1; seed <= 12; seed++) {
      const random = prng(seed);
      const rules = Array.from({ length: 200 + Math.floor(random() * 200) }, () => randomRule(random));
      const compiled = compileRules(rules);

      // Problems are exactly the rules compilePattern refuses.
      const refused = rules.flatMap((r, i) => {
        try {
          compilePattern(r.kind, r.pattern);
          return [];
        } catch {
          return [i];
        }
      });
      expect(compiled.problems.map((p) => p.index)).toEqual(refused);
      stats.problems += refused.length;

      // Pre-compile the reference once; it still scans every rule in order.
      const tests = rules.map((r) => {
        try {
          return compilePattern(r.kind, r.pattern);
        } catch {
          return () => false;
        }
      });
      for (let n = 0; n < 500; n++) {
        // Mix random IDs with the patterns themselves so exact rules and literal globs/regexes hit.
        const id = n % 5 === 0 ? pick(random, rules).pattern : randomString(random, ID_CHARS, 7);
        const expected = tests.findIndex((test) => test(id));
        const actual = compiled.match(id);
        if ((actual?.index ?? -1) !== expected) {
          throw new Error(`seed ${seed}, id ${JSON.stringify(id)}: got ${actual?.index ?? 'none'}, expected ${expected}: ` +
            JSON.stringify([actual && rules[actual.index], rules[expected]]));
        }
        if (actual) {
          expect(actual.rule).toBe(rules[actual.index]);
          stats.matched++;
          stats.winners.add(actual.rule.kind);
          stats.winningIndexes.add(actual.index);
        }
        stats.compared++;
      }
      // The cheap reference and the spelled-out scan agree too (spot check).
      for (let n = 0; n < 50; n++) {
        const id = randomString(random, ID_CHARS, 6);
        expect(compiled.match(id)?.index ?? null).toBe(naiveMatch(rules, id));
      }
    }
    // Guard against a vacuous run: plenty of matches from every kind, and some invalid rules.
    expect(stats.compared).toBe(12 * 500);
    expect(stats.matched).toBeGreaterThan(stats.compared / 4);
    expect(stats.matched).toBeLessThan(stats.compared);
    // Winners spread over the sets, not just the first few rules before a catch-all.
    expect(stats.winningIndexes.size).toBeGreaterThan(150);
    expect(Math.max(...stats.winningIndexes)).toBeGreaterThan(200);
    expect([...stats.winners].sort()).toEqual(['exact', 'glob', 'regex']);
    expect(stats.problems).toBeGreaterThan(50);
    // The reference scan tries every rule for every ID (millions of matches): more than the default 5 s on a busy machine.
  }, 60_000);

  it('for rules designed to defeat first-character bucketing', () => {
    const random = prng(99);
    const tricky = [
      'a?b', 'a*b', 'a{0,1}b', 'a??', 'a|b', 'ab|c', 'a(b|c)', 'a[|]b', 'a\\|b', '(a)b', '(?:a|b)c', 'a+b', '1?a', 'A?b', '[a]b', '.b',
      'a[b(]|c', 'a[)]|b', 'a[\\]()]|b', 'a\\(|b', 'a\\)|b', 'a[(]b|c', 'a(?:[)]|b)|c',
    ];
    for (let round = 0; round < 50; round++) {
      const rules = Array.from({ length: 40 }, () =>
        random() < 0.6 ? rule('regex', pick(random, tricky)) : randomRule(random),
      );
      const compiled = compileRules(rules);
      for (let n = 0; n < 200; n++) {
        const id = randomString(random, ['a', 'b', 'c', '1', '|', 'A', 'B'], 4);
        expect(compiled.match(id)?.index ?? null, `round ${round}, id ${JSON.stringify(id)}`).toBe(naiveMatch(rules, id));
      }
    }
  });
});

describe('literalAffixes (the index behind compileRules)', () => {
  it.each([
    ['exact', 'acme-prod', 'acme-prod', 'acme-prod'],
    ['glob', 'team-1-*-prod', 'team-1-', '-prod'],
    ['glob', '*-prod', '', '-prod'],
    ['glob', 'ACME-?', 'acme-', ''],
    ['regex', 'svc-1-(eu|us)-[0-9]+', 'svc-1-', ''],
    ['regex', '.*-prod', '', '-prod'],
    ['regex', 'a?cme', '', 'cme'],
    ['regex', 'ab{2}c', 'a', 'c'],
    ['regex', 'x|acme-prod', '', ''],
    ['regex', '\\u0041bc', '', ''],
    ['regex', '\\d+-prod', '', '-prod'],
  ] as const)('%s %s -> prefix %j, suffix %j', (kind, pattern, prefix, suffix) => {
    expect(literalAffixes(kind, pattern)).toEqual({ prefix, suffix });
  });

  it('an escaped tail never hides a match', () => {
    const compiled = compileRules([{ kind: 'regex', pattern: 'x\\x41bc', environment: 'production' }]);
    expect(compiled.match('xabc')?.index).toBe(0);
  });
});
