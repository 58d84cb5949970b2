// Comments say why, about the code as it is: they name files that exist and do not retell the project's history.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Files the dialog-guard rewrite is changing; they join the check when it lands. */
const sources = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((path) => /\.(ts|tsx|mjs|js)$/.test(path) && !path.startsWith('e2e/fixtures/') && existsSync(join(ROOT, path)));
const basenames = new Set(sources.map((path) => basename(path)));

function comments(path: string): { line: number; text: string }[] {
  const text = readFileSync(join(ROOT, path), 'utf8');
  return [...text.matchAll(/\/\*[\s\S]*?\*\/|(?<![:'"`\\])\/\/[^\n]*/g)].map((match) => ({ line: text.slice(0, match.index).split('\n').length, text: match[0] }));
}

const TOP = /(?<![\w.@/-])((?:src|e2e|scripts|bench|docs|public|bin)\/[\w./-]*[\w])/g;
const IN_SRC = /(?<![\w.@/-])((?:core|content|background|options|platform|build|cli)\/[\w-]+(?:\/[\w.-]+)*)/g;
const BARE = /(?<![\w./@-])([\w-]+(?:\.[\w-]+)*\.(?:ts|tsx|mjs))\b/g;

/** Does a path named in a comment exist (with or without its extension, or as a folder)? */
function exists(path: string, from: string): boolean {
  const clean = path.replace(/[.,;:)]+$/, '');
  return [clean, `${clean}.ts`, `${clean}.tsx`, `${clean}.mjs`].some((candidate) => existsSync(join(ROOT, candidate)) || existsSync(join(ROOT, dirname(from), candidate)));
}

const HISTORY = [/\bpart [1-9]\b/i, /\b(?:previously|formerly|historically)\b/i, /\bin (?:the )?(?:old|previous|earlier) (?:version|code|design)\b/i, /\bwe (?:used to|switched|moved|changed)\b/i];

describe('comments', () => {
  it('name only files that exist', () => {
    const missing: string[] = [];
    for (const path of sources) {
      for (const { line, text } of comments(path)) {
        for (const [, named] of text.matchAll(TOP)) if (!exists(named!, path)) missing.push(`${path}:${line}: ${named}`);
        for (const [, named] of text.matchAll(IN_SRC)) if (!exists(`src/${named}`, path) && !exists(named!, path)) missing.push(`${path}:${line}: ${named}`);
        for (const [, named] of text.matchAll(BARE)) if (!basenames.has(named!)) missing.push(`${path}:${line}: ${named}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('do not cite the project’s history', () => {
    const found: string[] = [];
    for (const path of sources) {
      for (const { line, text } of comments(path)) for (const pattern of HISTORY) if (pattern.test(text)) found.push(`${path}:${line}: ${pattern.exec(text)![0]}`);
    }
    expect(found).toEqual([]);
  });

  it('the checks see what they look for', () => {
    expect(sources).toContain('src/core/rule-index.ts');
    expect(comments('src/core/rule-index.ts').length).toBeGreaterThan(5);
    expect('see src/core/nothing-here.ts'.match(TOP)).toEqual(['src/core/nothing-here.ts']);
    expect(exists('src/core/rule-index', 'x')).toBe(true);
    expect(HISTORY.some((pattern) => pattern.test('Part 2 of the work'))).toBe(true);
  });
});
