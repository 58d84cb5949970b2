/**
 * Save and Discard for the personal draft. An invalid draft cannot be saved:
 * the button stays focusable (aria-disabled) and says why; pressing it moves
 * focus to the first problem.
 */
import { t } from '../../platform/i18n';
import type { DraftIssue } from '../model';
import { issueText } from '../text';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

interface Props {
  dirty: boolean;
  errors: readonly DraftIssue[];
  /** Errors with no field of their own, listed here. */
  generalErrors: readonly DraftIssue[];
  /** Personal rules are switched off by the team: nothing to save. */
  locked: boolean;
  state: SaveState;
  onSave: () => void;
  onDiscard: () => void;
  onShowFirstProblem: () => void;
}

export function SaveBar({ dirty, errors, generalErrors, locked, state, onSave, onDiscard, onShowFirstProblem }: Props) {
  const blocked = errors.length > 0 || locked;
  const status = locked
    ? t('optionsSaveLocked')
    : errors.length > 0
      ? t('optionsSaveBlocked', [String(errors.length)])
      : state.kind === 'saving'
        ? t('optionsSaving')
        : state.kind === 'failed'
          ? t('optionsSaveFailed', [state.message])
          : dirty
            ? t('optionsUnsaved')
            : state.kind === 'saved'
              ? t('optionsSaved')
              : t('optionsNoChanges');
  return (
    <div class={blocked ? 'save-bar blocked' : dirty ? 'save-bar dirty' : 'save-bar'}>
      <div class="save-status">
        <p id="save-status" role="status">
          {status}
        </p>
        {generalErrors.length > 0 ? (
          <ul class="field-issues">
            {generalErrors.map((issue, i) => (
              <li key={i} class="issue issue-error">
                {issueText(issue)}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div class="save-actions">
        <button type="button" class="secondary" disabled={!dirty || locked} onClick={onDiscard}>
          {t('optionsDiscard')}
        </button>
        <button
          type="button"
          class="primary"
          id="save-personal"
          aria-disabled={blocked || !dirty || state.kind === 'saving' ? 'true' : undefined}
          aria-describedby="save-status"
          onClick={() => {
            if (locked) return;
            if (errors.length > 0) return onShowFirstProblem();
            if (dirty && state.kind !== 'saving') onSave();
          }}
        >
          {t('optionsSave')}
        </button>
      </div>
    </div>
  );
}
