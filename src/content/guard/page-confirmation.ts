/**
 * Full pages that are themselves the confirmation (AWS S3 "Delete bucket"
 * and "Empty bucket"): no dialog element, only a form with a friction input
 * and a destructive submit. Such a form is treated as a dialog: the smallest
 * container holding the friction input and a button, on a page whose route
 * ends in a destructive verb (`/s3/bucket/<name>/delete`), or a `<form>`
 * whose heading (or the page's) asks for a destructive action. Its friction
 * input is told by its placeholder (core/dialogs/friction-hint) or the S3
 * console's own class. Cheap where it does not apply: one regex over the URL,
 * or one `closest('form')` per event.
 */
import { findAction } from '../../core/dialogs';
import { routeAsksConfirmation, routeSegments } from '../../core/dialogs/confirmation-route';
import { isFrictionPlaceholder } from '../../core/dialogs/friction-hint';

const TEXT_INPUT = 'input:not([type]), input[type="text"], input[type="search"]';
/** The S3 console's own type-the-name field on its Delete bucket page. */
const CONSOLE_INPUT = '.delete-bucket-actions__input';
const BUTTONS = 'button, [role="button"], input[type="submit" i]';
const HEADINGS = 'h1, h2, [role="heading"]';
const MAX_CLIMB = 12;

/** The containers found so far: the reader asks whether a surface is one. */
const found = new WeakSet<Element>();

export function isConfirmationPage(element: Element): boolean {
  return found.has(element);
}

const routeAsks = () => routeAsksConfirmation(location.pathname, location.hash);

function isFrictionInput(element: Element, names: readonly string[]): element is HTMLInputElement {
  if (!(element instanceof HTMLInputElement) || !element.matches(TEXT_INPUT)) return false;
  return element.closest(CONSOLE_INPUT) !== null || isFrictionPlaceholder(element.placeholder, names);
}

/** Names the page shows for its resource: the route's segments and the form's emphasised words. */
function namesAround(root: Element): string[] {
  const emphasised = [...root.querySelectorAll('b, strong, code')].slice(0, 8).map((element) => element.textContent?.trim() ?? '');
  return [...routeSegments(location.pathname, location.hash), ...emphasised].filter(Boolean);
}

/** The smallest ancestor of `input` that also holds a button (the submit), climbing no higher than <body>. */
function containerOf(input: Element): Element | null {
  let node = input.parentElement;
  for (let depth = 0; node && depth < MAX_CLIMB && node.localName !== 'body'; node = node.parentElement, depth++) {
    if (node.querySelector(BUTTONS)) return node;
  }
  return null;
}

function asksInHeading(form: Element): boolean {
  const headings = [...form.querySelectorAll(HEADINGS), ...document.querySelectorAll('h1')].slice(0, 6);
  return headings.some((heading) => findAction(heading.textContent ?? '') !== null);
}

function confirmationAround(input: Element, form: Element | null): Element | null {
  const container = form ?? containerOf(input);
  if (!container) return null;
  if (!form && !routeAsks()) return null;
  if (form && !routeAsks() && !asksInHeading(form)) return null;
  found.add(container);
  return container;
}

/** The page confirmation an event's path (innermost first) lies in, if any. */
export function pageConfirmationOnPath(path: readonly Element[]): Element | null {
  const target = path[0];
  if (!target || !(target instanceof HTMLElement)) return null;
  const form = target.closest('form');
  if (!form && !routeAsks()) return null;
  const scope = form ?? document.body;
  if (!scope) return null;
  const names = namesAround(scope);
  for (const input of scope.querySelectorAll(TEXT_INPUT)) {
    if (!isFrictionInput(input, names)) continue;
    const container = confirmationAround(input, form);
    if (container && path.includes(container)) return container;
  }
  return null;
}

/** Every page confirmation in the document now; none unless the route asks for one. */
export function pageConfirmationsIn(root: Document): Element[] {
  if (!routeAsks() || !root.body) return [];
  const names = namesAround(root.body);
  const containers = new Set<Element>();
  for (const input of root.body.querySelectorAll(TEXT_INPUT)) {
    if (!isFrictionInput(input, names)) continue;
    const container = confirmationAround(input, input.closest('form'));
    if (container) containers.add(container);
  }
  return [...containers];
}
