/**
 * The typed-confirmation prompt shown inside a guarded dialog: environment
 * label and colour, project ID, an input labelled "Type production to
 * confirm", a status line, and a warning about other environments open in
 * other tabs. Open shadow root, DOM calls only (Trusted Types).
 */
import { readableTextColor } from '../../core/contrast';
import type { PromptSentence } from '../../core/dialogs/prompt-sentence';
import type { Environment } from '../../core/environments';
import { t } from '../../platform/i18n';
import { element, forceStyles } from '../dom';

export const PROMPT_TAG = 'cluster-guard-prompt';

const CSS = `
:host { all: initial; display: block; }
.box { box-sizing: border-box; margin: 8px 0; padding: 10px 12px; border: 2px solid var(--cg-color); border-radius: 6px;
  font: 400 14px/1.4 Roboto, "Segoe UI", Arial, "Hiragino Sans", Meiryo, sans-serif; color: #202124; background: #fff; }
.head { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; }
.label { font-weight: 800; letter-spacing: .06em; padding: 2px 6px; border-radius: 3px; background: var(--cg-color); color: var(--cg-ink); }
label { display: block; font-weight: 500; margin-bottom: 4px; }
input { box-sizing: border-box; width: 100%; font: inherit; padding: 6px 8px; border: 1px solid #5f6368; border-radius: 4px; }
input:focus { outline: 2px solid var(--cg-color); outline-offset: 1px; }
.status { margin-top: 6px; font-weight: 500; }
.status[data-state="unlocked"] { color: #137333; }
.status[data-state="blocked"] { color: #c5221f; }
.others { margin-top: 6px; padding: 6px 8px; background: #fef7e0; border-radius: 4px; }
.others:empty { display: none; }
@media (prefers-color-scheme: dark) {
  .box { background: #202124; color: #e8eaed; }
  input { background: #303134; color: #e8eaed; border-color: #9aa0a6; }
  .status[data-state="unlocked"] { color: #81c995; }
  .status[data-state="blocked"] { color: #f28b82; }
  .others { background: #3c3a2e; }
}
`;

export type PromptState = 'locked' | 'unlocked' | 'blocked';

export interface Prompt {
  host: HTMLElement;
  input: HTMLInputElement;
  setState(state: PromptState): void;
  /** A new opening of the dialog: empty input, locked. */
  reset(): void;
  showOtherTabs(lines: string[]): void;
}

let promptCount = 0;

export function createPrompt(environment: Environment, sentence: PromptSentence, onInput: (value: string) => void): Prompt {
  const host = document.createElement(PROMPT_TAG);
  host.setAttribute('data-cluster-guard', 'prompt');
  forceStyles(host, { display: 'block', visibility: 'visible', opacity: '1' });
  const shadow = host.attachShadow({ mode: 'open' });
  const inputId = `cg-input-${++promptCount}`;
  const inputLabel = t('guardInputLabel', [environment.name]);

  const input = element('input', {
    attrs: {
      id: inputId, type: 'text', autocomplete: 'off', autocapitalize: 'off', spellcheck: 'false',
      'aria-label': inputLabel, 'aria-describedby': 'cg-status', 'data-cluster-guard-input': '',
    },
  });
  const status = element('div', { className: 'status', attrs: { id: 'cg-status', role: 'status', 'aria-live': 'polite' } });
  const others = element('div', { className: 'others', attrs: { role: 'alert' } });
  const box = element('div', { className: 'box', attrs: { role: 'group', 'aria-label': 'Cluster Guard' } }, [
    element('div', { className: 'head' }, [
      element('span', { className: 'label', text: environment.label }),
      element('span', { className: 'sentence', text: sentence.text, attrs: sentence.lang ? { lang: sentence.lang } : {} }),
    ]),
    element('label', { text: inputLabel, attrs: { for: inputId } }),
    input,
    status,
    others,
  ]);
  box.style.setProperty('--cg-color', environment.color);
  box.style.setProperty('--cg-ink', readableTextColor(environment.color));
  shadow.append(element('style', { text: CSS }), box);

  // Only a person unlocks: a page script can set the value and dispatch `input`, but not a trusted event.
  input.addEventListener('input', (event) => {
    if (event.isTrusted) onInput(input.value);
  });

  const setState = (state: PromptState) => {
    status.dataset.state = state;
    status.textContent =
      state === 'unlocked' ? t('guardUnlocked') : state === 'blocked' ? t('guardBlocked', [environment.name]) : t('guardLocked', [environment.name]);
  };
  setState('locked');
  return {
    host,
    input,
    setState,
    reset() {
      input.value = '';
      setState('locked');
    },
    showOtherTabs(lines) {
      others.replaceChildren(...lines.map((line) => element('div', { text: line })));
    },
  };
}
