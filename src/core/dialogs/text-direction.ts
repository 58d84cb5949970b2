/**
 * Which way the guard's prompt is laid out: right to left where the console
 * (its `hl` or the page's language) or the dialog's own words are in a
 * right-to-left language, so the prompt reads like the dialog around it. Pure.
 */

/** Base language tags written right to left (`iw` is Google's older tag for Hebrew). */
const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'yi', 'ug', 'dv', 'ckb']);

function isRightToLeft(tag: string | null | undefined): boolean {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return RIGHT_TO_LEFT.has(base);
}

/** `consoleLanguage`: `hl` or the page's `lang` ('' when neither); `dialogLanguage`: the table that read the dialog. */
export function promptDirection(consoleLanguage: string, dialogLanguage: string | null): 'rtl' | 'ltr' {
  return isRightToLeft(consoleLanguage) || isRightToLeft(dialogLanguage) ? 'rtl' : 'ltr';
}

/** Which way text in a language runs (`ar` -> rtl, `de` -> ltr; unknown -> ltr). */
export function textDirection(language: string | null | undefined): 'rtl' | 'ltr' {
  return isRightToLeft(language) ? 'rtl' : 'ltr';
}
