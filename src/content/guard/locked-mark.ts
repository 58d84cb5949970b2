/**
 * How a guarded action button looks locked: an attribute our page style
 * greys out, aria-disabled for assistive tech, and a tooltip saying why.
 * Shared by the guard and by the clean-up of a dead predecessor's marks.
 */
export const LOCKED_ATTR = 'data-cluster-guard-locked';

export const LOCKED_CSS = `[${LOCKED_ATTR}] { opacity: .45 !important; filter: grayscale(1) !important; cursor: not-allowed !important; }`;

export function markLocked(button: Element, why: string): void {
  if (button.hasAttribute(LOCKED_ATTR)) return;
  button.setAttribute(LOCKED_ATTR, '');
  button.setAttribute('aria-disabled', 'true');
  button.setAttribute('title', why);
}

export function unmarkLocked(button: Element): void {
  if (!button.hasAttribute(LOCKED_ATTR)) return;
  button.removeAttribute(LOCKED_ATTR);
  button.removeAttribute('aria-disabled');
  button.removeAttribute('title');
}
