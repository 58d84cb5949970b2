/**
 * The one sentence the guard's prompt says about what will happen, in the
 * console's display language when we have wording for it. Pure.
 *
 * The sentence quotes the dialog's own title (the console's words, in the
 * console's language) and names the environment and the project. Templates
 * exist for the languages the extension ships (en, ja: the same translators
 * as public/_locales). For every other console language the prompt does not
 * invent prose: it shows the same facts without a sentence around them
 * (the title, the environment label, the project), which needs no wording.
 */

export interface PromptFacts {
  /** The dialog's title or accessible name, as the console wrote it ('' when it has none). */
  title: string;
  environment: string;
  label: string;
  /** The scope written for people (a project ID, `acme-prod (1111-2222-3333)`); '' while it is not known. */
  project: string;
  /** Whose scope it is: a Google Cloud project (the default), an AWS account, an Azure subscription. */
  console?: 'gcp' | 'aws' | 'azure';
}

type Template = (facts: PromptFacts & { scope: string }) => string;

/** The scope with its noun, in each language: `project acme-prod`, `AWS account acme-prod (1111-2222-3333)`. */
const SCOPES: Record<string, Record<NonNullable<PromptFacts['console']>, string>> = {
  en: { gcp: 'project', aws: 'AWS account', azure: 'Azure subscription' },
  ja: { gcp: 'プロジェクト', aws: 'AWS アカウント', azure: 'Azure サブスクリプション' },
};

const TEMPLATES: Record<string, { withTitle: Template; withoutTitle: Template }> = {
  en: {
    withTitle: ({ title, environment, scope }) => `“${title}” will act on ${environment} ${scope}.`,
    withoutTitle: ({ environment, scope }) => `This dialog will act on ${environment} ${scope}.`,
  },
  ja: {
    withTitle: ({ title, environment, scope }) => `「${title}」は ${environment} 環境の${scope} に対して実行されます。`,
    withoutTitle: ({ environment, scope }) => `このダイアログは ${environment} 環境の${scope} に対して実行されます。`,
  },
};

const NOT_KNOWN_YET: Record<string, string> = { en: '(not known yet)', ja: '(まだ確認できていません)' };

function scopeWords(language: string, facts: PromptFacts): string {
  const noun = SCOPES[language]![facts.console ?? 'gcp'];
  return `${noun} ${facts.project || NOT_KNOWN_YET[language]}`;
}

/** The base language of a tag (`pt-BR` -> `pt`), lower case. */
function baseLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

export interface PromptSentence {
  text: string;
  /** The language the text is in, for the element's `lang` (null: facts only, no prose). */
  lang: string | null;
  /** Which way the prompt is laid out (text-direction.ts); unset: as the page around it. */
  dir?: 'ltr' | 'rtl';
}

/** What the prompt says, in `consoleLanguage` when we have it, else `fallbackLanguage` (the extension's own). */
export function promptSentence(facts: PromptFacts, consoleLanguage: string, fallbackLanguage: string): PromptSentence {
  const language = baseLanguage(consoleLanguage);
  const template = TEMPLATES[language];
  if (template) return { text: (facts.title ? template.withTitle : template.withoutTitle)({ ...facts, scope: scopeWords(language, facts) }), lang: language };
  if (language) {
    // A console language we have no wording for: the facts, in the console's own words and symbols.
    const parts = [facts.title ? `“${facts.title}”` : '', [facts.label, facts.project].filter(Boolean).join(' · ')].filter(Boolean);
    return { text: parts.join(' → '), lang: null };
  }
  return promptSentence(facts, fallbackLanguage || 'en', 'en');
}

/** The console's display language: its `hl` parameter, else the page's `lang`. */
export function consoleLanguage(href: string, pageLang: string): string {
  try {
    const hl = new URL(href).searchParams.get('hl');
    if (hl) return hl;
  } catch {
    // not a URL: fall through
  }
  return pageLang;
}
