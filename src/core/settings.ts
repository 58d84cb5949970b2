/**
 * The personal settings kept in extension storage, how to read them safely,
 * and how older stored shapes are migrated. Pure: no browser globals.
 * Storage access itself lives in platform/settings-store.
 *
 * Stored shape, version 2 (key `settings`, see platform/storage-keys):
 *   { schemaVersion: 2, personal: <policy file object, see docs/team-policy.md>, teamPolicyUrl: string | null }
 * Version 1 (part 1): { schemaVersion: 1, useDefaultRules, environments, rules: [{kind, pattern, environment}] }
 *
 * Reading never throws and never drops a usable rule: a broken version 2
 * document is salvaged entry by entry, and the caller keeps the original
 * aside (`corrupt: true`) instead of overwriting it.
 */
import { parsePolicyObject, policyToFile } from './policy/parse';
import { EMPTY_POLICY, formatIssue, type Policy } from './policy/types';
import { isRecord } from './is-record';
import { readPolicyLeniently } from './policy/lenient';

export const SETTINGS_SCHEMA_VERSION = 2;

export interface Settings {
  schemaVersion: typeof SETTINGS_SCHEMA_VERSION;
  /** The user's own rules and environments, in the policy model. */
  personal: Policy;
  /** Team policy URL chosen in the options page (an enterprise-managed URL overrides it). */
  teamPolicyUrl: string | null;
}

export function emptySettings(): Settings {
  return { schemaVersion: SETTINGS_SCHEMA_VERSION, personal: structuredClone(EMPTY_POLICY), teamPolicyUrl: null };
}

export interface SettingsReadResult {
  settings: Settings;
  /** Human-readable problems; non-empty means some stored data was not used as it was. */
  problems: string[];
  /** The stored value was not a valid current document: keep it aside before writing anything. */
  corrupt: boolean;
  /** The stored value was an older schema version, migrated in memory; write back to finish. */
  migratedFrom: number | null;
}

/** What to write to storage for `settings`. */
export function settingsToStored(settings: Settings): Record<string, unknown> {
  return { schemaVersion: SETTINGS_SCHEMA_VERSION, personal: policyToFile(settings.personal), teamPolicyUrl: settings.teamPolicyUrl };
}

function readUrl(value: unknown): string | null {
  return typeof value === 'string' && value.startsWith('https://') ? value : null;
}

export function readSettings(stored: unknown): SettingsReadResult {
  const result = (settings: Settings, problems: string[], corrupt: boolean, migratedFrom: number | null = null): SettingsReadResult => ({
    settings,
    problems,
    corrupt,
    migratedFrom,
  });
  if (stored === undefined || stored === null) return result(emptySettings(), [], false);
  if (!isRecord(stored)) return result(emptySettings(), ['settings: expected an object; using the built-in defaults'], true);

  if (stored.schemaVersion === 1) {
    const problems: string[] = [];
    const personal = readPolicyLeniently(stored, 'settings', 'pattern', problems);
    return result({ schemaVersion: SETTINGS_SCHEMA_VERSION, personal, teamPolicyUrl: null }, problems, false, 1);
  }
  if (stored.schemaVersion !== SETTINGS_SCHEMA_VERSION) {
    return result(
      emptySettings(),
      [`settings.schemaVersion: ${JSON.stringify(stored.schemaVersion)} is not supported; using the built-in defaults`],
      true,
    );
  }

  const teamPolicyUrl = readUrl(stored.teamPolicyUrl);
  const problems: string[] = stored.teamPolicyUrl != null && !teamPolicyUrl ? ['settings.teamPolicyUrl: expected an https:// URL'] : [];
  const parsed = parsePolicyObject(stored.personal ?? EMPTY_POLICY_FILE);
  // A refused URL is reported, not a reason to set the whole document aside.
  if (parsed.ok) return result({ schemaVersion: SETTINGS_SCHEMA_VERSION, personal: parsed.policy, teamPolicyUrl }, problems, false);

  problems.push(...parsed.errors.map((issue) => `settings.personal.${formatIssue(issue)}`));
  const personal = isRecord(stored.personal) ? readPolicyLeniently(stored.personal, 'settings.personal', 'match', []) : structuredClone(EMPTY_POLICY);
  return result({ schemaVersion: SETTINGS_SCHEMA_VERSION, personal, teamPolicyUrl }, problems, true);
}

const EMPTY_POLICY_FILE = { version: 1, environments: [], rules: [] };
