/** Writes the personal settings to storage.local (reading is in policy-store). Thin browser glue. */
import browser from 'webextension-polyfill';
import { settingsToStored, type Settings } from '../core/settings';
import { LOCAL_KEYS } from './storage-keys';

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [LOCAL_KEYS.settings]: settingsToStored(settings) });
}
