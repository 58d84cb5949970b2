/**
 * Why a team policy fetch failed at the network level, in words a person can
 * act on, and what the popup may say about the team policy in force. Pure.
 *
 * `fetch` reports DNS failures, refused connections, TLS failures and CORS
 * refusals alike (a TypeError "Failed to fetch" / "NetworkError"). Two facts
 * tell them apart: whether the extension holds a host permission for the
 * URL's site (then the browser applies no CORS to its requests), and whether
 * the host answered a second, `no-cors` request (an opaque answer means the
 * host is there and it was CORS that withheld the first answer).
 */
import type { TeamPolicyCache, TeamPolicyStatus } from './team-cache';

export type NetworkFailure =
  /** No answer at all: no such host, connection refused, TLS failure, offline. */
  | 'unreachable'
  /** The host answers, but without a host permission the browser needs Access-Control-Allow-Origin, which it does not send. */
  | 'permission'
  /** The host answers and access to it is granted, yet the browser refused the answer. */
  | 'cors';

/** `hostAnswered`: the `no-cors` probe got an answer (null: not known, read as not answered). */
export function classifyNetworkFailure(hostPermission: boolean, hostAnswered: boolean | null): NetworkFailure {
  if (!hostAnswered) return 'unreachable';
  return hostPermission ? 'cors' : 'permission';
}

/** The match pattern of a host permission for `url`'s site: patterns carry no port, and one without covers every port. */
export function hostPermissionPattern(url: string): string {
  return `https://${new URL(url).hostname}/*`;
}

export function networkFailureText(url: string, failure: NetworkFailure, detail: string): string {
  const { host, origin } = new URL(url);
  switch (failure) {
    case 'unreachable':
      return `${url}: the host ${host} could not be reached (no such host, connection refused, or a network or certificate problem; ${detail})`;
    case 'permission':
      return `${url}: Cluster Guard has no access to ${origin}, and the server does not allow cross-origin reads (Access-Control-Allow-Origin): allow access to the site in Cluster Guard's options (${detail})`;
    case 'cors':
      return `${url}: the server answered, but the browser refused the answer (CORS) although access to ${origin} is granted (${detail})`;
  }
}

/**
 * Where the team policy stands, as the popup says it: none configured; in
 * force and the last sync fine; a sync failed but an earlier good copy stays
 * in force; or a sync failed and there has never been a good copy, so the
 * team policy is not in force and tabs follow the built-in and personal rules.
 */
export type TeamStanding = 'none' | 'in-force' | 'failed-last-good-kept' | 'failed-never-good';

export function teamStanding(status: TeamPolicyStatus | null, cache: TeamPolicyCache | null): TeamStanding {
  if (!status?.url) return 'none';
  if (!status.lastError) return cache ? 'in-force' : 'failed-never-good';
  return cache ? 'failed-last-good-kept' : 'failed-never-good';
}
