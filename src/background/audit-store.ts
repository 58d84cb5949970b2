/** The audit trail in storage.local (the `auditLog` item): the newest 1,000 guarded dialogs. */
import { appendAuditEntry, type AuditEntry } from '../core/audit';
import { storage } from '../platform/storage';

// One append at a time: two guarded dialogs recorded at once must both be kept.
let queue: Promise<unknown> = Promise.resolve();

export function recordAudit(entry: AuditEntry): Promise<void> {
  const next = queue.then(async () => {
    await storage.auditLog.set(appendAuditEntry(await storage.auditLog.get(), entry));
  });
  queue = next.catch(() => undefined);
  return next;
}
