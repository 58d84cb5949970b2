/**
 * Where the dialogs are: which elements are dialogs, which dialog an event
 * belongs to, and the modal surface that makes up one dialog.
 *
 * The unit is the modal SURFACE, not the `role="dialog"` element: some
 * dialogs render their buttons beside the dialog element, in the same
 * overlay pane or modal box, and those buttons are that dialog's buttons.
 * Relies only on roles, tag names and a few long-lived class names
 * (`cdk-overlay-pane`), never on generated ids.
 */
import { composedParent, deepQueryAll, shadowRootOf } from './flat-tree';
import { pageConfirmationOnPath } from './page-confirmation';
import { toolkitSelector } from './toolkit-markup';

/** Dialogs proper: Angular Material (both generations), ARIA dialogs, native <dialog>, the site UIs' toolkits' modals (./toolkit-markup). */
export const DIALOG_SELECTOR = `mat-dialog-container, mat-mdc-dialog-container, [role="dialog"], [role="alertdialog"], dialog, ${toolkitSelector('dialog')}`;
/** Side panels and drawers, which are confirmations only when they look like one (see isPanel). */
const PANEL_SELECTOR = '[role="complementary"], mat-drawer, mat-sidenav:not([role="navigation"])';
/**
 * A class naming the panel itself (`cfc-side-panel`, the Azure portal's `fxs-contextpane`), not one of
 * its parts (`cfc-side-panel-footer`, `fxs-contextpane-content`).
 */
const PANEL_CLASS = /(?:^|\s)[\w-]*(?:side-?panel|contextpane)(?:\s|$)/i;

export function isDialogElement(element: Element): boolean {
  return element.matches(DIALOG_SELECTOR);
}

export function isPanel(element: Element): boolean {
  if (element.matches(PANEL_SELECTOR) || /-(?:side-?panel|drawer)$/.test(element.localName)) return true;
  return hasPanelClass(element);
}

/** The cheap half of isPanel (no selector matching): for looks at every added element. */
export function hasPanelClass(element: Element): boolean {
  return typeof element.className === 'string' && PANEL_CLASS.test(element.className);
}

/** Candidates for panels known by their class names only (one native query; isPanel decides). */
export const PANEL_CLASS_SELECTOR = '[class*="side-panel" i], [class*="sidepanel" i], [class*="contextpane" i]';

/** CDK's overlay container: many dialogs' common parent, never part of one. */
export function isOverlayContainer(element: Element): boolean {
  return element.classList.contains('cdk-overlay-container');
}

/** An element that holds one modal dialog with everything it shows, buttons included. */
function isSurface(element: Element): boolean {
  if (element.matches('.cdk-overlay-pane, [aria-modal="true"], dialog')) return true;
  const name = element.localName;
  const className = typeof element.className === 'string' ? element.className : '';
  return /(?:^|-)modal(?:-|$)/.test(name) || /(?:^|[\s_-])modal(?:[\s_-]|$)|(?:^|\s)[\w-]*dialog-(?:surface|wrapper|frame)\b/i.test(className);
}

const PAGE_LEVEL = new Set(['body', 'html']);

/**
 * The modal surface of `dialog`: its overlay pane or modal box when it has
 * one (climbing no further than the overlay container or <body>), else
 * the dialog itself.
 */
export function surfaceOf(dialog: Element): Element {
  for (let parent = composedParent(dialog), depth = 0; parent && depth < 8; parent = composedParent(parent), depth++) {
    if (PAGE_LEVEL.has(parent.localName) || isOverlayContainer(parent)) break;
    if (isSurface(parent)) return parent;
  }
  return dialog;
}

/**
 * The dialog an event belongs to, from its composed path (innermost first):
 * the outermost dialog proper on the path; else the innermost side panel;
 * else, for a button on a modal surface outside the dialog element, the
 * dialog on that surface; else a page that is itself the confirmation.
 */
export function dialogOnPath(path: readonly Element[]): Element | null {
  let dialog: Element | null = null;
  let panel: Element | null = null;
  for (const element of path) {
    if (isDialogElement(element)) dialog = element;
    else if (!panel && !dialog && isPanel(element)) panel = element;
  }
  if (dialog) return dialog;
  for (const element of path) {
    if (PAGE_LEVEL.has(element.localName) || isOverlayContainer(element)) break;
    if (!isSurface(element)) continue;
    const inside = dialogsWithin(element).find((candidate) => surfaceOf(candidate) === element);
    if (inside) return inside;
  }
  return panel ?? pageConfirmationOnPath(path);
}

/** Every dialog (not panel) inside `root`, through shadow roots. */
export function dialogsWithin(root: Element | Document | ShadowRoot): Element[] {
  return deepQueryAll(root, DIALOG_SELECTOR);
}

/**
 * The event's path with the innermost real target first. Listeners on
 * window see a closed shadow tree as its host only; a content script may
 * look inside (the point under the pointer, or the focused element).
 */
export function eventPath(event: Event): Element[] {
  const path = event.composedPath().filter((node): node is Element => node instanceof Element);
  let inner: Element | undefined = path[0];
  const extra: Element[] = [];
  for (let depth = 0; inner && depth < 8; depth++) {
    const root = inner.shadowRoot ? null : shadowRootOf(inner);
    if (!root) break;
    const deeper: Element | null =
      event instanceof MouseEvent || (typeof PointerEvent !== 'undefined' && event instanceof PointerEvent)
        ? root.elementFromPoint((event as MouseEvent).clientX, (event as MouseEvent).clientY)
        : root.activeElement;
    if (!deeper || deeper === inner) break;
    const chain: Element[] = [];
    for (let node: Element | null = deeper; node && node !== inner; node = composedParent(node)) chain.push(node);
    extra.unshift(...chain);
    inner = deeper;
  }
  return extra.length > 0 ? [...extra, ...path] : path;
}
