/**
 * What the user must know before anything else: protection a new policy
 * removed, stored settings that could not be read (kept aside by the
 * background), and problems with the policies in force.
 */
import type { ProtectionNotice } from '../../core/policy/protection-notice';
import type { StorageProblem } from '../../core/storage-problem';
import type { SettingsQuarantine } from '../../core/stored-settings';
import { storage } from '../../platform/storage';
import { t } from '../../platform/i18n';
import { datedFileName, downloadText } from '../download';
import { quarantineFileText } from '../quarantine-file';
import { formatTime } from '../../platform/words';

interface Props {
  quarantine: SettingsQuarantine | null;
  protection: ProtectionNotice | null;
  storageProblem: StorageProblem | null;
  problems: readonly string[];
}

export function Notices({ quarantine, protection, storageProblem, problems }: Props) {
  if (!quarantine && !protection && !storageProblem && problems.length === 0) return null;
  return (
    <section class="notices" aria-labelledby="notices-heading">
      <h2 id="notices-heading">{t('optionsNoticesHeading')}</h2>
      {protection ? (
        <div class="notice notice-error" role="alert" data-testid="protection-notice">
          <h3>{t('optionsProtectionRemovedTitle')}</h3>
          <p>{t('optionsProtectionRemovedText')}</p>
          <ul class="mono-list">
            {protection.losses.map((loss, i) => (
              <li key={i}>
                {formatTime(loss.at)}: {loss.text}
              </li>
            ))}
          </ul>
          <div class="actions">
            <button type="button" class="secondary" onClick={() => void storage.protectionNotice.remove()}>
              {t('optionsProtectionRemovedDismiss')}
            </button>
          </div>
        </div>
      ) : null}
      {storageProblem ? (
        <p class="notice notice-warning" data-testid="storage-full">
          {t('optionsStorageFull', [formatTime(storageProblem.at), storageProblem.message])}
        </p>
      ) : null}
      {quarantine ? (
        <div class="notice notice-error" data-testid="quarantine-notice">
          <h3>{t('optionsQuarantineTitle')}</h3>
          <p>{t('optionsQuarantineText', [formatTime(quarantine.savedAt)])}</p>
          {quarantine.problems.length > 0 ? (
            <details>
              <summary>{t('optionsQuarantineDetails', [String(quarantine.problems.length)])}</summary>
              <ul class="mono-list">
                {quarantine.problems.map((problem, i) => (
                  <li key={i}>{problem}</li>
                ))}
              </ul>
            </details>
          ) : null}
          <div class="actions">
            <button type="button" onClick={() => downloadText(datedFileName('cluster-guard-kept-aside-settings', 'json'), quarantineFileText(quarantine))}>
              {t('optionsQuarantineDownload')}
            </button>
            <button type="button" class="secondary" onClick={() => void storage.settingsQuarantine.remove()}>
              {t('optionsQuarantineDismiss')}
            </button>
          </div>
        </div>
      ) : null}
      {problems.length > 0 ? (
        <div class="notice notice-warning" data-testid="policy-problems">
          <h3>{t('optionsProblemsHeading')}</h3>
          <ul class="mono-list">
            {problems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
