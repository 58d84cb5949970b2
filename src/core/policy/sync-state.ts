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
 *  - A changed URL (the user's or the administrator's, valid or refused)
 *    keeps the policy fetched from the previous one in force until the new
 *    one has been fetched and found valid: a typo or an outage in the new
 *    URL never leaves projects unguarded. The status starts afresh for the
 *    new URL. Only clearing the URL (no URL at all) drops the cache.
 *  - A failed attempt (HTTP error, timeout, network or CORS failure, a
 *    redirect, an HTML page, an empty, oversized or invalid file) keeps the
 *    last known good policy and records lastError; only a valid file
 *    replaces it. 304 Not Modified confirms it.
 */
import { policyToFile } from './file';
import { MAX_POLICY_BYTES, parsePolicyText } from './parse';
import { EMPTY_TEAM_STATUS, type TeamPolicyStatus, type TeamSyncState, type TeamUrlSource } from './team-cache';
import { configuredTeamUrl, validateTeamUrl } from './team-url';
import { formatIssue } from './types';
import { classifyNetworkFailure, networkFailureText } from './sync-problem';

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
  /**
   * `fetch` threw: DNS, TLS, refused connection, or CORS (which the browser
   * reports the same way); `hostAnswered` tells them apart (core/policy/sync-problem).
   */
  | { kind: 'network-error'; message: string; hostPermission: boolean; hostAnswered: boolean | null }
  /**
   * The server answered with a redirect. None is followed: an extension's
   * fetch cannot see where a redirect leads before following it (`manual`
   * gives an opaque answer), so no hop could be checked for https://.
   */
  | { kind: 'redirected' }
  /** The body grew past MAX_POLICY_BYTES and was not read further (`bytes`: as far as it was read, or as declared). */
  | { kind: 'too-large'; bytes: number }
  /** Content-Type text/html: a sign-in or error page, not a policy file. */
  | { kind: 'html' };

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

/**
 * The state carried over to `url`: the status of another URL does not apply,
 * but its cache stays in force until `url` gives a valid file.
 */
function carriedOver(previous: TeamSyncState, url: string, source: TeamUrlSource): TeamSyncState {
  const status = previous.status.url === url ? { ...previous.status, source } : { ...EMPTY_TEAM_STATUS, url, source };
  return { cache: previous.cache, status };
}

/** What a sync for `target` starts with. */
export function planSync(previous: TeamSyncState, target: TeamTarget, now: number): SyncPlan {
  if (target.url === null || target.source === null) return { action: 'clear', next: { cache: null, status: { ...EMPTY_TEAM_STATUS } } };
  const checked = validateTeamUrl(target.url);
  if (!checked.ok) {
    const state = carriedOver(previous, checked.url, target.source);
    return { action: 'refuse', next: { cache: state.cache, status: { ...state.status, lastAttemptAt: now, lastError: checked.error } } };
  }
  // Conditionally only for a copy of this very URL.
  const cache = previous.cache?.url === checked.url ? previous.cache : null;
  return { action: 'fetch', url: checked.url, source: target.source, etag: cache?.etag ?? null };
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
      return networkFailureText(url, classifyNetworkFailure(outcome.hostPermission, outcome.hostAnswered), outcome.message);
    case 'redirected':
      return `${url}: the server answered with a redirect; Cluster Guard follows none (it cannot check that every hop is https://), so set the URL the file is really at`;
    case 'too-large':
      return `${url}: the file is larger than ${MAX_POLICY_BYTES / 1024} KiB (the limit); it was not read further`;
    case 'html':
      return `${url}: the server sent an HTML page (Content-Type text/html), not a policy file; check the URL (a sign-in or error page?)`;
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
      if (!outcome.text.trim()) return failed(`${target.url}: the server sent an empty file`);
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
      if (cache?.url !== target.url) return failed(`${target.url}: the server answered 304 Not Modified, but no copy is kept; the next sync fetches the whole file`);
      return { cache, status: { ...status, lastSuccessAt: now, lastError: null } };
    default:
      return failed(outcomeError(target.url, outcome));
  }
}
