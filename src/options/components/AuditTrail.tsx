/** The audit trail of guarded dialogs, newest first, with JSON and CSV export of the entries the page holds, in the same order. */
import { useState } from 'preact/hooks';
import { AUDIT_CAPACITY, auditToCsv, auditToJson, type AuditEntry } from '../../core/audit';
import { t } from '../../platform/i18n';
import { datedFileName, downloadText } from '../download';
import { formatTime, outcomeName, storedKindName } from '../../platform/words';

/** Rows shown; the export has everything. */
export const AUDIT_ROWS_SHOWN = 100;

interface Props {
  /** Oldest first, as stored. */
  entries: readonly AuditEntry[];
}

export function AuditTrail({ entries }: Props) {
  const [exportError, setExportError] = useState<string | null>(null);
  // Stored oldest first; read newest first, on screen and in the files alike.
  const newestFirst = [...entries].reverse();
  const newest = newestFirst.slice(0, AUDIT_ROWS_SHOWN);

  // The page holds the whole trail, kept live from storage: nothing to ask the background for.
  const exportAs = (format: 'json' | 'csv') => {
    setExportError(null);
    try {
      const text = format === 'csv' ? auditToCsv(newestFirst) : auditToJson(newestFirst);
      downloadText(datedFileName('cluster-guard-audit', format), text, format === 'csv' ? 'text/csv' : 'application/json');
    } catch (error) {
      setExportError(String(error));
    }
  };

  return (
    <section class="card" aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('optionsAuditHeading')}</h2>
      <p data-testid="audit-count">
        {entries.length === 0 ? t('optionsAuditEmpty') : t('optionsAuditCount', [String(entries.length), String(AUDIT_CAPACITY)])}
        {entries.length > AUDIT_ROWS_SHOWN ? ` ${t('optionsAuditShowingNewest', [String(AUDIT_ROWS_SHOWN)])}` : ''}
      </p>
      <div class="actions">
        <button type="button" disabled={entries.length === 0} onClick={() => exportAs('csv')}>
          {t('optionsAuditExportCsv')}
        </button>
        <button type="button" disabled={entries.length === 0} onClick={() => exportAs('json')}>
          {t('optionsAuditExportJson')}
        </button>
      </div>
      {exportError ? (
        <p class="notice notice-error" role="alert">
          {t('optionsAuditExportFailed', [exportError])}
        </p>
      ) : null}
      {newest.length > 0 ? (
        <div class="table-wrap">
          <table data-testid="audit-table">
            <caption class="visually-hidden">{t('optionsAuditCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('optionsAuditTime')}</th>
                <th scope="col">{t('optionsAuditProject')}</th>
                <th scope="col">{t('optionsAuditEnvironment')}</th>
                <th scope="col">{t('optionsAuditTitle')}</th>
                <th scope="col">{t('optionsAuditResource')}</th>
                <th scope="col">{t('optionsAuditOutcome')}</th>
              </tr>
            </thead>
            <tbody>
              {newest.map((entry, i) => (
                <tr key={`${entry.time}-${i}`}>
                  <td class="nowrap">
                    <time dateTime={entry.time}>{formatTime(entry.time)}</time>
                  </td>
                  <td class="mono-inline">{entry.project}</td>
                  <td>{entry.environment}</td>
                  <td>{entry.title}</td>
                  <td>
                    <span class="mono-inline">{entry.resourceName ?? '—'}</span>
                    {entry.kind ? <span class="subtle"> · {storedKindName(entry.kind)}</span> : null}
                  </td>
                  <td>
                    <span class={`outcome outcome-${entry.outcome}`}>{outcomeName(entry.outcome)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
