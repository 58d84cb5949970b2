import { RE2JS } from 're2js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import './patterns/re2'; // where rules are checked, RE2 compiles them
import { indexRules, patternTest, type PatternKind, type Rule } from './rule-index';

const rule = (kind: PatternKind, pattern: string, environment = 'production'): Rule => ({ kind, pattern, environment });

/** Counts the patterns compiled (every glob and regex compiles through RE2JS.compile). */
function countRegExps(): { readonly count: number } {
  const spy = vi.spyOn(RE2JS, 'compile');
  return {
    get count() {
      // Patterns, not the one-character literals core/patterns/re2 compiles to check case folding.
      return spy.mock.calls.filter(([source]) => String(source).length > 2).length;
    },
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('indexRules', () => {
  it('builds no regular expression until an ID could match one', () => {
    const rules = [
      ...Array.from({ length: 500 }, (_, i) => rule('glob', `team-${i}-*-prod`)),
      ...Array.from({ length: 500 }, (_, i) => rule('regex', `lazy-${i}-(eu|us)-[0-9]+`)),
    ];
    const built = countRegExps();
    const index = indexRules(rules);
    expect(built.count).toBe(0);

    // Globs need no compiling at all (core/patterns/glob).
    expect(index.match('team-7-payments-prod')?.index).toBe(7);
    expect(built.count).toBe(0);
    // Only the regex sharing the ID's literal prefix was compiled (lazy-42-, nothing else).
    expect(index.match('lazy-42-eu-7')?.index).toBe(542);
    expect(built.count).toBe(1);
  });

  it('a pattern that does not compile never matches and never throws', () => {
    const index = indexRules([rule('regex', '(unclosed'), rule('regex', 'a)|(b'), rule('glob', 'x*')]);
    for (const id of ['(unclosed', 'unclosed', 'a', 'b', 'ab']) expect(index.match(id)).toBeNull();
    expect(index.match('xyz')?.index).toBe(2);
  });

  it('leaves out the excluded indexes, keeping the others in order', () => {
    const rules = [rule('glob', 'a*'), rule('exact', 'ab'), rule('glob', 'a?')];
    expect(indexRules(rules, new Set([0])).match('ab')?.index).toBe(1);
    expect(indexRules(rules, new Set([0, 1])).match('ab')?.index).toBe(2);
  });

  it('tries prefix, suffix and unindexable patterns in rule order', () => {
    const rules = [rule('glob', '*-prod'), rule('glob', 'acme-*'), rule('regex', '.*'), rule('exact', 'acme-prod')];
    const index = indexRules(rules);
    expect(index.match('acme-prod')?.index).toBe(0);
    expect(index.match('acme-dev')?.index).toBe(1);
    expect(index.match('other')?.index).toBe(2);
  });
});

describe('patternTest', () => {
  it('expects a lowercased ID and matches the whole of it', () => {
    expect(patternTest('glob', 'ACME-*')('acme-x')).toBe(true);
    expect(patternTest('regex', 'prod')('nonprod')).toBe(false);
  });

  it('does not judge safety: that is for whoever reads an untrusted policy (core/rules)', () => {
    expect(() => patternTest('regex', '(a+)+')).not.toThrow();
  });
});
