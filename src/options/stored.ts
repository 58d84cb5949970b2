/**
 * Lenient reader for the settings quarantine the background keeps (see
 * background/settings-maintenance). Anything unusable reads as null. Pure.
 */
import { isRecord } from '../core/is-record';

export interface Quarantine {
  savedAt: number | null;
  value: unknown;
  problems: string[];
}

export function readQuarantine(stored: unknown): Quarantine | null {
  if (!isRecord(stored)) return null;
  const problems = Array.isArray(stored.problems) ? stored.problems.filter((p): p is string => typeof p === 'string') : [];
  const savedAt = typeof stored.savedAt === 'number' && Number.isFinite(stored.savedAt) ? stored.savedAt : null;
  return { savedAt, value: stored.value, problems };
}

/** What "Download the kept-aside settings" saves: the value exactly as it was stored. */
export function quarantineFileText(quarantine: Quarantine): string {
  return JSON.stringify(quarantine.value, null, 2) ?? 'null';
}
