/**
 * Which form of a counted word a language uses for a number: English says
 * "1 rule" but "0 rules" and "2 rules"; Japanese has one form. Only the two
 * forms the extension's messages carry ("one" and "other"): languages with
 * more forms fall back to "other", which every language has.
 */
export type PluralForm = 'one' | 'other';

export function pluralForm(language: string | undefined, count: number): PluralForm {
  let category: string;
  try {
    category = new Intl.PluralRules(language).select(count);
  } catch {
    category = count === 1 ? 'one' : 'other';
  }
  return category === 'one' ? 'one' : 'other';
}
