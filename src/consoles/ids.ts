/**
 * The consoles Cluster Guard knows, and what a console tab belongs to (its
 * scope). Pure: no browser globals; core (policy, rules) uses these too.
 */

/** `gcp` is the default: a rule without `console` is a Google Cloud rule (policy version 1 files have only those). */
export const CONSOLE_IDS = ['gcp', 'aws', 'azure', 'site'] as const;
export type ConsoleId = (typeof CONSOLE_IDS)[number];
export const DEFAULT_CONSOLE: ConsoleId = 'gcp';

export function isConsoleId(value: unknown): value is ConsoleId {
  return (CONSOLE_IDS as readonly unknown[]).includes(value);
}

/**
 * What one console page belongs to: a Google Cloud project, an AWS account,
 * an Azure subscription. `id` is canonical (lower case; an AWS account ID
 * without hyphens); `name` is what people call it, where the console shows
 * one (an AWS account alias). Rules match the ID or the name; the built-in
 * token rules (prod, stg, dev) match names only, and a GCP project ID is its
 * own name.
 */
export interface Scope {
  console: ConsoleId;
  id: string;
  name?: string;
}

/** What a console URL says about its page's scope. */
export type UrlScope =
  /** The URL names the scope. */
  | { kind: 'scope'; scope: Scope }
  /** The page belongs to no single scope (a Google Cloud organization page, the project picker). */
  | { kind: 'none' }
  /**
   * The URL does not say, but the page may (AWS's session data, once it is
   * there) or its top frame does: until known, the guard protects as if the
   * strongest environment any rule of this console gives applied (fail closed).
   */
  | { kind: 'unknown' };

/** The questions every console answers the same way (src/consoles/<console>/scope.ts). */
export interface ConsoleUrls {
  id: ConsoleId;
  /** The content script's match patterns for this console (manifest.json lists them; a test compares). */
  matches: readonly string[];
  /** Whether a page on this host is this console's (frames included). */
  ownsHost(hostname: string): boolean;
  readUrl(url: URL): UrlScope;
  /** Whether the console could show `text` as a scope ID: what anything matching typed IDs asks first. */
  isScopeId(text: string): boolean;
  /** Whether `text` could be a name (alias) of a scope; GCP has none besides the ID. */
  isScopeName(text: string): boolean;
  /** The ID as the console shows it (an AWS account as 1111-2222-3333). */
  formatId(id: string): string;
  /** The canonical ID for something a person typed (an AWS account with hyphens), or null when it is none. */
  canonicalId(text: string): string | null;
}
