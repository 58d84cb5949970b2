/**
 * The audit trail in storage.local (the `auditLog` item): the newest 1,000
 * guarded dialogs, at most 1 MiB (core/audit). When the browser refuses a
 * write for lack of room, older audit entries make way for it: settings and
 * policies matter more than history, and the refusal is reported.
 */
import { appendAuditEntry, type AuditEntry } from '../core/audit';
import { isQuotaError } from '../core/storage-problem';
import { storage } from '../platform/storage';

// One change at a time: two guarded dialogs recorded at once must both be kept.
let queue: Promise<unknown> = Promise.resolve();

function serially(change: () => Promise<void>): Promise<void> {
  const next = queue.then(change);
  queue = next.catch(() => undefined);
  return next;
}

/** Drops the older half of the trail (all of it when it is one entry or none). */
function shrinkAuditTrail(): Promise<void> {
  return serially(async () => {
    const trail = await storage.auditLog.get();
    if (trail.length <= 1) await storage.auditLog.remove();
    else await storage.auditLog.set(trail.slice(Math.floor(trail.length / 2)));
  });
}

/**
 * Runs `write`; if the browser refuses it for lack of room, reports that,
 * makes room by shrinking the audit trail and tries once more.
 */
export async function withStorageRoom(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    await storage.storageProblem.set({ at: Date.now(), message: error instanceof Error ? error.message : String(error) }).catch(() => undefined);
    await shrinkAuditTrail();
    await write();
  }
}

export function recordAudit(entry: AuditEntry): Promise<void> {
  return serially(async () => {
    const trail = appendAuditEntry(await storage.auditLog.get(), entry);
    try {
      await storage.auditLog.set(trail);
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      await storage.storageProblem.set({ at: Date.now(), message: error instanceof Error ? error.message : String(error) }).catch(() => undefined);
      await storage.auditLog.set(trail.slice(Math.floor(trail.length / 2)));
    }
  });
}
