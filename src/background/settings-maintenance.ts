/**
 * Keeps stored settings healthy without ever losing them:
 *  - an older schema version is migrated, with the original kept in `settingsBackup`;
 *  - a value that cannot be read is copied to `settingsQuarantine` (and left in
 *    place, not overwritten), while the readable part and the defaults apply;
 *    the options page shows a notice until the user resolves it.
 * Only the background writes these items, so many tabs never race to do it.
 */
import type { SettingsReadResult } from '../core/settings';
import { storage, writeItems } from '../platform/storage';

/** `raw`: the stored settings as read; `read`: what readSettings made of them. */
export async function maintainSettings(raw: unknown, read: SettingsReadResult): Promise<void> {
  if (read.corrupt) {
    const kept = await storage.settingsQuarantine.get();
    if (JSON.stringify(kept?.value) !== JSON.stringify(raw)) {
      await storage.settingsQuarantine.set({ savedAt: Date.now(), value: raw, problems: read.problems });
    }
    return;
  }
  if (read.migratedFrom !== null) {
    // One write: the backup is never missing while the migrated value is in place.
    await writeItems([storage.settingsBackup, { savedAt: Date.now(), fromVersion: read.migratedFrom, value: raw }], [storage.settings, read.settings]);
  }
}
