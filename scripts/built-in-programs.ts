/**
 * Writes src/core/patterns/built-in-programs.ts: the RE2 programs of the
 * built-in rules, so a console tab runs them without re2js. Run after
 * changing DEFAULT_RULES: `npx tsx scripts/built-in-programs.ts`
 * (core/patterns/built-in-programs.test.ts fails until then).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_RULES } from '../src/core/environments';
import { compileRegex } from '../src/core/patterns/re2';
import { ROOT } from './lib/paths';

export function builtInProgramsSource(): string {
  const programs = Object.fromEntries(DEFAULT_RULES.filter((rule) => rule.kind === 'regex').map((rule) => [rule.pattern, compileRegex(rule.pattern)]));
  return `/**
 * The built-in rules' regexes as RE2 programs (core/patterns/program), made
 * by scripts/built-in-programs.ts from DEFAULT_RULES; a test checks they
 * are what RE2 compiles today. Generated: do not edit.
 */
import type { RegexProgram } from './program';

export const BUILT_IN_PROGRAMS: Readonly<Record<string, RegexProgram>> = ${JSON.stringify(programs)};
`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  writeFileSync(resolve(ROOT, 'src/core/patterns/built-in-programs.ts'), builtInProgramsSource());
}
