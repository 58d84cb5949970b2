/**
 * Broken administrator configuration fails closed. Pure.
 *
 *  - An invalid managed `policy` keeps the last valid one in force (the
 *    background keeps it in `managedPolicyLastGood`); with none, every
 *    console project is "policy unavailable": the built-in protected
 *    environment below, which asks for `policy-unavailable` to be typed
 *    before any destructive dialog acts, until the administrator fixes it.
 *  - A refused managed `policyUrl` (not https://) keeps the team policy
 *    fetched before in force (core/policy/sync-state); with none, the same.
 *
 * Failing closed is an ordinary policy, so it reaches console tabs the way
 * every policy does: no tab needs to know about it.
 */
import type { Environment } from '../environments';
import { isRecord } from '../is-record';
import { policyToFile } from './file';
import { readPolicyLeniently } from './lenient';
import type { ManagedValues } from './managed';
import { POLICY_VERSION, type Policy } from './types';

export const POLICY_UNAVAILABLE: Environment = { name: 'policy-unavailable', label: 'NO POLICY', color: '#6a1b9a', typedConfirmation: true };

/** Every project is policy-unavailable; personal rules are off (they could not weaken it anyway). */
export const UNAVAILABLE_POLICY: Policy = {
  version: POLICY_VERSION,
  environments: [POLICY_UNAVAILABLE],
  rules: [{ kind: 'glob', pattern: '*', environment: POLICY_UNAVAILABLE.name }],
  unmatched: POLICY_UNAVAILABLE.name,
  useDefaultRules: false,
  allowPersonalRules: false,
};

export function isUnavailablePolicy(policy: Policy | null): boolean {
  return policy?.environments.some((env) => env.name === POLICY_UNAVAILABLE.name) === true && policy.rules.length === 1;
}

/** storage.local `managedPolicyLastGood`: the managed policy as last read valid, in the file shape. */
export interface ManagedLastGood {
  savedAt: number;
  policy: Policy;
}

export function lastGoodToStored(value: ManagedLastGood): Record<string, unknown> {
  return { savedAt: value.savedAt, policy: policyToFile(value.policy) };
}

/** Leniently: it was checked when it was stored. */
export function readLastGood(stored: unknown): ManagedLastGood | null {
  if (!isRecord(stored) || !isRecord(stored.policy)) return null;
  const policy = readPolicyLeniently(stored.policy, { path: 'managedPolicyLastGood.policy', patternKey: 'match', problems: [] });
  return { savedAt: typeof stored.savedAt === 'number' ? stored.savedAt : 0, policy };
}

export interface Authorities {
  managed: Policy | null;
  team: Policy | null;
  /** What to keep as the last valid managed policy: a policy to store, null to forget it, undefined to leave it. */
  lastGood: Policy | null | undefined;
  problems: string[];
}

/**
 * The managed and team policies in force. `lastGood`: the managed policy
 * last read valid; `team`: the cached team policy (from any URL).
 */
export function resolveAuthorities(managed: ManagedValues, lastGood: Policy | null, team: Policy | null): Authorities {
  const problems: string[] = [];
  let inForce: Policy | null = managed.policy;
  let keep: Policy | null | undefined = undefined;
  if (managed.policy) keep = managed.policy;
  else if (managed.invalid.policy) {
    if (lastGood) {
      inForce = lastGood;
      problems.push('managed policy: the administrator’s policy is invalid; the last valid one stays in force');
    } else {
      inForce = UNAVAILABLE_POLICY;
      problems.push(`managed policy: the administrator’s policy is invalid and no valid one is known: every console project is treated as "${POLICY_UNAVAILABLE.name}" (protected) until it is fixed`);
    }
  } else if (lastGood) keep = null; // removed by the administrator
  let teamInForce = team;
  if (!team && managed.invalid.policyUrl) {
    teamInForce = UNAVAILABLE_POLICY;
    problems.push(`managed policyUrl: refused, and no team policy was fetched before: every console project is treated as "${POLICY_UNAVAILABLE.name}" (protected) until it is fixed`);
  }
  return { managed: inForce, team: teamInForce, lastGood: keep, problems };
}
