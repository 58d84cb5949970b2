/**
 * The program runner against RE2 itself: every pattern below, compiled by
 * core/patterns/re2, must accept exactly the IDs RE2JS accepts. This is also
 * what catches a re2js upgrade that changes its (undocumented) program.
 */
import { RE2JS } from 're2js';
import { describe, expect, it, vi } from 'vitest';
import { compileRegex } from './re2';
import { programMatches, readProgram } from './program';

const PATTERNS = [
  'acme-prod',
  'acme-(eu|us)-prod-[0-9]+',
  '(?:.*[-:])?(?:prod|prd|production|live)(?:-.*)?',
  'svc-\\d{2,4}',
  '[a-z][a-z0-9-]{4,28}[a-z0-9]',
  '.*-prod',
  'prod.*',
  '(a|ab)*c',
  '(a+)+b',
  '(?i)ACME-K[A-Z]+',
  'KELVIN-k',
  'ſtaging',
  '[^-]+-[^-]+',
  'x?y?z?xyz',
  'a\\b-b',
  'a\\Bb-b',
  '^acme$',
  '(?:^|-)db(?:-|$)',
  'a{3}|b{2,}',
  '\\w+:\\w+',
  '[[:alpha:]]+-[[:digit:]]+',
  '\\pL+-\\pN+',
  '(?s:.)+',
  'a.c',
  '',
  '(?:)',
  'é+',
  '(?i:Ü)ber',
  '[-a-c]*',
  '(prod|staging)-(eu|us)-(1|2|3)',
];

/** IDs over the characters that matter for these patterns, short and long. */
function ids(): string[] {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const alphabet = ['a', 'b', 'c', 'x', 'y', 'z', 'k', 's', 'p', 'r', 'o', 'd', 'e', 'u', '0', '1', '7', '-', ':', '.', '_', 'é', 'ü', 'K', 'S', 'ſ', '\u212a'];
  const fixed = ['', 'acme-prod', 'acme-eu-prod-12', 'team-prod', 'prod', 'prod-x', 'a-prod-b', 'nonprod-api', 'svc-123', 'svc-1', 'ac', 'aac', 'abc', 'aaab', 'xyz', 'xxyz', 'a-b', 'ab-b', 'acme', 'db', 'x-db-y', 'aaa', 'bb', 'ab:cd', 'ab-12', 'acme-kelvin', 'kelvin-k', 'staging', 'über', 'ééé', 'prod-eu-2', 'staging-us-3', 'prod:live', 'my:prod'];
  const generated = Array.from({ length: 400 }, () => Array.from({ length: Math.floor(random() * 14) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
  return [...fixed, ...generated, 'a'.repeat(127), `${'a'.repeat(126)}b`, `${'ab'.repeat(63)}c`];
}

describe('programMatches runs what RE2 compiled, with RE2\'s answers', () => {
  const all = ids();
  for (const pattern of PATTERNS) {
    it(`/${pattern}/`, () => {
      const re2 = RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE);
      const program = compileRegex(pattern);
      const disagreements = all.map((id) => id.toLowerCase()).filter((id) => programMatches(program, id) !== re2.matches(id));
      expect(disagreements).toEqual([]);
      // Not vacuous: each pattern accepts something or rejects something among the IDs.
      expect(all.some((id) => re2.matches(id.toLowerCase())) || pattern === '' || pattern === '(?:)').toBe(true);
    });
  }

  it('takes time linear in the ID on a pattern that makes backtracking engines explode', () => {
    const program = compileRegex('(a|aa)*(a|aa)*(a|aa)*b');
    const started = performance.now();
    expect(programMatches(program, 'a'.repeat(127))).toBe(false);
    // Generous: a backtracking engine takes minutes here; this takes well under a millisecond.
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('readProgram', () => {
  it('takes a program as stored (JSON round trip) and runs it the same', () => {
    const program = compileRegex('acme-(eu|us)-[0-9]+');
    const stored = readProgram(JSON.parse(JSON.stringify(program)));
    expect(stored).not.toBeNull();
    expect(programMatches(stored!, 'acme-eu-7')).toBe(true);
    expect(programMatches(stored!, 'acme-de-7')).toBe(false);
  });

  it('refuses what is not a runnable program', () => {
    const good = compileRegex('a+');
    for (const bad of [null, 'x', {}, { start: 0, inst: [] }, { start: 9, inst: good.inst }, { start: good.start, inst: [[99, 0, 0]] }, { start: 0, inst: [[1, 5, 0]] }, { start: 0, inst: [[8, 0, 0, 97]] }, { start: 0, inst: [['8', 0, 0]] }]) {
      expect(readProgram(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});

describe('a console tab has no RE2', () => {
  it('matches regex rules with the programs the background published, and the built-in rules with their shipped programs', async () => {
    const published = await import('../rule-index').then(({ ruleIndexData, regexPrograms }) => {
      const rules = [
        { kind: 'regex' as const, pattern: 'pay-(eu|us)-[0-9]+', environment: 'production' },
        { kind: 'glob' as const, pattern: 'acme-*-stg', environment: 'staging' },
      ];
      return { rules, index: JSON.parse(JSON.stringify({ ...ruleIndexData(rules), programs: regexPrograms(rules) })) };
    });
    vi.resetModules();
    const tab = await import('../rule-index'); // fresh: no compiler installed
    expect(() => tab.regexPrograms(published.rules)).toThrow(/needs RE2/);
    const index = tab.indexFromData(published.rules, published.index);
    expect(index.match('pay-eu-12')?.index).toBe(0);
    expect(index.match('pay-de-12')).toBeNull();
    expect(index.match('acme-x-stg')?.index).toBe(1);
    // Without a published program a regex rule cannot run in a tab: it never matches (the background always publishes one).
    expect(tab.indexFromData(published.rules, { ...published.index, programs: {} }).match('pay-eu-12')).toBeNull();
    const { DEFAULT_RULES } = await import('../environments');
    const defaults = tab.indexRules(DEFAULT_RULES);
    expect(defaults.match('acme-prod-1')?.rule.environment).toBe('production');
    expect(defaults.match('payments-stg')?.rule.environment).toBe('staging');
    expect(defaults.match('qa')?.rule.environment).toBe('development');
    expect(defaults.match('nonprod-api')).toBeNull();
    vi.resetModules();
  });
});
