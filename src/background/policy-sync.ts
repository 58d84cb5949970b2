/**
 * Team policy sync: fetches the team policy file and keeps the last known
 * good copy in storage.local (`teamPolicy`), with the outcome of the latest
 * attempt in `teamPolicyStatus`. Thin browser glue: every decision (which
 * URL, is it allowed, what an outcome does to the cache) is in
 * core/policy/sync-state. A new `teamPolicy` reaches console tabs through
 * the policy publisher (background/policy-publisher), and the options page
 * by watching the item; nothing is sent to them.
 *
 * When it runs (listeners in background/index.ts):
 *  - worker start and browser start: only when due (URL changed, or the last
 *    attempt is a period old), so a worker woken every minute fetches nothing;
 *  - install/update, the periodic alarm, a changed `settings.teamPolicyUrl`,
 *    a changed managed `policyUrl`, and `{ type: 'team-policy-sync' }` from an
 *    extension page (the options page's "Sync now"): always.
 * Concurrent requests coalesce: one sync at a time, at most one queued after it.
 *
 * The fetch: `cache: 'no-store'` (we hold our own copy and revalidate with its
 * ETag), `credentials: 'omit'` (no cookies: a policy URL must be readable
 * without signing in), no redirects (`redirect: 'manual'`: an extension's
 * fetch gets an opaque answer without the Location, in Chrome and Firefox
 * alike, so the hops of a followed redirect could never be checked for
 * https://), a text/html answer refused, and the body read only up to
 * MAX_POLICY_BYTES (capped-body). Without a host permission for the site the
 * request is a CORS request: the server must send Access-Control-Allow-Origin.
 * A conditional request (If-None-Match) is then "non-simple" and preceded by
 * a preflight (OPTIONS) that servers configured for plain CORS GETs may
 * refuse; so when a conditional attempt fails at the network level without a
 * host permission, it is repeated once unconditionally. A request that still
 * fails at the network level is followed by one `no-cors` HEAD request to
 * the same URL: an (opaque) answer shows the host is there, so the failure
 * was CORS or a missing permission, not an unreachable host
 * (core/policy/sync-problem). Every request has its timeout.
 */
import browser from 'webextension-polyfill';
import { MAX_POLICY_BYTES } from '../core/policy/parse';
import { storedTeamUrl } from '../core/stored-settings';
import {
  applyFetchOutcome,
  effectiveTeamUrl,
  isSyncDue,
  planSync,
  EMPTY_TEAM_STATUS,
  TEAM_FETCH_TIMEOUT_MS,
  TEAM_SYNC_PERIOD_MINUTES,
  type FetchOutcome,
  type TeamPolicyStatus,
  type TeamSyncState,
  type TeamTarget,
} from '../core/policy/sync-state';
import { hostPermissionPattern } from '../core/policy/sync-problem';
import { getItems, storage, writeItems, type ItemWrite } from '../platform/storage';
import { withStorageRoom } from './audit-store';
import { readCappedBody } from './capped-body';

export const TEAM_SYNC_ALARM = 'team-policy-sync';

export type SyncReason = 'worker-start' | 'startup' | 'installed' | 'alarm' | 'settings-changed' | 'managed-changed' | 'message';

/** Reasons that sync only when due; every other reason syncs now. */
const ONLY_WHEN_DUE: ReadonlySet<SyncReason> = new Set(['worker-start', 'startup']);

async function readTarget(): Promise<TeamTarget> {
  const [managedUrl, storedSettings] = await getItems([storage.managedPolicyUrl, storage.settings] as const);
  // The user's URL as stored, not as readSettings keeps it (it drops one that is not https://), so that its refusal is reported.
  return effectiveTeamUrl(managedUrl, storedTeamUrl(storedSettings));
}

async function readState(): Promise<TeamSyncState> {
  const [cache, status] = await getItems([storage.teamPolicy, storage.teamPolicyStatus] as const);
  return { cache, status: status ?? { ...EMPTY_TEAM_STATUS } };
}

/** Writes only what changed: every write of `teamPolicy` makes the background publish the policy to every console tab again. */
async function writeState(previous: TeamSyncState, next: TeamSyncState): Promise<void> {
  const writes: ItemWrite[] = [];
  if (JSON.stringify(previous.cache) !== JSON.stringify(next.cache)) writes.push([storage.teamPolicy, next.cache ?? undefined]);
  if (JSON.stringify(previous.status) !== JSON.stringify(next.status)) writes.push([storage.teamPolicyStatus, next.status.url !== null ? next.status : undefined]);
  if (writes.length > 0) await withStorageRoom(() => writeItems(...writes));
}

async function hasHostPermission(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [hostPermissionPattern(url)] });
  } catch {
    return false;
  }
}

async function fetchOnce(url: string, etag: string | null, hostPermission: boolean): Promise<FetchOutcome> {
  const timeoutMs = TEAM_FETCH_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, {
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'manual',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
      headers: etag ? { 'If-None-Match': etag } : {},
    });
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400 && response.status !== 304)) {
      controller.abort();
      return { kind: 'redirected' };
    }
    if (response.status === 304) return { kind: 'not-modified' };
    if (!response.ok) return { kind: 'http-error', status: response.status };
    if (/^\s*text\/html\s*(?:;|$)/i.test(response.headers.get('content-type') ?? '')) {
      controller.abort();
      return { kind: 'html' };
    }
    // Still under the timeout: a server that stalls mid-body times out too.
    const body = await readCappedBody(response, MAX_POLICY_BYTES, () => controller.abort());
    if ('tooLarge' in body) return { kind: 'too-large', bytes: body.bytes };
    return { kind: 'ok', status: response.status, etag: response.headers.get('ETag'), text: body.text };
  } catch (error) {
    if (controller.signal.aborted) return { kind: 'timeout', afterMs: timeoutMs };
    return { kind: 'network-error', message: error instanceof Error ? error.message : String(error), hostPermission, hostAnswered: null };
  } finally {
    clearTimeout(timer);
  }
}

/** How long the reachability probe may take. */
const PROBE_TIMEOUT_MS = 5_000;

/** Does the host answer at all? A `no-cors` HEAD gets an opaque answer from any host that is there, whatever its CORS headers. */
async function hostAnswers(url: string): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), PROBE_TIMEOUT_MS);
  try {
    await fetch(url, { method: 'HEAD', mode: 'no-cors', cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer', signal: controller.signal });
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

async function fetchPolicy(url: string, etag: string | null): Promise<FetchOutcome> {
  const hostPermission = await hasHostPermission(url);
  let outcome = await fetchOnce(url, etag, hostPermission);
  // See the file comment: a refused CORS preflight for If-None-Match looks like any network error.
  if (outcome.kind === 'network-error' && etag !== null && !hostPermission) outcome = await fetchOnce(url, null, hostPermission);
  if (outcome.kind === 'network-error') return { ...outcome, hostAnswered: await hostAnswers(url) };
  return outcome;
}

async function runSync(reason: SyncReason): Promise<TeamPolicyStatus> {
  const [target, previous] = await Promise.all([readTarget(), readState()]);
  if (ONLY_WHEN_DUE.has(reason) && !isSyncDue(previous.status, target, Date.now())) return previous.status;

  const plan = planSync(previous, target, Date.now());
  if (plan.action !== 'fetch') {
    await writeState(previous, plan.next);
    return plan.next.status;
  }
  const outcome = await fetchPolicy(plan.url, plan.etag);
  // Re-read: the stored state may have changed while the request was out (a URL change queues another sync anyway).
  const current = await readState();
  const next = applyFetchOutcome(current, { url: plan.url, source: plan.source }, outcome, Date.now());
  await writeState(current, next);
  if (next.status.lastError) console.warn(`[Cluster Guard] team policy sync (${reason}): ${next.status.lastError}`);
  return next.status;
}

let running: Promise<TeamPolicyStatus> | null = null;
let queued: Promise<TeamPolicyStatus> | null = null;
/** The follow-up's reason: a forced reason wins over an only-when-due one. */
let queuedReason: SyncReason = 'worker-start';

/**
 * Syncs the team policy now (or, for worker and browser start, when due) and
 * resolves with the status after the attempt. While a sync runs, further
 * requests share one follow-up sync, which sees whatever changed meanwhile.
 */
export function syncTeamPolicy(reason: SyncReason): Promise<TeamPolicyStatus> {
  if (!running) {
    running = runSync(reason).finally(() => {
      running = null;
    });
    return running;
  }
  if (!queued || ONLY_WHEN_DUE.has(queuedReason)) queuedReason = reason;
  queued ??= running
    .catch(() => undefined)
    .then(() => {
      queued = null;
      return syncTeamPolicy(queuedReason);
    });
  return queued;
}

/** Creates the periodic alarm unless it exists (re-creating it at every worker start would keep postponing it). */
export async function ensureTeamSyncAlarm(): Promise<void> {
  const existing = await browser.alarms.get(TEAM_SYNC_ALARM);
  if (existing?.periodInMinutes === TEAM_SYNC_PERIOD_MINUTES) return;
  await browser.alarms.create(TEAM_SYNC_ALARM, { periodInMinutes: TEAM_SYNC_PERIOD_MINUTES, delayInMinutes: TEAM_SYNC_PERIOD_MINUTES });
}

/**
 * Syncs when the team URL changes: the user's (compared as stored, without
 * reading the rest of the settings) or the administrator's. Call once,
 * synchronously at the top level.
 */
export function syncWhenTeamUrlChanges(onFailure: (error: unknown) => void): void {
  storage.settings.watch((value, previous) => {
    if (storedTeamUrl(value) !== storedTeamUrl(previous)) syncTeamPolicy('settings-changed').catch(onFailure);
  });
  storage.managedPolicyUrl.watch(() => {
    syncTeamPolicy('managed-changed').catch(onFailure);
  });
}
