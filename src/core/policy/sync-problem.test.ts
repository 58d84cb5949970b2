import { describe, expect, it } from 'vitest';
import { classifyNetworkFailure, hostPermissionPattern, networkFailureText, teamStanding } from './sync-problem';
import { EMPTY_TEAM_STATUS, type TeamPolicyCache } from './team-cache';

const URL_A = 'https://policies.example.com:8443/team.json';

describe('classifyNetworkFailure', () => {
  it('no answer to the probe: unreachable, whatever the permission', () => {
    expect(classifyNetworkFailure(false, false)).toBe('unreachable');
    expect(classifyNetworkFailure(true, false)).toBe('unreachable');
    expect(classifyNetworkFailure(false, null)).toBe('unreachable');
  });
  it('the host answered: a missing permission, or CORS refused despite one', () => {
    expect(classifyNetworkFailure(false, true)).toBe('permission');
    expect(classifyNetworkFailure(true, true)).toBe('cors');
  });
});

describe('networkFailureText', () => {
  it('an unreachable host is named as such, not as a permission problem', () => {
    const text = networkFailureText('https://unreachable.invalid/team.json', 'unreachable', 'Failed to fetch');
    expect(text).toBe('https://unreachable.invalid/team.json: the host unreachable.invalid could not be reached (no such host, connection refused, or a network or certificate problem; Failed to fetch)');
    expect(text).not.toMatch(/grant|access|Access-Control/);
  });
  it('a missing permission names the site to allow', () => {
    expect(networkFailureText(URL_A, 'permission', 'Failed to fetch')).toContain("Cluster Guard has no access to https://policies.example.com:8443, and the server does not allow cross-origin reads (Access-Control-Allow-Origin): allow access to the site in Cluster Guard's options");
  });
  it('CORS with the permission granted says so', () => {
    expect(networkFailureText(URL_A, 'cors', 'x')).toContain('refused the answer (CORS) although access to https://policies.example.com:8443 is granted');
  });
});

describe('hostPermissionPattern', () => {
  it('drops the port and the path', () => {
    expect(hostPermissionPattern(URL_A)).toBe('https://policies.example.com/*');
  });
});

describe('teamStanding', () => {
  const cache: TeamPolicyCache = { url: URL_A, etag: null, fetchedAt: 1, policy: {} };
  const status = { ...EMPTY_TEAM_STATUS, url: URL_A, source: 'user' as const, lastAttemptAt: 2 };
  it('no URL: none', () => {
    expect(teamStanding(null, null)).toBe('none');
    expect(teamStanding({ ...EMPTY_TEAM_STATUS }, cache)).toBe('none');
  });
  it('a failure with a good copy keeps it; without one, the team policy is not in force', () => {
    expect(teamStanding({ ...status, lastError: 'boom' }, cache)).toBe('failed-last-good-kept');
    expect(teamStanding({ ...status, lastError: 'boom' }, null)).toBe('failed-never-good');
  });
  it('a good sync: in force', () => {
    expect(teamStanding({ ...status, lastSuccessAt: 2 }, cache)).toBe('in-force');
  });
});
