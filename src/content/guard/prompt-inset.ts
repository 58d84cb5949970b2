/**
 * Keeps the prompt the same distance in from its dialog card's edges in
 * every console (core/prompt-text/inset), measured once it is placed and
 * again whenever the card changes size.
 */
import { insetMargins } from '../../core/prompt-text/inset';
import { forceStyles } from '../dom';
import { composedParent } from './flat-tree';

/** Opaque: the dialog's card paints its own background (a backdrop or a wrapper does not). */
function isCard(node: Element): node is HTMLElement {
  if (!(node instanceof HTMLElement)) return false;
  const background = getComputedStyle(node).backgroundColor;
  const alpha = /^rgba\(.*,\s*([\d.]+)\)$/.exec(background)?.[1];
  return background !== 'transparent' && (alpha === undefined || Number(alpha) === 1);
}

/** The card around `host`: its nearest opaque ancestor in the composed tree, short of the page itself. */
function cardOf(host: Element): HTMLElement | null {
  for (let node = composedParent(host); node; node = composedParent(node)) {
    if (node === document.body || node === document.documentElement) return null;
    if (isCard(node)) return node;
  }
  return null;
}

function fit(host: HTMLElement, card: HTMLElement): void {
  const cardRect = card.getBoundingClientRect();
  // A dialog opening with a scale animation: measure in layout pixels.
  const scale = card.offsetWidth > 0 ? cardRect.width / card.offsetWidth : 1;
  if (!(scale > 0)) return;
  const rect = host.getBoundingClientRect();
  const style = getComputedStyle(host);
  const margins = insetMargins(
    { left: (rect.left - cardRect.left) / scale, right: (rect.right - cardRect.left) / scale },
    { left: 0, right: card.offsetWidth },
    { left: parseFloat(style.marginLeft) || 0, right: parseFloat(style.marginRight) || 0 },
  );
  if (margins) forceStyles(host, { 'margin-left': `${margins.left}px`, 'margin-right': `${margins.right}px` });
}

/** Fits `host` into its card now and whenever the card resizes; returns what stops it. */
export function keepInset(host: HTMLElement): () => void {
  const card = cardOf(host);
  if (!card) return () => undefined;
  fit(host, card);
  const observer = new ResizeObserver(() => {
    if (!host.isConnected) observer.disconnect();
    else fit(host, card);
  });
  observer.observe(card);
  return () => observer.disconnect();
}
