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

/**
 * Marks `button` locked, or marks it again when the page changed our marks
 * since (a framework re-rendering its own `aria-disabled` binding): what the
 * page wrote meanwhile is what it wants after unlock, so it is saved.
 */
export function markLocked(button: Element, why: string): void {
  const title = button.getAttribute('title');
  const ariaDisabled = button.getAttribute('aria-disabled');
  if (!button.hasAttribute(LOCKED_ATTR)) {
    button.setAttribute(SAVED_TITLE, title ?? ABSENT);
    button.setAttribute(SAVED_ARIA_DISABLED, ariaDisabled ?? ABSENT);
    button.setAttribute(LOCKED_ATTR, '');
  } else {
    if (title !== why) button.setAttribute(SAVED_TITLE, title ?? ABSENT);
    if (ariaDisabled !== 'true') button.setAttribute(SAVED_ARIA_DISABLED, ariaDisabled ?? ABSENT);
  }
  if (ariaDisabled !== 'true') button.setAttribute('aria-disabled', 'true');
  if (title !== why) button.setAttribute('title', why);
}

/** The attributes a page may rewrite under a lock; watch them to mark again. */
export const MARKED_ATTRIBUTES = ['aria-disabled', 'title'];

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
