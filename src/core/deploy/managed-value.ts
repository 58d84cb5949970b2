/**
 * What an administrator's tools put in the extension's managed storage: the
 * object public/managed_schema.json describes (`policy`, the team policy
 * file's object; core/policy/managed reads it back).
 *
 * Chrome checks managed storage against that schema and drops what does not
 * fit it, and the schema language has no "string or array" nor null. So the
 * policy is written in its equivalent form that fits: without `null` values
 * (`unmatched` absent is null), without `guards: "all"` (absent is all), and
 * without `$schema` (an editor hint). A plist cannot hold null either.
 */
import { isRecord } from '../is-record';

export interface ManagedValue {
  policy: Record<string, unknown>;
}

export function managedValue(policy: unknown): ManagedValue {
  if (!isRecord(policy)) throw new Error('the policy must be a JSON object');
  const { $schema: _hint, ...rest } = withoutNulls(policy) as Record<string, unknown>;
  if (Array.isArray(rest.environments)) {
    rest.environments = rest.environments.map((environment: unknown) => {
      if (!isRecord(environment) || environment.guards !== 'all') return environment;
      const { guards: _all, ...others } = environment;
      return others;
    });
  }
  return { policy: rest };
}

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (!isRecord(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== null).map(([key, item]) => [key, withoutNulls(item)]));
}
