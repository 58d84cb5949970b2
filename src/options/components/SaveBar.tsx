/**
 * Save and Discard for the personal draft. An invalid draft cannot be saved:
 * the button stays focusable (aria-disabled) and says why; pressing it (or
 * Ctrl+S) shows every problem and moves focus to the first.
 */
import { t } from '../../platform/i18n';
import type { DraftIssue } from '../model';
import { issueText } from '../text';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

interface Props {
  dirty: boolean;
  errors: readonly DraftIssue[];
  /** Problems of rows just added, not shown yet: Save refuses them too. */
  quietErrors: number;
  /** Errors with no field of their own, listed here. */
  generalErrors: readonly DraftIssue[];
  /** Personal rules are switched off by the team: nothing to save. */
  locked: boolean;
  state: SaveState;
  onSave: () => void;
  onDiscard: () => void;
}

export function SaveBar({ dirty, errors, quietErrors, generalErrors, locked, state, onSave, onDiscard }: Props) {
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
          aria-disabled={blocked || (!dirty && quietErrors === 0) || state.kind === 'saving' ? 'true' : undefined}
          aria-describedby="save-status"
          aria-keyshortcuts="Control+S Meta+S"
          onClick={onSave}
        >
          {t('optionsSave')}
        </button>
      </div>
    </div>
  );
}
