/**
 * Where the prompt sits across its dialog: the same distance in from the
 * dialog card's left and right edges in every console, whatever padding the
 * element it was placed in has (Google Cloud's and AWS's dialogs place it
 * in an unpadded surface, Azure's in a padded body). Pure.
 */

/** How far in from the card's edges, in CSS px: the content padding of Material's and Fluent's dialogs. */
export const PROMPT_INSET = 24;

/** The narrowest the prompt may become to keep the inset (a narrower card keeps the prompt as placed). */
const MIN_WIDTH = 160;

/** A box's left and right edges, in CSS px as laid out (before transforms). */
export interface Edges {
  left: number;
  right: number;
}

/**
 * The prompt host's new left and right margins so that its edges sit `inset`
 * in from the card's, from where it is now (`host`, with margins `current`).
 * null: leave it as it is.
 */
export function insetMargins(host: Edges, card: Edges, current: Edges, inset = PROMPT_INSET): Edges | null {
  if (!(card.right - card.left > 0) || !(host.right - host.left > 0)) return null;
  const left = current.left + inset - (host.left - card.left);
  const right = current.right + inset - (card.right - host.right);
  const width = host.right - host.left - (left - current.left) - (right - current.right);
  if (width < MIN_WIDTH) return null;
  return { left: Math.round(left * 10) / 10, right: Math.round(right * 10) / 10 };
}
