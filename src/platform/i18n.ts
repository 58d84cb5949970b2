/** Localised strings from public/_locales; falls back to the key so a missing string is visible, not blank. */
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
