/**
 * Mirrors the personal settings between storage.local (the source the rest
 * of the extension reads) and storage.sync, in both directions, for the
 * person's other browsers. Each round reads both, lets core/sync-plan decide
 * (parse, merge, chunk, quota), then writes: the merged settings to
 * storage.local first (a sealed write, so they go through the same check
 * and publication as a save on the options page), then storage.sync, then
 * the base and the status. Rounds run one at a time. Off when the person
 * turned sync off: nothing is read from or written to storage.sync.
 */
import { readSettings } from '../core/settings';
import { isQuotaError } from '../core/storage-problem';
import { planSync, type SyncTrigger } from '../core/sync-plan';
import { getSealed, storage, syncArea } from '../platform/storage';
import { sealsReady } from './storage-integrity';

/** Writes the person's saves together (storage.sync allows about two writes a second, 1,800 an hour). */
const LOCAL_CHANGE_DELAY_MS = 400;

async function round(trigger: SyncTrigger): Promise<void> {
  await sealsReady();
  if (!(await storage.syncPreference.get()).enabled) return;
  const [settings, base] = await Promise.all([getSealed(storage.settings), getSealed(storage.syncBase)]);
  // A value a content script put there is put back by storage-integrity, which starts another round.
  if (!settings.sealed || !base.sealed) return;
  const syncItems = await syncArea.get();
  const plan = planSync({ localStored: settings.stored ?? null, syncItems, baseStored: base.value, trigger, now: Date.now() });
  // A save here or a copy from elsewhere that arrived while planning is not overwritten: its change event queues the next round.
  const unchanged = async () =>
    JSON.stringify((await getSealed(storage.settings)).stored) === JSON.stringify(settings.stored) && JSON.stringify(await syncArea.get()) === JSON.stringify(syncItems);
  if ((plan.localPersonal || plan.syncWrite) && !(await unchanged())) return;
  if (plan.localPersonal) {
    await storage.settings.set({ ...readSettings(settings.stored ?? null).settings, personal: plan.localPersonal });
  }
  if (plan.syncWrite) {
    try {
      await syncArea.write(plan.syncWrite.set, plan.syncWrite.remove);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await storage.syncStatus.set({ kind: 'failed', at: Date.now(), message: isQuotaError(error) ? `storage.sync refused the write: ${message}` : message });
      return;
    }
  }
  if (plan.base !== undefined) await storage.syncBase.set(plan.base);
  await storage.syncStatus.set(plan.status);
}

let queue: Promise<unknown> = Promise.resolve();

/** One sync round after those already queued. */
export function syncSettings(trigger: SyncTrigger): Promise<void> {
  const next = queue.then(() => round(trigger));
  queue = next.catch(() => undefined);
  return next;
}

/**
 * At start, and whenever the settings, storage.sync or the preference
 * change. Call once, synchronously at the top level of the background.
 */
export function keepSettingsSynced(onFailure: (error: unknown) => void): void {
  const run = (trigger: SyncTrigger) => void syncSettings(trigger).catch(onFailure);
  let timer: ReturnType<typeof setTimeout> | undefined;
  run('start');
  storage.settings.watch(() => {
    clearTimeout(timer);
    timer = setTimeout(() => run('local'), LOCAL_CHANGE_DELAY_MS);
  });
  syncArea.watch(() => run('remote'));
  storage.syncPreference.watch((preference, previous) => {
    if (preference.enabled && !previous.enabled) run('start');
  });
}
