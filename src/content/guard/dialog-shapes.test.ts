// @vitest-environment happy-dom
/**
 * Markup shapes the reader must see through: shadow roots, web-component
 * buttons, slotted titles and buttons, buttons beside the dialog element on
 * its modal surface, native <dialog>, side panels, icon ligatures. Built
 * with DOM calls, as the components themselves would render.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { dialogOnPath } from './dialog-locator';
import { readDialog } from './dialog-reader';
import { composedParent } from './flat-tree';

function el<K extends keyof HTMLElementTagNameMap>(tag: K | string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const pathOf = (element: Element) => {
  const path: Element[] = [];
  for (let node: Element | null = element; node; node = composedParent(node)) path.push(node);
  return path;
};

function roleOf(target: Element) {
  const dialog = dialogOnPath(pathOf(target));
  if (!dialog) return { dialog: null, role: undefined, verdict: null };
  const read = readDialog(dialog);
  const index = read.buttons.findIndex((button) => pathOf(target).includes(button));
  return { dialog, role: read.verdict.buttonRoles[index], verdict: read.verdict };
}

beforeEach(() => document.body.replaceChildren());

describe('shadow DOM', () => {
  it('a dialog rendered inside a custom element’s shadow root', () => {
    const host = el('x-confirm');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const confirm = el('button', {}, 'Delete');
    shadow.append(el('div', { role: 'dialog' }, el('h2', {}, 'Delete cluster?'), el('div', { class: 'mat-mdc-dialog-actions' }, el('button', {}, 'Cancel'), confirm)));
    expect(roleOf(confirm)).toMatchObject({ role: 'action', verdict: { destructive: true, action: 'delete' } });
  });

  it('a button that is a web component with its real <button> in its shadow root and a slotted label', () => {
    const component = el('x-button', {}, 'Löschen');
    const inner = el('button');
    const dialog = el('div', { role: 'dialog' }, el('h2', {}, 'Cluster löschen?'), el('footer', {}, el('x-button', {}, 'Abbrechen'), component));
    document.body.append(dialog);
    for (const host of dialog.querySelectorAll('x-button')) {
      const shadow = host.attachShadow({ mode: 'open' });
      const button = host === component ? inner : el('button');
      button.append(el('slot'));
      shadow.append(button);
    }
    const read = readDialog(dialog);
    expect(read.buttons).toHaveLength(2); // the host and its inner button are one button
    expect(roleOf(inner)).toMatchObject({ role: 'action', verdict: { destructive: true, lang: 'de' } });
  });

  it('an icon component with its own shadow root inside the button is not part of the label', () => {
    const icon = el('x-icon', { 'aria-hidden': 'true' });
    icon.attachShadow({ mode: 'open' }).append('delete');
    const confirm = el('button', {}, icon, ' Entfernen ');
    document.body.append(el('div', { role: 'dialog' }, el('h2', {}, 'Hauptkonto entfernen?'), el('footer', {}, el('button', {}, 'Abbrechen'), confirm)));
    expect(readDialog(document.querySelector('[role=dialog]')!).description.buttons[1]!.label).toBe('Entfernen');
  });

  it('slotted title and buttons (md-dialog shape)', () => {
    const confirm = el('x-button', { slot: 'actions' }, 'Supprimer');
    const host = el('x-dialog', {}, el('div', { slot: 'headline' }, 'Supprimer le cluster ?'), el('div', { slot: 'content' }, 'Le cluster sera supprimé.'), el('x-button', { slot: 'actions' }, 'Annuler'), confirm);
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(el('div', { role: 'dialog' }, el('slot', { name: 'headline' }), el('slot', { name: 'content' }), el('div', { class: 'actions' }, el('slot', { name: 'actions' }))));
    const read = readDialog(shadow.querySelector('[role=dialog]')!);
    expect(read.description.title).toBe('Supprimer le cluster ?');
    expect(read.verdict).toMatchObject({ destructive: true, lang: 'fr' });
    // happy-dom has no assignedSlot, so the event path is tried in the browsers (e2e); here, the read.
    expect(read.verdict.buttonRoles[read.buttons.indexOf(confirm)]).toBe('action');
  });
});

describe('the modal surface is the unit', () => {
  it('buttons beside the dialog element in the same overlay pane are its buttons', () => {
    const confirm = el('button', {}, 'Delete');
    const pane = el('div', { class: 'cdk-overlay-pane' }, el('div', { role: 'dialog' }, el('h2', {}, 'Delete instance web-1?')), el('div', { class: 'pane-footer' }, el('button', {}, 'Cancel'), confirm));
    document.body.append(el('div', { class: 'cdk-overlay-container' }, pane));
    expect(roleOf(confirm)).toMatchObject({ dialog: pane.firstElementChild, role: 'action', verdict: { destructive: true } });
  });

  it('a modal box of a product’s own', () => {
    const confirm = el('button', {}, 'Eliminar');
    document.body.append(el('div', { class: 'acme-modal' }, el('section', { role: 'dialog', 'aria-label': '¿Eliminar el clúster?' }), el('div', {}, el('button', {}, 'Cancelar'), confirm)));
    expect(roleOf(confirm)).toMatchObject({ role: 'action', verdict: { destructive: true } });
  });

  it('does not climb into the page', () => {
    const pageButton = el('button', {}, 'Delete');
    document.body.append(el('main', {}, pageButton, el('div', { role: 'dialog' }, el('h2', {}, 'Edit labels'), el('button', {}, 'Save'))));
    expect(roleOf(pageButton).dialog).toBeNull();
  });
});

describe('other shapes', () => {
  it('native <dialog> with a form method="dialog"', () => {
    const confirm = el('button', { value: 'delete' }, 'Delete');
    const dialog = el('dialog', { open: '' }, el('h3', {}, 'Delete bucket acme-logs?'), el('form', { method: 'dialog' }, el('button', { value: 'cancel' }, 'Cancel'), confirm));
    document.body.append(dialog);
    expect(roleOf(confirm)).toMatchObject({ dialog, role: 'action', verdict: { destructive: true } });
  });

  it('a title in a product element, not a heading', () => {
    const dialog = el('div', { role: 'alertdialog' }, el('cfc-dialog-header', {}, 'Disable Compute Engine API?'), el('div', {}, el('button', {}, 'Cancel'), el('button', {}, 'Disable')));
    document.body.append(dialog);
    expect(readDialog(dialog).description.title).toBe('Disable Compute Engine API?');
  });

  it('a side panel asking to confirm is a confirmation; a details panel with a toolbar Delete is not', () => {
    const confirm = el('button', {}, 'Delete');
    document.body.append(el('aside', { role: 'complementary' }, el('h2', {}, 'Delete 3 instances?'), el('button', {}, 'Cancel'), confirm));
    expect(roleOf(confirm)).toMatchObject({ role: 'action', verdict: { destructive: true } });
    document.body.replaceChildren();
    const toolbarDelete = el('button', {}, 'Delete');
    document.body.append(el('mat-drawer', {}, el('h2', {}, 'web-1'), toolbarDelete, el('button', {}, 'Edit')));
    expect(roleOf(toolbarDelete).verdict).toMatchObject({ destructive: false });
  });

  it('icon ligature text is not part of a label: "close Remove" is Remove', () => {
    const confirm = el('button', {}, el('mat-icon', {}, 'close'), ' Remove ');
    const dialog = el('div', { role: 'dialog' }, el('h2', {}, 'Remove principal alice@example.com?'), el('div', { class: 'mat-mdc-dialog-actions' }, el('button', {}, 'Cancel'), confirm));
    document.body.append(dialog);
    expect(readDialog(dialog).description.buttons[1]!.label).toBe('Remove');
    expect(roleOf(confirm).role).toBe('action');
  });

  it('an icon-only close button is free', () => {
    const close = el('button', {}, el('mat-icon', {}, 'close'));
    const dialog = el('div', { role: 'dialog' }, el('h2', {}, 'Delete disk?'), close, el('div', { class: 'mat-mdc-dialog-actions' }, el('button', {}, 'Delete')));
    document.body.append(dialog);
    expect(roleOf(close).role).toBe('free');
  });
});

describe('language-independent signals', () => {
  // Estonian: no table reads it, so only the hints can decide.
  const unknownLanguage = (extra: { warn?: boolean; element?: string; input?: boolean }) => {
    const confirm = el('button', extra.warn ? { color: 'warn', class: 'mat-warn' } : {}, 'Kustuta');
    const body = el('div', { class: 'mat-mdc-dialog-content' }, 'Klaster ', el('b', {}, 'prod-1'), ' kustutatakse.');
    if (extra.input) body.append(el('input', { placeholder: 'prod-1' }));
    const inner = el(extra.element ?? 'div', {}, el('h2', {}, 'Kas kustutada klaster?'), body, el('div', { class: 'mat-mdc-dialog-actions' }, el('button', {}, 'Tühista'), confirm));
    const dialog = el('mat-dialog-container', { role: 'dialog' }, inner);
    document.body.append(dialog);
    return readDialog(dialog).verdict;
  };

  it('two hints guard a wording never seen', () => {
    expect(unknownLanguage({ warn: true, element: 'gke-delete-cluster-dialog' })).toMatchObject({ destructive: true, decidedBy: 'signals' });
    document.body.replaceChildren();
    expect(unknownLanguage({ warn: true, input: true })).toMatchObject({ destructive: true, decidedBy: 'signals' });
  });

  it('one hint alone never does', () => {
    expect(unknownLanguage({ warn: true }).destructive).toBe(false);
    document.body.replaceChildren();
    expect(unknownLanguage({ element: 'gke-delete-cluster-dialog' }).destructive).toBe(false);
    document.body.replaceChildren();
    expect(unknownLanguage({ input: true }).destructive).toBe(false);
  });
});
