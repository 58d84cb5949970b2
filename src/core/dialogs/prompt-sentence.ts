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
  project: string;
}

type Template = (facts: PromptFacts) => string;

const TEMPLATES: Record<string, { withTitle: Template; withoutTitle: Template }> = {
  en: {
    withTitle: ({ title, environment, project }) => `“${title}” will act on ${environment} project ${project}.`,
    withoutTitle: ({ environment, project }) => `This dialog will act on ${environment} project ${project}.`,
  },
  ja: {
    withTitle: ({ title, environment, project }) => `「${title}」は ${environment} 環境のプロジェクト ${project} に対して実行されます。`,
    withoutTitle: ({ environment, project }) => `このダイアログは ${environment} 環境のプロジェクト ${project} に対して実行されます。`,
  },
};

/** The base language of a tag (`pt-BR` -> `pt`), lower case. */
function baseLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

export interface PromptSentence {
  text: string;
  /** The language the text is in, for the element's `lang` (null: facts only, no prose). */
  lang: string | null;
}

/** What the prompt says, in `consoleLanguage` when we have it, else `fallbackLanguage` (the extension's own). */
export function promptSentence(facts: PromptFacts, consoleLanguage: string, fallbackLanguage: string): PromptSentence {
  const language = baseLanguage(consoleLanguage);
  const template = TEMPLATES[language];
  if (template) return { text: (facts.title ? template.withTitle : template.withoutTitle)(facts), lang: language };
  if (language) {
    // A console language we have no wording for: the facts, in the console's own words and symbols.
    const parts = [facts.title ? `“${facts.title}”` : '', `${facts.label} · ${facts.project}`].filter(Boolean);
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
