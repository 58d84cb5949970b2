/**
 * The guard's eyes: finds dialogs as they appear and follows each open one
 * until it closes. Observers only; every decision is the guard's.
 *
 * Finding: the CDK overlay container (where the console's dialogs go),
 * <body>'s own children and the shadow roots of web components found there
 * (they render after they are connected) are searched thoroughly as things
 * are added; every element added anywhere else gets a cheap look at its
 * role and tag name only, and native dialogs gaining `open` anywhere are
 * seen (PageWatch, page-watch.ts, which pauses during mutation storms; a
 * dialog's `toggle` event covers the pause); and a dialog deeper in some other
 * shadow tree is found when focus moves into it or the pointer comes over
 * it. One the watcher misses is still caught by the gate, which reads the
 * dialog at event time.
 *
 * Entry points (all the guard uses): `startFinding` / `stopFinding` (the
 * finding observers, on while the tab needs typed confirmation), `scan`
 * (every open dialog now), `follow` / `unfollow` (one dialog's lifetime and
 * content), `flush` (event time: pending records of one followed dialog),
 * `stop`. Every find goes through `found`, every report through the
 * DialogListener given to the constructor.
 *
 * Following: for each open dialog, its surface's subtree (re-renders,
 * content swapped in place, a dialog opened inside it) and its lifetime:
 * removal of it or an ancestor, `open`, `hidden`, `style`, `class`,
 * `aria-hidden` and `inert` on it and its ancestors. A close followed by a
 * reopen in the same task is still seen: the records keep the history, and
 * `flush` reads them synchronously at event time.
 */
import { composedParent, scannedShadowRoot } from './flat-tree';
import { DIALOG_SELECTOR, PANEL_CLASS_SELECTOR, dialogOnPath, dialogsWithin, eventPath, isOverlayContainer, isPanel, surfaceOf } from './dialog-locator';
import { pageConfirmationsIn } from './page-confirmation';
import { PageWatch } from './page-watch';

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
  private wasOpen: boolean;

  constructor(
    readonly dialog: Element,
    private readonly report: DialogListener,
  ) {
    this.content = new MutationObserver((records) => this.onContent(records));
    this.lifetime = new MutationObserver((records) => this.onLifetime(records));
    this.wasOpen = isOpen(dialog);
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
    // Ancestors' classes and styles churn (animations): only a change of openness is news.
    const open = isOpen(this.dialog);
    if (!closedMeanwhile && open === this.wasOpen) return;
    this.wasOpen = open;
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

/** Our own prompt going in, or changing inside, is no change of the dialog (its removal is: it must come back). */
function isOnlyOurs(record: MutationRecord): boolean {
  if (record.type === 'childList') {
    const added = [...record.addedNodes];
    return record.removedNodes.length === 0 && added.length > 0 && added.every((node) => node instanceof Element && node.hasAttribute('data-cluster-guard'));
  }
  const element = record.target instanceof Element ? record.target : record.target.parentElement;
  return element?.closest('[data-cluster-guard]') != null;
}

function shadowRootsWithin(root: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const stack: Element[] = [root];
  while (stack.length > 0 && roots.length < 200) {
    const element = stack.pop()!;
    if (element.hasAttribute('data-cluster-guard')) continue; // our prompt's own shadow root
    const shadow = scannedShadowRoot(element);
    if (shadow) {
      roots.push(shadow);
      stack.push(...shadow.children);
    }
    stack.push(...element.children);
  }
  return roots;
}

const DISCOVERY: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: ['open'] };

export class DialogWatcher {
  private readonly followed = new Map<Element, FollowedDialog>();
  private finding: AbortController | null = null;
  /** The overlay, <body>'s children and shadow roots found there (thoroughly). */
  private layers: MutationObserver | null = null;

  constructor(private readonly report: DialogListener) {}

  /** Starts finding dialogs as they appear, and reports every open one now. False if it already was. */
  startFinding(): boolean {
    if (this.finding) return false;
    const finding = (this.finding = new AbortController());
    const layers = (this.layers = new MutationObserver((records) => this.onLayers(records)));
    const watchBody = () => {
      if (!document.body || finding.signal.aborted) return;
      layers.observe(document.body, { childList: true, attributes: true, attributeFilter: ['open'] });
      for (const child of document.body.children) this.watchLayer(child);
    };
    const root = new MutationObserver(watchBody);
    root.observe(document.documentElement, { childList: true });
    watchBody();
    const page = new PageWatch(
      (dialogs) => {
        for (const dialog of dialogs) if (isOpen(dialog)) this.found(dialog);
      },
      // A page that is itself the confirmation (S3's Delete bucket) has no dialog element to see added.
      () => {
        for (const surface of pageConfirmationsIn(document)) if (!this.followed.has(surface) && isOpen(surface)) this.found(surface);
      },
    );
    page.start();
    // Dialogs in shadow trees elsewhere in the page: when focus moves into one, or the pointer comes over it.
    const hint = (event: Event) => {
      const dialog = dialogOnPath(eventPath(event));
      if (dialog && !this.followed.has(dialog) && isOpen(dialog)) this.found(dialog);
    };
    for (const type of ['focusin', 'pointerover'] as const) window.addEventListener(type, hint, { capture: true, passive: true, signal: finding.signal });
    // A native dialog opened while the page-wide look pauses for a storm: `toggle` reaches window in capture.
    const toggled = (event: Event) => {
      const dialog = event.target;
      if (dialog instanceof HTMLDialogElement && isOpen(dialog)) this.found(dialog);
    };
    window.addEventListener('toggle', toggled, { capture: true, passive: true, signal: finding.signal });
    finding.signal.addEventListener('abort', () => {
      layers.disconnect();
      root.disconnect();
      page.stop();
    });
    this.scan();
    return true;
  }

  stopFinding(): void {
    this.finding?.abort();
    this.finding = null;
    this.layers = null;
  }

  /** Reports every dialog and side panel open in the page now. */
  scan(): void {
    const panels = [...document.querySelectorAll(`[role="complementary"], mat-drawer, ${PANEL_CLASS_SELECTOR}`)].filter(isPanel);
    for (const dialog of [...dialogsWithin(document), ...panels, ...pageConfirmationsIn(document)]) if (isOpen(dialog)) this.found(dialog);
  }

  /** A child of <body> (the overlay container among them) or an added web component: watched and searched thoroughly. */
  private watchLayer(element: Element): void {
    if (element.hasAttribute('data-cluster-guard')) return;
    if (isOverlayContainer(element)) this.layers?.observe(element, DISCOVERY);
    for (const root of shadowRootsWithin(element)) this.layers?.observe(root, DISCOVERY);
    for (const dialog of dialogsWithin(element)) if (isOpen(dialog)) this.found(dialog);
    if (isPanel(element) && isOpen(element)) this.found(element);
  }

  private onLayers(records: readonly MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'attributes') {
        if (record.target instanceof Element && record.target.matches(DIALOG_SELECTOR) && isOpen(record.target)) this.found(record.target);
        continue;
      }
      for (const node of record.addedNodes) if (node instanceof Element) this.watchLayer(node);
    }
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
