/**
 * The per-tab map of what each console tab shows (the `tabStates` item,
 * storage.session, so it survives the service worker being stopped). The
 * guard reads it to warn about other environments open in other tabs.
 */
import type { TabState, TabStates } from '../core/tab-state';
import { storage } from '../platform/storage';

// Serialise read-modify-write cycles so two tabs reporting at once cannot lose an update.
let queue: Promise<unknown> = Promise.resolve();

function update(mutate: (states: TabStates) => void): Promise<void> {
  const next = queue.then(async () => {
    const states = await storage.tabStates.get();
    mutate(states);
    await storage.tabStates.set(states);
  });
  queue = next.catch(() => undefined);
  return next;
}

export function readTabStates(): Promise<TabStates> {
  return storage.tabStates.get();
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
