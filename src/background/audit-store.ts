/**
 * The audit trail in storage.local (the `auditLog` item): the newest 1,000
 * guarded dialogs, at most 1 MiB (core/audit). A write the browser refuses
 * for lack of room is reported (the `storageProblem` item) and the previous
 * value stays: no write ever removes audit entries to make room, so a policy
 * too large to publish cannot erase the trail.
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

async function reportIfQuota(error: unknown): Promise<void> {
  if (!isQuotaError(error)) return;
  await storage.storageProblem.set({ at: Date.now(), message: error instanceof Error ? error.message : String(error) }).catch(() => undefined);
}

/** Runs `write`; if the browser refuses it for lack of room, reports that and rethrows: the previous value stays. */
export async function withStorageRoom(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    await reportIfQuota(error);
    throw error;
  }
}

/**
 * Changes the trail (in place) and stores it bounded. When the browser
 * refuses it for lack of room, that is reported and the trail keeps its
 * newer half: the trail makes room for its own entries, never for others.
 */
export function changeAuditTrail(change: (trail: AuditEntry[]) => void): Promise<void> {
  return serially(async () => {
    const trail = appendAuditEntry(await storage.auditLog.get(), null);
    change(trail);
    try {
      await storage.auditLog.set(appendAuditEntry(trail, null));
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      await reportIfQuota(error);
      await storage.auditLog.set(trail.slice(Math.floor(trail.length / 2)));
    }
  });
}

/** Adds `entry`, checked and capped (core/audit). */
export function recordAudit(entry: AuditEntry): Promise<void> {
  return changeAuditTrail((trail) => void appendAuditEntry(trail, entry));
}
