/**
 * Chrome: storage.local for trusted contexts only (this extension's pages
 * and background), so content scripts, and so a compromised page's
 * content-script world, cannot read or write it; storage.sync too (settings
 * sync, background/sync-settings), so they cannot reach the synced copy.
 * storage.session is trusted-only by default: it is left so, never widened.
 * Firefox has `setAccessLevel` for session only; its storage.local stays
 * reachable and is guarded by seals (storage-integrity), and what storage.sync
 * holds is checked, and held when it would take protection away, before use.
 */
type AccessLevelArea = { setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }) => Promise<void> };

/** Whether `area` is now closed to content scripts. */
async function closeToContentScripts(area: 'local' | 'sync', fallback: string): Promise<boolean> {
  const storageArea = (globalThis as { chrome?: { storage?: Partial<Record<'local' | 'sync', AccessLevelArea>> } }).chrome?.storage?.[area];
  if (typeof storageArea?.setAccessLevel !== 'function') return false;
  try {
    await storageArea.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch (error) {
    console.warn(`[Cluster Guard] storage.${area} could not be closed to content scripts; ${fallback}`, error);
    return false;
  }
}

export const closeLocalToContentScripts = () => closeToContentScripts('local', 'seals guard it');
export const closeSyncToContentScripts = () => closeToContentScripts('sync', 'what it holds is checked before use');
