/**
 * A write the browser refused because extension storage is full, as the
 * background reports it (the `storageProblem` item of platform/storage,
 * session storage: it has its own quota). Pure.
 */
import { isRecord } from './is-record';

export interface StorageProblem {
  at: number;
  message: string;
}

/** Chrome: `QUOTA_BYTES quota exceeded`; Firefox: a QuotaExceededError. */
export function isQuotaError(error: unknown): boolean {
  const name = isRecord(error) && typeof error.name === 'string' ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  return name === 'QuotaExceededError' || /quota/i.test(message);
}

export function readStorageProblem(stored: unknown): StorageProblem | null {
  if (!isRecord(stored) || typeof stored.at !== 'number' || typeof stored.message !== 'string') return null;
  return { at: stored.at, message: stored.message };
}
