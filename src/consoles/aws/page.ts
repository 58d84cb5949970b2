/**
 * The AWS account as the console page shows it, read by the page's
 * structure, each place a source of its own (best first): the session data
 * the console server writes into `<meta name="awsc-session-data">`; the
 * account ID copy control of the account menu (its ID in the text beside
 * it) with the alias element; the account menu button's text (ID as
 * `1111-2222-3333`, alias after ` @ `). All can appear or change after
 * document_start: page-scope watches them. Content-script glue over aws/scope.
 */
import type { ScopeSource } from '../scope-sources';
import { accountFromMenuText, accountFromSessionData, canonicalAccountId, isAccountAlias, shownAccountId } from './scope';

const SESSION_DATA = 'meta[name="awsc-session-data"]';
/** The account menu's "copy account ID" button; the ID is its own label or the text beside it. */
const ID_CONTROL = '[data-testid="awsc-copy-accountid"]';
/** Where the older navigation (and the fixture) writes the account's alias, or its ID when it has none. */
const ALIAS_ELEMENT = '#awsc-login-display-name-account';
/** The account menu: its test id in the current navigation, its id in the older one. */
const ACCOUNT_MENU = '[data-testid="account-detail-menu"], #nav-usernameMenu';

/** Every element a source is read from: what the watcher looks for in added nodes. */
export const AWS_PAGE_SOURCES = [SESSION_DATA, ID_CONTROL, ALIAS_ELEMENT, ACCOUNT_MENU].join(', ');

/** The element's text with a space between text nodes: the menu puts the alias and the ID in spans side by side. */
function spacedText(doc: Document, root: Element): string {
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node && parts.length < 50; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  return parts.join(' ');
}

const labelOf = (element: Element) => element.getAttribute('aria-label') ?? '';

function fromIdControl(doc: Document, watched: Element[]): ScopeSource | null {
  const control = doc.querySelector(ID_CONTROL);
  if (!control) return null;
  const around = control.parentElement ?? control;
  watched.push(around);
  const id = shownAccountId(`${labelOf(control)} ${spacedText(doc, around)}`);
  if (!id) return null;
  const aliasElement = doc.querySelector(ALIAS_ELEMENT);
  if (aliasElement) watched.push(aliasElement);
  const shown = aliasElement?.textContent?.trim().toLowerCase() ?? '';
  // The alias element shows the ID itself when the account has no alias.
  return isAccountAlias(shown) && !canonicalAccountId(shown) ? { from: 'account ID control', id, name: shown } : { from: 'account ID control', id };
}

/** What the page says about its account, best source first, and the elements read (their changes matter). */
export function readAwsPageSources(doc: Document): { sources: ScopeSource[]; watched: Element[] } {
  const sources: ScopeSource[] = [];
  const watched: Element[] = [];
  const meta = doc.querySelector<HTMLMetaElement>(SESSION_DATA);
  if (meta) {
    watched.push(meta);
    const account = accountFromSessionData(meta.content);
    if (account) sources.push({ from: 'session data', ...account });
  }
  const control = fromIdControl(doc, watched);
  if (control) sources.push(control);
  for (const menu of doc.querySelectorAll(ACCOUNT_MENU)) {
    watched.push(menu);
    const account = accountFromMenuText(`${spacedText(doc, menu)} ${labelOf(menu)}`);
    if (account) {
      sources.push({ from: 'account menu', ...account });
      break;
    }
  }
  return { sources, watched };
}
