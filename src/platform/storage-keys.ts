/**
 * The one place that spells extension storage keys. Nothing else may.
 *
 * storage.local
 *   settings      personal settings, see core/settings.ts (empty -> built-in defaults)
 *   auditLog      ring buffer of guarded dialogs, see core/audit.ts
 * storage.session
 *   tabStates     per-tab { project, environment } map kept by the background
 */
export const LOCAL_KEYS = {
  settings: 'settings',
  auditLog: 'auditLog',
} as const;

export const SESSION_KEYS = {
  tabStates: 'tabStates',
} as const;
