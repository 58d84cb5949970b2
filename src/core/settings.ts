/**
 * The personal settings kept in extension storage, and how to read them safely.
 * Pure: no browser globals. Storage access itself lives in `platform/storage`.
 *
 * Stored shape (key `settings`, see platform/storage-keys):
 *   { schemaVersion: 1, useDefaultRules: boolean, environments: Environment[], rules: Rule[] }
 * Anything missing or empty means "built-in defaults".
 */
import type { Environment } from './environments';
import type { Rule, PatternKind } from './rules';

export const SETTINGS_SCHEMA_VERSION = 1;

export interface Settings {
  schemaVersion: typeof SETTINGS_SCHEMA_VERSION;
  /** Apply the built-in token rules after the personal ones. */
  useDefaultRules: boolean;
  /** Extra environments, or built-in ones redefined by name. */
  environments: Environment[];
  rules: Rule[];
}

export const EMPTY_SETTINGS: Settings = {
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  useDefaultRules: true,
  environments: [],
  rules: [],
};

export interface SettingsReadResult {
  settings: Settings;
  /** Human-readable problems; non-empty means some stored data was ignored. */
  problems: string[];
  /** True when the stored value was unusable as a whole and defaults apply. */
  corrupt: boolean;
}

const KINDS: readonly PatternKind[] = ['exact', 'glob', 'regex'];
const COLOR = /^#[0-9a-f]{6}$/i;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readEnvironment(value: unknown, path: string, problems: string[]): Environment | null {
  if (!isRecord(value)) return problems.push(`${path}: expected an object`), null;
  const { name, label, color, typedConfirmation } = value;
  if (typeof name !== 'string' || !name.trim()) return problems.push(`${path}.name: expected a non-empty string`), null;
  if (typeof label !== 'string' || !label.trim()) return problems.push(`${path}.label: expected a non-empty string`), null;
  if (typeof color !== 'string' || !COLOR.test(color)) return problems.push(`${path}.color: expected a colour like #c5221f`), null;
  if (typeof typedConfirmation !== 'boolean') return problems.push(`${path}.typedConfirmation: expected true or false`), null;
  return { name: name.trim(), label: label.trim(), color: color.toLowerCase(), typedConfirmation };
}

function readRule(value: unknown, path: string, problems: string[]): Rule | null {
  if (!isRecord(value)) return problems.push(`${path}: expected an object`), null;
  const { kind, pattern, environment } = value;
  if (typeof kind !== 'string' || !KINDS.includes(kind as PatternKind)) {
    return problems.push(`${path}.kind: expected one of ${KINDS.join(', ')}`), null;
  }
  if (typeof pattern !== 'string' || !pattern) return problems.push(`${path}.pattern: expected a non-empty string`), null;
  if (typeof environment !== 'string' || !environment.trim()) {
    return problems.push(`${path}.environment: expected an environment name`), null;
  }
  return { kind: kind as PatternKind, pattern, environment: environment.trim() };
}

/**
 * Reads whatever storage holds. Never throws: a broken entry is skipped and
 * reported, a broken whole falls back to the defaults and is reported.
 */
export function readSettings(stored: unknown): SettingsReadResult {
  if (stored === undefined || stored === null) return { settings: EMPTY_SETTINGS, problems: [], corrupt: false };
  if (!isRecord(stored)) {
    return { settings: EMPTY_SETTINGS, problems: ['settings: expected an object; using the built-in defaults'], corrupt: true };
  }
  if (stored.schemaVersion !== SETTINGS_SCHEMA_VERSION) {
    return {
      settings: EMPTY_SETTINGS,
      problems: [`settings.schemaVersion: ${JSON.stringify(stored.schemaVersion)} is not supported; using the built-in defaults`],
      corrupt: true,
    };
  }
  const problems: string[] = [];
  const list = (key: string) => {
    const value = stored[key];
    if (value === undefined) return [];
    if (Array.isArray(value)) return value;
    problems.push(`settings.${key}: expected a list`);
    return [];
  };
  const environments = list('environments')
    .map((value, i) => readEnvironment(value, `settings.environments[${i}]`, problems))
    .filter((value): value is Environment => value !== null);
  const rules = list('rules')
    .map((value, i) => readRule(value, `settings.rules[${i}]`, problems))
    .filter((value): value is Rule => value !== null);
  const useDefaultRules = stored.useDefaultRules !== false;
  return { settings: { schemaVersion: SETTINGS_SCHEMA_VERSION, useDefaultRules, environments, rules }, problems, corrupt: false };
}
