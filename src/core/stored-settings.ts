/**
 * The personal settings as kept in extension storage, and the copies kept
 * beside them, without the validator: writing them and reading their plain
 * fields needs no checking. Reading a stored document for use is
 * core/settings (readSettings). Pure: no browser globals.
 *
 * Stored shape, version 2 (the `settings` item of platform/storage):
 *   { schemaVersion: 2, personal: <policy file object, see docs/team-policy.md>, teamPolicyUrl: string | null }
 * Version 1: { schemaVersion: 1, useDefaultRules, environments, rules: [{kind, pattern, environment}] }
 */
import { isRecord } from './is-record';
import { policyToFile } from './policy/file';
import { EMPTY_POLICY, type Policy } from './policy/types';

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

/** What to write to storage for `settings`. */
export function settingsToStored(settings: Settings): Record<string, unknown> {
  return { schemaVersion: SETTINGS_SCHEMA_VERSION, personal: policyToFile(settings.personal), teamPolicyUrl: settings.teamPolicyUrl };
}

/**
 * The team URL field of a stored settings document exactly as stored (a
 * string, or null), without reading the rest: what the team sync uses, so an
 * unusable URL is reported by the sync rather than silently ignored.
 */
export function storedTeamUrl(stored: unknown): string | null {
  return isRecord(stored) && typeof stored.teamPolicyUrl === 'string' ? stored.teamPolicyUrl : null;
}

/** A stored settings value that could not be read, kept aside by the background with why. */
export interface SettingsQuarantine {
  savedAt: number | null;
  value: unknown;
  problems: string[];
}

/** The settings value as it was before a schema migration. */
export interface SettingsBackup {
  savedAt: number | null;
  fromVersion: number | null;
  value: unknown;
}

const finiteOrNull = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** Lenient: anything unusable reads as null. */
export function readQuarantine(stored: unknown): SettingsQuarantine | null {
  if (!isRecord(stored)) return null;
  const problems = Array.isArray(stored.problems) ? stored.problems.filter((p): p is string => typeof p === 'string') : [];
  return { savedAt: finiteOrNull(stored.savedAt), value: stored.value, problems };
}

/** Lenient: anything unusable reads as null. */
export function readBackup(stored: unknown): SettingsBackup | null {
  if (!isRecord(stored)) return null;
  return { savedAt: finiteOrNull(stored.savedAt), fromVersion: finiteOrNull(stored.fromVersion), value: stored.value };
}
