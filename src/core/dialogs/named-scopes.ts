/**
 * A dialog may name the scope it acts on ("Shut down project
 * acme-prod-4821?" on the organization's Manage resources page, or on a
 * development project's tab). The dialog then belongs to that scope's
 * environment when it is more protective than the tab's. Pure.
 *
 * What counts as naming a scope, per console:
 *  - Google Cloud, and only in a dialog about a project (its resource kind):
 *    project IDs look like every other resource's name ("prod-cluster",
 *    "web-1"), so a cluster's name is never read as a project. A project ID
 *    has 6-30 characters, lower-case letters,
 *    digits and hyphens, starting with a letter, not ending with a hyphen).
 *    In free text (title, description, the console's field label) only words
 *    with a hyphen or a digit count: plain lower-case words ("production",
 *    "instance") are prose far more often than project IDs. In the resource
 *    name and the console's own type-the-name placeholder, which hold one
 *    name, any project ID counts.
 *  - AWS: an account ID, 12 digits or 1111-2222-3333.
 *  - Azure: a subscription ID (a GUID).
 *
 * Which environment wins (`mostProtective`), strongest first: one whose
 * typed confirmation applies to this dialog (its action and resource kind);
 * then one with typed confirmation at all; then any. On a tie the tab's own
 * environment stays, then the first named scope: a dialog never becomes
 * less protected than its tab.
 */
import type { ConsoleId, Scope } from '../../consoles/ids';
import type { Environment } from '../environments';
import { canonicalSubscriptionId } from '../subscription-id';
import type { DestructiveKind } from './kinds';
import { findResourceKind } from './wording';

export interface DialogTexts {
  /** Title, accessible name, description, the console's field label: prose that may mention an ID. */
  prose: readonly string[];
  /** Texts that hold one name each: the resource name, the console's type-the-name placeholder. */
  names: readonly string[];
}

/**
 * Whether a dialog can name a scope of `console` (see the file comment): on
 * Google Cloud only one about a project, by its resource kind or by its
 * title with the IDs in it left out ("billing-core-17" says "billing").
 */
export function mayNameScope(console: ConsoleId, kind: DestructiveKind | null, titles: readonly string[] = []): boolean {
  if (console !== 'gcp' || kind === 'project') return true;
  return titles.some((title) => findResourceKind(title.replace(GCP_ID, (id) => (/[-\d]/.test(id) ? ' ' : id))) === 'project');
}

/** More than this many candidates says the dialog is a list, not a confirmation about one scope. */
const MAX_CANDIDATES = 16;

const GCP_ID = /(?<![A-Za-z0-9_.:-])[a-z][a-z0-9-]{4,28}[a-z0-9](?![A-Za-z0-9_-])/g;
const AWS_ID = /(?<![\d-])(?:\d{12}|\d{4}-\d{4}-\d{4})(?![\d-])/g;
const AZURE_ID = /(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f-])/g;

function gcpIds(text: string, prose: boolean): string[] {
  return [...text.matchAll(GCP_ID)].map((match) => match[0]).filter((id) => !prose || /[-\d]/.test(id));
}

function idsIn(console: ConsoleId, text: string, prose: boolean): string[] {
  switch (console) {
    case 'gcp':
      return gcpIds(text, prose);
    case 'aws':
      return [...text.matchAll(AWS_ID)].map((match) => match[0].replace(/-/g, ''));
    case 'azure':
      return [...text.matchAll(AZURE_ID)].map((match) => canonicalSubscriptionId(match[0])).filter((id): id is string => id !== null);
    case 'site':
      // A site's scope is a free-form name (a namespace): no shape tells it apart in prose, so a dialog names none.
      return [];
  }
}

/** The scopes of `console` a dialog's texts name, each once, in the order they appear; none when it names too many. */
export function namedScopes(console: ConsoleId, texts: DialogTexts): Scope[] {
  const ids = new Set<string>();
  for (const text of texts.names) for (const id of idsIn(console, text, false)) ids.add(id);
  for (const text of texts.prose) for (const id of idsIn(console, text, true)) ids.add(id);
  if (ids.size > MAX_CANDIDATES) return [];
  return [...ids].map((id) => ({ console, id }));
}

export interface ScopedEnvironment {
  /** The scope written for people. */
  project: string;
  environment: Environment;
}

/** How protective `environment` is for one dialog: 2 guards it, 1 guards others, 0 guards nothing. */
function rank(environment: Environment, guardsThisDialog: (environment: Environment) => boolean): number {
  if (guardsThisDialog(environment)) return 2;
  return environment.typedConfirmation ? 1 : 0;
}

/**
 * The environment a dialog belongs to: the tab's, unless a scope the dialog
 * names is more protective for it (see the file comment). Null when neither
 * the tab nor any named scope has an environment.
 */
export function mostProtective<T extends ScopedEnvironment>(
  tab: T | null,
  named: readonly T[],
  guardsThisDialog: (environment: Environment) => boolean,
): { chosen: T; named: boolean } | null {
  let best: { chosen: T; named: boolean } | null = tab ? { chosen: tab, named: false } : null;
  for (const candidate of named) {
    if (!best || rank(candidate.environment, guardsThisDialog) > rank(best.chosen.environment, guardsThisDialog)) best = { chosen: candidate, named: true };
  }
  return best;
}
