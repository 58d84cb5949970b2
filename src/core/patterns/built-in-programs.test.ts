/** The shipped programs of the built-in rules are what RE2 compiles from DEFAULT_RULES today. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInProgramsSource } from '../../../scripts/built-in-programs';
import { DEFAULT_RULES } from '../environments';
import { BUILT_IN_PROGRAMS } from './built-in-programs';

describe('built-in programs', () => {
  it('cover every built-in regex rule, as compiled now (else run: npx tsx scripts/built-in-programs.ts)', () => {
    expect(Object.keys(BUILT_IN_PROGRAMS).sort()).toEqual(DEFAULT_RULES.filter((rule) => rule.kind === 'regex').map((rule) => rule.pattern).sort());
    const generated = builtInProgramsSource();
    const shipped = readFileSync(resolve(import.meta.dirname, 'built-in-programs.ts'), 'utf8');
    // Compare the data, not the formatting.
    const data = (source: string) => JSON.stringify(JSON.parse(source.slice(source.indexOf('= ') + 2, source.lastIndexOf(';'))));
    expect(data(shipped)).toBe(data(generated));
  });
});
