/**
 * What the guard's prompt says, whole, in the console's display language:
 * one sentence naming the environment and what the dialog will do, the
 * label around the word to type, the status lines and the other-tabs line.
 * Pure. One table per language the dialog tables know (./languages).
 */
import { PROMPT_LANGUAGES } from './languages';
import type { ConsoleId } from '../../consoles/ids';
import type { PromptWords } from './types';

export type { PromptWords } from './types';
export { PROMPT_LANGUAGES } from './languages';

const BY_TAG = new Map(PROMPT_LANGUAGES.map((words) => [words.lang.toLowerCase(), words]));

/** Tags a browser or console may send for a language we have under another tag. */
const ALIASES: Record<string, string> = {
  iw: 'he',
  in: 'id',
  zh: 'zh-CN',
  'zh-hans': 'zh-CN',
  'zh-sg': 'zh-CN',
  'zh-hant': 'zh-TW',
  'zh-hk': 'zh-TW',
  'zh-mo': 'zh-TW',
  'pt-pt': 'pt',
  'es-es': 'es',
};

/** The words for one language tag (`ja`, `pt-BR`, `es-MX`, `zh_TW`), or null when we have none. */
export function wordsFor(tag: string): PromptWords | null {
  const lower = tag.trim().toLowerCase().replace(/_/g, '-');
  if (!lower) return null;
  const exact = BY_TAG.get(lower) ?? BY_TAG.get(ALIASES[lower]?.toLowerCase() ?? '');
  if (exact) return exact;
  const [base = '', region = ''] = lower.split('-');
  if (base === 'zh') return BY_TAG.get(ALIASES[`zh-${region}`]?.toLowerCase() ?? 'zh-cn') ?? null;
  // Spanish outside Spain reads like Latin American Spanish.
  if (base === 'es') return BY_TAG.get('es-419') ?? null;
  return BY_TAG.get(ALIASES[base]?.toLowerCase() ?? base) ?? null;
}

/** The first of `tags` (console language first, then fallbacks) we have words for; English when none. */
export function promptWords(...tags: (string | null | undefined)[]): PromptWords {
  for (const tag of tags) {
    const words = tag ? wordsFor(tag) : null;
    if (words) return words;
  }
  return BY_TAG.get('en')!;
}

/** `template` with each `{name}` replaced by `values[name]` (unknown names stay as written). */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export interface PromptFacts {
  /** The dialog's title or accessible name, as the console wrote it ('' when it has none). */
  title: string;
  environment: string;
  /** The scope written for people (`acme-prod-1`, `acme-prod (1111-2222-3333)`); '' while not known. */
  project: string;
  /** Whose scope it is: a Google Cloud project (the default), an AWS account, an Azure subscription. */
  console?: ConsoleId;
}

/** The scope with its noun: `project acme-prod-1`, `AWS account acme-prod (1111-2222-3333)`. */
export function scopeText(words: PromptWords, facts: Pick<PromptFacts, 'project' | 'console'>): string {
  return fill(words.scope[facts.console ?? 'gcp'], { id: facts.project || words.unknown });
}

/** The one sentence: what the dialog will do (its own title) and where. */
export function promptSentence(words: PromptWords, facts: PromptFacts): string {
  const values = { title: facts.title.trim(), environment: facts.environment, scope: scopeText(words, facts) };
  return fill(values.title ? words.acts : words.actsUntitled, values);
}

/** The input's label split around the word to type, so the word can be shown set apart. */
export function typeLabel(words: PromptWords, name: string): { before: string; word: string; after: string; whole: string } {
  const at = words.type.indexOf('{word}');
  const before = words.type.slice(0, at);
  const after = words.type.slice(at + '{word}'.length);
  return { before, word: name, after, whole: `${before}${name}${after}` };
}

export interface OtherTab {
  environment: string;
  /** The scope written for people, as the tab's own marker names it. */
  project: string;
}

/**
 * The one line about other tabs: marked ones only, each environment once
 * per scope, `staging · acme-stg-1`; null when there is none.
 */
export function otherTabsLine(words: PromptWords, tabs: readonly OtherTab[]): string | null {
  const items = [...new Set(tabs.filter((tab) => tab.environment && tab.project).map((tab) => `${tab.environment} · ${tab.project}`))];
  return items.length ? fill(words.others, { list: items.join(words.comma) }) : null;
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
