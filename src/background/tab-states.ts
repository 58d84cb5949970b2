/**
 * The per-tab map of what each console tab shows, kept in storage.session so
 * it survives the service worker being stopped. Part 2's guard reads it to
 * warn about other environments open in other tabs.
 */
import browser from 'webextension-polyfill';
import type { TabEnvironment } from '../platform/messages';
import { SESSION_KEYS } from '../platform/storage-keys';

export interface TabState {
  project: string | null;
  environment: TabEnvironment | null;
  updatedAt: number;
}

export type TabStates = Record<string, TabState>;

// Serialise read-modify-write cycles so two tabs reporting at once cannot lose an update.
let queue: Promise<unknown> = Promise.resolve();

function update(mutate: (states: TabStates) => void): Promise<void> {
  const next = queue.then(async () => {
    const stored = await browser.storage.session.get(SESSION_KEYS.tabStates);
    const states = (stored[SESSION_KEYS.tabStates] as TabStates | undefined) ?? {};
    mutate(states);
    await browser.storage.session.set({ [SESSION_KEYS.tabStates]: states });
  });
  queue = next.catch(() => undefined);
  return next;
}

export async function readTabStates(): Promise<TabStates> {
  const stored = await browser.storage.session.get(SESSION_KEYS.tabStates);
  return (stored[SESSION_KEYS.tabStates] as TabStates | undefined) ?? {};
}

export function setTabState(tabId: number, state: Omit<TabState, 'updatedAt'>): Promise<void> {
  return update((states) => {
    states[tabId] = { ...state, updatedAt: Date.now() };
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return update((states) => {
    delete states[tabId];
  });
}
