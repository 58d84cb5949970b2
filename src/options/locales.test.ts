/**
 * Every string the extension shows comes from public/_locales: each
 * `t('key')` in src/ must exist in both English and Japanese, and the two
 * files must have the same keys with the same placeholders.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src');

interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Locale = Record<string, LocaleMessage>;

const readLocale = (lang: string): Locale => JSON.parse(readFileSync(join(ROOT, 'public', '_locales', lang, 'messages.json'), 'utf8')) as Locale;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** `t('key'` or `t("key"`, not `at('x')` or `foo.t('x')`. */
const T_CALL = /(?<![\w$.])t\(\s*(['"])([^'"\n]+)\1/g;
/** `t(` followed by anything but a string literal. */
const DYNAMIC_T_CALL = /(?<![\w$.])t\(\s*(?!['"])/g;

function usedKeys(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(T_CALL)) {
      const where = used.get(match[2]!) ?? [];
      where.push(relative(ROOT, file));
      used.set(match[2]!, where);
    }
  }
  return used;
}

/** `$ENV$` names in a message, upper-cased (Chrome matches them case-insensitively). */
const placeholdersIn = (message: string) => new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toUpperCase()));

const en = readLocale('en');
const ja = readLocale('ja');

describe('locales', () => {
  it('finds the t() calls (the scanner itself works)', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(50);
    expect(used.has('optionsSave')).toBe(true);
    expect(used.has('optionsTeamUrl')).toBe(true);
  });

  it('has every key used in src/ in English and Japanese', () => {
    const missing: string[] = [];
    for (const [key, files] of usedKeys()) {
      for (const [lang, locale] of [['en', en], ['ja', ja]] as const) {
        if (!locale[key]) missing.push(`${lang}: ${key} (used in ${[...new Set(files)].join(', ')})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('the options page spells every key out, so this test sees them all', () => {
    const dynamic: string[] = [];
    for (const file of sourceFiles(join(SRC, 'options'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(DYNAMIC_T_CALL)) {
        const line = text.slice(0, match.index).split('\n').length;
        dynamic.push(`${relative(ROOT, file)}:${line}`);
      }
    }
    expect(dynamic).toEqual([]);
  });

  it('English and Japanese have the same keys', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  it('every message is non-empty and declares exactly the placeholders it uses', () => {
    const problems: string[] = [];
    for (const [lang, locale] of [['en', en], ['ja', ja]] as const) {
      for (const [key, entry] of Object.entries(locale)) {
        if (typeof entry.message !== 'string' || !entry.message.trim()) problems.push(`${lang}.${key}: empty message`);
        const used = placeholdersIn(entry.message ?? '');
        const declared = new Set(Object.keys(entry.placeholders ?? {}).map((name) => name.toUpperCase()));
        for (const name of used) if (!declared.has(name)) problems.push(`${lang}.${key}: $${name}$ is used but not declared`);
        for (const name of declared) if (!used.has(name)) problems.push(`${lang}.${key}: placeholder ${name} is declared but not used`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('English and Japanese have the same placeholders with the same contents', () => {
    const problems: string[] = [];
    for (const key of Object.keys(en)) {
      const a = en[key]?.placeholders ?? {};
      const b = ja[key]?.placeholders ?? {};
      const norm = (p: Record<string, { content: string }>) =>
        Object.fromEntries(Object.entries(p).map(([name, value]) => [name.toLowerCase(), value.content]));
      if (JSON.stringify(Object.entries(norm(a)).sort()) !== JSON.stringify(Object.entries(norm(b)).sort())) {
        problems.push(`${key}: en ${JSON.stringify(norm(a))} vs ja ${JSON.stringify(norm(b))}`);
      }
      if (ja[key] && JSON.stringify([...placeholdersIn(en[key]!.message)].sort()) !== JSON.stringify([...placeholdersIn(ja[key]!.message)].sort())) {
        problems.push(`${key}: the messages use different placeholders`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the Japanese strings are translated, not copied', () => {
    // Technical terms and codes may stay the same; a sentence should not.
    const copied = Object.keys(en).filter((key) => key.startsWith('options') && en[key]!.message === ja[key]?.message && /\s\w+\s/.test(en[key]!.message));
    expect(copied).toEqual([]);
  });
});
