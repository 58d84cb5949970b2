/**
 * Team policy sync: fetches the team policy file and keeps the last known
 * good copy in storage.local (`teamPolicy`), with the outcome of the latest
 * attempt in `teamPolicyStatus`. Thin browser glue: every decision (which
 * URL, is it allowed, what an outcome does to the cache) is in
 * core/policy/sync-state. Content scripts and the options page pick the
 * policy up through storage.onChanged; nothing is pushed to them.
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
 * without signing in), redirects followed but the answer discarded if they
 * end anywhere but https://. Without a host permission for the site the
 * request is a CORS request: the server must send Access-Control-Allow-Origin.
 * A conditional request (If-None-Match) is then "non-simple" and preceded by
 * a preflight (OPTIONS) that servers configured for plain CORS GETs may
 * refuse; so when a conditional attempt fails at the network level without a
 * host permission, it is repeated once unconditionally.
 */
import browser from 'webextension-polyfill';
import { readSettings } from '../core/settings';
import {
  applyFetchOutcome,
  effectiveTeamUrl,
  isSyncDue,
  planSync,
  readTeamSyncState,
  TEAM_FETCH_TIMEOUT_MS,
  TEAM_SYNC_PERIOD_MINUTES,
  type FetchOutcome,
  type TeamPolicyStatus,
  type TeamSyncState,
  type TeamTarget,
} from '../core/policy/sync-state';
import { LOCAL_KEYS, MANAGED_KEYS } from '../platform/storage-keys';
import { isRecord } from '../core/is-record';

export const TEAM_SYNC_ALARM = 'team-policy-sync';

export type SyncReason = 'worker-start' | 'startup' | 'installed' | 'alarm' | 'settings-changed' | 'managed-changed' | 'message';

/** Reasons that sync only when due; every other reason syncs now. */
const ONLY_WHEN_DUE: ReadonlySet<SyncReason> = new Set(['worker-start', 'startup']);

/**
 * The fetch timeout. Tests lower it for the running background instance by
 * evaluating `globalThis.clusterGuardTeamFetchTimeoutMs = 1500` in the
 * background context (Playwright's worker evaluation, or the devtools server
 * in Firefox); web pages and content scripts cannot reach that global. It
 * lasts until the worker or event page is unloaded.
 */
function fetchTimeoutMs(): number {
  const override = (globalThis as { clusterGuardTeamFetchTimeoutMs?: unknown }).clusterGuardTeamFetchTimeoutMs;
  return typeof override === 'number' && override > 0 ? override : TEAM_FETCH_TIMEOUT_MS;
}

/**
 * The user's team URL as stored. readSettings drops a URL that is not
 * https://; the raw value is used instead so that its refusal is reported.
 */
export function storedUserTeamUrl(storedSettings: unknown): string | null {
  const read = readSettings(storedSettings).settings.teamPolicyUrl;
  if (read) return read;
  return isRecord(storedSettings) && typeof storedSettings.teamPolicyUrl === 'string' ? storedSettings.teamPolicyUrl : null;
}

/**
 * The administrator's team URL, raw (policy-store's readManaged drops one
 * that is not https://, which would let the user's URL win silently).
 * storage.managed throws where nothing is managed (Firefox without a manifest).
 */
async function readManagedTeamUrl(): Promise<unknown> {
  try {
    return (await browser.storage.managed.get(MANAGED_KEYS.policyUrl))[MANAGED_KEYS.policyUrl];
  } catch {
    return undefined;
  }
}

async function readTarget(): Promise<TeamTarget> {
  const [managedUrl, local] = await Promise.all([readManagedTeamUrl(), browser.storage.local.get(LOCAL_KEYS.settings)]);
  return effectiveTeamUrl(managedUrl, storedUserTeamUrl(local[LOCAL_KEYS.settings]));
}

async function readState(): Promise<TeamSyncState> {
  const stored = await browser.storage.local.get([LOCAL_KEYS.teamPolicy, LOCAL_KEYS.teamPolicyStatus]);
  return readTeamSyncState(stored[LOCAL_KEYS.teamPolicy], stored[LOCAL_KEYS.teamPolicyStatus]);
}

/** Writes only what changed: every write of `teamPolicy` makes each console tab reload its policy. */
async function writeState(previous: TeamSyncState, next: TeamSyncState): Promise<void> {
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  if (JSON.stringify(previous.cache) !== JSON.stringify(next.cache)) {
    if (next.cache) set[LOCAL_KEYS.teamPolicy] = next.cache;
    else remove.push(LOCAL_KEYS.teamPolicy);
  }
  if (JSON.stringify(previous.status) !== JSON.stringify(next.status)) {
    if (next.status.url !== null) set[LOCAL_KEYS.teamPolicyStatus] = next.status;
    else remove.push(LOCAL_KEYS.teamPolicyStatus);
  }
  if (remove.length > 0) await browser.storage.local.remove(remove);
  if (Object.keys(set).length > 0) await browser.storage.local.set(set);
}

async function hasHostPermission(url: string): Promise<boolean> {
  try {
    // Match patterns carry no port; a pattern without one covers every port.
    return await browser.permissions.contains({ origins: [`https://${new URL(url).hostname}/*`] });
  } catch {
    return false;
  }
}

async function fetchOnce(url: string, etag: string | null, hostPermission: boolean): Promise<FetchOutcome> {
  const timeoutMs = fetchTimeoutMs();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, {
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
      headers: etag ? { 'If-None-Match': etag } : {},
    });
    if (!response.url.startsWith('https://')) return { kind: 'insecure-redirect', finalUrl: response.url };
    if (response.status === 304) return { kind: 'not-modified' };
    if (!response.ok) return { kind: 'http-error', status: response.status };
    const text = await response.text(); // still under the timeout: a server that stalls mid-body times out too
    return { kind: 'ok', status: response.status, etag: response.headers.get('ETag'), text };
  } catch (error) {
    if (controller.signal.aborted) return { kind: 'timeout', afterMs: timeoutMs };
    return { kind: 'network-error', message: error instanceof Error ? error.message : String(error), hostPermission };
  } finally {
    clearTimeout(timer);
  }
}

async function fetchPolicy(url: string, etag: string | null): Promise<FetchOutcome> {
  const hostPermission = await hasHostPermission(url);
  const outcome = await fetchOnce(url, etag, hostPermission);
  // See the file comment: a refused CORS preflight for If-None-Match looks like any network error.
  if (outcome.kind === 'network-error' && etag !== null && !hostPermission) return fetchOnce(url, null, hostPermission);
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

/** Which storage changes call for a sync: the user's team URL, or the administrator's. */
export function syncReasonForStorageChange(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string): SyncReason | null {
  if (area === 'managed' && MANAGED_KEYS.policyUrl in changes) return 'managed-changed';
  const settings = area === 'local' ? changes[LOCAL_KEYS.settings] : undefined;
  if (settings && storedUserTeamUrl(settings.oldValue) !== storedUserTeamUrl(settings.newValue)) return 'settings-changed';
  return null;
}
