/**
 * Where settings sync stands, as the background records it for the options
 * page, and whether the person turned it off. Pure; readers are lenient.
 */
import { isRecord } from './is-record';

export type SyncStatus =
  | { kind: 'synced'; at: number; bytes: number; takenFromRemote: number; deletedByRemote: number; conflicts: string[] }
  /** Kept in this browser only: the copy would not fit storage.sync's quota. */
  | { kind: 'too-large'; at: number; bytes: number; limit: number }
  /** storage.sync holds a copy that would take these protections away here; held, nothing changed (core/sync-hold). */
  | { kind: 'held'; at: number; takenAway: string[] }
  /** storage.sync holds a copy that cannot be used; nothing here changed. */
  | { kind: 'remote-unreadable'; at: number; reason: string }
  /** This browser's own settings cannot be read (the options page explains); nothing is synced. */
  | { kind: 'local-unreadable'; at: number }
  /** The browser refused the write (quota, write rate, sync unavailable). */
  | { kind: 'failed'; at: number; message: string };

const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

export function readSyncStatus(stored: unknown): SyncStatus | null {
  if (!isRecord(stored)) return null;
  const at = num(stored.at);
  if (at === null) return null;
  switch (stored.kind) {
    case 'synced': {
      const conflicts = Array.isArray(stored.conflicts) ? stored.conflicts.filter((line): line is string => typeof line === 'string') : [];
      return { kind: 'synced', at, bytes: num(stored.bytes) ?? 0, takenFromRemote: num(stored.takenFromRemote) ?? 0, deletedByRemote: num(stored.deletedByRemote) ?? 0, conflicts };
    }
    case 'too-large':
      return { kind: 'too-large', at, bytes: num(stored.bytes) ?? 0, limit: num(stored.limit) ?? 0 };
    case 'held':
      return { kind: 'held', at, takenAway: Array.isArray(stored.takenAway) ? stored.takenAway.filter((line): line is string => typeof line === 'string') : [] };
    case 'remote-unreadable':
      return { kind: 'remote-unreadable', at, reason: typeof stored.reason === 'string' ? stored.reason : '' };
    case 'local-unreadable':
      return { kind: 'local-unreadable', at };
    case 'failed':
      return { kind: 'failed', at, message: typeof stored.message === 'string' ? stored.message : '' };
    default:
      return null;
  }
}

/** Sync is on unless the person turned it off. */
export interface SyncPreference {
  enabled: boolean;
}

export function readSyncPreference(stored: unknown): SyncPreference {
  return { enabled: !(isRecord(stored) && stored.enabled === false) };
}
