/** The audit trail in storage.local: a ring buffer of the last 1,000 guarded dialogs. */
import browser from 'webextension-polyfill';
import { appendToRing, auditToCsv, auditToJson, readRing, ringEntries, type AuditEntry } from '../core/audit';
import { LOCAL_KEYS } from '../platform/storage-keys';

let queue: Promise<unknown> = Promise.resolve();

export function recordAudit(entry: AuditEntry): Promise<void> {
  const next = queue.then(async () => {
    const stored = await browser.storage.local.get(LOCAL_KEYS.auditLog);
    const ring = appendToRing(readRing(stored[LOCAL_KEYS.auditLog]), entry);
    await browser.storage.local.set({ [LOCAL_KEYS.auditLog]: ring });
  });
  queue = next.catch(() => undefined);
  return next;
}

export async function readAudit(): Promise<AuditEntry[]> {
  await queue;
  const stored = await browser.storage.local.get(LOCAL_KEYS.auditLog);
  return ringEntries(readRing(stored[LOCAL_KEYS.auditLog]));
}

export async function exportAudit(format: 'json' | 'csv'): Promise<string> {
  const entries = await readAudit();
  return format === 'csv' ? auditToCsv(entries) : auditToJson(entries);
}
