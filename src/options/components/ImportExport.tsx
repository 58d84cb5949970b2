/**
 * Export the personal policy (the draft, as shown) to a JSON file of the
 * lowest version that holds it (version 2 only with AWS or Azure rules), and import
 * one into the draft (or an AWS Extend Switch Roles configuration, or a list
 * of project IDs: import-source): every error is listed, or the person sees
 * what merging and what replacing would change, and chooses. Nothing is
 * saved until Save.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatIssue, type Policy } from '../../core/policy/types';
import { t } from '../../platform/i18n';
import { datedFileName, downloadText } from '../download';
import { planImport, type ImportMode } from '../import-plan';
import { readImportSource, sourcePolicy, type ImportSource } from '../import-source';
import { exportFileText } from '../model';
import { environmentsCount, rulesCount } from '../counts';
import { ImportPreview } from './ImportPreview';
import { ImportSourceChoices } from './ImportSourceChoices';

interface Props {
  /** The draft as a policy, or null while it has errors (then it cannot be exported). */
  policy: Policy | null;
  current: { rules: number; environments: number };
  /** The draft as a policy even while it has errors, to show what an import would change. */
  draft: Policy;
  disabled: boolean;
  onImport: (policy: Policy) => void;
}

type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  /** No errors: the file is empty. */
  | { kind: 'failed'; fileName: string; errors: string[] }
  | { kind: 'confirm'; fileName: string; source: ImportSource }
  | { kind: 'done'; fileName: string };

export function ImportExport({ policy, current, draft, disabled, onImport }: Props) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const fileInput = useRef<HTMLInputElement>(null);
  const mergeButton = useRef<HTMLButtonElement>(null);
  const chooseButton = useRef<HTMLButtonElement>(null);
  const doneStatus = useRef<HTMLParagraphElement>(null);
  // The question needs an answer: take focus to it (autofocus only works at page load). Merge loses nothing: it goes first.
  // Once answered, the question is gone: focus goes to what happened, or back to the file button, never to the page.
  const previousKind = useRef(state.kind);
  useEffect(() => {
    const was = previousKind.current;
    previousKind.current = state.kind;
    if (state.kind === 'confirm') mergeButton.current?.focus();
    else if (state.kind === 'done') doneStatus.current?.focus();
    else if (state.kind === 'idle' && was === 'confirm') chooseButton.current?.focus();
  }, [state.kind]);

  const readFile = (file: File) => {
    setState({ kind: 'reading', fileName: file.name });
    file.text().then(
      (text) => {
        const read = readImportSource(text);
        if (read.ok) setState({ kind: 'confirm', fileName: file.name, source: read.source });
        else setState({ kind: 'failed', fileName: file.name, errors: read.errors });
      },
      (error: unknown) => setState({ kind: 'failed', fileName: file.name, errors: [String(error)] }),
    );
  };

  const finish = (next: ImportState) => {
    setState(next);
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <section class="card" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{t('optionsTransferHeading')}</h2>
      <p class="hint">{t('optionsTransferIntro')}</p>
      <div class="transfer">
        <div class="field">
          <button
            type="button"
            id="export-personal"
            aria-disabled={policy === null ? 'true' : undefined}
            aria-describedby={policy === null ? 'export-blocked' : undefined}
            onClick={() => policy && downloadText(datedFileName('cluster-guard-personal-policy', 'json'), exportFileText(policy))}
          >
            {t('optionsExport')}
          </button>
          {policy === null ? (
            <p class="hint" id="export-blocked">
              {t('optionsExportBlocked')}
            </p>
          ) : null}
        </div>
        <div class="field">
          {/* The browser's own file input cannot be styled or named like the other buttons: this button opens it.
              No `accept` filter: ~/.aws/config and other files people already have carry no extension. */}
          <button type="button" ref={chooseButton} id="import-file-button" disabled={disabled} onClick={() => fileInput.current?.click()}>
            {t('optionsImport')}
          </button>
          <input
            ref={fileInput}
            id="import-file"
            type="file"
            hidden
            tabIndex={-1}
            aria-hidden="true"
            disabled={disabled}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) readFile(file);
            }}
          />
        </div>
      </div>
      {state.kind === 'reading' ? <p role="status">{t('optionsImportReading', [state.fileName])}</p> : null}
      {state.kind === 'failed' ? (
        <div class="notice notice-error" role="alert">
          <p>{state.errors.length === 0 ? t('optionsImportEmpty') : t('optionsImportFailed', [state.fileName, String(state.errors.length)])}</p>
          <ul class="mono-list">
            {state.errors.map((error, i) => (
              <li key={i}>{error}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {state.kind === 'confirm' ? confirmation(state, sourcePolicy(state.source, draft.environments)) : null}
      {state.kind === 'done' ? (
        <p role="status" tabIndex={-1} ref={doneStatus}>
          {t('optionsImportDone', [state.fileName])}
        </p>
      ) : null}
    </section>
  );

  function confirmation(state: Extract<ImportState, { kind: 'confirm' }>, incoming: Policy) {
    const { source } = state;
    return (
      <div class="notice notice-warning" role="alertdialog" aria-labelledby="import-confirm-text" aria-modal="false">
        <p id="import-confirm-text">
          {t('optionsImportConfirm', [
            state.fileName,
            rulesCount(incoming.rules.length),
            environmentsCount(incoming.environments.length),
            rulesCount(current.rules),
            environmentsCount(current.environments),
          ])}
        </p>
        {source.format === 'json' ? null : (
          <ImportSourceChoices source={source} own={draft.environments} onChange={(next) => setState({ ...state, source: next })} />
        )}
        {source.format === 'json' && source.warnings.length > 0 ? (
          <>
            <p>{t('optionsImportWarnings')}</p>
            <ul class="mono-list">
              {source.warnings.map((warning, i) => (
                <li key={i}>{formatIssue(warning)}</li>
              ))}
            </ul>
          </>
        ) : null}
        {(['merge', 'replace'] as const).map((mode) => (
          <ImportPreview key={mode} id={`import-preview-${mode}`} plan={planImport(draft, incoming, mode)} />
        ))}
        <div class="actions">
          {(['merge', 'replace'] as const).map((mode: ImportMode) => (
            <button
              key={mode}
              type="button"
              class={mode === 'merge' ? 'primary' : 'secondary'}
              ref={mode === 'merge' ? mergeButton : undefined}
              aria-describedby={`import-preview-${mode}`}
              onClick={() => {
                onImport(planImport(draft, incoming, mode).result);
                finish({ kind: 'done', fileName: state.fileName });
              }}
            >
              {mode === 'merge' ? t('optionsImportMerge') : t('optionsImportReplace')}
            </button>
          ))}
          <button type="button" class="secondary" onClick={() => finish({ kind: 'idle' })}>
            {t('optionsCancel')}
          </button>
        </div>
      </div>
    );
  }
}
