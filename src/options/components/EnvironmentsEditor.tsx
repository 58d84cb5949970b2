/**
 * The personal environments: name (what a user types to confirm), label,
 * colour, typed confirmation and which dialogs it applies to. The built-in
 * and team environments are shown for reference.
 */
import type { DestructiveKind } from '../../core/dialogs';
import type { Environment } from '../../core/environments';
import { t } from '../../platform/i18n';
import { environmentFieldId } from '../field-ids';
import {
  addEnvironment,
  deleteEnvironment,
  environmentKey,
  GUARDABLE_KINDS,
  issuesAt,
  moveEnvironment,
  updateEnvironment,
  type Draft,
  type DraftValidation,
  type EnvironmentChoice,
} from '../model';
import { dialogKindName, sourceName } from '../../platform/words';
import { useFocusRequest } from '../use-focus-request';
import { BannerPreview } from './BannerPreview';
import { FieldIssues, fieldA11y } from './FieldIssues';
import { RowActions } from './RowActions';

interface Props {
  draft: Draft;
  validation: DraftValidation;
  /** Environments the draft does not define (built-in, team, administrator), for reference. */
  others: readonly EnvironmentChoice[];
  onChange: (draft: Draft) => void;
}

const COLOR = /^#[0-9a-f]{6}$/i;

export function EnvironmentsEditor({ draft, validation, others, onChange }: Props) {
  const requestFocus = useFocusRequest();
  const count = draft.environments.length;
  return (
    <section class="editor" aria-labelledby="environments-heading">
      <h3 id="environments-heading">{t('optionsEnvironmentsHeading')}</h3>
      <p class="hint">{t('optionsEnvironmentsIntro')}</p>
      {others.length > 0 ? (
        <ul class="chips" aria-label={t('optionsEnvironmentsOthers')}>
          {others.map((env) => (
            <li key={env.name} class="chip">
              <span class="swatch" style={{ background: env.color }} aria-hidden="true" />
              <span>
                {env.name} ({env.label}) · {sourceName(env.from)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {count === 0 ? <p class="empty">{t('optionsEnvironmentsEmpty')}</p> : null}
      <ol class="rows">
        {draft.environments.map((item, index) => (
          <EnvironmentRow
            key={item.key}
            env={item.value}
            itemKey={item.key}
            index={index}
            count={count}
            validation={validation}
            onChange={(patch) => onChange(updateEnvironment(draft, index, patch))}
            onMove={(delta, button) => {
              onChange(moveEnvironment(draft, index, delta));
              requestFocus([`environment-${item.key}-${button}`, `environment-${item.key}-${button === 'up' ? 'down' : 'up'}`]);
            }}
            onDelete={() => {
              onChange(deleteEnvironment(draft, index));
              const next = draft.environments[index + 1] ?? draft.environments[index - 1];
              requestFocus(next ? [`environment-${next.key}-delete`] : ['add-environment']);
            }}
          />
        ))}
      </ol>
      <button
        type="button"
        id="add-environment"
        onClick={() => {
          const next = addEnvironment(draft);
          onChange(next);
          requestFocus([environmentFieldId(next.nextKey - 1, 'name')]);
        }}
      >
        {t('optionsAddEnvironment')}
      </button>
    </section>
  );
}

interface RowProps {
  env: Environment;
  itemKey: number;
  index: number;
  count: number;
  validation: DraftValidation;
  onChange: (patch: Partial<Environment>) => void;
  onMove: (delta: number, button: 'up' | 'down') => void;
  onDelete: () => void;
}

function EnvironmentRow({ env, itemKey, index, count, validation, onChange, onMove, onDelete }: RowProps) {
  const name = t('optionsEnvironmentNumber', [String(index + 1)]);
  const hidden = <span class="visually-hidden"> ({name})</span>;
  const at = (field: 'name' | 'label' | 'color' | 'typedConfirmation' | 'guards') => ({
    id: environmentFieldId(itemKey, field),
    errors: issuesAt(validation.errors, environmentKey(index, field)),
    warnings: issuesAt(validation.warnings, environmentKey(index, field)),
  });
  const nameField = at('name');
  const label = at('label');
  const color = at('color');
  const typed = at('typedConfirmation');
  const guards = at('guards');
  const guardList: readonly DestructiveKind[] | 'all' = env.guards ?? 'all';
  const validColor = COLOR.test(env.color.trim());

  const toggleKind = (kind: DestructiveKind, on: boolean) => {
    const current = guardList === 'all' ? [] : guardList;
    const next = on ? [...current.filter((k) => k !== kind), kind] : current.filter((k) => k !== kind);
    // Keep the order of GUARDABLE_KINDS (and any kind this page does not list) so round trips are stable.
    onChange({ guards: [...GUARDABLE_KINDS.filter((k) => next.includes(k)), ...next.filter((k) => !(GUARDABLE_KINDS as readonly string[]).includes(k))] });
  };

  return (
    <li class="row environment-row">
      <span class="row-number" aria-hidden="true">
        {index + 1}
      </span>
      <div class="row-body">
        <div class="row-fields">
          <div class="field">
            <label for={nameField.id}>
              {t('optionsEnvironmentName')}
              {hidden}
            </label>
            <input
              {...fieldA11y(nameField.id, nameField.errors, nameField.warnings)}
              type="text"
              spellcheck={false}
              autocomplete="off"
              autocapitalize="off"
              placeholder="production"
              value={env.name}
              onInput={(e) => onChange({ name: e.currentTarget.value })}
            />
            <FieldIssues fieldId={nameField.id} errors={nameField.errors} warnings={nameField.warnings} />
          </div>
          <div class="field narrow">
            <label for={label.id}>
              {t('optionsEnvironmentLabel')}
              {hidden}
            </label>
            <input
              {...fieldA11y(label.id, label.errors, label.warnings)}
              type="text"
              autocomplete="off"
              placeholder="PROD"
              value={env.label}
              onInput={(e) => onChange({ label: e.currentTarget.value })}
            />
            <FieldIssues fieldId={label.id} errors={label.errors} warnings={label.warnings} />
          </div>
          <div class="field narrow">
            <label for={color.id}>
              {t('optionsEnvironmentColor')}
              {hidden}
            </label>
            <div class="color-input">
              <input
                {...fieldA11y(color.id, color.errors, color.warnings)}
                type="text"
                class="mono"
                spellcheck={false}
                autocomplete="off"
                placeholder="#c5221f"
                value={env.color}
                onInput={(e) => onChange({ color: e.currentTarget.value })}
              />
              <label class="visually-hidden" for={`${color.id}-picker`}>
                {t('optionsEnvironmentColorPicker')}
                {hidden}
              </label>
              <input
                id={`${color.id}-picker`}
                type="color"
                value={validColor ? env.color.trim().toLowerCase() : '#000000'}
                onInput={(e) => onChange({ color: e.currentTarget.value })}
              />
            </div>
            <FieldIssues fieldId={color.id} errors={color.errors} warnings={color.warnings} />
          </div>
          <div class="field preview-field">
            <span class="field-caption" aria-hidden="true">
              {t('optionsPreview')}
            </span>
            {validColor && env.label.trim() ? <BannerPreview label={env.label.trim()} color={env.color.trim()} name={env.name.trim()} project="acme-prod-1" compact /> : null}
          </div>
        </div>
        <div class="field check">
          <input
            {...fieldA11y(typed.id, typed.errors)}
            type="checkbox"
            checked={env.typedConfirmation}
            onChange={(e) => onChange({ typedConfirmation: e.currentTarget.checked })}
          />
          <label for={typed.id}>
            {t('optionsEnvironmentTyped')}
            {hidden}
          </label>
          <FieldIssues fieldId={typed.id} errors={typed.errors} />
        </div>
        {env.typedConfirmation ? (
          <fieldset class="guards" id={guards.id} aria-describedby={guards.errors.length ? `${guards.id}-issues` : undefined}>
            <legend>
              {t('optionsEnvironmentGuards')}
              {hidden}
            </legend>
            <div class="field check">
              <input
                type="radio"
                id={`${guards.id}-all`}
                name={`${guards.id}-mode`}
                checked={guardList === 'all'}
                onChange={() => onChange({ guards: undefined })}
              />
              <label for={`${guards.id}-all`}>{t('optionsEnvironmentGuardsAll')}</label>
            </div>
            <div class="field check">
              <input
                type="radio"
                id={`${guards.id}-some`}
                name={`${guards.id}-mode`}
                checked={guardList !== 'all'}
                onChange={() => onChange({ guards: [...GUARDABLE_KINDS] })}
              />
              <label for={`${guards.id}-some`}>{t('optionsEnvironmentGuardsSome')}</label>
            </div>
            {guardList !== 'all' ? (
              <ul class="kinds">
                {GUARDABLE_KINDS.map((kind) => (
                  <li key={kind} class="field check">
                    <input type="checkbox" id={`${guards.id}-${kind}`} checked={guardList.includes(kind)} onChange={(e) => toggleKind(kind, e.currentTarget.checked)} />
                    <label for={`${guards.id}-${kind}`}>{dialogKindName(kind)}</label>
                  </li>
                ))}
              </ul>
            ) : null}
            <p class="hint">{t('optionsEnvironmentGuardsOther')}</p>
            <FieldIssues fieldId={guards.id} errors={guards.errors} warnings={guards.warnings} />
          </fieldset>
        ) : null}
        {env.typedConfirmation ? (
          <div class="field check">
            <input
              type="checkbox"
              id={`${guards.id}-also-stop`}
              checked={(env.alsoGuard ?? []).includes('stop')}
              // Other actions a policy may list are kept as they are.
              onChange={(e) => {
                const others = (env.alsoGuard ?? []).filter((action) => action !== 'stop');
                const next = e.currentTarget.checked ? [...others, 'stop' as const] : others;
                onChange({ alsoGuard: next.length ? next : undefined });
              }}
            />
            <label for={`${guards.id}-also-stop`}>
              {t('optionsEnvironmentAlsoStop')}
              {hidden}
            </label>
          </div>
        ) : null}
      </div>
      <RowActions idPrefix={`environment-${itemKey}`} itemName={name} index={index} count={count} onMove={onMove} onDelete={onDelete} />
    </li>
  );
}
