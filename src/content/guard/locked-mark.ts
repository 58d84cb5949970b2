/**
 * How a guarded action button looks locked: an attribute our page style
 * greys out, aria-disabled for assistive tech, and a tooltip saying why.
 * The console's own `title` and `aria-disabled` are kept in attributes of
 * ours and put back exactly on unlock (by us, or by a successor sweeping a
 * dead predecessor's marks).
 */
export const LOCKED_ATTR = 'data-cluster-guard-locked';
const SAVED_TITLE = 'data-cluster-guard-saved-title';
const SAVED_ARIA_DISABLED = 'data-cluster-guard-saved-aria-disabled';
/** Stands for "the attribute was absent". */
const ABSENT = 'cluster-guard:absent';

export const LOCKED_CSS = `[${LOCKED_ATTR}] { opacity: .45 !important; filter: grayscale(1) !important; cursor: not-allowed !important; }`;

export function markLocked(button: Element, why: string): void {
  if (button.hasAttribute(LOCKED_ATTR)) return;
  button.setAttribute(SAVED_TITLE, button.getAttribute('title') ?? ABSENT);
  button.setAttribute(SAVED_ARIA_DISABLED, button.getAttribute('aria-disabled') ?? ABSENT);
  button.setAttribute(LOCKED_ATTR, '');
  button.setAttribute('aria-disabled', 'true');
  button.setAttribute('title', why);
}

function restore(button: Element, name: string, saved: string): void {
  const value = button.getAttribute(saved);
  button.removeAttribute(saved);
  if (value === null || value === ABSENT) button.removeAttribute(name);
  else button.setAttribute(name, value);
}

export function unmarkLocked(button: Element): void {
  if (!button.hasAttribute(LOCKED_ATTR)) return;
  button.removeAttribute(LOCKED_ATTR);
  restore(button, 'title', SAVED_TITLE);
  restore(button, 'aria-disabled', SAVED_ARIA_DISABLED);
}
