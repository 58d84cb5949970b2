// @vitest-environment happy-dom
/** The event gate's decisions, on a real (happy-dom) dialog. */
import { beforeEach, describe, expect, it } from 'vitest';
import { readDialog } from './dialog-reader';
import { composedParent } from './flat-tree';
import { isActionKey, isAttempt, isField, isPersonConfirming, roleOnPath } from './gate';

function build(): { dialog: Element; cancel: Element; confirm: Element; input: Element; label: Element } {
  document.body.replaceChildren();
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  const title = Object.assign(document.createElement('h2'), { textContent: 'Delete cluster?' });
  const input = document.createElement('input');
  const actions = document.createElement('div');
  actions.className = 'mat-mdc-dialog-actions';
  const cancel = Object.assign(document.createElement('button'), { textContent: 'Cancel' });
  const confirm = document.createElement('button');
  const label = Object.assign(document.createElement('span'), { textContent: ' Delete ' });
  confirm.append(label);
  actions.append(cancel, confirm);
  dialog.append(title, input, actions);
  document.body.append(dialog);
  return { dialog, cancel, confirm, input, label };
}

const pathOf = (element: Element) => {
  const path: Element[] = [];
  for (let node: Element | null = element; node; node = composedParent(node)) path.push(node);
  return path;
};

describe('roleOnPath', () => {
  let parts: ReturnType<typeof build>;
  beforeEach(() => {
    parts = build();
  });

  it('names the button the event came through, from any element inside it', () => {
    const read = readDialog(parts.dialog);
    expect(roleOnPath(pathOf(parts.label), read)).toBe('action');
    expect(roleOnPath(pathOf(parts.cancel), read)).toBe('free');
    expect(roleOnPath(pathOf(parts.input), read)).toBe('field');
    expect(roleOnPath(pathOf(parts.dialog), read)).toBe('none');
  });

  it('a click landing on a ripple Material inserted into the confirm after the read is a click on the confirm', () => {
    const read = readDialog(parts.dialog);
    const ripple = Object.assign(document.createElement('span'), { className: 'mat-ripple mat-mdc-button-ripple' });
    const wave = Object.assign(document.createElement('div'), { className: 'mat-ripple-element' });
    ripple.append(wave);
    parts.confirm.append(ripple);
    expect(roleOnPath(pathOf(wave), read)).toBe('action');
  });

  it('asks for a new read when the button was re-rendered since the last one', () => {
    const read = readDialog(parts.dialog);
    const fresh = parts.confirm.cloneNode(true) as Element;
    parts.confirm.replaceWith(fresh);
    expect(roleOnPath(pathOf(fresh), read)).toBeNull();
    expect(roleOnPath(pathOf(fresh), readDialog(parts.dialog))).toBe('action');
  });
});

describe('isField', () => {
  it('fields a person types into, and nothing else', () => {
    const editable = document.createElement('div');
    editable.contentEditable = 'true';
    document.body.append(editable);
    for (const tag of ['input', 'textarea', 'select']) expect(isField(document.createElement(tag))).toBe(true);
    expect(isField(editable)).toBe(true);
    expect(isField(document.body)).toBe(false);
    expect(isField(document.createElement('button'))).toBe(false);
    expect(isField(undefined)).toBe(false);
  });
});

describe('isAttempt', () => {
  const click = new MouseEvent('click');
  const enter = new KeyboardEvent('keydown', { key: 'Enter' });
  const space = new KeyboardEvent('keydown', { key: ' ' });

  it('a click or Space is an attempt only on the action', () => {
    expect(isAttempt(click, 'action')).toBe(true);
    expect(isAttempt(click, 'free')).toBe(false);
    expect(isAttempt(click, 'other')).toBe(false);
    expect(isAttempt(click, 'field')).toBe(false);
    expect(isAttempt(space, 'action')).toBe(true);
    expect(isAttempt(space, 'field')).toBe(false);
  });

  it('Enter anywhere but on a free button is an attempt, the console inputs included', () => {
    expect(isAttempt(enter, 'field')).toBe(true);
    expect(isAttempt(enter, 'none')).toBe(true);
    expect(isAttempt(enter, 'free')).toBe(false);
  });

  it('a submission is an attempt unless its submitter is free', () => {
    expect(isAttempt(new Event('submit'), 'none')).toBe(true);
    expect(isAttempt(new Event('submit'), 'free')).toBe(false);
  });

  it('ordinary typing never is', () => {
    expect(isActionKey(new KeyboardEvent('keydown', { key: 'a' }))).toBe(false);
    expect(isActionKey(new KeyboardEvent('keydown', { key: '/' }))).toBe(false);
    expect(isActionKey(enter)).toBe(true);
    expect(isActionKey(click)).toBe(true);
  });
});

describe('isPersonConfirming', () => {
  it('an event a script made is never a confirmation', () => {
    expect(isPersonConfirming(new MouseEvent('click'))).toBe(false);
    expect(isPersonConfirming(new KeyboardEvent('keydown', { key: 'Enter' }))).toBe(false);
  });

  it('a trusted click, Enter or submission is', () => {
    const trusted = <T extends Event>(event: T) => Object.defineProperty(event, 'isTrusted', { value: true });
    expect(isPersonConfirming(trusted(new MouseEvent('click')))).toBe(true);
    expect(isPersonConfirming(trusted(new KeyboardEvent('keydown', { key: 'Enter' })))).toBe(true);
    expect(isPersonConfirming(trusted(new Event('submit')))).toBe(true);
    expect(isPersonConfirming(trusted(new MouseEvent('mousedown')))).toBe(false);
  });
});
