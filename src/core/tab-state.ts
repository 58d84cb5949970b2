/**
 * What one console tab shows, as its content script reports it to the
 * background and the background keeps it per tab (the `tabStates` item of
 * platform/storage). Pure.
 */
import { isConsoleId, type Scope } from '../consoles/ids';
import type { Environment } from './environments';
import { isRecord } from './is-record';
import { readAlsoGuard } from './policy/lenient';
import { DESTRUCTIVE_KINDS, type DestructiveKind } from './dialogs/kinds';

/** The parts of an environment other tabs, the toolbar and the tab's frames need. */
export interface TabEnvironment {
  name: string;
  label: string;
  color: string;
  typedConfirmation: boolean;
  /** Which dialog kinds typed confirmation applies to (absent: all): frames guard by it. */
  guards?: Environment['guards'];
  /** Optional actions typed confirmation also covers (absent: none): frames guard by it. */
  alsoGuard?: Environment['alsoGuard'];
}

export interface TabState {
  /** What the tab shows, written for people: a project ID, `acme-prod (1111-2222-3333)`, a subscription ID. */
  project: string | null;
  /** The scope itself (console, canonical ID, name); absent in states reported before consoles other than Google Cloud. */
  scope?: Scope | null;
  environment: TabEnvironment | null;
  /** Set on a page of a site the policy names (an Argo CD, a Grafana): its address, as the browser gave it, which decides the site and its scope. */
  site?: { url: string };
  updatedAt: number;
}

/** By tab id. */
export type TabStates = Record<string, TabState>;

export function tabEnvironment(environment: Environment): TabEnvironment {
  const { name, label, color, typedConfirmation, guards, alsoGuard } = environment;
  return { name, label, color, typedConfirmation, ...(guards ? { guards } : {}), ...(alsoGuard ? { alsoGuard } : {}) };
}

/** A scope as a tab reported it; anything else reads as absent. */
export function readScope(value: unknown): Scope | null {
  if (!isRecord(value) || !isConsoleId(value.console) || typeof value.id !== 'string' || !value.id) return null;
  return typeof value.name === 'string' && value.name ? { console: value.console, id: value.id, name: value.name } : { console: value.console, id: value.id };
}

function readTabEnvironment(value: unknown): TabEnvironment | null {
  if (!isRecord(value)) return null;
  const { name, label, color, typedConfirmation, guards, alsoGuard } = value;
  if (typeof name !== 'string' || typeof label !== 'string' || typeof color !== 'string' || typeof typedConfirmation !== 'boolean') return null;
  const kinds = Array.isArray(guards) && guards.every((kind) => (DESTRUCTIVE_KINDS as readonly unknown[]).includes(kind)) ? (guards as DestructiveKind[]) : undefined;
  const actions = readAlsoGuard(alsoGuard);
  return {
    name,
    label,
    color,
    typedConfirmation,
    ...(guards === 'all' ? { guards: 'all' as const } : kinds ? { guards: kinds } : {}),
    ...(actions ? { alsoGuard: actions } : {}),
  };
}

/** The longest address kept for a site tab (the browsers' own URLs can be longer; no site's scope needs more). */
export const MAX_SITE_TAB_URL = 8192;

function readSiteOfTab(value: unknown): { site: { url: string } } | null {
  if (!isRecord(value) || typeof value.url !== 'string' || value.url.length > MAX_SITE_TAB_URL || !/^https?:\/\//i.test(value.url)) return null;
  return { site: { url: value.url } };
}

/** Leniently: entries that are not tab states are left out. */
export function readTabStates(stored: unknown): TabStates {
  const states: TabStates = {};
  if (!isRecord(stored)) return states;
  for (const [tabId, value] of Object.entries(stored)) {
    if (!isRecord(value) || !(typeof value.project === 'string' || value.project === null)) continue;
    const scope = readScope(value.scope);
    states[tabId] = {
      project: value.project,
      ...(scope ? { scope } : {}),
      environment: readTabEnvironment(value.environment),
      ...(readSiteOfTab(value.site) ?? {}),
      updatedAt: typeof value.updatedAt === 'number' ? value.updatedAt : 0,
    };
  }
  return states;
}
