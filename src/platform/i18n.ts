/** Localised strings from public/_locales; falls back to the key so a missing string is visible, not blank. */
import { textDirection } from '../core/dialogs/text-direction';
import { extensionApi } from './extension-api';

export function t(key: string, substitutions?: string | string[]): string {
  try {
    return extensionApi().i18n.getMessage(key, substitutions) || key;
  } catch {
    return key; // extension context gone (updated or reloaded): keep showing something
  }
}

/** The browser's UI language (what the extension's own strings follow), or '' when unknown. */
export function uiLanguage(): string {
  try {
    return extensionApi().i18n.getUILanguage();
  } catch {
    return '';
  }
}

/**
 * The language of the strings actually shown (a UI language with no
 * translation shows English), so dates, lists and text direction match the
 * words around them.
 */
export function pageLanguage(): string | undefined {
  const language = t('optionsLocale');
  return language === 'optionsLocale' ? undefined : language;
}

/** `ltr` or `rtl` for the strings shown (Arabic and Hebrew run right to left). */
export function pageDirection(): 'rtl' | 'ltr' {
  return textDirection(pageLanguage());
}

/** An extension page's <html> speaks the language of its strings, in their direction (before the first render: no flash). */
export function applyPageLanguage(root: HTMLElement): void {
  root.lang = pageLanguage() ?? 'en';
  root.dir = pageDirection();
}
