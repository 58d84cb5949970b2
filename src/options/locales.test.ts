/**
 * Every string the extension shows comes from public/_locales: each
 * `t('key')` in src/ must exist in English, and every translation must have
 * exactly English's keys with the same placeholders, translated.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROMPT_LANGUAGES } from '../core/prompt-text/languages';

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

const LOCALES_DIR = join(ROOT, 'public', '_locales');
/** Every translation shipped (directory names as Chrome spells them: `pt_BR`, `zh_CN`). */
const TRANSLATIONS = readdirSync(LOCALES_DIR).filter((name) => name !== 'en').sort();
const en = readLocale('en');

/**
 * The languages the guard recognises in a console (src/core/prompt-text):
 * the banner, popup and options page speak each of them too. Directory names
 * are Chrome's locale codes (Chrome has `pt_PT`, not `pt`).
 */
const UI_LANGUAGES = PROMPT_LANGUAGES.map(({ lang }) => (lang === 'pt' ? 'pt_PT' : lang.replace('-', '_')))
  .filter((lang) => lang !== 'en')
  .sort();

/** `$ENV$` names with each placeholder's content, lower-cased, for comparing two files. */
const placeholderContents = (entry: LocaleMessage | undefined) =>
  JSON.stringify(
    Object.entries(entry?.placeholders ?? {})
      .map(([name, value]) => [name.toLowerCase(), value.content])
      .sort(),
  );

describe('locales', () => {
  it('finds the t() calls (the scanner itself works)', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(50);
    expect(used.has('optionsSave')).toBe(true);
    expect(used.has('optionsTeamUrl')).toBe(true);
  });

  it('has every key used in src/ in English', () => {
    const missing: string[] = [];
    for (const [key, files] of usedKeys()) {
      if (!en[key]) missing.push(`${key} (used in ${[...new Set(files)].join(', ')})`);
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

  it('ships a translation for every language the guard recognises in a console', () => {
    expect(TRANSLATIONS).toEqual(UI_LANGUAGES);
  });

  it('English describes the extension within the stores\' 132 characters (manifest description)', () => {
    expect(en.extDescription?.message.length).toBeLessThanOrEqual(132);
  });

  it('English declares exactly the placeholders each message uses', () => {
    expect(placeholderProblems('en', en)).toEqual([]);
  });

  describe.each(TRANSLATIONS)('%s', (lang) => {
    const locale = readLocale(lang);

    it('has exactly the keys English has', () => {
      const keys = Object.keys(locale);
      expect({ missing: Object.keys(en).filter((key) => !locale[key]), extra: keys.filter((key) => !en[key]) }).toEqual({ missing: [], extra: [] });
    });

    it('declares exactly the placeholders each message uses, with English\'s contents', () => {
      const problems = placeholderProblems(lang, locale);
      for (const key of Object.keys(en)) {
        if (!locale[key]) continue;
        if (placeholderContents(en[key]) !== placeholderContents(locale[key])) problems.push(`${key}: placeholders differ from English`);
        const inEnglish = [...placeholdersIn(en[key]!.message)].sort().join();
        if (inEnglish !== [...placeholdersIn(locale[key]!.message)].sort().join()) problems.push(`${key}: uses different placeholders from English`);
      }
      expect(problems).toEqual([]);
    });

    it('describes the extension within the stores\' 132 characters (manifest description)', () => {
      expect(locale.extDescription?.message.length).toBeLessThanOrEqual(132);
    });

    it('names its own language in optionsLocale (dates and lists follow it)', () => {
      expect(locale.optionsLocale?.message).toBe(lang.replace('_', '-'));
    });

    it('is translated, not copied', () => {
      // Technical terms and codes may stay the same; a sentence should not.
      const copied = Object.keys(en).filter((key) => en[key]!.message === locale[key]?.message && /\s\p{L}+\s/u.test(en[key]!.message));
      expect(copied).toEqual([]);
    });
  });
});

/** Empty messages, and placeholders used but not declared or declared but not used. */
function placeholderProblems(lang: string, locale: Locale): string[] {
  const problems: string[] = [];
  for (const [key, entry] of Object.entries(locale)) {
    if (typeof entry.message !== 'string' || !entry.message.trim()) problems.push(`${lang}.${key}: empty message`);
    const used = placeholdersIn(entry.message ?? '');
    const declared = new Set(Object.keys(entry.placeholders ?? {}).map((name) => name.toUpperCase()));
    for (const name of used) if (!declared.has(name)) problems.push(`${lang}.${key}: $${name}$ is used but not declared`);
    for (const name of declared) if (!used.has(name)) problems.push(`${lang}.${key}: placeholder ${name} is declared but not used`);
  }
  return problems;
}
