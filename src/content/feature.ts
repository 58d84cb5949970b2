import type { ConsoleId, Scope } from '../consoles/ids';
import type { Environment } from '../core/environments';
import type { BannerDisplay } from '../core/policy/types';

/**
 * What the tab shows: the console, its scope written for people (a project
 * ID, `acme-prod (1111-2222-3333)`; '' in a frame that only knows its top
 * frame's environment), its environment, and how the policy in force wants
 * it marked (core/policy/effective `display`).
 */
export interface FeatureContext {
  console: ConsoleId;
  project: string;
  environment: Environment;
  display: Required<BannerDisplay>;
  /**
   * The scope is not known yet (an AWS page before its session data): the
   * environment is the one the guard protects with meanwhile (fail closed).
   * Markers show nothing until the scope is known.
   */
  pending?: boolean;
}

/** What the tab shows now, and word of every change. */
export interface TabContext {
  /** The current context, or null when the tab shows no environment (no project, or no rule matched). */
  current(): FeatureContext | null;
  /** Calls `listener` after every change of `current()`, until `signal` aborts. */
  onChange(listener: () => void, signal: AbortSignal): void;
  /** The guard's view only: the environment another scope of this page's console would have, by the rules the tab uses. */
  scopes?: ScopeResolver;
}

/** What the guard asks about scopes a dialog names (src/core/dialogs/named-scopes). */
export interface ScopeResolver {
  /** The console of this frame's page, even where it shows no scope; null off the consoles. */
  console(): ConsoleId | null;
  /** The environment `scope` has by the policy in force, or null. */
  environmentOf(scope: Scope): Environment | null;
  /** Whether any scope of this console could be protected: only then are dialogs worth finding on an unprotected page. */
  anyProtected(): boolean;
}

/**
 * One self-contained feature (a marker or the guard), in the style of
 * Refined GitHub's features: it starts once per page, keeps what it shows
 * true as the tab's context changes, and removes everything it added (and
 * restores what it changed) when `signal` aborts. `sweep` removes what a
 * dead predecessor's copy of the feature left behind (after an extension
 * update Firefox destroys the old script but leaves its DOM).
 */
export interface Feature {
  id: string;
  /** Markers belong to the tab (top frame only); the guard to every console frame. */
  frames: 'top' | 'all';
  start(tab: TabContext, signal: AbortSignal): void;
  sweep(): void;
}

/** What most features show: the project and its environment (not the display, which only some use). */
const PROJECT_AND_ENVIRONMENT = (context: FeatureContext): unknown => [context.project, context.environment];

/**
 * `start` for a feature that shows one context at a time: mounts for the
 * current context, and tears down and mounts again whenever what it shows
 * changes: `shows` picks that part of the context (by default the project
 * and environment, so a change of banner size leaves the title alone).
 */
export function perContext(
  mount: (context: FeatureContext, signal: AbortSignal) => void,
  shows: (context: FeatureContext) => unknown = PROJECT_AND_ENVIRONMENT,
): Feature['start'] {
  return (tab, signal) => {
    let mounted: { key: string; controller: AbortController } | null = null;
    const update = () => {
      const context = tab.current();
      const key = context ? JSON.stringify(shows(context)) : '';
      if (mounted?.key === key) return;
      mounted?.controller.abort();
      mounted = null;
      if (!context || signal.aborted) return;
      const controller = new AbortController();
      mounted = { key, controller };
      mount(context, controller.signal);
    };
    signal.addEventListener('abort', () => mounted?.controller.abort(), { once: true });
    tab.onChange(update, signal);
    update();
  };
}
