/**
 * The guard: in an environment that needs typed confirmation, a destructive
 * dialog's action cannot happen until the environment's name is typed into
 * the prompt placed in that dialog.
 *
 * Enforcement is decided at the moment of each event, in capture phase on
 * window, by listeners registered at document_start (before any console
 * listener): the gate reads the dialog around the event's composed path
 * there and then. Nothing rests on a button's `disabled` or on an observer
 * having run, so a dialog inserted and clicked in the same task is blocked,
 * and a re-rendered or re-enabled button is still blocked. The watcher only
 * adds what is shown: the prompt and the locked look of the buttons.
 *
 * Lifetimes:
 *  - An unlock lasts one opening of one dialog: it ends when the dialog is
 *    closed, hidden or detached, or when another destructive dialog appears
 *    (on top of it or inside it). Reopening the same element asks again.
 *  - A dialog keeps the environment of the page it was opened on, even if
 *    the tab moves to another project while it is open; a dialog already
 *    open when the tab moves into a protected project becomes guarded. A
 *    dialog element the page keeps and opens again (Cloudscape hides closed
 *    modals) takes the environment the tab shows at that new opening.
 *  - A dialog that names another scope of the console ("Shut down project
 *    acme-prod-4821?") takes that scope's environment when it is more
 *    protective than the tab's (dialog-scope), and the prompt names it.
 */
import type { DialogVerdict } from '../../core/dialogs';
import { guardsAction, guardsKind, type Environment } from '../../core/environments';
import type { AuditOutcome } from '../../core/audit';
import { promptDirection } from '../../core/dialogs/text-direction';
import { consoleLanguage, otherTabsLine, promptSentence, promptWords } from '../../core/prompt-text';
import { uiLanguage } from '../../platform/i18n';
import { element } from '../dom';
import type { Feature, TabContext } from '../feature';
import { dialogOnPath, eventPath } from './dialog-locator';
import { actsInPane, paneBelongsTo } from './dialog-panes';
import { promptPlaces, readDialog, type ReadDialog } from './dialog-reader';
import { dialogScope, type DialogScope } from './dialog-scope';
import { DialogWatcher, isOpen, type DialogChange } from './dialog-watcher';
import { composedContains, composedParent, deepQueryAll } from './flat-tree';
import { GATED_EVENTS, isActionKey, isAttempt, isField, isPersonConfirming, roleOnPath, submitterOf, type TargetRole } from './gate';
import { fetchOtherTabs, reportAudit } from './guard-messages';
import { LOCKED_ATTR, LOCKED_CSS, MARKED_ATTRIBUTES, markLocked, unmarkLocked } from './locked-mark';
import { createPrompt, PROMPT_INPUT_EVENTS, PROMPT_TAG, type Prompt, type PromptText } from './prompt';
import { steadyRead, subjectOf } from './steady-read';

const STYLE_MARK = 'guard';
/** How many times a button's locked marks are put back after the page changed them. */
const MAX_REMARKS = 10;

interface GuardedDialog {
  dialog: Element;
  /** Where it was opened: it keeps these until it closes. */
  project: string;
  environment: Environment;
  prompt: Prompt;
  read: ReadDialog;
  /** Whether the current opening is under way (false while hidden or closed). */
  open: boolean;
  unlocked: boolean;
  /** What the person read when they unlocked (see subjectOf): an unlock holds only while it stays the same. */
  subject: string | null;
  /** Locked again because the subject changed: the prompt keeps saying so until the person types. */
  askedAgain: boolean;
  /** A person carried out the action during this opening. */
  confirmed: boolean;
  lastBlockedAt: number;
}

export const dialogGuard: Feature = {
  id: 'dialog-guard',
  frames: 'all',
  start(tab, signal) {
    new DialogGuard(tab, signal);
  },
  sweep() {
    for (const node of deepQueryAll(document, `${PROMPT_TAG}, style[data-cluster-guard="${STYLE_MARK}"]`)) node.remove();
    for (const button of deepQueryAll(document, `[${LOCKED_ATTR}]`)) unmarkLocked(button);
  },
};

/** Does typed confirmation in `environment` apply to this verdict? */
function needsConfirmation(environment: Environment, verdict: DialogVerdict): boolean {
  // Stopping or suspending is not destructive; it is guarded only where the policy lists it in alsoGuard.
  const asked = verdict.destructive || verdict.action === 'stop';
  return asked && guardsAction(environment, verdict.action) && guardsKind(environment, verdict.kind);
}

/** A read with something in it: a dialog half-way through a re-render is not "harmless now". */
function hasContent(read: ReadDialog): boolean {
  return Boolean(read.description.title || read.description.accessibleName || read.description.description);
}

class DialogGuard {
  private readonly guarded = new Map<Element, GuardedDialog>();
  private readonly styledRoots = new Map<Document | ShadowRoot, HTMLStyleElement>();
  private readonly watcher = new DialogWatcher((dialog, change) => this.refresh(dialog, change));
  /** Frameworks re-render their own bindings (Angular Material's `[attr.aria-disabled]`): mark locked buttons again. */
  private readonly markKeeper = new MutationObserver((records) => this.onMarksChanged(records));
  private readonly remarks = new WeakMap<Element, number>();

  constructor(
    private readonly tab: TabContext,
    signal: AbortSignal,
  ) {
    for (const type of GATED_EVENTS) window.addEventListener(type, this.onEvent, { capture: true, signal });
    for (const type of PROMPT_INPUT_EVENTS) window.addEventListener(type, this.onPromptEvent, { capture: true, signal });
    tab.onChange(() => this.onContextChange(), signal);
    this.onContextChange();
    signal.addEventListener('abort', () => {
      this.watcher.stop();
      this.markKeeper.disconnect();
      for (const state of [...this.guarded.values()]) this.release(state);
      for (const style of this.styledRoots.values()) style.remove();
    });
  }

  /** Find dialogs only while the tab, or a scope a dialog may name, is protected; dialogs already guarded stay followed. */
  private onContextChange(): void {
    if (this.tab.current()?.environment.typedConfirmation || this.tab.scopes?.anyProtected()) {
      // Dialogs already open when the tab moves into a protected project are guarded from now on.
      if (!this.watcher.startFinding()) this.watcher.scan();
    } else {
      this.watcher.stopFinding();
    }
  }

  /** The single capture-phase gate every relevant event passes through. */
  private readonly onEvent = (event: Event) => {
    const path = eventPath(event);
    // Keys typed into our prompt must never reach the console's shortcuts (`/` focuses its search).
    if (this.toPrompt(event, path)) return;
    // Typing in the console is never an attempt: decide that before reading any dialog.
    if (!isActionKey(event)) return;
    const submitter = event.type === 'submit' ? submitterOf(event) : null;
    const rolePath = submitter ? composedPath(submitter) : path;
    const dialog = dialogOnPath(rolePath) ?? dialogOnPath(path);
    if (!dialog) {
      if (!this.stopStrayKey(event, path)) this.gatePane(event, path);
      return;
    }

    const state = this.stateAtEventTime(dialog);
    if (!state) return;
    let role: TargetRole = roleOnPath(rolePath, state.read) ?? this.reread(state, rolePath);
    // A button component (`<md-text-button value="cancel">`) submits its dialog's form with no
    // submitter: the button activated just before, in the same task, is the one submitting.
    if (event.type === 'submit' && !submitter && this.leaving === dialog) role = 'free';
    if (role === 'free' && event.type === 'click') this.noteLeaving(dialog);
    if (!isAttempt(event, role)) return;

    // The page may have changed what the dialog asks since the person read it: read it again now.
    if (state.unlocked) this.checkSubject(state);
    if (state.unlocked) {
      if (isPersonConfirming(event)) state.confirmed = true;
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    this.onBlocked(state, event);
  };

  /**
   * Enter or Space outside every dialog while a guarded one is open and locked: a console that
   * confirms its dialog from a document-level key listener would act on it (focus on the backdrop
   * or the page). Page listeners never see it; in a field, the key still types.
   */
  private stopStrayKey(event: Event, path: readonly Element[]): boolean {
    if (!(event instanceof KeyboardEvent) || !this.hasLockedDialog()) return false;
    event.stopImmediatePropagation();
    if (isField(path[0])) return true;
    if (event.cancelable) event.preventDefault();
    if (event.type === 'keydown') for (const state of this.guarded.values()) if (state.open && !state.unlocked) this.onBlocked(state, event);
    return true;
  }

  private hasLockedDialog(): boolean {
    for (const state of this.guarded.values()) if (state.open && !state.unlocked && isOpen(state.dialog)) return true;
    return false;
  }

  /** An event in an overlay pane outside any dialog: gated when the pane belongs to a locked guarded dialog. */
  private gatePane(event: Event, path: readonly Element[]): void {
    if (this.guarded.size === 0) return;
    for (const state of this.guarded.values()) {
      if (!state.open || !paneBelongsTo(path, state.read.surface)) continue;
      if (state.unlocked) this.checkSubject(state);
      if (state.unlocked) {
        if (isPersonConfirming(event)) state.confirmed = true;
        return;
      }
      if (!isAttempt(event, actsInPane(path) ? 'action' : 'none')) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      this.onBlocked(state, event);
      return;
    }
  }

  /** Input events never reach the page on their way to our prompt: the prompt's ledger takes them. */
  private readonly onPromptEvent = (event: Event) => {
    this.toPrompt(event, eventPath(event));
  };

  /** Hands an event bound for one of our prompts to it, and stops it there; false when it is not for a prompt. */
  private toPrompt(event: Event, path: readonly Element[]): boolean {
    const host = path.find((node) => node.localName === PROMPT_TAG);
    if (!host) return false;
    event.stopImmediatePropagation();
    for (const state of this.guarded.values()) {
      if (state.prompt.host === host) {
        state.prompt.feed(event);
        if (state.unlocked && isPromptEnter(event)) this.confirmFromPrompt(state);
        return true;
      }
    }
    // A prompt no dialog owns any more takes nothing.
    if (event.cancelable) event.preventDefault();
    return true;
  }

  /**
   * Enter in the prompt once the name is typed: what the console's confirm does when the person
   * clicks it. The console's own checks stay its own (a disabled confirm does nothing).
   */
  private confirmFromPrompt(state: GuardedDialog): void {
    this.checkSubject(state);
    if (!state.unlocked) return;
    const confirm = state.read.buttons.filter((button, i) => state.read.verdict.buttonRoles[i] === 'action' && button.isConnected).at(-1);
    if (!(confirm instanceof HTMLElement)) return;
    if (!(confirm as HTMLButtonElement).disabled) state.confirmed = true;
    confirm.click();
  }

  /** Reads the dialog again; if it now asks about something else than what was unlocked, locks it. */
  private checkSubject(state: GuardedDialog): void {
    this.readAgain(state);
    if (subjectOf(state.read) !== state.subject) this.askAgain(state);
  }

  private askAgain(state: GuardedDialog): void {
    this.relock(state);
    state.askedAgain = true;
    state.prompt.setState('changed');
  }

  /** The dialog whose way-out button was just clicked, until the end of this task. */
  private leaving: Element | null = null;

  private noteLeaving(dialog: Element): void {
    this.leaving = dialog;
    setTimeout(() => {
      if (this.leaving === dialog) this.leaving = null;
    });
  }

  /** Reads a guarded dialog again; the same question keeps its verdict (see steady-read). */
  private readAgain(state: GuardedDialog): ReadDialog {
    const fresh = readDialog(state.dialog);
    state.read = steadyRead(state.read, fresh, (read) => needsConfirmation(state.environment, read.verdict));
    return state.read;
  }

  /** Buttons may have been re-rendered since the last read: read again; a button still unknown is the action. */
  private reread(state: GuardedDialog, path: readonly Element[]): TargetRole {
    this.readAgain(state);
    return roleOnPath(path, state.read) ?? 'action';
  }

  private stateAtEventTime(dialog: Element): GuardedDialog | null {
    const state = this.guarded.get(dialog);
    if (state) {
      // A close and reopen in the same task as this event: that was another opening.
      if (this.watcher.flush(dialog)) this.endOpening(state);
      if (!state.open && this.shownElsewhere(state)) {
        this.release(state);
        return this.consider(dialog);
      }
      state.open = true;
      return state;
    }
    return this.consider(dialog);
  }

  /** The watcher saw `dialog` appear or change. */
  private refresh(dialog: Element, change: DialogChange): void {
    const state = this.guarded.get(dialog);
    if (!isOpen(dialog)) {
      if (state?.open) this.endOpening(state);
      if (!dialog.isConnected) {
        if (state) this.release(state);
        this.watcher.unfollow(dialog);
      }
      return;
    }
    if (state) {
      if (change.closedMeanwhile && state.open) this.endOpening(state);
      else if (change.nestedDialogAdded) this.relock(state);
      // A new opening of a dialog kept in the page takes the environment the tab shows now.
      if (!state.open && this.shownElsewhere(state)) this.release(state);
      else state.open = true;
    }
    this.consider(dialog);
  }

  /** Whether the tab now shows another scope or environment than the one `state` was opened in. */
  private shownElsewhere(state: GuardedDialog): boolean {
    const context = this.tab.current();
    return !context || context.project !== state.project || context.environment.name !== state.environment.name;
  }

  /** Reads `dialog` and guards it when it needs typed confirmation here; returns its state, or null. */
  private consider(dialog: Element): GuardedDialog | null {
    this.watcher.follow(dialog);
    const existing = this.guarded.get(dialog);
    if (existing) {
      const read = this.readAgain(existing);
      // Content swapped in place for a harmless dialog: no longer ours to guard.
      if (!needsConfirmation(existing.environment, read.verdict) && hasContent(read)) {
        this.release(existing);
        return null;
      }
      if (existing.unlocked && subjectOf(read) !== existing.subject) this.askAgain(existing);
      this.decorate(existing);
      return existing;
    }
    const read = readDialog(dialog);
    const context = dialogScope(this.tab, read, (environment) => needsConfirmation(environment, read.verdict));
    if (!context || !needsConfirmation(context.environment, read.verdict)) return null;

    // A new destructive dialog ends every unlock: it may be on top of, or inside, an unlocked one.
    for (const other of this.guarded.values()) this.relock(other);
    const state: GuardedDialog = {
      dialog,
      project: context.project,
      environment: context.environment,
      prompt: createPrompt(context.environment, this.textFor(read, context), (value) => this.onTyped(state, value)),
      read,
      open: true,
      unlocked: false,
      subject: null,
      askedAgain: false,
      confirmed: false,
      lastBlockedAt: 0,
    };
    this.guarded.set(dialog, state);
    this.decorate(state);
    void this.showOtherTabs(state);
    return state;
  }

  /** What the prompt says, whole, in the console's language: its `hl` or page language, else the dialog's, else the browser's. */
  private textFor(read: ReadDialog, context: DialogScope): PromptText {
    const facts = {
      title: read.description.title || read.description.accessibleName,
      environment: context.environment.name,
      project: context.project,
      console: context.console,
    };
    const language = consoleLanguage(location.href, document.documentElement.lang);
    const words = promptWords(language, read.verdict.lang, uiLanguage());
    return { words, sentence: promptSentence(words, facts), dir: promptDirection(words.lang, null) };
  }

  /** Puts the prompt where it shows and marks the action buttons; safe to call again after a re-render. */
  private decorate(state: GuardedDialog): void {
    const host = state.prompt.host;
    if (!host.isConnected || !composedContains(state.read.surface, host)) this.placePrompt(state);
    const why = state.prompt.label;
    state.read.buttons.forEach((button, i) => {
      if (state.read.verdict.buttonRoles[i] === 'action' && !state.unlocked) {
        this.styleRootOf(button);
        markLocked(button, why);
        this.markKeeper.observe(button, { attributes: true, attributeFilter: MARKED_ATTRIBUTES });
      } else unmarkLocked(button);
    });
  }

  private onMarksChanged(records: readonly MutationRecord[]): void {
    const changed = new Set<Element>();
    for (const { target } of records) {
      if (!(target instanceof Element) || !target.hasAttribute(LOCKED_ATTR)) continue;
      // Some components take aria-* off their host at once (@material/web delegates them to the inner
      // <button>): marking those again would loop forever. The gate blocks either way.
      const count = (this.remarks.get(target) ?? 0) + 1;
      this.remarks.set(target, count);
      if (count <= MAX_REMARKS) changed.add(target);
    }
    if (changed.size === 0) return;
    for (const state of this.guarded.values()) {
      if (!state.unlocked && state.read.buttons.some((button) => changed.has(button))) this.decorate(state);
    }
  }

  private placePrompt(state: GuardedDialog): void {
    const host = state.prompt.host;
    for (const { parent, before } of promptPlaces(state.dialog, state.read.surface)) {
      parent.insertBefore(host, before);
      const check = (host as HTMLElement & { checkVisibility?: () => boolean }).checkVisibility;
      // An unslotted light child of a shadow host is not rendered: try the next place.
      if (typeof check !== 'function' || check.call(host)) {
        state.prompt.fitInset();
        return;
      }
    }
  }

  /** Our page style greys locked buttons; a button in a shadow tree needs it in that tree. */
  private styleRootOf(button: Element): void {
    const root = button.getRootNode() as Document | ShadowRoot;
    if (this.styledRoots.get(root)?.isConnected) return;
    const style = element('style', { attrs: { 'data-cluster-guard': STYLE_MARK }, text: LOCKED_CSS });
    if (root instanceof Document) root.documentElement.append(style);
    else root.append(style);
    this.styledRoots.set(root, style);
  }

  private onTyped(state: GuardedDialog, value: string): void {
    if (this.guarded.get(state.dialog) !== state) return;
    state.askedAgain = false;
    const unlocked = value.trim().toLowerCase() === state.environment.name.trim().toLowerCase();
    if (unlocked === state.unlocked) return;
    state.unlocked = unlocked;
    state.subject = unlocked ? subjectOf(this.readAgain(state)) : null;
    state.prompt.setState(unlocked ? 'unlocked' : 'locked');
    this.decorate(state);
  }

  private relock(state: GuardedDialog): void {
    if (!state.unlocked) return;
    state.unlocked = false;
    state.subject = null;
    state.prompt.reset();
    this.decorate(state);
  }

  private onBlocked(state: GuardedDialog, event: Event): void {
    this.decorate(state);
    // After a change the prompt keeps saying why it asks again.
    if (!state.askedAgain) state.prompt.setState('blocked');
    // One record per attempt: a click brings pointerdown, mousedown, pointerup, mouseup and click.
    const now = Date.now();
    if (now - state.lastBlockedAt > 1000) this.record(state, 'blocked');
    state.lastBlockedAt = now;
    if (event.type === 'click' || event.type === 'keydown' || event.type === 'submit') state.prompt.focus();
  }

  /** The current opening is over (closed, hidden, detached or reopened): record it, and ask again next time. */
  private endOpening(state: GuardedDialog): void {
    this.record(state, state.confirmed ? 'confirmed' : 'cancelled');
    state.open = false;
    state.confirmed = false;
    state.unlocked = false;
    state.subject = null;
    state.askedAgain = false;
    state.prompt.reset();
  }

  private release(state: GuardedDialog): void {
    if (this.guarded.get(state.dialog) !== state) return;
    this.guarded.delete(state.dialog);
    state.prompt.host.remove();
    for (const button of deepQueryAll(state.read.surface, `[${LOCKED_ATTR}]`)) unmarkLocked(button);
  }

  private record(state: GuardedDialog, outcome: AuditOutcome): void {
    reportAudit({
      time: new Date().toISOString(),
      project: state.project,
      environment: state.environment.name,
      title: state.read.description.title || state.read.description.accessibleName,
      resourceName: state.read.resourceName,
      kind: state.read.verdict.kind,
      outcome,
      url: location.href,
    });
  }

  private async showOtherTabs(state: GuardedDialog): Promise<void> {
    const others = await fetchOtherTabs();
    // Marked tabs only: an unmarked project is no environment to mix up.
    const marked = others
      .filter((tab) => tab.project && tab.environment && (tab.project !== state.project || tab.environment.name !== state.environment.name))
      .map((tab) => ({ environment: tab.environment!.name, project: tab.project! }));
    state.prompt.showOtherTabs(otherTabsLine(state.prompt.words, marked));
  }
}

/** A person's Enter in the prompt (not an input method committing its text). */
function isPromptEnter(event: Event): boolean {
  return event.type === 'keydown' && event.isTrusted && event instanceof KeyboardEvent && event.key === 'Enter' && !event.isComposing && !event.repeat;
}

function composedPath(from: Element): Element[] {
  const path: Element[] = [];
  for (let node: Element | null = from; node; node = composedParent(node)) path.push(node);
  return path;
}
