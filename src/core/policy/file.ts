/**
 * The on-disk shape of a policy (policy files, exports, stored copies), as
 * written. Pure, and free of the validator: writing needs no checking, so
 * contexts that only write or read back their own data do not carry
 * core/policy/parse. The format is described in docs/team-policy.md and
 * public/policy.schema.json.
 */
import { ruleConsole } from '../rule-index';
import type { Policy, PolicyVersion } from './types';

/** Where editors find the schema; written as `$schema` into every exported file. */
export const POLICY_SCHEMA_URL = 'https://cluster-guard.dev/policy.schema.json';

/** The keys of each object in the file, in the order policyToFile writes them. */
export const ROOT_KEYS = ['$schema', 'version', 'environments', 'rules', 'unmatched', 'useDefaultRules', 'allowPersonalRules', 'banner', 'sites'] as const;
export const BANNER_KEYS = ['size', 'tintConsoleHeader'] as const;
export const ENVIRONMENT_KEYS = ['name', 'label', 'color', 'typedConfirmation', 'guards', 'alsoGuard'] as const;
export const RULE_KEYS = ['console', 'match', 'kind', 'environment', 'note'] as const;

/** The lowest file version that holds `policy`: 3 once it names sites, 2 once a rule is for a console other than Google Cloud. */
export function lowestVersion(policy: Pick<Policy, 'rules' | 'sites'>): PolicyVersion {
  if (policy.sites?.length || policy.rules.some((rule) => ruleConsole(rule) === 'site')) return 3;
  return policy.rules.some((rule) => ruleConsole(rule) !== 'gcp') ? 2 : 1;
}

/** The on-disk shape of a policy, `$schema` first, keys in the documented order. */
export function policyToFile(policy: Policy): Record<string, unknown> {
  return {
    $schema: POLICY_SCHEMA_URL,
    version: lowestVersion(policy),
    environments: policy.environments.map((env) => ({
      name: env.name,
      label: env.label,
      color: env.color,
      typedConfirmation: env.typedConfirmation,
      ...(env.guards === undefined ? {} : { guards: env.guards === 'all' ? 'all' : [...env.guards] }),
      ...(env.alsoGuard === undefined ? {} : { alsoGuard: [...env.alsoGuard] }),
    })),
    rules: policy.rules.map((rule) => ({
      ...(ruleConsole(rule) === 'gcp' ? {} : { console: rule.console }),
      match: rule.pattern,
      kind: rule.kind,
      environment: rule.environment,
      ...(rule.note ? { note: rule.note } : {}),
    })),
    unmatched: policy.unmatched,
    useDefaultRules: policy.useDefaultRules,
    allowPersonalRules: policy.allowPersonalRules,
    ...bannerToFile(policy.banner),
    ...(policy.sites?.length ? { sites: policy.sites.map((site) => ({ ...site, ...(site.scope ? { scope: { ...site.scope } } : {}) })) } : {}),
  };
}

/** `banner` only when it sets something, its fields in the documented order. */
function bannerToFile(banner: Policy['banner']): { banner?: Record<string, unknown> } {
  if (!banner) return {};
  const file: Record<string, unknown> = {};
  if (banner.size !== undefined) file.size = banner.size;
  if (banner.tintConsoleHeader !== undefined) file.tintConsoleHeader = banner.tintConsoleHeader;
  return Object.keys(file).length > 0 ? { banner: file } : {};
}

export function serializePolicy(policy: Policy): string {
  return `${JSON.stringify(policyToFile(policy), null, 2)}\n`;
}
