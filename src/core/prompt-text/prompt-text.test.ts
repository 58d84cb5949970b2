import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../dialogs/languages';
import { consoleLanguage, otherTabsLine, promptSentence, promptWords, PROMPT_LANGUAGES, typeLabel, wordsFor, type PromptWords } from '.';

/** The placeholders each string must carry, no more and no fewer. */
const PLACEHOLDERS: Record<Exclude<keyof PromptWords, 'lang' | 'source' | 'verb' | 'verbInText' | 'comma' | 'scope'>, string[]> = {
  acts: ['environment', 'scope', 'title'],
  actsUntitled: ['environment', 'scope'],
  unknown: [],
  type: ['word'],
  locked: [],
  unlocked: [],
  blocked: [],
  askAgain: [],
  paste: [],
  untyped: [],
  others: ['list'],
};
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Whether `word` is one of a dialog table's forms (`*` at the end: the word may go on). */
const isForm = (word: string, forms: string[]) => forms.some((form) => (form.endsWith('*') ? word.startsWith(form.slice(0, -1)) : word === form));

describe('prompt words', () => {
  it('has a language for every language the dialog tables recognise, and no other', () => {
    expect(PROMPT_LANGUAGES.map((w) => w.lang).sort()).toEqual(LANGUAGES.map((t) => t.lang).sort());
    expect(PROMPT_LANGUAGES).toHaveLength(26);
  });

  for (const words of PROMPT_LANGUAGES) {
    describe(words.lang, () => {
      it('has every string, non-empty, with exactly its placeholders', () => {
        for (const [key, expected] of Object.entries(PLACEHOLDERS)) {
          const text = words[key as keyof typeof PLACEHOLDERS];
          expect(text.trim(), `${words.lang}.${key}`).not.toBe('');
          expect(placeholders(text), `${words.lang}.${key}`).toEqual(expected);
        }
        for (const console of ['gcp', 'aws', 'azure'] as const) expect(placeholders(words.scope[console]), `${words.lang}.scope.${console}`).toEqual(['id']);
        expect(words.comma).not.toBe('');
        expect(words.source.length).toBeGreaterThan(20);
      });

      it('names the confirming as the console does: a word of its dialog table, in the label', () => {
        const table = LANGUAGES.find((t) => t.lang === words.lang)!;
        const forms = [...table.confirm, ...table.actions].flatMap((entry) => entry.forms);
        expect(isForm(words.verb, forms), `${words.verb} in the ${words.lang} table`).toBe(true);
        expect(words.type.toLowerCase()).toContain((words.verbInText ?? words.verb).toLowerCase());
      });

      it('is translated: only English says "Type" or "environment"', () => {
        if (words.lang === 'en') return;
        for (const key of Object.keys(PLACEHOLDERS)) expect(words[key as keyof typeof PLACEHOLDERS].replace(/\{\w+\}/g, ''), `${words.lang}.${key}`).not.toMatch(/\b(Type|environment|Locked|Unlocked|Blocked|Paste|other tabs)\b/);
      });
    });
  }
});

describe('promptWords', () => {
  it('takes the console language first, then the fallbacks, then English', () => {
    expect(promptWords('ja', 'de').lang).toBe('ja');
    expect(promptWords('da', 'de').lang).toBe('de');
    expect(promptWords('', null, 'ar').lang).toBe('ar');
    expect(promptWords('da', '').lang).toBe('en');
  });

  it('reads the tags consoles and browsers send', () => {
    expect(wordsFor('pt-BR')?.lang).toBe('pt-BR');
    expect(wordsFor('pt_br')?.lang).toBe('pt-BR');
    expect(wordsFor('pt-PT')?.lang).toBe('pt');
    expect(wordsFor('es-MX')?.lang).toBe('es-419');
    expect(wordsFor('es-ES')?.lang).toBe('es');
    expect(wordsFor('zh-HK')?.lang).toBe('zh-TW');
    expect(wordsFor('zh-Hans')?.lang).toBe('zh-CN');
    expect(wordsFor('zh')?.lang).toBe('zh-CN');
    expect(wordsFor('iw')?.lang).toBe('he');
    expect(wordsFor('en-GB')?.lang).toBe('en');
    expect(wordsFor('de-AT')?.lang).toBe('de');
    expect(wordsFor('da')).toBeNull();
  });
});

describe('what the prompt says', () => {
  const en = promptWords('en');
  const ja = promptWords('ja');
  const facts = { title: 'Delete cluster?', environment: 'production', project: 'acme-prod-1' };

  it('one sentence: the dialog\'s title, the environment, the scope', () => {
    expect(promptSentence(en, facts)).toBe('“Delete cluster?” will act on production: project acme-prod-1.');
    expect(promptSentence(ja, { ...facts, title: 'クラスタを削除しますか？' })).toBe('「クラスタを削除しますか？」は production 環境のプロジェクト acme-prod-1 に対して実行されます。');
    expect(promptSentence(en, { ...facts, title: '' })).toBe('This dialog will act on production: project acme-prod-1.');
    expect(promptSentence(en, { ...facts, project: 'acme-prod (1111-2222-3333)', console: 'aws' })).toBe('“Delete cluster?” will act on production: AWS account acme-prod (1111-2222-3333).');
    expect(promptSentence(en, { ...facts, project: '', console: 'azure' })).toBe('“Delete cluster?” will act on production: Azure subscription (not known yet).');
    expect(promptSentence(promptWords('hu'), facts)).toBe('„Delete cluster?” hatással lesz a(z) production környezetre: acme-prod-1 projekt.');
  });

  it('the label around the word to type', () => {
    expect(typeLabel(en, 'production')).toEqual({ before: 'Type ', word: 'production', after: ' to confirm', whole: 'Type production to confirm' });
    expect(typeLabel(promptWords('hu'), 'production')).toEqual({ before: 'A megerősítéshez írja be: ', word: 'production', after: '', whole: 'A megerősítéshez írja be: production' });
  });

  it('other tabs: one line, marked tabs only, no doubled brackets, each once', () => {
    const tabs = [
      { environment: 'staging', project: 'acme-stg-1' },
      { environment: 'staging', project: 'acme-stg-1' },
      { environment: 'production', project: 'acme-prod (1111-2222-3333)' },
      { environment: '', project: 'unmarked-1' },
    ];
    expect(otherTabsLine(en, tabs)).toBe('Also open in other tabs: staging · acme-stg-1, production · acme-prod (1111-2222-3333)');
    expect(otherTabsLine(ja, tabs.slice(0, 1))).toBe('別のタブでも開いています: staging · acme-stg-1');
    expect(otherTabsLine(en, [{ environment: '', project: 'unmarked-1' }])).toBeNull();
  });
});

describe('consoleLanguage', () => {
  it('is hl= first, then the page language', () => {
    expect(consoleLanguage('https://console.cloud.google.com/x?project=p&hl=pt-BR', 'en')).toBe('pt-BR');
    expect(consoleLanguage('https://console.cloud.google.com/x?project=p', 'ja')).toBe('ja');
    expect(consoleLanguage('not a url', 'fr')).toBe('fr');
  });
});
