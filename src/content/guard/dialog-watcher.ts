/**
 * The guard's eyes: finds dialogs as they appear and follows each open one
 * until it closes. Observers only; every decision is the guard's.
 *
 * Finding: one observer on the document reports each ADDED element that is
 * or holds a dialog (a native `querySelectorAll` on the added subtree, never
 * a rescan of the page), native dialogs gaining `open`, and the shadow roots
 * of added custom elements (observed in turn, since web components render
 * after they are connected). A dialog the watcher missed is still caught at
 * event time by the gate.
 *
 * Following: for each open dialog, its surface's subtree (re-renders,
 * content swapped in place, a dialog opened inside it) and its lifetime:
 * removal of it or an ancestor, `open`, `hidden`, `style`, `class`,
 * `aria-hidden` and `inert` on it and its ancestors. A close followed by a
 * reopen in the same task is still seen: the records keep the history, and
 * `flush` reads them synchronously at event time.
 */
import { composedParent, shadowRootOf } from './flat-tree';
import { DIALOG_SELECTOR, dialogsWithin, isPanel, surfaceOf } from './dialog-locator';

export interface DialogChange {
  /** It was closed, hidden or detached at some point since the last report (it may be open again). */
  closedMeanwhile: boolean;
  /** Another dialog was added inside its surface. */
  nestedDialogAdded: boolean;
}

export type DialogListener = (dialog: Element, change: DialogChange) => void;

const LIFETIME_ATTRIBUTES = ['open', 'hidden', 'style', 'class', 'aria-hidden', 'inert'];

/** Open means: attached, `open` if it is a native dialog, and rendered. */
export function isOpen(dialog: Element): boolean {
  if (!dialog.isConnected) return false;
  if (dialog instanceof HTMLDialogElement && !dialog.open) return false;
  const check = (dialog as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(dialog, { visibilityProperty: true }) : true;
}

class FollowedDialog {
  private readonly content: MutationObserver;
  private readonly lifetime: MutationObserver;

  constructor(
    readonly dialog: Element,
    private readonly report: DialogListener,
  ) {
    this.content = new MutationObserver((records) => this.onContent(records));
    this.lifetime = new MutationObserver((records) => this.onLifetime(records));
    this.observe();
  }

  private observe(): void {
    const surface = surfaceOf(this.dialog);
    const options = { childList: true, subtree: true, characterData: true };
    this.content.observe(surface, options);
    for (const root of shadowRootsWithin(surface)) this.content.observe(root, options);
    for (let node: Node | null = this.dialog; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
      if (node instanceof ShadowRoot || node instanceof Document) {
        this.lifetime.observe(node, { childList: true });
        continue;
      }
      const element = node as Element;
      const watchAttributes = element.localName !== 'body' && element.localName !== 'html';
      this.lifetime.observe(element, {
        childList: element !== this.dialog,
        ...(watchAttributes ? { attributes: true, attributeFilter: LIFETIME_ATTRIBUTES, attributeOldValue: true } : {}),
      });
    }
  }

  private closedIn(records: readonly MutationRecord[]): boolean {
    return records.some((record) => {
      if (record.type === 'attributes') return record.attributeName === 'open' && record.target === this.dialog && record.oldValue !== null;
      return [...record.removedNodes].some((node) => node === this.dialog || (node instanceof Element && isAncestor(node, this.dialog)));
    });
  }

  private onLifetime(records: readonly MutationRecord[]): void {
    const closedMeanwhile = this.closedIn(records);
    // A re-attached dialog has new ancestors: follow those.
    if (closedMeanwhile && this.dialog.isConnected) this.reobserve();
    this.report(this.dialog, { closedMeanwhile, nestedDialogAdded: false });
  }

  private onContent(records: readonly MutationRecord[]): void {
    if (records.every(isOnlyOurs)) return;
    const nestedDialogAdded = records.some((record) =>
      [...record.addedNodes].some((node) => node instanceof Element && node !== this.dialog && (node.matches(DIALOG_SELECTOR) || node.querySelector(DIALOG_SELECTOR) !== null)),
    );
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) for (const root of shadowRootsWithin(node)) this.content.observe(root, { childList: true, subtree: true, characterData: true });
      }
    }
    this.report(this.dialog, { closedMeanwhile: false, nestedDialogAdded });
  }

  private reobserve(): void {
    this.content.disconnect();
    this.lifetime.disconnect();
    this.observe();
  }

  /** Reads pending records now (event time): was it closed meanwhile? */
  flush(): boolean {
    const lifetime = this.lifetime.takeRecords();
    this.content.takeRecords();
    const closed = this.closedIn(lifetime);
    if (closed && this.dialog.isConnected) this.reobserve();
    return closed;
  }

  stop(): void {
    this.content.disconnect();
    this.lifetime.disconnect();
  }
}

function isAncestor(ancestor: Element, node: Node): boolean {
  for (let current: Node | null = node; current; current = composedParent(current)) if (current === ancestor) return true;
  return false;
}

/** Our own prompt going in or out is no change of the dialog. */
function isOnlyOurs(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  if (record.type === 'childList' && nodes.length > 0) return nodes.every((node) => node instanceof Element && node.hasAttribute('data-cluster-guard'));
  const element = record.target instanceof Element ? record.target : record.target.parentElement;
  return element?.closest('[data-cluster-guard]') != null;
}

function shadowRootsWithin(root: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const stack: Element[] = [root];
  while (stack.length > 0 && roots.length < 200) {
    const element = stack.pop()!;
    if (element.hasAttribute('data-cluster-guard')) continue; // our prompt's own shadow root
    const shadow = shadowRootOf(element);
    if (shadow) {
      roots.push(shadow);
      stack.push(...shadow.children);
    }
    stack.push(...element.children);
  }
  return roots;
}

export class DialogWatcher {
  private readonly followed = new Map<Element, FollowedDialog>();
  private discovery: MutationObserver | null = null;

  constructor(private readonly report: DialogListener) {}

  /** Starts finding dialogs as they appear, and reports every open one now. */
  startFinding(): void {
    if (this.discovery) return;
    this.discovery = new MutationObserver((records) => this.onPage(records));
    this.discovery.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['open'] });
    for (const root of shadowRootsWithin(document.documentElement)) this.discovery.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['open'] });
    this.scan();
  }

  stopFinding(): void {
    this.discovery?.disconnect();
    this.discovery = null;
  }

  /** Reports every dialog and side panel open in the page now. */
  scan(): void {
    const panels = [...document.querySelectorAll('[role="complementary"], mat-drawer')].filter(isPanel);
    for (const dialog of [...dialogsWithin(document), ...panels]) if (isOpen(dialog)) this.found(dialog);
  }

  private onPage(records: readonly MutationRecord[]): void {
    const found = new Set<Element>();
    for (const record of records) {
      if (record.type === 'attributes') {
        if (record.target instanceof Element && record.target.matches(DIALOG_SELECTOR)) found.add(record.target);
        continue;
      }
      for (const node of record.addedNodes) {
        if (!(node instanceof Element) || node.hasAttribute('data-cluster-guard')) continue;
        if (node.matches(DIALOG_SELECTOR)) found.add(node);
        else if (node.firstElementChild) for (const dialog of node.querySelectorAll(DIALOG_SELECTOR)) found.add(dialog);
        if (node.localName.includes('-')) {
          for (const root of shadowRootsWithin(node)) {
            this.discovery?.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['open'] });
            for (const dialog of root.querySelectorAll(DIALOG_SELECTOR)) found.add(dialog);
          }
        }
      }
    }
    for (const dialog of found) if (isOpen(dialog)) this.found(dialog);
  }

  private found(dialog: Element): void {
    if (this.followed.has(dialog)) {
      this.report(dialog, { closedMeanwhile: false, nestedDialogAdded: false });
      return;
    }
    this.follow(dialog);
    this.report(dialog, { closedMeanwhile: false, nestedDialogAdded: false });
  }

  /** Follows `dialog` until `unfollow`. */
  follow(dialog: Element): void {
    if (!this.followed.has(dialog)) this.followed.set(dialog, new FollowedDialog(dialog, this.report));
  }

  unfollow(dialog: Element): void {
    this.followed.get(dialog)?.stop();
    this.followed.delete(dialog);
  }

  /** Event time: was `dialog` closed since its last report? (Reads pending records synchronously.) */
  flush(dialog: Element): boolean {
    return this.followed.get(dialog)?.flush() ?? false;
  }

  stop(): void {
    this.stopFinding();
    for (const followed of this.followed.values()) followed.stop();
    this.followed.clear();
  }
}
