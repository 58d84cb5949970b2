/**
 * Keeps stored settings healthy without ever losing them:
 *  - an older schema version is migrated, with the original kept in `settingsBackup`;
 *  - a value that cannot be read is copied to `settingsQuarantine` (and left in
 *    place, not overwritten), while the readable part and the defaults apply;
 *    the options page shows a notice until the user resolves it.
 * Only the background writes these keys, so many tabs never race to do it.
 */
import browser from 'webextension-polyfill';
import { readSettings, settingsToStored } from '../core/settings';
import { LOCAL_KEYS } from '../platform/storage-keys';

export async function maintainSettings(): Promise<void> {
  const stored = await browser.storage.local.get([LOCAL_KEYS.settings, LOCAL_KEYS.settingsQuarantine]);
  const raw = stored[LOCAL_KEYS.settings];
  const read = readSettings(raw);
  if (read.corrupt) {
    const kept = stored[LOCAL_KEYS.settingsQuarantine] as { value?: unknown } | undefined;
    if (JSON.stringify(kept?.value) !== JSON.stringify(raw)) {
      await browser.storage.local.set({ [LOCAL_KEYS.settingsQuarantine]: { savedAt: Date.now(), value: raw, problems: read.problems } });
    }
    return;
  }
  if (read.migratedFrom !== null) {
    await browser.storage.local.set({
      [LOCAL_KEYS.settingsBackup]: { savedAt: Date.now(), fromVersion: read.migratedFrom, value: raw },
      [LOCAL_KEYS.settings]: settingsToStored(read.settings),
    });
  }
}
