/**
 * Team policy sync, the decisions: which URL applies, whether it is allowed,
 * whether a sync is due, and what one fetch outcome does to the stored cache
 * and status. Pure: no browser globals. The fetching itself, the timers and
 * the storage writes live in background/policy-sync.
 *
 * Rules:
 *  - The administrator's URL (managed storage `policyUrl`) wins over the
 *    user's (`settings.teamPolicyUrl`).
 *  - Only `https:` URLs without credentials are fetched: a policy decides
 *    which projects are guarded, so it must not be alterable on its way.
 *  - A cache fetched from another URL never applies: changing (or clearing)
 *    the URL drops it, and the status starts afresh for the new URL.
 *  - A failed attempt (HTTP error, timeout, network or CORS failure, an
 *    invalid file) keeps the last known good policy and records lastError;
 *    only a valid file replaces it. 304 Not Modified confirms it.
 */
import { parsePolicyText, policyToFile } from './parse';
import { formatIssue } from './types';
import { isRecord } from '../is-record';

/** How often the background re-fetches the team policy. */
export const TEAM_SYNC_PERIOD_MINUTES = 30;
/** How long one fetch may take before it counts as failed. */
export const TEAM_FETCH_TIMEOUT_MS = 10_000;

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

const finiteOrNull = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const textOrNull = (value: unknown) => (typeof value === 'string' && value ? value : null);

/** Reads the stored `teamPolicy` and `teamPolicyStatus` leniently: anything unusable reads as absent. */
export function readTeamSyncState(storedCache: unknown, storedStatus: unknown): TeamSyncState {
  let cache: TeamPolicyCache | null = null;
  if (isRecord(storedCache) && typeof storedCache.url === 'string' && 'policy' in storedCache) {
    cache = {
      url: storedCache.url,
      etag: textOrNull(storedCache.etag),
      fetchedAt: finiteOrNull(storedCache.fetchedAt) ?? 0,
      policy: storedCache.policy,
    };
  }
  const status: TeamPolicyStatus = isRecord(storedStatus)
    ? {
        url: textOrNull(storedStatus.url),
        lastAttemptAt: finiteOrNull(storedStatus.lastAttemptAt),
        lastSuccessAt: finiteOrNull(storedStatus.lastSuccessAt),
        lastError: textOrNull(storedStatus.lastError),
        source: storedStatus.source === 'managed' || storedStatus.source === 'user' ? storedStatus.source : null,
      }
    : { ...EMPTY_TEAM_STATUS };
  return { cache, status };
}

export interface TeamTarget {
  /** The URL as configured, or null when neither source sets one. */
  url: string | null;
  source: TeamUrlSource | null;
}

function configured(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** The administrator's URL wins; an empty value counts as not set. */
export function effectiveTeamUrl(managedUrl: unknown, userUrl: unknown): TeamTarget {
  const managed = configured(managedUrl);
  if (managed) return { url: managed, source: 'managed' };
  const user = configured(userUrl);
  if (user) return { url: user, source: 'user' };
  return { url: null, source: null };
}

export type UrlCheck = { ok: true; url: string } | { ok: false; url: string; error: string };

/** The URL with any user name and password blanked, for messages and the stored status. */
function redact(url: URL): string {
  const copy = new URL(url.href);
  if (copy.username) copy.username = '***';
  if (copy.password) copy.password = '***';
  return copy.href;
}

/**
 * Is this URL allowed as a team policy source? `url` is what the status and
 * cache are keyed by: the normalised URL, with credentials blanked.
 */
export function validateTeamUrl(raw: string): UrlCheck {
  const text = raw.trim();
  if (!text) return { ok: false, url: text, error: 'the team policy URL is empty' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, url: text, error: `"${text}" is not a URL; expected one like https://example.com/team-policy.json` };
  }
  if (url.protocol !== 'https:') {
    return {
      ok: false,
      url: redact(url),
      error: `${redact(url)}: only https:// URLs are allowed for a team policy (got ${url.protocol}//), so nobody on the network can change it on its way`,
    };
  }
  if (url.username || url.password) {
    return {
      ok: false,
      url: redact(url),
      error: `${redact(url)}: the URL must not contain a user name or password; Cluster Guard fetches the policy without credentials`,
    };
  }
  return { ok: true, url: url.href };
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
