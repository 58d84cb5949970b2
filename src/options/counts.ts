/** "1 rule", "3 rules": counted words in the page's language (core/plural picks the form). */
import { pluralForm } from '../core/plural';
import { t } from '../platform/i18n';
import { pageLanguage } from '../platform/words';

export function rulesCount(count: number): string {
  return pluralForm(pageLanguage(), count) === 'one' ? t('optionsCountRulesOne', [String(count)]) : t('optionsCountRulesOther', [String(count)]);
}

export function environmentsCount(count: number): string {
  return pluralForm(pageLanguage(), count) === 'one' ? t('optionsCountEnvironmentsOne', [String(count)]) : t('optionsCountEnvironmentsOther', [String(count)]);
}
