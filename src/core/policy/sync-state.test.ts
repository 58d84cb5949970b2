import { describe, expect, it } from 'vitest';
import { MAX_POLICY_BYTES, parsePolicyObject } from './parse';
import {
  applyFetchOutcome,
  EMPTY_TEAM_STATUS,
  effectiveTeamUrl,
  isSyncDue,
  planSync,
  readTeamSyncState,
  type TeamPolicyCache,
  type TeamSyncState,
} from './sync-state';
import { validateTeamUrl } from './team-url';

const URL_A = 'https://policies.example.com/team.json';
const URL_B = 'https://other.example.com/team.json';
const T0 = 1_700_000_000_000;
const LATER = T0 + 60_000;

const FILE = {
  version: 1,
  environments: [{ name: 'production', label: 'PROD', color: '#c5221f', typedConfirmation: true }],
  rules: [{ kind: 'glob', match: 'random-*', environment: 'production' }],
};
const TEXT = JSON.stringify(FILE);
const NEWER_TEXT = JSON.stringify({ ...FILE, rules: [{ kind: 'exact', match: 'other-project', environment: 'production' }] });

const target = (url = URL_A, source: 'managed' | 'user' = 'user') => ({ url, source });

/** The state after one successful fetch of TEXT from URL_A at T0. */
function synced(): TeamSyncState {
  return applyFetchOutcome({ cache: null, status: { ...EMPTY_TEAM_STATUS } }, target(), { kind: 'ok', status: 200, etag: '"v1"', text: TEXT }, T0);
}

const rulesOf = (cache: TeamPolicyCache | null) => {
  const parsed = parsePolicyObject(cache?.policy);
  return parsed.ok ? parsed.policy.rules.map((rule) => rule.pattern) : null;
};

describe('effectiveTeamUrl', () => {
  it('prefers the administrator’s URL over the user’s', () => {
    expect(effectiveTeamUrl(URL_A, URL_B)).toEqual({ url: URL_A, source: 'managed' });
    expect(effectiveTeamUrl(null, URL_B)).toEqual({ url: URL_B, source: 'user' });
    expect(effectiveTeamUrl(undefined, undefined)).toEqual({ url: null, source: null });
  });

  it('treats empty or non-string values as not set', () => {
    expect(effectiveTeamUrl('  ', URL_B)).toEqual({ url: URL_B, source: 'user' });
    expect(effectiveTeamUrl(42, '')).toEqual({ url: null, source: null });
  });

  it('keeps an invalid managed URL (so its error is reported) rather than silently using the user’s', () => {
    expect(effectiveTeamUrl('http://intranet/team.json', URL_B)).toEqual({ url: 'http://intranet/team.json', source: 'managed' });
  });
});

describe('validateTeamUrl', () => {
  it('accepts https:// URLs, normalised', () => {
    expect(validateTeamUrl(` ${URL_A} `)).toEqual({ ok: true, url: URL_A });
    expect(validateTeamUrl('HTTPS://Policies.Example.com:443/a/../team.json?v=1')).toEqual({ ok: true, url: 'https://policies.example.com/team.json?v=1' });
  });

  it('refuses http:// and other schemes with a clear message', () => {
    const http = validateTeamUrl('http://policies.example.com/team.json');
    expect(http).toMatchObject({ ok: false, url: 'http://policies.example.com/team.json' });
    expect(!http.ok && http.error).toBe(
      'http://policies.example.com/team.json: only https:// URLs are allowed for a team policy (got http://), so nobody on the network can change it on its way',
    );
    for (const url of ['file:///etc/team.json', 'ftp://example.com/team.json', 'data:application/json,{}', 'javascript:alert(1)']) {
      const result = validateTeamUrl(url);
      expect(result.ok, url).toBe(false);
      expect(!result.ok && result.error, url).toContain('only https:// URLs are allowed');
    }
  });

  it('refuses credentials in the URL without echoing them', () => {
    const result = validateTeamUrl('https://alice:s3cret@policies.example.com/team.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain('must not contain a user name or password');
    expect(result.error).not.toContain('s3cret');
    expect(result.url).not.toContain('s3cret');
    expect(result.url).not.toContain('alice');
  });

  it('refuses empty and malformed input', () => {
    expect(validateTeamUrl('  ')).toMatchObject({ ok: false, error: 'the team policy URL is empty' });
    expect(validateTeamUrl('policies.example.com/team.json')).toMatchObject({ ok: false, error: expect.stringContaining('is not a URL') });
  });
});

describe('planSync', () => {
  it('clears cache and status when no URL is configured', () => {
    expect(planSync(synced(), { url: null, source: null }, LATER)).toEqual({ action: 'clear', next: { cache: null, status: EMPTY_TEAM_STATUS } });
  });

  it('fetches conditionally when holding a copy from the same URL', () => {
    expect(planSync(synced(), target(), LATER)).toEqual({ action: 'fetch', url: URL_A, source: 'user', etag: '"v1"' });
  });

  it('fetches unconditionally for a new URL (a copy from another URL never applies)', () => {
    expect(planSync(synced(), target(URL_B), LATER)).toEqual({ action: 'fetch', url: URL_B, source: 'user', etag: null });
  });

  it('refuses an http:// URL without fetching, keeping the previous URL’s policy in force and recording why', () => {
    const plan = planSync(synced(), target('http://policies.example.com/team.json'), LATER);
    expect(plan.action).toBe('refuse');
    if (plan.action !== 'refuse') return;
    expect(plan.next.cache).toEqual(synced().cache);
    expect(plan.next.status).toEqual({
      url: 'http://policies.example.com/team.json',
      source: 'user',
      lastAttemptAt: LATER,
      lastSuccessAt: null,
      lastError: expect.stringContaining('only https:// URLs are allowed'),
    });
  });
});

describe('applyFetchOutcome', () => {
  it('a valid file becomes the cache, stored as a policy file object', () => {
    const state = synced();
    expect(state.status).toEqual({ url: URL_A, source: 'user', lastAttemptAt: T0, lastSuccessAt: T0, lastError: null });
    expect(state.cache).toMatchObject({ url: URL_A, etag: '"v1"', fetchedAt: T0 });
    expect(rulesOf(state.cache)).toEqual(['random-*']);
  });

  it('a newer valid file replaces the cache and clears an earlier error', () => {
    const failed = applyFetchOutcome(synced(), target(), { kind: 'http-error', status: 500 }, LATER);
    const next = applyFetchOutcome(failed, target(), { kind: 'ok', status: 200, etag: null, text: NEWER_TEXT }, LATER + 1);
    expect(rulesOf(next.cache)).toEqual(['other-project']);
    expect(next.cache).toMatchObject({ etag: null, fetchedAt: LATER + 1 });
    expect(next.status).toMatchObject({ lastError: null, lastSuccessAt: LATER + 1, lastAttemptAt: LATER + 1 });
  });

  it('an invalid file keeps the last known good policy and names the broken paths', () => {
    const before = synced();
    const bad = JSON.stringify({ version: 1, environments: [], rules: [{ kind: 'regex', match: '(', environment: 'production' }] });
    const next = applyFetchOutcome(before, target(), { kind: 'ok', status: 200, etag: '"v2"', text: bad }, LATER);
    expect(next.cache).toEqual(before.cache);
    expect(next.status).toMatchObject({ lastAttemptAt: LATER, lastSuccessAt: T0 });
    expect(next.status.lastError).toMatch(/^https:\/\/policies\.example\.com\/team\.json: not a valid policy file: /);
    expect(next.status.lastError).toContain('rules[0].match');
  });

  it('an empty body is an error and keeps the last known good policy', () => {
    const before = synced();
    for (const text of ['', ' \n']) {
      const next = applyFetchOutcome(before, target(), { kind: 'ok', status: 200, etag: null, text }, LATER);
      expect(next.cache).toEqual(before.cache);
      expect(next.status.lastError).toBe(`${URL_A}: the server sent an empty file`);
    }
  });

  it('a body that is not JSON keeps the last known good policy', () => {
    const before = synced();
    const next = applyFetchOutcome(before, target(), { kind: 'ok', status: 200, etag: null, text: '<html>Sign in</html>' }, LATER);
    expect(next.cache).toEqual(before.cache);
    expect(next.status.lastError).toContain('not a valid policy file');
    // Says where the text stops being JSON.
    expect(next.status.lastError).toMatch(/not a valid policy file: \(root\): invalid JSON at line 1, column \d+/);
  });

  it('joins several problems into one message', () => {
    const bad = JSON.stringify({ version: 1, environments: [], rules: [{ kind: 'nope', match: 'a', environment: 'x' }, { kind: 'glob', environment: 'x' }] });
    const next = applyFetchOutcome(synced(), target(), { kind: 'ok', status: 200, etag: null, text: bad }, LATER);
    expect(next.status.lastError).toContain('rules[0]');
    expect(next.status.lastError).toContain('rules[1]');
    expect(next.status.lastError).toContain('; ');
  });

  it('an oversized body is refused', () => {
    const before = synced();
    const next = applyFetchOutcome(before, target(), { kind: 'ok', status: 200, etag: null, text: `{${' '.repeat(MAX_POLICY_BYTES)}}` }, LATER);
    expect(next.cache).toEqual(before.cache);
    expect(next.status.lastError).toContain(': not a valid policy file: (root): file is 257 KiB; the limit is 256 KiB');
  });

  it('304 keeps the cache as it was and counts as a success', () => {
    const before = applyFetchOutcome(synced(), target(), { kind: 'timeout', afterMs: 10_000 }, T0 + 1);
    const next = applyFetchOutcome(before, target(), { kind: 'not-modified' }, LATER);
    expect(next.cache).toEqual(before.cache);
    expect(next.status).toEqual({ url: URL_A, source: 'user', lastAttemptAt: LATER, lastSuccessAt: LATER, lastError: null });
  });

  it('304 without a copy is an error (the next sync asks unconditionally)', () => {
    const next = applyFetchOutcome({ cache: null, status: { ...EMPTY_TEAM_STATUS } }, target(), { kind: 'not-modified' }, LATER);
    expect(next.cache).toBeNull();
    expect(next.status.lastError).toContain('304');
    expect(planSync(next, target(), LATER).action === 'fetch' && planSync(next, target(), LATER)).toMatchObject({ etag: null });
  });

  it.each([
    [{ kind: 'http-error', status: 500 } as const, 'https://policies.example.com/team.json: the server answered HTTP 500'],
    [{ kind: 'http-error', status: 404 } as const, 'https://policies.example.com/team.json: the server answered HTTP 404 (not found: check the URL)'],
    [{ kind: 'http-error', status: 403 } as const, 'access denied'],
    [{ kind: 'timeout', afterMs: 10_000 } as const, 'https://policies.example.com/team.json: no answer within 10 s'],
    [{ kind: 'timeout', afterMs: 1_500 } as const, 'no answer within 1.5 s'],
    [
      { kind: 'network-error', message: 'Failed to fetch', hostPermission: false, hostAnswered: false } as const,
      'https://policies.example.com/team.json: the host policies.example.com could not be reached (no such host, connection refused, or a network or certificate problem; Failed to fetch)',
    ],
    [
      { kind: 'network-error', message: 'Failed to fetch', hostPermission: false, hostAnswered: true } as const,
      "https://policies.example.com/team.json: Cluster Guard has no access to https://policies.example.com, and the server does not allow cross-origin reads (Access-Control-Allow-Origin): allow access to the site in Cluster Guard's options (Failed to fetch)",
    ],
    [
      { kind: 'network-error', message: 'Failed to fetch', hostPermission: true, hostAnswered: false } as const,
      'https://policies.example.com/team.json: the host policies.example.com could not be reached',
    ],
    [{ kind: 'network-error', message: 'Failed to fetch', hostPermission: true, hostAnswered: true } as const, 'refused the answer (CORS) although access to https://policies.example.com is granted'],
    [{ kind: 'redirected' } as const, `${URL_A}: the server answered with a redirect; Cluster Guard follows none (it cannot check that every hop is https://), so set the URL the file is really at`],
    [{ kind: 'too-large', bytes: 300 * 1024 * 1024 } as const, `${URL_A}: the file is larger than 256 KiB (the limit); it was not read further`],
    [{ kind: 'html' } as const, `${URL_A}: the server sent an HTML page (Content-Type text/html), not a policy file`],
  ])('%o keeps the last known good policy and records the error', (outcome, message) => {
    const before = synced();
    const next = applyFetchOutcome(before, target(), outcome, LATER);
    expect(next.cache).toEqual(before.cache);
    expect(next.status).toMatchObject({ url: URL_A, lastAttemptAt: LATER, lastSuccessAt: T0 });
    expect(next.status.lastError).toContain(message);
  });

  it('a failure for a new URL keeps the old URL’s policy in force, but not its success time', () => {
    const next = applyFetchOutcome(synced(), target(URL_B), { kind: 'http-error', status: 500 }, LATER);
    expect(next.cache).toEqual(synced().cache);
    expect(next.status).toEqual({ url: URL_B, source: 'user', lastAttemptAt: LATER, lastSuccessAt: null, lastError: expect.stringContaining('HTTP 500') });
    // A 304 for the new URL cannot confirm the old URL's copy.
    expect(applyFetchOutcome(synced(), target(URL_B), { kind: 'not-modified' }, LATER).status.lastError).toContain('304');
    // The new URL's valid file replaces it.
    const replaced = applyFetchOutcome(next, target(URL_B), { kind: 'ok', status: 200, etag: null, text: NEWER_TEXT }, LATER + 1);
    expect(replaced.cache).toMatchObject({ url: URL_B });
    expect(rulesOf(replaced.cache)).toEqual(['other-project']);
  });

  it('the same URL moving from the user to the administrator keeps its cache and records the new source', () => {
    const next = applyFetchOutcome(synced(), target(URL_A, 'managed'), { kind: 'not-modified' }, LATER);
    expect(next.cache).toEqual(synced().cache);
    expect(next.status.source).toBe('managed');
  });
});

describe('isSyncDue', () => {
  const period = 30 * 60_000;
  it('is due for a new or changed URL, a changed source, or never attempted', () => {
    const { status } = synced();
    expect(isSyncDue(status, target(URL_B), T0 + 1)).toBe(true);
    expect(isSyncDue(status, target(URL_A, 'managed'), T0 + 1)).toBe(true);
    expect(isSyncDue(EMPTY_TEAM_STATUS, target(), T0)).toBe(true);
  });

  it('is not due within the period, and due after it', () => {
    const { status } = synced();
    expect(isSyncDue(status, target(), T0 + period - 1)).toBe(false);
    expect(isSyncDue(status, target(), T0 + period)).toBe(true);
    // A clock set back does not postpone syncing forever.
    expect(isSyncDue(status, target(), T0 - 1)).toBe(true);
  });

  it('compares normalised URLs', () => {
    expect(isSyncDue(synced().status, target('HTTPS://policies.example.com/team.json'), T0 + 1)).toBe(false);
  });

  it('with no URL, is due only while something is left to clear', () => {
    expect(isSyncDue(synced().status, { url: null, source: null }, T0 + 1)).toBe(true);
    expect(isSyncDue(EMPTY_TEAM_STATUS, { url: null, source: null }, T0 + 1)).toBe(false);
  });
});

describe('readTeamSyncState', () => {
  it('reads what applyFetchOutcome produced', () => {
    const state = synced();
    expect(readTeamSyncState(JSON.parse(JSON.stringify(state.cache)), JSON.parse(JSON.stringify(state.status)))).toEqual(state);
  });

  it('reads anything unusable as absent', () => {
    expect(readTeamSyncState(undefined, undefined)).toEqual({ cache: null, status: EMPTY_TEAM_STATUS });
    expect(readTeamSyncState('junk', [1, 2])).toEqual({ cache: null, status: EMPTY_TEAM_STATUS });
    expect(readTeamSyncState({ url: 7, policy: {} }, { url: URL_A, lastAttemptAt: 'yesterday', source: 'someone' })).toEqual({
      cache: null,
      status: { ...EMPTY_TEAM_STATUS, url: URL_A },
    });
  });
});
