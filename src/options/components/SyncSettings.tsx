/**
 * Settings sync: the switch (on unless turned off) and where sync stands,
 * as the background records it. Rules too large to sync say so here, and
 * that they stay saved in this browser.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SyncPreference, SyncStatus } from '../../core/sync-status';
import { t } from '../../platform/i18n';
import { storage } from '../../platform/storage';

const kib = (bytes: number) => String(Math.max(1, Math.ceil(bytes / 1024)));

function statusText(status: SyncStatus | null): { text: string; problem: boolean; details: string[] } {
  if (!status) return { text: t('optionsSyncPending'), problem: false, details: [] };
  switch (status.kind) {
    case 'synced': {
      const details = [
        ...(status.takenFromRemote > 0 ? [t('optionsSyncTaken', [String(status.takenFromRemote)])] : []),
        ...(status.deletedByRemote > 0 ? [t('optionsSyncDeleted', [String(status.deletedByRemote)])] : []),
        ...status.conflicts,
      ];
      return { text: t('optionsSyncSynced', [kib(status.bytes), kib(102_400)]), problem: false, details };
    }
    case 'too-large':
      return { text: t('optionsSyncTooLarge', [kib(status.bytes), kib(status.limit)]), problem: true, details: [] };
    case 'held':
      return { text: t('optionsSyncHeld'), problem: true, details: status.takenAway };
    case 'remote-unreadable':
      return { text: t('optionsSyncRemoteUnreadable', [status.reason]), problem: true, details: [] };
    case 'local-unreadable':
      return { text: t('optionsSyncLocalUnreadable'), problem: true, details: [] };
    case 'failed':
      return { text: t('optionsSyncFailed', [status.message]), problem: true, details: [] };
  }
}

export function SyncSettings() {
  const [preference, setPreference] = useState<SyncPreference | null>(null);
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    void storage.syncPreference.get().then(setPreference);
    void storage.syncStatus.get().then(setStatus);
    const stops = [storage.syncPreference.watch(setPreference), storage.syncStatus.watch(setStatus)];
    return () => stops.forEach((stop) => stop());
  }, []);
  if (!preference) return null;
  const shown = preference.enabled ? statusText(status) : { text: t('optionsSyncOff'), problem: false, details: [] };
  return (
    <section class="card" aria-labelledby="sync-heading" id="settings-sync">
      <h2 id="sync-heading">{t('optionsSyncHeading')}</h2>
      <p class="hint">{t('optionsSyncIntro')}</p>
      <div class="field check">
        <input
          id="sync-enabled"
          type="checkbox"
          checked={preference.enabled}
          onChange={(event) => void storage.syncPreference.set({ enabled: (event.currentTarget as HTMLInputElement).checked })}
        />
        <label for="sync-enabled">{t('optionsSyncEnabled')}</label>
      </div>
      <p id="sync-status" class={shown.problem ? 'notice notice-error' : 'hint'} role={shown.problem ? 'alert' : 'status'}>
        {shown.text}
      </p>
      {shown.details.length > 0 ? (
        <ul class="hint" data-testid="sync-details">
          {shown.details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
