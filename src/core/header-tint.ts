/**
 * The colours of the console header tint. The bar is painted in the
 * environment's own colour, opaque: a translucent wash over the console's
 * own bar mixes the two (Google Cloud's blue under production's red reads as
 * violet, a colour no environment has). The bar's text takes black or white,
 * whichever reads better on that colour (WCAG contrast, at least 4.5:1 for
 * every colour), and the bottom edge is the same colour darkened, so the bar
 * still stands apart from a page of that colour below it. Pure.
 */
import { parseHexColor, readableTextColor } from './contrast';

export interface HeaderTint {
  /** The environment's colour itself, `#rrggbb`. */
  background: string;
  text: '#000000' | '#ffffff';
  /** The bottom edge: the colour at 60% of its brightness. */
  edge: string;
}

const EDGE_SHADE = 0.6;

const toHex = (channels: readonly number[]) => `#${channels.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** `color` must be a `#rrggbb` (environments are checked when a policy is read). */
export function headerTint(color: string): HeaderTint {
  const channels = parseHexColor(color);
  return {
    background: toHex(channels),
    text: readableTextColor(color),
    edge: toHex(channels.map((c) => c * EDGE_SHADE)),
  };
}
