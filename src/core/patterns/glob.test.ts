/** Globs without a regex engine, against RE2 running the same glob as a regex (what matching did before). */
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { globMatches } from './glob';

/** The glob as a regex, as globs were matched before (through RE2): the reference. */
function globToRegExpSource(glob: string): string {
  let source = '';
  for (const char of glob) {
    if (char === '*') source += '.*';
    else if (char === '?') source += '.';
    else source += char.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  }
  return source;
}

const GLOBS = ['acme-*', '*-prod', '*-prod-*', 'a?c', '*', '', '**', 'a*b*c', '*a*a*a*b', 'team-?-*-prod', '?', 'x.y*', '(a)*', 'é*ü'];
const IDS = ['', 'a', 'abc', 'acme-', 'acme-prod', 'team-prod', 'team-prod-eu', 'team-1-pay-prod', 'aaaab', 'aaaa', 'abbc', 'abcbc', 'x.y', 'xay', '(a)', '(a)zz', 'éxü', `${'a'.repeat(126)}b`, 'a'.repeat(127)];

describe('globMatches', () => {
  for (const glob of GLOBS) {
    it(`"${glob}" agrees with RE2 on every ID`, () => {
      const re2 = RE2JS.compile(globToRegExpSource(glob), RE2JS.DOTALL);
      expect(IDS.filter((id) => globMatches(glob, id) !== re2.matches(id))).toEqual([]);
    });
  }

  it('is the whole ID: a literal glob is an exact match', () => {
    expect(globMatches('prod', 'prod')).toBe(true);
    expect(globMatches('prod', 'nonprod')).toBe(false);
    expect(globMatches('prod', 'prod-1')).toBe(false);
  });

  it('stays fast on the worst glob (four stars, 127 characters)', () => {
    const started = performance.now();
    for (let i = 0; i < 100; i++) globMatches('*a*a*a*b', 'a'.repeat(127));
    expect(performance.now() - started).toBeLessThan(500);
  });
});
