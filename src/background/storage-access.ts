/**
 * Chrome: storage.local for trusted contexts only (this extension's pages
 * and background), so content scripts, and so a compromised page's
 * content-script world, cannot read or write it. storage.session is
 * trusted-only by default: it is left so, never widened. Firefox has
 * `setAccessLevel` for session only; its storage.local stays reachable and
 * is guarded by seals (storage-integrity).
 */
/** storage.sync too (settings sync, background/sync-settings): where the browser allows it, content scripts cannot reach the synced copy. */
export async function closeSyncToContentScripts(): Promise<boolean> {
  const sync = (globalThis as { chrome?: { storage?: { sync?: AccessLevelArea } } }).chrome?.storage?.sync;
  if (typeof sync?.setAccessLevel !== 'function') return false;
  try {
    await sync.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch (error) {
    console.warn('[Cluster Guard] storage.sync could not be closed to content scripts; what it holds is checked before use', error);
    return false;
  }
}

type AccessLevelArea = { setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }) => Promise<void> };

/** Whether storage.local is now closed to content scripts. */
export async function closeLocalToContentScripts(): Promise<boolean> {
  const chromeStorage = (globalThis as { chrome?: { storage?: { local?: AccessLevelArea } } }).chrome?.storage;
  const local = chromeStorage?.local;
  if (typeof local?.setAccessLevel !== 'function') return false;
  try {
    await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch (error) {
    console.warn('[Cluster Guard] storage.local could not be closed to content scripts; seals guard it', error);
    return false;
  }
}
