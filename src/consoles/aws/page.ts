/**
 * The AWS account as the console page shows it, for pages whose URL does not
 * say (every host but the multi-session ones): the session data the console
 * server writes into `<meta name="awsc-session-data">`, else the account
 * menu button in the top navigation, which shows the ID as `1111-2222-3333`.
 * Both can appear after document_start. Content-script glue over aws/scope.
 */
import type { Scope } from '../ids';
import { accountFromMenuText, accountFromSessionData } from './scope';

/** The account menu: its test id in the current navigation, its id in the older one. */
const ACCOUNT_MENU = '[data-testid="account-detail-menu"], #nav-usernameMenu';

/** The element's text with a space between text nodes: the menu puts the alias and the ID in spans side by side. */
function spacedText(doc: Document, root: Element): string {
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node && parts.length < 50; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  return parts.join(' ');
}

export function readAwsPageScope(doc: Document): Scope | null {
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="awsc-session-data"]');
  const fromMeta = meta ? accountFromSessionData(meta.content) : null;
  if (fromMeta) return { console: 'aws', ...fromMeta };
  for (const menu of doc.querySelectorAll(ACCOUNT_MENU)) {
    const fromMenu = accountFromMenuText(`${spacedText(doc, menu)} ${menu.getAttribute('aria-label') ?? ''}`);
    if (fromMenu) return { console: 'aws', ...fromMenu };
  }
  return null;
}
