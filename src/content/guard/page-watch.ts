/**
 * The watcher's page-wide look: a cheap look at every element added
 * anywhere in the page (its own role and tag name, and its first child's),
 * for dialogs rendered outside the overlay and <body>'s own children, which
 * the layer observer in dialog-watcher searches thoroughly; and native
 * dialogs gaining `open` anywhere. It is the watcher's only observer on the
 * whole document: a subtree observer makes the browser register every
 * removed node with it, which costs under churn even when nothing is found.
 *
 * During a mutation storm (a live table churning thousands of rows a
 * second) even that look costs, and so does the browser's bookkeeping for
 * an observer on the whole document: the look pauses, and when it resumes
 * one native selector query over the page catches up with whatever
 * appeared meanwhile. A resumed look that meets the storm again in its
 * first delivery pauses again at once, for longer each time (up to
 * MAX_PAUSE_MS), so a sustained storm is looked at for a few batches every
 * couple of seconds, not for a tenth of the time. The gate does not rely on
 * any of this: it reads the dialog at event time.
 */
import { DIALOG_SELECTOR, PANEL_CLASS_SELECTOR, dialogsWithin, hasPanelClass } from './dialog-locator';
import { TOOLKIT_DIALOG_CLASS } from './toolkit-markup';

/** Above this many elements added per second, the look pauses. */
const STORM_ELEMENTS_PER_SECOND = 500;
/**
 * A delivery holding more records than this is a storm: the look pauses without reading them. Reading
 * one costs even when it only removes (Firefox wraps each record and its node lists for the content
 * script: about 30 µs each, measured with the benchmark's profiling build).
 */
const STORM_RECORDS_PER_DELIVERY = 200;
/** A resumed look pauses again if its first delivery holds more records, or adds more elements, than this: the storm goes on. */
const STORM_RECORDS_ON_RESUME = 20;
const STORM_ELEMENTS_ON_RESUME = 20;
const FIRST_PAUSE_MS = 1000;
const MAX_PAUSE_MS = 2000;

/** What dialogAt recognises, as a selector for one native query over the light DOM. */
const LIGHT_DIALOG_SELECTOR = `${DIALOG_SELECTOR}, [role="complementary"], mat-drawer, ${PANEL_CLASS_SELECTOR}`;

/**
 * The cheap look at one added element: its own role and tag name. No
 * selector search in the added subtree, no style or layout read.
 */
function looksLikeDialog(element: Element): boolean {
  const role = element.getAttribute('role');
  if (role === 'dialog' || role === 'alertdialog' || role === 'complementary') return true;
  const tag = element.localName;
  return tag === 'dialog' || tag === 'mat-dialog-container' || tag === 'mat-drawer' || /-(?:side-?panel|drawer)$/.test(tag) || hasPanelClass(element) || isToolkitModal(element);
}

/**
 * A toolkit's modal known by its class (argo-ui's popup has no role at all): one test of the class
 * name string (in Firefox each property a content script reads of a page element costs; classList
 * would be several), the selector only on a hit.
 */
function isToolkitModal(element: Element): boolean {
  const className = element.className;
  return typeof className === 'string' && TOOLKIT_DIALOG_CLASS.test(className) && element.matches(DIALOG_SELECTOR);
}

/** The dialog (or side panel) `candidate` is, or holds at its top, or (a `*-dialog` component) renders inside. */
function dialogAt(candidate: Element): Element | null {
  if (looksLikeDialog(candidate)) return candidate;
  if (candidate.localName.endsWith('-dialog')) return dialogsWithin(candidate)[0] ?? null;
  const child = candidate.firstElementChild;
  return child && looksLikeDialog(child) ? child : null;
}

export class PageWatch {
  private readonly observer = new MutationObserver((records) => this.onMutations(records));
  private windowStart = 0;
  private addedInWindow = 0;
  private paused: ReturnType<typeof setTimeout> | null = null;
  /** Just resumed: the next delivery decides whether the storm is still on. */
  private probing = false;
  private pauseMs = FIRST_PAUSE_MS;

  /**
   * `onFound`: dialogs seen added or opened. `onElementsAdded`: anything was added (while not paused), for
   * looks that are not about one element, such as a page that is itself a confirmation (page-confirmation).
   */
  constructor(
    private readonly onFound: (dialogs: Iterable<Element>) => void,
    private readonly onElementsAdded: () => void = () => {},
  ) {}

  start(): void {
    this.observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['open'] });
  }

  stop(): void {
    this.observer.disconnect();
    if (this.paused !== null) clearTimeout(this.paused);
    this.paused = null;
  }

  /** Whether the page-wide look is on now (off while paused for a storm). */
  get watching(): boolean {
    return this.paused === null;
  }

  private onMutations(records: readonly MutationRecord[]): void {
    const probing = this.probing;
    this.probing = false;
    // Storming (still, when just resumed): pause without looking; the next resume's query catches up.
    if (records.length > (probing ? STORM_RECORDS_ON_RESUME : STORM_RECORDS_PER_DELIVERY)) {
      this.pause();
      return;
    }
    const now = performance.now();
    if (now - this.windowStart > 1000) {
      this.windowStart = now;
      this.addedInWindow = 0;
      if (!probing) this.pauseMs = FIRST_PAUSE_MS; // a calm second: the next storm starts over
    }
    // A delivery can hold thousands of records (a busy or throttled tab): the look stops where the storm begins.
    const budget = (probing ? STORM_ELEMENTS_ON_RESUME : STORM_ELEMENTS_PER_SECOND) - this.addedInWindow;
    const found: Element[] = [];
    let added = 0;
    look: for (const record of records) {
      if (record.type === 'attributes') {
        if (record.target instanceof Element && record.target.matches(DIALOG_SELECTOR)) found.push(record.target);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        if (++added > budget) break look;
        const dialog = dialogAt(node as Element);
        if (dialog) found.push(dialog);
      }
    }
    if (found.length > 0) this.onFound(found);
    if (added > 0) this.onElementsAdded();
    this.addedInWindow += added;
    if (added > budget) this.pause();
  }

  private pause(): void {
    this.observer.disconnect();
    const pauseMs = this.pauseMs;
    this.pauseMs = Math.min(MAX_PAUSE_MS, pauseMs * 2);
    this.paused = setTimeout(() => {
      this.paused = null;
      this.windowStart = performance.now();
      this.addedInWindow = 0;
      this.probing = true;
      this.onFound(document.querySelectorAll(LIGHT_DIALOG_SELECTOR));
      this.onElementsAdded();
      this.start();
    }, pauseMs);
  }
}
