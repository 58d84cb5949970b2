// @vitest-environment happy-dom
/** A guarded dialog keeps its verdict while it asks the same question; a new question is read afresh. */
import { beforeEach, describe, expect, it } from 'vitest';
import { readDialog, type ReadDialog } from './dialog-reader';
import { questionOf, steadyRead, subjectOf } from './steady-read';

/** A Cloud SQL delete in Estonian (no wording table reads it), decided by hints alone: a warn-coloured confirm, the console's own held-back field. */
function build(): { dialog: HTMLElement; title: HTMLElement; input: HTMLInputElement; confirm: HTMLButtonElement; name: HTMLElement } {
  document.body.replaceChildren();
  const dialog = document.createElement('mat-dialog-container');
  dialog.setAttribute('role', 'dialog');
  const title = Object.assign(document.createElement('h2'), { id: 'title-1', className: 'mat-mdc-dialog-title', textContent: 'Kas kustutada eksemplar orders-db?' });
  const content = Object.assign(document.createElement('div'), { className: 'mat-mdc-dialog-content' });
  const paragraph = document.createElement('p');
  const name = Object.assign(document.createElement('b'), { textContent: 'orders-db' });
  paragraph.append('Eksemplar ', name, ' ja kõik selle andmed kustutatakse jäädavalt.');
  const input = document.createElement('input');
  content.append(paragraph, input);
  const actions = Object.assign(document.createElement('div'), { className: 'mat-mdc-dialog-actions' });
  const cancel = Object.assign(document.createElement('button'), { className: 'mdc-button mat-unthemed' });
  cancel.append(Object.assign(document.createElement('span'), { className: 'mdc-button__label', textContent: ' Tühista ' }));
  const confirm = Object.assign(document.createElement('button'), { className: 'mdc-button mat-warn', disabled: true });
  confirm.append(Object.assign(document.createElement('span'), { className: 'mdc-button__label', textContent: ' Kustuta ' }));
  actions.append(cancel, confirm);
  dialog.append(title, content, actions);
  document.body.append(dialog);
  return { dialog, title, input, confirm, name };
}

const asked = (read: ReadDialog) => read.verdict.destructive;

describe('steadyRead', () => {
  let parts: ReturnType<typeof build>;
  beforeEach(() => {
    parts = build();
  });

  it('keeps the guarded verdict when hints go away as the person fills the console field', () => {
    const guarded = readDialog(parts.dialog);
    expect(guarded.verdict).toMatchObject({ destructive: true, decidedBy: 'signals', buttonRoles: ['other', 'action'] });
    parts.input.value = 'orders-db';
    parts.confirm.disabled = false;
    const fresh = readDialog(parts.dialog);
    expect(fresh.verdict.destructive, 'the hints alone now say nothing').toBe(false);
    const steady = steadyRead(guarded, fresh, asked);
    expect(steady.verdict).toMatchObject({ destructive: true, buttonRoles: ['other', 'action'] });
    expect(subjectOf(steady)).toBe(subjectOf(guarded));
  });

  it('a ripple inserted into the confirm, and the accessible name Material links late, are the same question', () => {
    const guarded = readDialog(parts.dialog);
    parts.input.value = 'orders-db';
    const ripple = Object.assign(document.createElement('span'), { className: 'mat-ripple mat-mdc-button-ripple' });
    ripple.append(Object.assign(document.createElement('div'), { className: 'mat-ripple-element' }));
    parts.confirm.append(ripple);
    parts.dialog.setAttribute('aria-labelledby', 'title-1');
    const steady = steadyRead(guarded, readDialog(parts.dialog), asked);
    expect(questionOf(steady)).toBe(questionOf(guarded));
    expect(subjectOf(steady)).toBe(subjectOf(guarded));
    expect(steady.verdict.buttonRoles).toEqual(['other', 'action']);
  });

  it('re-rendered buttons take the role of the button with their label; a button never seen is the action', () => {
    const guarded = readDialog(parts.dialog);
    parts.input.value = 'orders-db';
    const rendered = parts.confirm.cloneNode(true) as HTMLButtonElement;
    parts.confirm.replaceWith(rendered);
    const stranger = Object.assign(document.createElement('button'), { textContent: 'Jätka' });
    rendered.after(stranger);
    const steady = steadyRead(guarded, readDialog(parts.dialog), asked);
    expect(steady.buttons).toEqual([expect.anything(), rendered, stranger]);
    expect(steady.verdict.buttonRoles).toEqual(['other', 'action', 'action']);
  });

  it('a new question is read afresh: another title or another resource', () => {
    const guarded = readDialog(parts.dialog);
    parts.input.value = 'orders-db';
    parts.title.textContent = 'Eksemplari seaded';
    const retitled = steadyRead(guarded, readDialog(parts.dialog), asked);
    expect(retitled.verdict.destructive).toBe(false);
    expect(subjectOf(retitled)).not.toBe(subjectOf(guarded));

    parts.title.textContent = 'Kas kustutada eksemplar orders-db?';
    parts.name.textContent = 'billing-db';
    const renamed = steadyRead(guarded, readDialog(parts.dialog), asked);
    expect(renamed.verdict.destructive).toBe(false);
    expect(subjectOf(renamed)).not.toBe(subjectOf(guarded));
  });

  it('a fresh read that finds the action keeps its own verdict', () => {
    const guarded = readDialog(parts.dialog);
    parts.title.textContent = 'Delete instance orders-db?';
    const fresh = readDialog(parts.dialog);
    expect(steadyRead(guarded, fresh, asked)).toBe(fresh);
  });
});
