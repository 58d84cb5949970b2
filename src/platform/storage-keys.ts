/**
 * The one place that spells extension storage keys. Nothing else may.
 *
 * storage.local
 *   settings      personal settings, see core/settings.ts (empty -> built-in defaults)
 * storage.session
 *   tabStates     per-tab { project, environment } map kept by the background
 */
export const LOCAL_KEYS = {
  settings: 'settings',
} as const;

export const SESSION_KEYS = {
  tabStates: 'tabStates',
} as const;
