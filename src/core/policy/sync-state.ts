/**
 * Team policy sync, the decisions: which URL applies, whether it is allowed,
 * whether a sync is due, and what one fetch outcome does to the stored cache
 * and status. Pure: no browser globals. The fetching itself, the timers and
 * the storage writes live in background/policy-sync.
 *
 * Rules:
 *  - The administrator's URL (managed storage `policyUrl`) wins over the
 *    user's (`settings.teamPolicyUrl`).
 *  - Only `https:` URLs without credentials are fetched (core/policy/team-url).
 *  - A cache fetched from another URL never applies: changing (or clearing)
 *    the URL drops it, and the status starts afresh for the new URL.
 *  - A failed attempt (HTTP error, timeout, network or CORS failure, an
 *    invalid file) keeps the last known good policy and records lastError;
 *    only a valid file replaces it. 304 Not Modified confirms it.
 */
import { policyToFile } from './file';
import { parsePolicyText } from './parse';
import { EMPTY_TEAM_STATUS, type TeamPolicyStatus, type TeamSyncState, type TeamUrlSource } from './team-cache';
import { configuredTeamUrl, validateTeamUrl } from './team-url';
import { formatIssue } from './types';

export { EMPTY_TEAM_STATUS, readTeamSyncState, type TeamPolicyCache, type TeamPolicyStatus, type TeamSyncState, type TeamUrlSource } from './team-cache';

/** How often the background re-fetches the team policy. */
export const TEAM_SYNC_PERIOD_MINUTES = 30;
/** How long one fetch may take before it counts as failed. */
export const TEAM_FETCH_TIMEOUT_MS = 10_000;

/** What one fetch came to, as the background saw it. */
export type FetchOutcome =
  | { kind: 'ok'; status: number; etag: string | null; text: string }
  | { kind: 'not-modified' }
  | { kind: 'http-error'; status: number }
  | { kind: 'timeout'; afterMs: number }
  /** `fetch` threw: DNS, TLS, refused connection, or CORS (which the browser reports the same way). */
  | { kind: 'network-error'; message: string; hostPermission: boolean }
  /** A redirect led away from https://; the answer was discarded. */
  | { kind: 'insecure-redirect'; finalUrl: string };

export interface TeamTarget {
  /** The URL as configured, or null when neither source sets one. */
  url: string | null;
  source: TeamUrlSource | null;
}

/** The administrator's URL wins; an empty value counts as not set. */
export function effectiveTeamUrl(managedUrl: unknown, userUrl: unknown): TeamTarget {
  const managed = configuredTeamUrl(managedUrl);
  if (managed) return { url: managed, source: 'managed' };
  const user = configuredTeamUrl(userUrl);
  if (user) return { url: user, source: 'user' };
  return { url: null, source: null };
}

export type SyncPlan =
  /** No URL: drop the cache and the status. */
  | { action: 'clear'; next: TeamSyncState }
  /** The URL is not allowed: nothing is fetched; `next` records why. */
  | { action: 'refuse'; next: TeamSyncState }
  /** Fetch `url`, conditionally when `etag` is set. */
  | { action: 'fetch'; url: string; source: TeamUrlSource; etag: string | null };

/** The state carried over to `url`: a cache or status from another URL does not apply. */
function carriedOver(previous: TeamSyncState, url: string, source: TeamUrlSource): TeamSyncState {
  const cache = previous.cache?.url === url ? previous.cache : null;
  const status = previous.status.url === url ? { ...previous.status, source } : { ...EMPTY_TEAM_STATUS, url, source };
  return { cache, status };
}

/** What a sync for `target` starts with. */
export function planSync(previous: TeamSyncState, target: TeamTarget, now: number): SyncPlan {
  if (target.url === null || target.source === null) return { action: 'clear', next: { cache: null, status: { ...EMPTY_TEAM_STATUS } } };
  const checked = validateTeamUrl(target.url);
  if (!checked.ok) {
    const state = carriedOver(previous, checked.url, target.source);
    return { action: 'refuse', next: { cache: null, status: { ...state.status, lastAttemptAt: now, lastError: checked.error } } };
  }
  const state = carriedOver(previous, checked.url, target.source);
  return { action: 'fetch', url: checked.url, source: target.source, etag: state.cache?.etag ?? null };
}

/**
 * Is a sync due without anything having changed? True when the target URL
 * differs from the one last synced, or the last attempt is a full period old.
 */
export function isSyncDue(status: TeamPolicyStatus, target: TeamTarget, now: number, periodMs = TEAM_SYNC_PERIOD_MINUTES * 60_000): boolean {
  if (target.url === null) return status.url !== null;
  const checked = validateTeamUrl(target.url);
  if (checked.url !== status.url || target.source !== status.source) return true;
  return status.lastAttemptAt === null || now - status.lastAttemptAt >= periodMs || now < status.lastAttemptAt;
}

function httpErrorText(url: string, status: number): string {
  const hint =
    status === 404 || status === 410
      ? ' (not found: check the URL)'
      : status === 401 || status === 403
        ? ' (access denied: Cluster Guard sends no cookies or credentials, so the file must be readable without signing in)'
        : '';
  return `${url}: the server answered HTTP ${status}${hint}`;
}

export function outcomeError(url: string, outcome: Exclude<FetchOutcome, { kind: 'ok' } | { kind: 'not-modified' }>): string {
  switch (outcome.kind) {
    case 'http-error':
      return httpErrorText(url, outcome.status);
    case 'timeout':
      return `${url}: no answer within ${Math.round(outcome.afterMs / 100) / 10} s`;
    case 'network-error':
      return outcome.hostPermission
        ? `could not reach ${url}: ${outcome.message}`
        : `could not reach ${url}: grant access to this site in Cluster Guard's options, or serve the file with Access-Control-Allow-Origin (${outcome.message})`;
    case 'insecure-redirect':
      return `${url}: redirected to ${outcome.finalUrl}, which is not https://; the answer was ignored`;
  }
}

/**
 * What one fetch outcome for `target` does to the stored state. `target.url`
 * must be the checked URL of a `fetch` plan. Only a valid file replaces the
 * cache; every other outcome keeps the last known good one.
 */
export function applyFetchOutcome(previous: TeamSyncState, target: { url: string; source: TeamUrlSource }, outcome: FetchOutcome, now: number): TeamSyncState {
  const { cache, status: base } = carriedOver(previous, target.url, target.source);
  const status: TeamPolicyStatus = { ...base, url: target.url, source: target.source, lastAttemptAt: now };
  const failed = (error: string): TeamSyncState => ({ cache, status: { ...status, lastError: error } });

  switch (outcome.kind) {
    case 'ok': {
      // parsePolicyText checks the size first (MAX_POLICY_BYTES).
      const parsed = parsePolicyText(outcome.text);
      if (!parsed.ok) return failed(`${target.url}: not a valid policy file: ${parsed.errors.map(formatIssue).join('; ')}`);
      return {
        cache: { url: target.url, etag: outcome.etag, fetchedAt: now, policy: policyToFile(parsed.policy) },
        status: { ...status, lastSuccessAt: now, lastError: null },
      };
    }
    case 'not-modified':
      // We only ask conditionally when holding a copy for this URL; a 304 without one cannot be used.
      if (!cache) return failed(`${target.url}: the server answered 304 Not Modified, but no copy is kept; the next sync fetches the whole file`);
      return { cache, status: { ...status, lastSuccessAt: now, lastError: null } };
    default:
      return failed(outcomeError(target.url, outcome));
  }
}
