/**
 * What an administrator set in managed storage, checked. Pure: the storage
 * read is platform glue. Runs in the background and the options page.
 *
 *   policy      the team policy itself, as a policy file object (Chrome's
 *               policy UI may hand it over as a JSON string)
 *   policyUrl   the URL of the team policy file
 */
import { parsePolicyObject } from './parse';
import { validateTeamUrl } from './team-url';
import { formatIssue, type Policy } from './types';

export interface ManagedValues {
  policy: Policy | null;
  /**
   * The administrator's team URL whenever one is set, valid or not: it wins
   * over the user's either way (the sync refuses an invalid one and says why),
   * so the options page shows it and not the user's. Normalised when valid.
   */
  policyUrl: string | null;
  problems: string[];
  /** What the administrator set that cannot be used: such configuration fails closed (core/policy/fail-closed). */
  invalid: { policy: boolean; policyUrl: boolean };
}

export const NOTHING_MANAGED: ManagedValues = { policy: null, policyUrl: null, problems: [], invalid: { policy: false, policyUrl: false } };

/** `rawPolicy`: the stored `policy` value; `configuredUrl`: the `policyUrl` value, trimmed, or null when not set. */
export function readManagedValues(rawPolicy: unknown, configuredUrl: string | null): ManagedValues {
  const problems: string[] = [];
  const invalid = { policy: false, policyUrl: false };
  let policy: Policy | null = null;
  if (rawPolicy !== undefined && rawPolicy !== null) {
    let value: unknown = rawPolicy;
    if (typeof rawPolicy === 'string') {
      try {
        value = JSON.parse(rawPolicy);
      } catch {
        value = undefined;
        invalid.policy = true;
        problems.push('managed policy: not valid JSON');
      }
    }
    if (value !== undefined) {
      const parsed = parsePolicyObject(value);
      if (parsed.ok) policy = parsed.policy;
      else {
        invalid.policy = true;
        problems.push(...parsed.errors.map((issue) => `managed policy: ${formatIssue(issue)}`));
      }
    }
  }
  let policyUrl: string | null = null;
  if (configuredUrl !== null) {
    const checked = validateTeamUrl(configuredUrl);
    policyUrl = checked.ok ? checked.url : configuredUrl;
    if (!checked.ok) {
      invalid.policyUrl = true;
      problems.push(`managed policyUrl: ${checked.error}`);
    }
  }
  return { policy, policyUrl, problems, invalid };
}
