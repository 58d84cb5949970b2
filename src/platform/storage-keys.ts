/**
 * The one place that spells extension storage keys. Nothing else may.
 *
 * storage.local
 *   settings            personal settings, see core/settings.ts (empty -> built-in defaults)
 *   auditLog            ring buffer of guarded dialogs, see core/audit.ts
 *   teamPolicy          last known good team policy: { url, etag, fetchedAt, policy (file object) }
 *   teamPolicyStatus    { url, source, lastAttemptAt, lastSuccessAt, lastError } of the team policy sync
 *   settingsQuarantine  a stored settings value that could not be read, kept aside: { savedAt, value, problems }
 *   settingsBackup      the settings value as it was before a schema migration: { savedAt, fromVersion, value }
 * storage.session
 *   tabStates           per-tab { project, environment } map kept by the background
 * storage.managed (written by an administrator, read-only; see public/managed_schema.json)
 *   policy              the team policy itself, as a policy file object
 *   policyUrl           an https:// URL of the team policy file
 */
export const LOCAL_KEYS = {
  settings: 'settings',
  auditLog: 'auditLog',
  teamPolicy: 'teamPolicy',
  teamPolicyStatus: 'teamPolicyStatus',
  settingsQuarantine: 'settingsQuarantine',
  settingsBackup: 'settingsBackup',
} as const;

export const SESSION_KEYS = {
  tabStates: 'tabStates',
} as const;

export const MANAGED_KEYS = {
  policy: 'policy',
  policyUrl: 'policyUrl',
} as const;
