/**
 * Reads and writes the extension's own state from tests, through its
 * background context (service worker in Chromium, event page in Firefox),
 * by the items of src/platform/storage: the same keys and readers the
 * extension uses.
 */
import type { AuditEntry } from '../../src/core/audit';
import { storage, type StorageItem } from '../../src/platform/storage';
import type { ExtensionSession } from './launch';

type ReadableItem<T> = Pick<StorageItem<T>, 'area' | 'key' | 'read'>;

/** What `item` reads as in the running extension. */
export async function readItem<T>(session: ExtensionSession, item: ReadableItem<T>): Promise<T> {
  const stored = await session.evaluateInBackground<unknown>(
    `chrome.storage.${item.area}.get(${JSON.stringify(item.key)}).then((r) => r[${JSON.stringify(item.key)}] ?? null)`,
  );
  return item.read(stored);
}

/** Stores `value` as the settings, as they are (tests store broken ones too). */
export async function storeSettings(session: ExtensionSession, value: unknown): Promise<void> {
  await session.evaluateInBackground(`chrome.storage.local.set({ ${JSON.stringify(storage.settings.key)}: ${JSON.stringify(value)} }).then(() => true)`);
}

export async function clearSettings(session: ExtensionSession): Promise<void> {
  await session.evaluateInBackground(`chrome.storage.local.remove(${JSON.stringify(storage.settings.key)}).then(() => true)`);
}

/** The badge texts the browser holds for the tabs showing `project` (none when no tab reported it). */
export async function badgesForProject(session: ExtensionSession, project: string): Promise<string[]> {
  const states = await readItem(session, storage.tabStates);
  const tabIds = Object.keys(states).filter((id) => states[id]!.project === project).map(Number);
  return session.evaluateInBackground<string[]>(`Promise.all(${JSON.stringify(tabIds)}.map((tabId) => chrome.action.getBadgeText({ tabId })))`);
}

/** The badge text the browser holds for the tab showing `project`, or null when no tab reported it. */
export async function badgeForProject(session: ExtensionSession, project: string): Promise<string | null> {
  return (await badgesForProject(session, project))[0] ?? null;
}

/** The audit trail, oldest first, as the background stored it. */
export function readAuditLog(session: ExtensionSession): Promise<AuditEntry[]> {
  return readItem(session, storage.auditLog);
}

/** The id of the tab showing `project`, as its content script reported it (polls until it has). */
export async function tabIdForProject(session: ExtensionSession, project: string): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const states = await readItem(session, storage.tabStates);
    const id = Object.keys(states).find((key) => states[key]!.project === project);
    if (id !== undefined) return Number(id);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no tab reported project ${project}`);
}

/** The id of the tab on the site page at `url`, as the background recorded it from the browser's word (polls until it has). */
export async function tabIdForSitePage(session: ExtensionSession, url: string): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const states = await readItem(session, storage.tabStates);
    const id = Object.keys(states).find((key) => states[key]!.site?.url === url);
    if (id !== undefined) return Number(id);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no tab recorded for the site page ${url} (recorded: ${JSON.stringify(await readItem(session, storage.tabStates))})`);
}

/** The badge text the browser holds for tab `tabId`. */
export function badgeForTab(session: ExtensionSession, tabId: number): Promise<string> {
  return session.evaluateInBackground<string>(`chrome.action.getBadgeText({ tabId: ${tabId} })`);
}
