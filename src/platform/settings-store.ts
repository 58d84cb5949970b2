/** Reads and watches the personal settings in storage.local. Thin browser glue. */
import browser from 'webextension-polyfill';
import { readSettings, type Settings, type SettingsReadResult } from '../core/settings';
import { LOCAL_KEYS } from './storage-keys';

export async function loadSettings(): Promise<SettingsReadResult> {
  const stored = await browser.storage.local.get(LOCAL_KEYS.settings);
  return readSettings(stored[LOCAL_KEYS.settings]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [LOCAL_KEYS.settings]: settings });
}

/** Calls back with the new settings whenever they change in any context. Returns an unsubscribe. */
export function watchSettings(onChange: (result: SettingsReadResult) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && LOCAL_KEYS.settings in changes) onChange(readSettings(changes[LOCAL_KEYS.settings]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
