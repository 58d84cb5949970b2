/** The personal policy's two switches: the built-in rules, and the environment for projects no rule matches. */
import { t } from '../../platform/i18n';
import { UNMATCHED_FIELD_ID } from '../field-ids';
import { issuesAt, setUnmatched, setUseDefaultRules, type Draft, type DraftValidation, type EnvironmentChoice } from '../model';
import { FieldIssues, fieldA11y } from './FieldIssues';

interface Props {
  draft: Draft;
  validation: DraftValidation;
  choices: readonly EnvironmentChoice[];
  /** A team or managed policy is in force: these two settings of yours do not apply. */
  authorityDecides: boolean;
  onChange: (draft: Draft) => void;
}

const NONE = '';

export function PersonalOptions({ draft, validation, choices, authorityDecides, onChange }: Props) {
  const errors = issuesAt(validation.errors, 'unmatched');
  const known = draft.unmatched === null || choices.some((choice) => choice.name.toLowerCase() === draft.unmatched!.toLowerCase());
  const selected = draft.unmatched === null ? NONE : (choices.find((choice) => choice.name.toLowerCase() === draft.unmatched!.toLowerCase())?.name ?? draft.unmatched);
  return (
    <section class="editor" aria-labelledby="personal-options-heading">
      <h3 id="personal-options-heading">{t('optionsPersonalOptionsHeading')}</h3>
      {authorityDecides ? <p class="hint">{t('optionsPersonalOptionsTeamDecides')}</p> : null}
      <div class="field check">
        <input id="use-default-rules" type="checkbox" checked={draft.useDefaultRules} onChange={(e) => onChange(setUseDefaultRules(draft, e.currentTarget.checked))} />
        <label for="use-default-rules">{t('optionsUseDefaultRules')}</label>
      </div>
      <p class="hint indent">{t('optionsUseDefaultRulesHint')}</p>
      <div class="field">
        <label for={UNMATCHED_FIELD_ID}>{t('optionsUnmatched')}</label>
        <select
          {...fieldA11y(UNMATCHED_FIELD_ID, errors)}
          value={selected}
          onChange={(e) => onChange(setUnmatched(draft, e.currentTarget.value === NONE ? null : e.currentTarget.value))}
        >
          <option value={NONE}>{t('optionsUnmatchedNone')}</option>
          {known ? null : <option value={draft.unmatched ?? ''}>{t('optionsRuleUnknownEnvironmentOption', [draft.unmatched ?? ''])}</option>}
          {choices.map((choice) => (
            <option key={choice.name} value={choice.name}>
              {choice.name} ({choice.label})
            </option>
          ))}
        </select>
        <FieldIssues fieldId={UNMATCHED_FIELD_ID} errors={errors} />
      </div>
    </section>
  );
}
