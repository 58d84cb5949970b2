/**
 * Expression builders that drive an extension page (options, popup) from
 * inside it, for `session.evaluateInExtensionPage(path, expression)`: the
 * one route into the extension's own pages that works in BOTH browsers
 * (Firefox's moz-extension:// pages are reached over the devtools server;
 * see e2e/README.md). Each builder returns the source of one expression,
 * evaluated (and awaited) in the page.
 *
 * The events are untrusted (script, not the browser's input): enough to run
 * the pages' logic (Preact listens to `input`, `change` and `click`), not a
 * proof of what a keyboard or pointer does there. Trusted input stays with
 * the Chromium-only specs (options.spec.ts, popup.spec.ts).
 *
 * Every builder that looks for something waits for it (pages render after
 * storage reads, Preact re-renders after each event) and fails with what it
 * saw last, before the devtools evaluation's own 15 s limit.
 */

/** Where an element is: a CSS selector, the text of its `<label>` (visually hidden parts included, as in its accessible name), or a button's text. */
export type Target = string | { label: string } | { button: string };

/** What a form control shows, as a user (or assistive technology) would read it. */
export interface FieldState {
  value: string;
  checked: boolean;
  disabled: boolean;
  ariaInvalid: string | null;
  ariaDisabled: string | null;
  /** The text of the elements its `aria-describedby` names, whitespace folded. */
  description: string;
  focused: boolean;
}

const WAIT_MS = 8_000;

/** Shared by every expression: whitespace folding, finding a target, polling. */
const PRELUDE = `
  const norm = (text) => (text ?? '').replace(/\\s+/g, ' ').trim();
  const find = (target) => {
    if (typeof target === 'string') return document.querySelector(target);
    if ('label' in target) {
      const label = [...document.querySelectorAll('label')].find((candidate) => norm(candidate.textContent) === target.label);
      return label?.control ?? null;
    }
    return [...document.querySelectorAll('button')].find((candidate) => norm(candidate.textContent) === target.button) ?? null;
  };
  // What is shown: innerText separates table cells and blocks, as a reader would.
  const shown = (element) => norm(element.innerText ?? element.textContent);
  const describe = (target) => JSON.stringify(target);
  // check() returns { done: true, value } to finish, or { seen } (what it saw, for the timeout message).
  const poll = (what, check) => new Promise((resolve, reject) => {
    const started = Date.now();
    const look = () => {
      let result;
      try { result = check(); } catch (error) { return reject(error); }
      if (result.done) return resolve(result.value);
      if (Date.now() - started > ${WAIT_MS}) return reject(new Error(what + ': timed out; last seen: ' + (result.seen ?? 'nothing')));
      setTimeout(look, 50);
    };
    look();
  });
  const rendered = (element) => element.isConnected && element.getClientRects().length > 0;
`;

function inPage(body: string): string {
  return `(() => {${PRELUDE}\n${body}\n})()`;
}

/** Waits until `target` is there with some text, then returns its text as shown (innerText, whitespace folded). */
export function textOf(target: Target): string {
  return inPage(`
    return poll('text of ' + describe(${JSON.stringify(target)}), () => {
      const element = find(${JSON.stringify(target)});
      const text = element ? shown(element) : '';
      return text ? { done: true, value: text } : { seen: element ? 'an empty element' : 'no element' };
    });`);
}

/**
 * Waits until the text of `target` is `expected` (as shown, whitespace folded), or
 * matches it when a RegExp, and returns it. Fails with the text it saw last.
 */
export function untilText(target: Target, expected: string | RegExp): string {
  const test =
    typeof expected === 'string'
      ? `(text) => text === ${JSON.stringify(expected)}`
      : `(text) => new RegExp(${JSON.stringify(expected.source)}, ${JSON.stringify(expected.flags)}).test(text)`;
  return inPage(`
    const matches = ${test};
    return poll('text of ' + describe(${JSON.stringify(target)}) + ' to be ' + ${JSON.stringify(String(expected))}, () => {
      const element = find(${JSON.stringify(target)});
      const text = element ? shown(element) : null;
      return text !== null && matches(text) ? { done: true, value: text } : { seen: text === null ? 'no element' : JSON.stringify(text) };
    });`);
}

/** Waits until `target` is gone (or was never there). */
export function untilAbsent(target: Target): string {
  return inPage(`
    return poll(describe(${JSON.stringify(target)}) + ' to be gone', () =>
      find(${JSON.stringify(target)}) ? { seen: 'still there' } : { done: true, value: true });`);
}

/** Waits for `target`, rendered and not disabled (itself or by its fieldset; `aria-disabled` is allowed: such buttons stay pressable on purpose). */
/** `hiddenAllowed`: a file input the page hides behind its own button (what the browser's file chooser fills). */
function untilUsable(target: Target, { hiddenAllowed = false } = {}): string {
  return `poll(describe(${JSON.stringify(target)}) + ' to be usable', () => {
      const element = find(${JSON.stringify(target)});
      if (!element) return { seen: 'no element' };
      if (!${hiddenAllowed} && !rendered(element)) return { seen: 'not rendered' };
      if (element.matches(':disabled')) return { seen: 'disabled' };
      return { done: true, value: element };
    })`;
}

/**
 * Clicks `target` (HTMLElement.click(): a click event, and for a checkbox,
 * radio or submit button their default action, checking or submitting the
 * form). With `leaving`, clicks just after the evaluation returns, for a
 * click that closes the page it is in (the popup closes itself).
 */
export function clickOn(target: Target, options: { leaving?: boolean } = {}): string {
  return inPage(`
    return ${untilUsable(target)}.then((element) => {
      ${options.leaving ? 'setTimeout(() => element.click(), 50);' : 'element.click();'}
      return true;
    });`);
}

/**
 * Types `value` into a text field as the browser would leave it: the value
 * set through the native setter (so Preact's controlled input sees a real
 * change), then `input` and `change` events. Returns the field's value after.
 */
export function typeInto(target: Target, value: string): string {
  return inPage(`
    return ${untilUsable(target)}.then((element) => {
      const prototype = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) throw new Error(describe(${JSON.stringify(target)}) + ' is not a text field');
      element.focus();
      Object.getOwnPropertyDescriptor(prototype, 'value').set.call(element, ${JSON.stringify(value)});
      element.dispatchEvent(new Event('input', { bubbles: true }));
      element.dispatchEvent(new Event('change', { bubbles: true }));
      return element.value;
    });`);
}

/**
 * Gives a file input one file, as the browser's file dialog leaves it (what
 * Playwright's setInputFiles does: the input's `files` set, then `input` and
 * `change`). The OS dialog itself is out of reach of both browsers' automation
 * here. Returns the chosen file's name.
 */
export function chooseFile(target: Target, name: string, text: string): string {
  return inPage(`
    return ${untilUsable(target, { hiddenAllowed: true })}.then((element) => {
      if (!(element instanceof HTMLInputElement) || element.type !== 'file') throw new Error(describe(${JSON.stringify(target)}) + ' is not a file input');
      const files = new DataTransfer();
      files.items.add(new File([${JSON.stringify(text)}], ${JSON.stringify(name)}, { type: 'text/plain' }));
      element.files = files.files;
      element.dispatchEvent(new Event('input', { bubbles: true }));
      element.dispatchEvent(new Event('change', { bubbles: true }));
      return element.files[0].name;
    });`);
}

/** Chooses the option whose value is `value` in a `<select>`, then `input` and `change`; fails when there is no such option. Returns the select's value after. */
export function chooseOption(target: Target, value: string): string {
  return inPage(`
    return ${untilUsable(target)}.then((element) => {
      if (!(element instanceof HTMLSelectElement)) throw new Error(describe(${JSON.stringify(target)}) + ' is not a select');
      const options = [...element.options].map((option) => option.value);
      if (!options.includes(${JSON.stringify(value)})) throw new Error('no option ' + ${JSON.stringify(value)} + ' in ' + describe(${JSON.stringify(target)}) + ' (has ' + options.join(', ') + ')');
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set.call(element, ${JSON.stringify(value)});
      element.dispatchEvent(new Event('input', { bubbles: true }));
      element.dispatchEvent(new Event('change', { bubbles: true }));
      return element.value;
    });`);
}

/** Waits for `target` and returns what it shows: value, checked, disabled, invalid, its description, focus. */
export function fieldState(target: Target): string {
  return inPage(`
    return poll(describe(${JSON.stringify(target)}), () => {
      const element = find(${JSON.stringify(target)});
      if (!element) return { seen: 'no element' };
      const described = (element.getAttribute('aria-describedby') ?? '').split(/\\s+/).filter(Boolean)
        .map((id) => norm(document.getElementById(id)?.textContent)).filter(Boolean).join(' ');
      return { done: true, value: {
        value: 'value' in element ? String(element.value) : '',
        checked: Boolean(element.checked),
        disabled: element.matches(':disabled'),
        ariaInvalid: element.getAttribute('aria-invalid'),
        ariaDisabled: element.getAttribute('aria-disabled'),
        description: described,
        focused: document.activeElement === element,
      } };
    });`);
}
