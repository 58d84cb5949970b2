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
import { createPrompt, PROMPT_TAG, type Prompt } from './prompt';

const LOCKED_ATTR = 'data-cluster-guard-locked';

const PAGE_CSS = `
[${LOCKED_ATTR}] { opacity: .45 !important; filter: grayscale(1) !important; cursor: not-allowed !important; }
`;

const POINTER_EVENTS = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'auxclick', 'touchstart', 'touchend'] as const;
const KEY_EVENTS = ['keydown', 'keypress', 'keyup'] as const;

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
    for (const type of [...POINTER_EVENTS, ...KEY_EVENTS, 'submit', 'input'] as const) {
      window.addEventListener(type, this.onEvent, { capture: true, signal });
    }
    const pageStyle = element('style', { attrs: { 'data-cluster-guard': 'guard' }, text: PAGE_CSS });
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
      if (event.type !== 'input') event.stopImmediatePropagation();
      return;
    }
    const target = event.target instanceof Element ? event.target : origin;
    const dialogElement = event.type === 'submit' ? dialogFor(target) : dialogFor(origin);
    if (!dialogElement) return;

    const state = this.guard(dialogElement);
    if (!state) return;
    if (event.type === 'input') return;

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
      return (event.key === ' ' || event.key === 'Spacebar') && role === 'action';
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
    state.read.buttons.forEach((button, i) => {
      const isAction = state.read.verdict.buttonRoles[i] === 'action';
      if (isAction && !state.unlocked) {
        if (button.getAttribute(LOCKED_ATTR) === null) {
          button.setAttribute(LOCKED_ATTR, '');
          button.setAttribute('aria-disabled', 'true');
          button.setAttribute('title', t('guardInputLabel', [this.environment.name]));
        }
      } else if (button.hasAttribute(LOCKED_ATTR)) {
        button.removeAttribute(LOCKED_ATTR);
        button.removeAttribute('aria-disabled');
        button.removeAttribute('title');
      }
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
    for (const button of dialog.querySelectorAll(`[${LOCKED_ATTR}]`)) {
      button.removeAttribute(LOCKED_ATTR);
      button.removeAttribute('aria-disabled');
      button.removeAttribute('title');
    }
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

  /**
   * Dialogs appear in body > .cdk-overlay-container (created lazily) or,
   * for some products, straight under <body>. Watch <body>'s child list and
   * the overlay container's subtree: never the whole busy document.
   */
  private watchForDialogs(): void {
    const scan = (root: ParentNode) => {
      for (const dialog of root.querySelectorAll(DIALOG_SELECTOR)) {
        const outer = dialogFor(dialog);
        if (!outer) continue;
        const state = this.guarded.get(outer) ?? this.guard(outer);
        if (state) this.decorate(outer, state);
      }
    };
    const overlayObserver = new MutationObserver((records) => {
      const touched = new Set<Element>();
      for (const record of records) {
        const target = record.target instanceof Element ? record.target : null;
        if (target?.closest(`[data-cluster-guard]`)) continue; // our own prompt going in
        const dialog = dialogFor(target);
        if (dialog) touched.add(dialog);
        else if (target) touched.add(target);
      }
      for (const node of touched) scan(node.matches(DIALOG_SELECTOR) ? (node.parentNode ?? node) : node);
    });
    let watchedOverlay: Element | null = null;
    const bodyObserver = new MutationObserver(() => attach());
    const attach = () => {
      const body = document.body;
      if (!body) return;
      bodyObserver.observe(body, { childList: true });
      const overlay = body.querySelector(':scope > .cdk-overlay-container');
      if (overlay && overlay !== watchedOverlay) {
        watchedOverlay = overlay;
        overlayObserver.observe(overlay, { childList: true, subtree: true });
      }
      for (const child of body.children) if (child.matches(DIALOG_SELECTOR)) scan(body);
      if (overlay) scan(overlay);
    };
    const rootObserver = new MutationObserver(attach);
    rootObserver.observe(document.documentElement, { childList: true });
    attach();
    this.signal.addEventListener('abort', () => {
      rootObserver.disconnect();
      bodyObserver.disconnect();
      overlayObserver.disconnect();
    });
  }
}
