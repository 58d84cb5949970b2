// Every place the unit tests are looked for holds tests: an include that matches nothing is dead configuration.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../vitest.config';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SKIPPED = new Set(['node_modules', 'dist', '.git', 'test-results', 'playwright-report']);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name)) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [relative(ROOT, path).split(sep).join('/')];
  });
}

/** `src/**\/*.test.ts` as a regular expression over repository paths. */
function globToRegExp(glob: string): RegExp {
  const source = glob
    .split('/')
    .map((part) => (part === '**' ? '(?:.*/)?' : `${part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}/`))
    .join('')
    .slice(0, -1)
    .replace(/\(\?:\.\*\/\)\?\//g, '(?:.*/)?');
  return new RegExp(`^${source}$`);
}

describe('vitest.config.ts', () => {
  const all = files(ROOT);

  it.each(config.test!.include!)('%s matches test files', (glob) => {
    const pattern = globToRegExp(glob);
    expect(all.filter((path) => pattern.test(path)).length).toBeGreaterThan(0);
  });

  it('the matcher works', () => {
    expect(globToRegExp('src/**/*.test.ts').test('src/core/rules.test.ts')).toBe(true);
    expect(globToRegExp('src/**/*.test.ts').test('src/a.test.ts')).toBe(true);
    expect(globToRegExp('src/**/*.test.ts').test('src/core/rules.ts')).toBe(false);
  });
});
