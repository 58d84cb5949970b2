/**
 * Reading stored personal settings for use: the one check of what is in
 * storage, and the migration of older stored shapes. Pure: no browser
 * globals. Runs in the background and the options page, never in content
 * scripts (they read the policy the background published).
 *
 * Reading never throws and never drops a usable rule: a broken version 2
 * document is salvaged entry by entry, and the caller keeps the original
 * aside (`corrupt: true`) instead of overwriting it. Rules whose pattern may
 * not run (invalid or unsafe) are never salvaged or migrated.
 */
import { checkPattern } from './rules';
import { parsePolicyObject } from './policy/parse';
import { EMPTY_POLICY, formatIssue, type Policy } from './policy/types';
import { rulesWithinCost } from './policy/cost';
import { isRecord } from './is-record';
import { readPolicyLeniently } from './policy/lenient';
import { validateTeamUrl } from './policy/team-url';
import { emptySettings, SETTINGS_SCHEMA_VERSION, type Settings } from './stored-settings';

export { emptySettings, settingsToStored, SETTINGS_SCHEMA_VERSION, type Settings } from './stored-settings';

export interface SettingsReadResult {
  settings: Settings;
  /** Human-readable problems; non-empty means some stored data was not used as it was. */
  problems: string[];
  /** The stored value was not a valid current document: keep it aside before writing anything. */
  corrupt: boolean;
  /** The stored value was an older schema version, migrated in memory; write back to finish. */
  migratedFrom: number | null;
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
    const personal = withinCost(readPolicyLeniently(stored, { path: 'settings', patternKey: 'pattern', problems, refusePattern: checkPattern }));
    return result({ schemaVersion: SETTINGS_SCHEMA_VERSION, personal, teamPolicyUrl: null }, problems, false, 1);
  }
  if (stored.schemaVersion !== SETTINGS_SCHEMA_VERSION) {
    return result(
      emptySettings(),
      [`settings.schemaVersion: ${JSON.stringify(stored.schemaVersion)} is not supported; using the built-in defaults`],
      true,
    );
  }

  const url = typeof stored.teamPolicyUrl === 'string' ? validateTeamUrl(stored.teamPolicyUrl) : null;
  const teamPolicyUrl = url?.ok ? url.url : null;
  const problems: string[] = stored.teamPolicyUrl != null && !teamPolicyUrl ? ['settings.teamPolicyUrl: expected an https:// URL'] : [];
  const parsed = parsePolicyObject(stored.personal ?? EMPTY_POLICY_FILE);
  // A refused URL is reported, not a reason to set the whole document aside.
  if (parsed.ok) return result({ schemaVersion: SETTINGS_SCHEMA_VERSION, personal: parsed.policy, teamPolicyUrl }, problems, false);

  problems.push(...parsed.errors.map((issue) => `settings.personal.${formatIssue(issue)}`));
  // The parser has reported every problem already; the salvage only keeps what may be used.
  const personal = isRecord(stored.personal)
    ? withinCost(readPolicyLeniently(stored.personal, { path: 'settings.personal', patternKey: 'match', problems: [], refusePattern: checkPattern }))
    : structuredClone(EMPTY_POLICY);
  return result({ schemaVersion: SETTINGS_SCHEMA_VERSION, personal, teamPolicyUrl }, problems, true);
}

/** A salvaged policy keeps its rules only as far as a checked one could have them (core/policy/cost). */
function withinCost(policy: Policy): Policy {
  const rules = rulesWithinCost(policy.rules);
  return rules.length === policy.rules.length ? policy : { ...policy, rules };
}

const EMPTY_POLICY_FILE = { version: 1, environments: [], rules: [] };
