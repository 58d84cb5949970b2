/**
 * Reads console dialogs out of the DOM into the plain descriptions that
 * core/dialogs judges. Relies only on stable things: tag names, roles,
 * Material class names and visible text; never on generated ids or counters.
 */
import { judgeDialog, quotedResourceName, type DialogDescription, type DialogVerdict } from '../../core/dialogs';

const normaliseLabel = (text: string) => text.replace(/\s+/g, ' ').trim();

export const DIALOG_SELECTOR = 'mat-dialog-container, mat-mdc-dialog-container, [role="dialog"], [role="alertdialog"], dialog';
const TITLE_SELECTOR =
  '.mat-mdc-dialog-title, .mat-dialog-title, [mat-dialog-title], [matDialogTitle], [mat-dialog-title], h1, h2, h3, [role="heading"]';
const CONTENT_SELECTOR = '.mat-mdc-dialog-content, .mat-dialog-content, [mat-dialog-content], mat-dialog-content';
const ACTIONS_SELECTOR = '.mat-mdc-dialog-actions, .mat-dialog-actions, [mat-dialog-actions], mat-dialog-actions, [matDialogActions], .cdk-dialog-actions';
export const BUTTON_SELECTOR = 'button, [role="button"], input[type="submit"], input[type="button"], input[type="image"]';
/** Our own injected elements: never part of what is judged. */
export const OWN_TAG_PREFIX = 'cluster-guard-';

export interface ReadDialog {
  element: Element;
  description: DialogDescription;
  buttons: Element[];
  verdict: DialogVerdict;
  resourceName: string | null;
}

function textOf(node: Element | null | undefined): string {
  return normaliseLabel(node?.textContent ?? '');
}

function buttonLabel(button: Element): string {
  const aria = button.getAttribute('aria-label');
  if (aria && aria.trim()) return normaliseLabel(aria);
  if (button instanceof HTMLInputElement) return normaliseLabel(button.value);
  return textOf(button);
}

function accessibleName(dialog: Element): string {
  const label = dialog.getAttribute('aria-label');
  if (label) return normaliseLabel(label);
  const ids = dialog.getAttribute('aria-labelledby');
  if (!ids) return '';
  return normaliseLabel(
    ids
      .split(/\s+/)
      .map((id) => dialog.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

/** The outermost dialog element holding `node` (a product's dialog may nest role="dialog" in the container). */
export function dialogFor(node: Element | null): Element | null {
  let found: Element | null = null;
  for (let current = node?.closest(DIALOG_SELECTOR) ?? null; current; current = current.parentElement?.closest(DIALOG_SELECTOR) ?? null) {
    found = current;
  }
  return found;
}

/** Product custom-element names inside the dialog, and the URL's product segment, as plain words. */
function productHints(dialog: Element): string {
  const tags = new Set<string>();
  for (const node of [dialog, ...dialog.querySelectorAll('*')]) {
    const tag = node.localName;
    if (tag.includes('-') && !/^(?:mat|cdk|cluster-guard)-/.test(tag)) tags.add(tag.replace(/-/g, ' '));
    if (tags.size >= 8) break;
  }
  const product = globalThis.location?.pathname.split('/')[1] ?? '';
  return [...tags, product].join(' ');
}

/** Dialog text usually shows the resource in bold or code ("The cluster <b>prod-1</b> will be deleted"). */
function emphasisedName(dialog: Element): string | null {
  const content = dialog.querySelector(CONTENT_SELECTOR) ?? dialog;
  const text = textOf(content.querySelector('b, strong, code'));
  return text && text.length <= 100 ? text : null;
}

export function readDialog(dialog: Element): ReadDialog {
  const buttons = [...dialog.querySelectorAll(BUTTON_SELECTOR)].filter((button) => !button.closest(`[data-cluster-guard]`));
  const title = textOf(dialog.querySelector(TITLE_SELECTOR));
  const description: DialogDescription = {
    title,
    accessibleName: accessibleName(dialog),
    buttons: buttons.map((button) => ({ label: buttonLabel(button), inActions: button.closest(ACTIONS_SELECTOR) !== null })),
  };
  // Whether a dialog is destructive depends on its title, name and buttons only. Harmless dialogs
  // (re-read on every change while they are open) skip the costlier text that only the resource
  // kind and name need.
  const firstLook = judgeDialog(description);
  if (!firstLook.destructive) return { element: dialog, description, buttons, verdict: firstLook, resourceName: null };

  description.body = textOf(dialog).slice(0, 2000);
  description.hints = productHints(dialog);
  const consoleInput = dialog.querySelector<HTMLInputElement>('input:not([type]), input[type="text"]');
  const resourceName =
    quotedResourceName(title) ??
    quotedResourceName(description.accessibleName) ??
    emphasisedName(dialog) ??
    quotedResourceName(textOf(dialog.querySelector(CONTENT_SELECTOR))) ??
    (consoleInput?.placeholder?.trim() || null);
  return { element: dialog, description, buttons, verdict: judgeDialog(description), resourceName };
}

export function actionsArea(dialog: Element): Element | null {
  return dialog.querySelector(ACTIONS_SELECTOR);
}
