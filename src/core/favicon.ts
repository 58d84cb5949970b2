/**
 * The tab icon that tells environments apart in the tab strip: a rounded
 * square in the environment colour with the label's first letter. Pure.
 * Returned as a `data:` URL for a <link rel="icon">; never inserted as markup.
 */
import { readableTextColor } from './contrast';

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The first code point of `label`, never half of a surrogate pair: a lone
 * surrogate (e.g. from a label starting with an emoji) makes
 * encodeURIComponent throw.
 */
function firstLetter(label: string): string {
  const first = Array.from(label.trim())[0];
  if (!first) return '!';
  return /^[\uD800-\uDFFF]$/.test(first) ? '\uFFFD' : first;
}

export function faviconDataUrl(color: string, label: string): string {
  const letter = escapeXml(firstLetter(label).toUpperCase());
  const ink = readableTextColor(color);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">` +
    `<rect width="32" height="32" rx="7" fill="${color}"/>` +
    `<text x="16" y="23" font-family="Arial,Helvetica,sans-serif" font-size="21" font-weight="700" text-anchor="middle" fill="${ink}">${letter}</text>` +
    `</svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** Toolbar badges fit about four characters (code points: never half an emoji). */
export function badgeText(label: string): string {
  return Array.from(label.trim()).slice(0, 4).join('');
}
