/**
 * Reads a Google Cloud console URL. Pure: no browser globals.
 *
 * The console keeps the project in the `project` query parameter on every page
 * that belongs to one project. Pages scoped to an organization or folder, and
 * the project pickers, belong to no project.
 */

/**
 * `console.cloud.google` (no `.com`) is the console for workforce identity
 * federation users; `console.developers.google.com` is the old name, still in links.
 */
export const CONSOLE_HOSTS = ['console.cloud.google.com', 'console.cloud.google', 'console.developers.google.com'] as const;

export type ConsoleScope = 'project' | 'organization' | 'folder' | 'none';

export interface ConsoleLocation {
  /** Project ID, or null when the page belongs to no single project. */
  project: string | null;
  scope: ConsoleScope;
  /** First path segment, e.g. `kubernetes`, `compute`, `sql`, `storage`. */
  product: string | null;
}

/**
 * Project IDs: 6–30 chars of lowercase letters, digits and hyphens; legacy IDs may hold a
 * `domain.com:` prefix. Bounded (at most 127 chars) so a crafted link cannot make rule
 * matching slow.
 */
const PROJECT_ID = /^(?:[a-z0-9.-]{1,63}:)?[a-z][a-z0-9-]{0,62}$/i;

/**
 * Whether the console could show `text` as a project: what parseConsoleUrl
 * accepts from a URL. Anything that matches rules against an ID someone
 * typed (the options page's tester, `cluster-guard explain`, the check for
 * rules that never match) asks this first, so no matcher sees longer input
 * than a console tab can give it.
 */
export function isProjectId(text: string): boolean {
  return PROJECT_ID.test(text);
}

export function isConsoleHost(hostname: string): boolean {
  return (CONSOLE_HOSTS as readonly string[]).includes(hostname.toLowerCase());
}

export function parseConsoleUrl(href: string): ConsoleLocation | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !isConsoleHost(url.hostname)) return null;

  const path = url.pathname;
  const product = path.split('/').find((segment) => segment.length > 0) ?? null;
  const params = url.searchParams;
  const project = (params.get('project') ?? '').trim();

  // The project pickers ignore any `project` they carry: nothing is open yet.
  if (path.startsWith('/projectselector')) {
    return { project: null, scope: 'none', product};
  }
  if (project && PROJECT_ID.test(project)) {
    return { project: project.toLowerCase(), scope: 'project', product };
  }
  if (params.has('organizationId')) return { project: null, scope: 'organization', product};
  if (params.has('folder')) return { project: null, scope: 'folder', product};
  return { project: null, scope: 'none', product};
}
