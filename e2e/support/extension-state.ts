/**
 * Reads and writes the extension's own state from tests, through its
 * background context (service worker in Chromium, event page in Firefox).
 */
import { readRing, ringEntries, type AuditEntry } from '../../src/core/audit';
import { LOCAL_KEYS, SESSION_KEYS } from '../../src/platform/storage-keys';
import type { ExtensionSession } from './launch';

export async function storeSettings(session: ExtensionSession, value: unknown): Promise<void> {
  await session.evaluateInBackground(`chrome.storage.local.set({ ${JSON.stringify(LOCAL_KEYS.settings)}: ${JSON.stringify(value)} }).then(() => true)`);
}

export async function clearSettings(session: ExtensionSession): Promise<void> {
  await session.evaluateInBackground(`chrome.storage.local.remove(${JSON.stringify(LOCAL_KEYS.settings)}).then(() => true)`);
}

/** The badge text the browser holds for the tab showing `project`, or null when no tab reported it. */
export async function badgeForProject(session: ExtensionSession, project: string): Promise<string | null> {
  return session.evaluateInBackground<string | null>(`(async () => {
    const states = (await chrome.storage.session.get(${JSON.stringify(SESSION_KEYS.tabStates)}))[${JSON.stringify(SESSION_KEYS.tabStates)}] || {};
    const tabId = Object.keys(states).find((id) => states[id].project === ${JSON.stringify(project)});
    return tabId === undefined ? null : chrome.action.getBadgeText({ tabId: Number(tabId) });
  })()`);
}

/** The audit trail, oldest first, as the background stored it. */
export async function readAuditLog(session: ExtensionSession): Promise<AuditEntry[]> {
  const ring = await session.evaluateInBackground<unknown>(
    `chrome.storage.local.get(${JSON.stringify(LOCAL_KEYS.auditLog)}).then((r) => r[${JSON.stringify(LOCAL_KEYS.auditLog)}] ?? null)`,
  );
  return ringEntries(readRing(ring));
}
