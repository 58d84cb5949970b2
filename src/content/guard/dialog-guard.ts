/**
 * The guard: in an environment that needs typed confirmation, a destructive
 * dialog's action cannot happen until the environment's name is typed into
 * the prompt placed inside that dialog.
 *
 * Enforcement is decided at the moment of each event, in capture phase on
 * window, by a listener registered at document_start (so before any console
 * listener): it reads the dialog around the event target then and there.
 * Nothing rests on the button's `disabled` attribute or on our observer
 * having run, so a dialog inserted and clicked in the same task is blocked,
 * and a re-rendered or re-enabled button is still blocked.
 *
 * The observer below only adds the visible parts: the prompt and the
 * disabled look of the action buttons.
 */
import type { ButtonRole } from '../../core/dialogs';
import { guardsKind, type Environment } from '../../core/environments';
import type { AuditOutcome } from '../../core/audit';
import { t } from '../../platform/i18n';
import { element } from '../dom';
import type { Feature } from '../feature';
import { reportAudit, fetchOtherTabs } from './guard-messages';
import { actionsArea, dialogFor, readDialog, BUTTON_SELECTOR, DIALOG_SELECTOR, type ReadDialog } from './dialog-dom';
import { LOCKED_ATTR, LOCKED_CSS, markLocked, unmarkLocked } from './locked-mark';
import { createPrompt, PROMPT_TAG, type Prompt } from './prompt';


const POINTER_EVENTS = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'auxclick', 'touchstart', 'touchend'] as const;
const KEY_EVENTS = ['keydown', 'keypress', 'keyup'] as const;
/** The keys that can press a button or submit a form. */
const ACTION_KEYS: ReadonlySet<string> = new Set(['Enter', ' ', 'Spacebar']);

interface GuardedDialog {
  prompt: Prompt;
  unlocked: boolean;
  confirmed: boolean;
  lastBlockedAt: number;
  read: ReadDialog;
  parentObserver: MutationObserver;
}

export const dialogGuard: Feature = {
  id: 'dialog-guard',
  mount({ project, environment }, signal) {
    if (!environment.typedConfirmation) return;
    new DialogGuard(project, environment, signal);
  },
};

class DialogGuard {
  private readonly guarded = new Map<Element, GuardedDialog>();

  constructor(
    private readonly project: string,
    private readonly environment: Environment,
    private readonly signal: AbortSignal,
  ) {
    for (const type of [...POINTER_EVENTS, ...KEY_EVENTS, 'submit'] as const) {
      window.addEventListener(type, this.onEvent, { capture: true, signal });
    }
    const pageStyle = element('style', { attrs: { 'data-cluster-guard': 'guard' }, text: LOCKED_CSS });
    document.documentElement.append(pageStyle);
    this.watchForDialogs();
    signal.addEventListener('abort', () => {
      pageStyle.remove();
      for (const dialog of [...this.guarded.keys()]) this.release(dialog, null);
    });
  }

  /** The single capture-phase gate every relevant event passes through. */
  private readonly onEvent = (event: Event) => {
    const path = event.composedPath();
    const origin = path[0] instanceof Element ? path[0] : event.target instanceof Element ? event.target : null;

    // Keys typed into our prompt must never reach the console's global shortcuts (`/` focuses its search).
    if (path.some((node) => node instanceof Element && node.localName === PROMPT_TAG)) {
      event.stopImmediatePropagation();
      return;
    }
    // Typing in the console is never an attempt: decide that before reading any dialog.
    if (event instanceof KeyboardEvent && !ACTION_KEYS.has(event.key)) return;
    const target = event.target instanceof Element ? event.target : origin;
    const dialogElement = event.type === 'submit' ? dialogFor(target) : dialogFor(origin);
    if (!dialogElement) return;

    const state = this.guard(dialogElement);
    if (!state) return;

    if (!this.isAttempt(event, this.roleOf(state, origin))) return;

    if (state.unlocked) {
      if (event.type === 'click' || event.type === 'submit' || (event.type === 'keydown' && (event as KeyboardEvent).key === 'Enter')) {
        state.confirmed = true;
      }
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    this.onBlocked(dialogElement, state, event);
  };

  /** What `origin` is within the dialog, judged now: buttons may have been re-rendered since we last looked. */
  private roleOf(state: GuardedDialog, origin: Element | null): ButtonRole | 'field' | 'none' {
    const button = origin?.closest(BUTTON_SELECTOR);
    if (!button) return origin && /^(?:input|textarea|select)$/i.test(origin.localName) ? 'field' : 'none';
    if (!state.read.buttons.includes(button)) state.read = readDialog(state.read.element);
    const index = state.read.buttons.indexOf(button);
    // A button we cannot place is treated as the action: when in doubt, protect.
    return index < 0 ? 'action' : (state.read.verdict.buttonRoles[index] ?? 'action');
  }

  /** Would this event, if let through, carry out the dialog's action? */
  private isAttempt(event: Event, role: ButtonRole | 'field' | 'none'): boolean {
    if (role === 'free') return false;
    if (event.type === 'submit') return true;
    if (event instanceof KeyboardEvent) {
      if (event.key === 'Enter') return true; // Enter anywhere in a locked dialog, console inputs included
      return role === 'action'; // Space on the action button
    }
    return role === 'action';
  }

  /** Starts guarding `dialog` if it is destructive; returns its state, or null when it is not ours to guard. */
  private guard(dialog: Element): GuardedDialog | null {
    const existing = this.guarded.get(dialog);
    if (existing) return existing;
    const read = readDialog(dialog);
    if (!read.verdict.destructive || !guardsKind(this.environment, read.verdict.kind)) return null;

    const prompt = createPrompt(this.environment, this.project, (value) => this.onTyped(dialog, value));
    const parentObserver = new MutationObserver(() => {
      if (!dialog.isConnected) this.release(dialog, state.confirmed ? 'confirmed' : 'cancelled');
    });
    const state: GuardedDialog = { prompt, unlocked: false, confirmed: false, lastBlockedAt: 0, read, parentObserver };
    this.guarded.set(dialog, state);
    this.decorate(dialog, state);
    // The console closes a dialog by removing an ancestor (its overlay pane), so watch every
    // ancestor's child list (a handful of non-subtree observations) to learn when it is gone.
    for (let node = dialog.parentNode; node && node !== document; node = node.parentNode) parentObserver.observe(node, { childList: true });
    void this.showOtherTabs(state);
    return state;
  }

  /** Puts the prompt in place and marks the action buttons; safe to call again after a re-render. */
  private decorate(dialog: Element, state: GuardedDialog): void {
    if (!state.prompt.host.isConnected || !dialog.contains(state.prompt.host)) {
      const actions = actionsArea(dialog);
      if (actions?.parentNode) actions.parentNode.insertBefore(state.prompt.host, actions);
      else (dialog.querySelector('.mat-mdc-dialog-content, .mat-dialog-content') ?? dialog).append(state.prompt.host);
    }
    state.read = readDialog(dialog);
    const why = t('guardInputLabel', [this.environment.name]);
    state.read.buttons.forEach((button, i) => {
      if (state.read.verdict.buttonRoles[i] === 'action' && !state.unlocked) markLocked(button, why);
      else unmarkLocked(button);
    });
  }

  private onTyped(dialog: Element, value: string): void {
    const state = this.guarded.get(dialog);
    if (!state) return;
    const unlocked = value.trim().toLowerCase() === this.environment.name.trim().toLowerCase();
    if (unlocked === state.unlocked) return;
    state.unlocked = unlocked;
    state.prompt.setState(unlocked ? 'unlocked' : 'locked');
    this.decorate(dialog, state);
  }

  private onBlocked(dialog: Element, state: GuardedDialog, event: Event): void {
    this.decorate(dialog, state);
    state.prompt.setState('blocked');
    // One record per attempt: a click brings pointerdown, mousedown, pointerup, mouseup and click.
    const now = Date.now();
    if (now - state.lastBlockedAt > 1000) this.record(state, 'blocked');
    state.lastBlockedAt = now;
    if (event.type === 'click' || event.type === 'keydown' || event.type === 'submit') state.prompt.input.focus({ preventScroll: true });
  }

  private release(dialog: Element, outcome: AuditOutcome | null): void {
    const state = this.guarded.get(dialog);
    if (!state) return;
    this.guarded.delete(dialog);
    state.parentObserver.disconnect();
    if (outcome) this.record(state, outcome);
    state.prompt.host.remove();
    for (const button of dialog.querySelectorAll(`[${LOCKED_ATTR}]`)) unmarkLocked(button);
  }

  private record(state: GuardedDialog, outcome: AuditOutcome): void {
    reportAudit({
      time: new Date().toISOString(),
      project: this.project,
      environment: this.environment.name,
      title: state.read.description.title || state.read.description.accessibleName,
      resourceName: state.read.resourceName,
      kind: state.read.verdict.kind,
      outcome,
      url: location.href,
    });
  }

  private async showOtherTabs(state: GuardedDialog): Promise<void> {
    const others = await fetchOtherTabs();
    const lines = others
      .filter((tab) => tab.project && (tab.project !== this.project || tab.environment?.name !== this.environment.name))
      .map((tab) =>
        tab.environment ? t('guardOtherTab', [tab.environment.name, tab.project!]) : t('guardOtherTabNoEnvironment', [tab.project!]),
      );
    state.prompt.showOtherTabs([...new Set(lines)]);
  }

  /** Guards `dialog` if it is a new destructive one, or refreshes its prompt and marks after a change. */
  private consider(node: Element): void {
    const dialog = dialogFor(node);
    if (!dialog) return;
    const state = this.guarded.get(dialog);
    if (state) this.decorate(dialog, state);
    else this.guard(dialog); // decorates a dialog it starts guarding
  }

  private considerWithin(root: Element): void {
    if (root.matches(DIALOG_SELECTOR)) this.consider(root);
    else for (const dialog of root.querySelectorAll(DIALOG_SELECTOR)) this.consider(dialog);
  }

  /**
   * Dialogs appear in body > .cdk-overlay-container (created lazily) or,
   * for some products, straight under <body>. Watch <body>'s child list and
   * the overlay container's subtree, and look only at what each mutation
   * added: never the whole busy document. A dialog rendered anywhere else is
   * still enforced at event time, which also puts its prompt in place.
   */
  private watchForDialogs(): void {
    const overlayObserver = new MutationObserver((records) => {
      const changedDialogs = new Set<Element>();
      const added = new Set<Element>();
      for (const record of records) {
        if (isOnlyOurPrompt(record)) continue; // our own prompt going in or out
        const dialog = dialogFor(record.target instanceof Element ? record.target : null);
        if (dialog) changedDialogs.add(dialog); // content (re-)rendered inside a dialog
        else for (const node of record.addedNodes) if (node instanceof Element) added.add(node);
      }
      for (const dialog of changedDialogs) this.consider(dialog);
      for (const node of added) this.considerWithin(node);
    });
    let watchedOverlay: Element | null = null;
    const watchOverlay = (overlay: Element) => {
      if (overlay === watchedOverlay) return;
      watchedOverlay = overlay;
      overlayObserver.observe(overlay, { childList: true, subtree: true });
      this.considerWithin(overlay);
    };
    const isOverlay = (node: Element) => node.classList.contains('cdk-overlay-container');

    const bodyObserver = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          if (isOverlay(node)) watchOverlay(node);
          else if (node.matches(DIALOG_SELECTOR)) this.consider(node);
        }
      }
    });
    let watchedBody: HTMLElement | null = null;
    const watchBody = () => {
      const body = document.body;
      if (!body || body === watchedBody) return;
      watchedBody = body;
      bodyObserver.observe(body, { childList: true });
      for (const child of body.children) {
        if (isOverlay(child)) watchOverlay(child);
        else if (child.matches(DIALOG_SELECTOR)) this.consider(child);
      }
    };
    // At document_start there is no <body> yet.
    const rootObserver = new MutationObserver(watchBody);
    rootObserver.observe(document.documentElement, { childList: true });
    watchBody();
    this.signal.addEventListener('abort', () => {
      rootObserver.disconnect();
      bodyObserver.disconnect();
      overlayObserver.disconnect();
    });
  }
}

/** A mutation that only inserted or removed our own prompt host. */
function isOnlyOurPrompt(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((node) => node instanceof Element && node.localName === PROMPT_TAG);
}
