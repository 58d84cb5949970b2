/**
 * The personal policy editor: rules, environments, the two switches, the
 * banner display, and Save. Disabled (and says so) when the team policy switches personal rules off.
 */
import type { CheckedPolicy } from '../../platform/checked-policy';
import { t } from '../../platform/i18n';
import type { Draft, DraftValidation, EnvironmentChoice } from '../model';
import { isFieldPath, ruleEnvironmentChoices } from '../model';
import { BannerOptions } from './BannerOptions';
import { EnvironmentsEditor } from './EnvironmentsEditor';
import { PersonalOptions } from './PersonalOptions';
import { RulesEditor } from './RulesEditor';
import { SaveBar, type SaveState } from './SaveBar';

interface Props {
  loaded: CheckedPolicy;
  draft: Draft;
  /** The problems shown so far (see quiet-issues.ts). */
  validation: DraftValidation;
  /** Problems not shown yet: Save still refuses, and pressing it shows them. */
  quietErrors: number;
  choices: readonly EnvironmentChoice[];
  dirty: boolean;
  changedElsewhere: boolean;
  saveState: SaveState;
  onChange: (draft: Draft) => void;
  /** The id of a control the person typed in, changed or left. */
  onTouch: (id: string) => void;
  onSave: () => void;
  onDiscard: () => void;
}

/**
 * Only the rows' fields matter to what is shown (quiet-issues.ts). A choice
 * (select, checkbox) counts at `change`: re-rendering at its `input` event,
 * before its own `change` handler has run, would put the old value back.
 */
function touchRowField(target: EventTarget | null, onTouch: (id: string) => void): void {
  const id = target instanceof HTMLElement ? target.id : '';
  if (/^(?:rule|environment)-\d+-/.test(id)) onTouch(id);
}

export function PersonalEditor(props: Props) {
  const { loaded, draft, validation, choices, onChange } = props;
  const locked = !loaded.effective.personalAllowed;
  const authorityDecides = loaded.sources.managed !== null || loaded.sources.team !== null;
  const draftNames = new Set(draft.environments.map((item) => item.value.name.trim().toLowerCase()));
  const ruleChoices = ruleEnvironmentChoices(draft, choices);
  const others = choices.filter((choice) => choice.from !== 'personal' && (choice.from !== 'default' || !draftNames.has(choice.name.toLowerCase())));

  return (
    <section class="card" aria-labelledby="personal-heading">
      <h2 id="personal-heading">{t('optionsPersonalHeading')}</h2>
      {locked ? (
        <p class="notice notice-warning" data-testid="personal-locked">
          {t('optionsPersonalLocked')}
        </p>
      ) : (
        <p class="hint">{authorityDecides ? t('optionsPersonalIntroTeam') : t('optionsPersonalIntro')}</p>
      )}
      {props.changedElsewhere ? (
        <div class="notice notice-info" role="status">
          <p>{t('optionsChangedElsewhere')}</p>
          <button type="button" onClick={props.onDiscard}>
            {t('optionsLoadSaved')}
          </button>
        </div>
      ) : null}
      <fieldset
        class="plain"
        disabled={locked}
        onInput={(e) => e.target instanceof HTMLInputElement && e.target.type === 'text' && touchRowField(e.target, props.onTouch)}
        onChange={(e) => touchRowField(e.target, props.onTouch)}
        onFocusOut={(e) => touchRowField(e.target, props.onTouch)}
      >
        <legend class="visually-hidden">{t('optionsPersonalHeading')}</legend>
        <RulesEditor draft={draft} validation={validation} choices={ruleChoices} onChange={onChange} />
        <EnvironmentsEditor draft={draft} validation={validation} others={others} onChange={onChange} />
        <PersonalOptions draft={draft} validation={validation} choices={ruleChoices} authorityDecides={authorityDecides} onChange={onChange} />
        <BannerOptions draft={draft} display={loaded.effective.display} onChange={onChange} />
      </fieldset>
      <SaveBar
        dirty={props.dirty}
        errors={validation.errors}
        quietErrors={props.quietErrors}
        generalErrors={validation.errors.filter((issue) => !isFieldPath(issue.path))}
        locked={locked}
        state={props.saveState}
        onSave={props.onSave}
        onDiscard={props.onDiscard}
      />
    </section>
  );
}
