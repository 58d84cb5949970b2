/**
 * The typed-confirmation prompt shown inside a guarded dialog, whole in the
 * console's language (core/prompt-text): the environment's label and one
 * sentence saying what the dialog will do and where, the word to type set
 * apart, the input, a status line, and one line about other tabs. DOM calls
 * only (Trusted Types).
 *
 * Only a person fills it: its value is what the typed ledger accepted from
 * a person's keys and input methods, fed by the guard's window listeners
 * (registered at document_start, before any page listener, and stopping
 * every event on its way to the prompt). Paste and drop are refused, with a
 * note: typing the name is the friction.
 */
import { readableTextColor } from '../../core/contrast';
import type { Environment } from '../../core/environments';
import { typeLabel, type PromptWords } from '../../core/prompt-text';
import { element, forceStyles } from '../dom';
import { keepInset } from './prompt-inset';
import { TypedLedger, type LedgerEvent, type Refusal } from './typed-ledger';

export const PROMPT_TAG = 'cluster-guard-prompt';

const CSS = `
:host { all: initial; display: block; }
.box { box-sizing: border-box; margin: 8px 0; padding: 8px 12px; border: 2px solid var(--cg-color); border-radius: 6px;
  font: 400 14px/1.4 Roboto, "Segoe UI", Arial, "Hiragino Sans", Meiryo, sans-serif; color: #202124; background: #fff; }
.head { display: flex; align-items: baseline; gap: 8px; margin-bottom: 6px; }
.label { font-weight: 800; letter-spacing: .06em; padding: 2px 6px; border-radius: 3px; background: var(--cg-color); color: var(--cg-ink); }
.label { flex: none; }
label { display: block; font-weight: 500; margin-bottom: 4px; }
.word { unicode-bidi: isolate; font: 700 14px/1.2 "Roboto Mono", Menlo, Consolas, monospace; padding: 1px 6px; margin: 0 2px;
  border: 1px solid var(--cg-color); border-radius: 4px; background: #f1f3f4; color: #202124; white-space: pre; }
input { box-sizing: border-box; width: 100%; font: inherit; padding: 6px 8px; border: 1px solid #5f6368; border-radius: 4px; }
input:focus { outline: 2px solid var(--cg-color); outline-offset: 1px; }
.status { margin-top: 6px; font-weight: 500; }
.status[data-state="unlocked"] { color: #137333; }
.status[data-state="blocked"] { color: #c5221f; }
.others { margin-top: 6px; padding: 4px 8px; background: #fef7e0; border-radius: 4px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.others:empty { display: none; }
@media (prefers-color-scheme: dark) {
  .box { background: #202124; color: #e8eaed; }
  input { background: #303134; color: #e8eaed; border-color: #9aa0a6; }
  .status[data-state="unlocked"] { color: #81c995; }
  .status[data-state="blocked"] { color: #f28b82; }
  .others { background: #3c3a2e; }
  .word { background: #303134; color: #e8eaed; }
}
`;

/** `changed`: the dialog's subject changed after unlock; it is locked and asks again. */
export type PromptState = 'locked' | 'unlocked' | 'blocked' | 'changed';

/** The events that edit or could edit the prompt's input; the guard hands each one to the prompt on its path. */
export const PROMPT_INPUT_EVENTS = ['beforeinput', 'input', 'compositionstart', 'compositionupdate', 'compositionend', 'paste', 'drop', 'cut'] as const;

export interface Prompt {
  host: HTMLElement;
  /** What a person typed: the only value that can unlock. */
  readonly value: string;
  focus(): void;
  /** One event on its way to the prompt (keys and input events), in capture phase on window. */
  feed(event: Event): void;
  setState(state: PromptState): void;
  /** A new opening of the dialog: empty input, locked. */
  reset(): void;
  /** The one line about other tabs (null: none). */
  showOtherTabs(line: string | null): void;
  /** The input's label, whole: "Type production to confirm". */
  readonly label: string;
  /** The language it speaks. */
  readonly words: PromptWords;
  /** Once placed: the same inset from the dialog card's edges in every console. */
  fitInset(): void;
}

/** What the prompt says, in one language. */
export interface PromptText {
  words: PromptWords;
  /** The one sentence (core/prompt-text promptSentence). */
  sentence: string;
  /** Which way it is laid out (core/dialogs/text-direction). */
  dir: 'ltr' | 'rtl';
}

let promptCount = 0;

export function createPrompt(environment: Environment, text: PromptText, onInput: (value: string) => void): Prompt {
  const { words } = text;
  const host = document.createElement(PROMPT_TAG);
  host.setAttribute('data-cluster-guard', 'prompt');
  // Inherited into the shadow root (`all: initial` leaves direction alone): an Arabic dialog gets a right-to-left prompt.
  host.setAttribute('dir', text.dir);
  forceStyles(host, { display: 'block', visibility: 'visible', opacity: '1' });
  // Closed: nothing in the prompt is readable or reachable from the page.
  const shadow = host.attachShadow({ mode: 'closed' });
  const inputId = `cg-input-${++promptCount}`;
  const typed = typeLabel(words, environment.name);
  const inputLabel = typed.whole;

  const input = element('input', {
    attrs: {
      id: inputId, type: 'text', autocomplete: 'off', autocapitalize: 'off', spellcheck: 'false',
      'aria-label': inputLabel, 'aria-describedby': 'cg-status', 'data-cluster-guard-input': '',
    },
  });
  const status = element('div', { className: 'status', attrs: { id: 'cg-status', role: 'status', 'aria-live': 'polite' } });
  const others = element('div', { className: 'others', attrs: { role: 'alert' } });
  const box = element('div', { className: 'box', attrs: { role: 'group', 'aria-label': 'Cluster Guard', lang: words.lang } }, [
    element('div', { className: 'head' }, [
      element('span', { className: 'label', text: environment.label }),
      element('span', { className: 'sentence', text: text.sentence }),
    ]),
    // The word to type, set apart: the one thing to read twice.
    element('label', { attrs: { for: inputId } }, [
      document.createTextNode(typed.before),
      element('code', { className: 'word', text: typed.word }),
      document.createTextNode(typed.after),
    ]),
    input,
    status,
    others,
  ]);
  box.style.setProperty('--cg-color', environment.color);
  box.style.setProperty('--cg-ink', readableTextColor(environment.color));
  shadow.append(element('style', { text: CSS }), box);

  const ledger = new TypedLedger();
  let reported = '';
  const STATUS: Record<PromptState, string> = { locked: words.locked, unlocked: words.unlocked, blocked: words.blocked, changed: words.askAgain };
  const setState = (state: PromptState) => {
    status.dataset.state = state === 'unlocked' ? 'unlocked' : state === 'locked' ? 'locked' : 'blocked';
    status.textContent = STATUS[state];
  };
  const refused = (refusal: Refusal) => {
    status.dataset.state = 'blocked';
    status.textContent = refusal === 'paste' ? words.paste : words.untyped;
  };

  const feed = (event: Event) => {
    const copy: LedgerEvent = {
      type: event.type,
      isTrusted: event.isTrusted,
      key: (event as KeyboardEvent).key,
      ctrlKey: (event as KeyboardEvent).ctrlKey,
      metaKey: (event as KeyboardEvent).metaKey,
      altKey: (event as KeyboardEvent).altKey,
      data: (event as InputEvent).data,
      inputType: (event as InputEvent).inputType,
    };
    if (event.type === 'beforeinput') {
      const refusal = ledger.refusesBefore(copy);
      if (refusal) {
        event.preventDefault();
        refused(refusal);
      }
      return;
    }
    // Paste and drop never reach the value; cut would take text out without a key press of ours.
    if (event.type === 'paste' || event.type === 'drop' || event.type === 'cut') event.preventDefault();
    if (event.type === 'keydown' && event.isTrusted) {
      // A value a script set without an input event is not what was typed: a person's key edits what was.
      if (!(event as KeyboardEvent).isComposing && input.value !== ledger.value) input.value = ledger.value;
      // What a key press allows lasts until the end of the task that brought it.
      setTimeout(() => ledger.endTurn());
    }
    const result = ledger.feed(copy, input.value);
    if (result.value !== null && input.value !== result.value) input.value = result.value;
    if (result.refusal) refused(result.refusal);
    if (ledger.value !== reported) {
      reported = ledger.value;
      onInput(reported);
    }
  };

  let stopInset: () => void = () => undefined;
  setState('locked');
  return {
    host,
    get value() {
      return ledger.value;
    },
    focus: () => input.focus({ preventScroll: true }),
    feed,
    setState,
    reset() {
      ledger.reset();
      reported = '';
      input.value = '';
      setState('locked');
    },
    showOtherTabs(line) {
      // One line, cut with an ellipsis when long; the whole of it in the tooltip.
      others.replaceChildren(...(line ? [element('div', { text: line })] : []));
      if (line) others.title = line;
      else others.removeAttribute('title');
    },
    label: inputLabel,
    words,
    fitInset() {
      stopInset();
      stopInset = keepInset(host);
    },
  };
}
