/**
 * Every key this extension keeps in browser storage, each defined once here
 * with its area, reader, writer, fallback, version and watcher. Nothing else
 * spells a key or calls `storage.*` directly (eslint enforces it): other
 * modules use these items.
 *
 * A reader never throws: what is absent or unusable reads as the item's
 * fallback. Readers are lenient, not validators: data a person or an
 * administrator wrote (`settings`, the managed values) reads as it is and is
 * checked by core (readSettings, readManagedValues) in the background and the
 * options page; everything else was written by this extension, checked.
 *
 * `defineItem` is the dozen lines WXT's `storage.defineItem` and Refined
 * GitHub's `StorageItem` would give. @wxt-dev/storage 1.3 was measured and
 * not used: 3.7 kB minified+gzip in the content script (about a quarter of
 * it), and its versions live in a separate `key$` meta key and migrate in
 * whichever context defines the item first, where ours are part of each
 * stored value and only the background migrates, keeping a backup.
 */
import { readAuditTrail, type AuditEntry } from '../core/audit';
import { lastGoodToStored, readLastGood, type ManagedLastGood } from '../core/policy/fail-closed';
import { readProtectionNotice, type ProtectionNotice } from '../core/policy/protection-notice';
import { configuredTeamUrl } from '../core/policy/team-url';
import { readTabPolicy, tabPolicyToStored, NO_TAB_POLICY, TAB_POLICY_VERSION, type PublishedPolicy, type TabPolicy } from '../core/policy/tab-policy';
import { readTeamCache, readTeamStatus, type TeamPolicyCache, type TeamPolicyStatus } from '../core/policy/team-cache';
import {
  readBackup,
  readQuarantine,
  settingsToStored,
  SETTINGS_SCHEMA_VERSION,
  type Settings,
  type SettingsBackup,
  type SettingsQuarantine,
} from '../core/stored-settings';
import { readStorageProblem, type StorageProblem } from '../core/storage-problem';
import { isSyncKey } from '../core/sync-chunks';
import { readSyncPreference, readSyncStatus, type SyncPreference, type SyncStatus } from '../core/sync-status';
import { readTabStates, type TabStates } from '../core/tab-state';
import { extensionApi } from './extension-api';
import { digestOf, sealKey } from './seal';

export type StorageAreaName = 'local' | 'session' | 'managed';

/** One stored value. `T`: what it reads as; `W`: what is written (when it differs, `write` converts). */
export interface StorageItem<T, W = T, A extends StorageAreaName = StorageAreaName> {
  readonly area: A;
  readonly key: string;
  /** The version of the stored shape this code writes; the reader also accepts the older ones. */
  readonly version: number;
  readonly fallback: T;
  /** What a stored value (e.g. from a change event) reads as. */
  read(stored: unknown): T;
  /** The value to store for `value`. */
  write(value: W): unknown;
  get(): Promise<T>;
  set(value: W): Promise<void>;
  remove(): Promise<void>;
  /** Calls back with the new and the previous value whenever it is written. Returns an unsubscribe. */
  watch(onChange: (value: T, previous: T) => void): () => void;
}

/** An item the administrator writes: this extension only reads it. */
export type ManagedItem<T> = Omit<StorageItem<T, never, 'managed'>, 'set' | 'remove' | 'write'>;

interface Definition<T, W> {
  key: string;
  version?: number;
  fallback: T;
  read: (stored: unknown) => T;
  write?: (value: W) => unknown;
}

function defineItem<T, W, A extends StorageAreaName>(area: A, definition: Definition<T, W>): StorageItem<T, W, A> {
  const { key, fallback } = definition;
  // A copy of the fallback each time, so a caller that changes what it read cannot change the fallback.
  const read = (stored: unknown): T => (stored === undefined || stored === null ? structuredClone(fallback) : definition.read(stored));
  const write = definition.write ?? ((value: W) => value);
  const storageArea = () => extensionApi().storage[area];
  return {
    area,
    key,
    version: definition.version ?? 1,
    fallback,
    read,
    write,
    async get() {
      let stored: Record<string, unknown>;
      try {
        stored = await storageArea().get(key);
      } catch (error) {
        // Where no administrator configured anything (Firefox without a managed manifest) reading throws: nothing is managed.
        if (area === 'managed') return fallback;
        throw error;
      }
      return read(stored[key]);
    },
    set: (value) => sealedWrite(area, { [key]: write(value) }, []),
    remove: () => sealedWrite(area, {}, [key]),
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, changedArea: string) => {
        const change = changedArea === area ? changes[key] : undefined;
        if (change) onChange(read(change.newValue), read(change.oldValue));
      };
      extensionApi().storage.onChanged.addListener(listener);
      return () => extensionApi().storage.onChanged.removeListener(listener);
    },
  };
}

/**
 * Writes to one area. In `local`, which Firefox's content scripts can write
 * (Chrome's cannot: background/storage-access), each key's digest is first
 * recorded in storage.session, which only this extension's own pages and
 * background can reach, so the background can tell its own writes from a
 * content script's and undo the others (background/storage-integrity).
 * When the write fails the previous seals are put back.
 */
async function sealedWrite(area: StorageAreaName, set: Record<string, unknown>, remove: readonly string[]): Promise<void> {
  const api = extensionApi().storage;
  if (area !== 'local') {
    if (remove.length > 0) await api[area].remove([...remove]);
    if (Object.keys(set).length > 0) await api[area].set(set);
    return;
  }
  const keys = [...remove, ...Object.keys(set)];
  const seals: Record<string, string> = {};
  for (const key of remove) seals[sealKey(key)] = await digestOf(undefined);
  for (const [key, value] of Object.entries(set)) seals[sealKey(key)] = await digestOf(value);
  const previous = await api.session.get(keys.map(sealKey));
  await api.session.set(seals);
  try {
    if (remove.length > 0) await api.local.remove([...remove]);
    if (Object.keys(set).length > 0) await api.local.set(set);
  } catch (error) {
    await api.session.set(previous).catch(() => undefined);
    throw error;
  }
}

/** `local<T, W>({ ... })` defines an item in storage.local, and so on. */
const itemIn =
  <const A extends StorageAreaName>(area: A) =>
  <T, W = T>(definition: Definition<T, W>): StorageItem<T, W, A> =>
    defineItem(area, definition);
const local = itemIn('local');
const session = itemIn('session');
const managed = itemIn('managed');

export const storage = {
  /** Personal settings (core/stored-settings). As stored: readSettings in core/settings decides what may be used. */
  settings: local<unknown, Settings>({
    key: 'settings',
    version: SETTINGS_SCHEMA_VERSION,
    fallback: null,
    read: (stored) => stored,
    write: settingsToStored,
  }),
  /** A stored settings value that could not be read, kept aside by the background (background/settings-maintenance). */
  settingsQuarantine: local<SettingsQuarantine | null>({ key: 'settingsQuarantine', fallback: null, read: readQuarantine }),
  /** The settings value as it was before a schema migration. */
  settingsBackup: local<SettingsBackup | null>({ key: 'settingsBackup', fallback: null, read: readBackup }),
  /** Whether the personal settings sync through storage.sync (on unless turned off; background/sync-settings). */
  syncPreference: local<SyncPreference>({ key: 'syncPreference', fallback: { enabled: true }, read: readSyncPreference }),
  /** Where settings sync stands, for the options page (core/sync-status). */
  syncStatus: local<SyncStatus | null>({ key: 'syncStatus', fallback: null, read: readSyncStatus }),
  /** The personal settings as last agreed with storage.sync, a policy file: the base of the next merge (core/sync-merge). */
  syncBase: local<unknown>({ key: 'syncBase', fallback: null, read: (stored) => stored }),
  /** The guarded dialogs, oldest first, at most 1,000 (core/audit). Version 1 was a ring buffer object. */
  auditLog: local<AuditEntry[]>({ key: 'auditLog', version: 2, fallback: [], read: (stored) => readAuditTrail(stored) }),
  /** The last known good team policy (core/policy/team-cache). */
  teamPolicy: local<TeamPolicyCache | null>({ key: 'teamPolicy', fallback: null, read: readTeamCache }),
  /** The outcome of the latest team policy sync. */
  teamPolicyStatus: local<TeamPolicyStatus | null>({ key: 'teamPolicyStatus', fallback: null, read: readTeamStatus }),
  /** Protection new policies removed, kept by the background until the options page dismisses it (core/policy/downgrade). */
  protectionNotice: local<ProtectionNotice | null>({ key: 'protectionNotice', fallback: null, read: readProtectionNotice }),
  /** The managed policy as last read valid, kept by the background: it stays in force while the administrator's is invalid (core/policy/fail-closed). */
  managedPolicyLastGood: local<ManagedLastGood | null, ManagedLastGood>({ key: 'managedPolicyLastGood', fallback: null, read: readLastGood, write: lastGoodToStored }),
  /** Every policy source, checked, as the background publishes it for content scripts (core/policy/tab-policy). */
  policyForTabs: local<TabPolicy, PublishedPolicy>({
    key: 'policyForTabs',
    version: TAB_POLICY_VERSION,
    fallback: NO_TAB_POLICY,
    read: readTabPolicy,
    write: tabPolicyToStored,
  }),
  /** What each console tab shows, by tab id, kept by the background for the browser session. */
  tabStates: session<TabStates>({ key: 'tabStates', fallback: {}, read: readTabStates }),
  /** The latest write storage.local refused for lack of room (background/audit-store), for the options page. */
  storageProblem: session<StorageProblem | null>({ key: 'storageProblem', fallback: null, read: readStorageProblem }),
  /** Managed by an administrator (public/managed_schema.json): the team policy itself. As stored: readManagedValues checks it. */
  managedPolicy: managed<unknown, never>({ key: 'policy', fallback: null, read: (stored) => stored }) as ManagedItem<unknown>,
  /** Managed: the team policy URL, trimmed; null when not set. */
  managedPolicyUrl: managed<string | null, never>({ key: 'policyUrl', fallback: null, read: configuredTeamUrl }) as ManagedItem<string | null>,
};

/**
 * storage.sync, where the personal settings are mirrored in chunks whose
 * keys core/sync-chunks names. Only the background reads and writes it
 * (background/sync-settings); storage.local stays the source everything
 * else reads.
 */
export const syncArea = {
  async get(): Promise<Record<string, unknown>> {
    const all = await extensionApi().storage.sync.get(null);
    return Object.fromEntries(Object.entries(all).filter(([key]) => isSyncKey(key)));
  },
  /** One `set` (so the chunks and their header change together), then the stale chunks go. */
  async write(set: Record<string, unknown>, remove: readonly string[]): Promise<void> {
    if (Object.keys(set).length > 0) await extensionApi().storage.sync.set(set);
    if (remove.length > 0) await extensionApi().storage.sync.remove([...remove]);
  },
  /** Calls back when any of the chunks or the header change. Returns an unsubscribe. */
  watch(onChange: () => void): () => void {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'sync' && Object.keys(changes).some(isSyncKey)) onChange();
    };
    extensionApi().storage.onChanged.addListener(listener);
    return () => extensionApi().storage.onChanged.removeListener(listener);
  },
};

type AnyItem = Pick<StorageItem<unknown>, 'area' | 'key' | 'read'>;
type ValueOf<I> = I extends { read(stored: unknown): infer T } ? T : never;

/** Several items with one storage read per area. */
export async function getItems<const I extends readonly AnyItem[]>(items: I): Promise<{ -readonly [K in keyof I]: ValueOf<I[K]> }> {
  const areas = [...new Set(items.map((item) => item.area))];
  const stored = new Map<StorageAreaName, Record<string, unknown>>();
  await Promise.all(
    areas.map(async (area) => {
      const keys = items.filter((item) => item.area === area).map((item) => item.key);
      try {
        stored.set(area, await extensionApi().storage[area].get(keys));
      } catch (error) {
        if (area !== 'managed') throw error;
        stored.set(area, {});
      }
    }),
  );
  return items.map((item) => item.read(stored.get(item.area)![item.key])) as { -readonly [K in keyof I]: ValueOf<I[K]> };
}

/** A write to one item: its new value, or `undefined` to remove it. */
export type ItemWrite = { [K in keyof typeof storage]: (typeof storage)[K] extends StorageItem<unknown, infer W> ? [item: (typeof storage)[K], value: W | undefined] : never }[keyof typeof storage];

/** Writes and removes several items of one area together (one `set`, after one `remove`). */
export async function writeItems(...writes: ItemWrite[]): Promise<void> {
  const area = writes[0]?.[0].area;
  if (!area || writes.some(([item]) => item.area !== area)) throw new Error('writeItems: give at least one item, all of one area');
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  for (const [item, value] of writes) {
    if (value === undefined) remove.push(item.key);
    else set[item.key] = (item.write as (value: unknown) => unknown)(value);
  }
  await sealedWrite(area, set, remove);
}

/** Every item of storage.local: all are sealed (see sealedWrite). */
export const SEALED_ITEMS: readonly Pick<StorageItem<unknown>, 'key' | 'read' | 'fallback'>[] = Object.values(storage).filter((item) => item.area === 'local');

/**
 * What `item` reads as if its stored value is the one this extension last
 * wrote; when it is not (a content script changed it, and the background has
 * not put it back yet) the item's fallback, and `sealed: false`.
 */
export async function getSealed<T>(item: Pick<StorageItem<T>, 'area' | 'key' | 'read' | 'fallback'>): Promise<{ value: T; stored: unknown; sealed: boolean }> {
  const api = extensionApi().storage;
  const [stored, seals] = await Promise.all([api.local.get(item.key), api.session.get(sealKey(item.key))]);
  const sealed = await matchesSeal(stored[item.key], seals[sealKey(item.key)]);
  return sealed ? { value: item.read(stored[item.key]), stored: stored[item.key], sealed } : { value: item.read(undefined), stored: undefined, sealed };
}

/** Whether `stored` (undefined: absent) is what the seal `seal` recorded; a key never written by this browser session's extension has no seal and must be absent. */
export async function matchesSeal(stored: unknown, seal: unknown): Promise<boolean> {
  const digest = await digestOf(stored);
  return typeof seal === 'string' ? seal === digest : stored === undefined;
}
