/**
 * The team policy as the background keeps it in storage (the `teamPolicy`
 * and `teamPolicyStatus` items of platform/storage), and their lenient
 * readers. Pure, and free of the validator: the cached policy was checked
 * when it was fetched (core/policy/sync-state).
 */
import { isRecord } from '../is-record';
import { readPolicyLeniently } from './lenient';
import type { Policy } from './types';

export type TeamUrlSource = 'managed' | 'user';

/** storage.local `teamPolicyStatus`. */
export interface TeamPolicyStatus {
  url: string | null;
  lastAttemptAt: number | null;
  lastSuccessAt: number | null;
  lastError: string | null;
  /** Where the URL came from: the administrator's managed storage or the user's settings. */
  source: TeamUrlSource | null;
}

/** storage.local `teamPolicy`: the last known good team policy. */
export interface TeamPolicyCache {
  url: string;
  etag: string | null;
  fetchedAt: number;
  /** The policy file object as fetched and validated. */
  policy: unknown;
}

export interface TeamSyncState {
  cache: TeamPolicyCache | null;
  status: TeamPolicyStatus;
}

export const EMPTY_TEAM_STATUS: TeamPolicyStatus = { url: null, lastAttemptAt: null, lastSuccessAt: null, lastError: null, source: null };

const finiteOrNull = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const textOrNull = (value: unknown) => (typeof value === 'string' && value ? value : null);

/** The stored `teamPolicy`, leniently: anything unusable reads as absent. */
export function readTeamCache(stored: unknown): TeamPolicyCache | null {
  if (!isRecord(stored) || typeof stored.url !== 'string' || !('policy' in stored)) return null;
  return { url: stored.url, etag: textOrNull(stored.etag), fetchedAt: finiteOrNull(stored.fetchedAt) ?? 0, policy: stored.policy };
}

/** The stored `teamPolicyStatus`, leniently: null when nothing usable is stored. */
export function readTeamStatus(stored: unknown): TeamPolicyStatus | null {
  if (!isRecord(stored)) return null;
  return {
    url: textOrNull(stored.url),
    lastAttemptAt: finiteOrNull(stored.lastAttemptAt),
    lastSuccessAt: finiteOrNull(stored.lastSuccessAt),
    lastError: textOrNull(stored.lastError),
    source: stored.source === 'managed' || stored.source === 'user' ? stored.source : null,
  };
}

/** Both, as one state; a missing status reads as the empty one. */
export function readTeamSyncState(storedCache: unknown, storedStatus: unknown): TeamSyncState {
  return { cache: readTeamCache(storedCache), status: readTeamStatus(storedStatus) ?? { ...EMPTY_TEAM_STATUS } };
}

/** The cached team policy, read leniently: it was checked when it was fetched. */
export function teamPolicyOf(cache: TeamPolicyCache | null): Policy | null {
  if (!cache || !isRecord(cache.policy)) return null;
  return readPolicyLeniently(cache.policy, { path: 'teamPolicy.policy', patternKey: 'match', problems: [] });
}
