/**
 * Which console a URL belongs to, and what it says about its scope. Pure:
 * the content script, the background and the options page all ask here.
 */
import { awsUrls } from './aws/scope';
import { azureUrls } from './azure/scope';
import { gcpUrls } from './gcp/scope';
import { siteUrls } from './site/scope';
import type { ConsoleId, ConsoleUrls, Scope, UrlScope } from './ids';

export const CONSOLES: Readonly<Record<ConsoleId, ConsoleUrls>> = { gcp: gcpUrls, aws: awsUrls, azure: azureUrls, site: siteUrls };

/** The console a page is on and what its URL says, or null when it is no console's (or not HTTPS). */
export function readConsoleUrl(href: string): { console: ConsoleId; scope: UrlScope } | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  for (const urls of Object.values(CONSOLES)) {
    if (urls.ownsHost(url.hostname)) return { console: urls.id, scope: urls.readUrl(url) };
  }
  return null;
}

/** What the tester, the CLI and the never-matches check may match: the console's IDs and names. */
export function isScopeKey(console: ConsoleId, text: string): boolean {
  const urls = CONSOLES[console];
  return urls.isScopeId(text) || urls.isScopeName(text.toLowerCase());
}

/** What a console's scope is called: `project`, `AWS account`, `Azure subscription`. */
export const SCOPE_NOUNS: Readonly<Record<ConsoleId, string>> = { gcp: 'project', aws: 'AWS account', azure: 'Azure subscription', site: 'site scope' };

/** The keys a scope's rules are tried against, in order: the ID, then the name when the console showed one. */
export function scopeKeys(scope: Scope): string[] {
  return scope.name && scope.name !== scope.id ? [scope.id, scope.name] : [scope.id];
}

/**
 * The keys the built-in token rules (prod, stg, dev) read: names only. A GCP
 * project ID is its own name; an AWS account has its alias when shown; a bare
 * account or subscription ID has no name, so no default applies to it.
 */
export function nameKeys(scope: Scope): string[] {
  // A GCP project ID is its own name; so is what a site's URL names (a namespace, an Argo CD project).
  if (scope.console === 'gcp' || scope.console === 'site') return [scope.id];
  return scope.name ? [scope.name] : [];
}

/** `acme-prod (1111-2222-3333)`, `1111-2222-3333`, `my-project`: how a scope is written for people. */
export function scopeText(scope: Scope): string {
  const id = CONSOLES[scope.console].formatId(scope.id);
  return scope.name ? `${scope.name} (${id})` : id;
}
