/**
 * The tab icon that tells environments apart in the tab strip: a rounded
 * square in the environment colour with the label's first letter. Pure.
 * Returned as a `data:` URL for a <link rel="icon">; never inserted as markup.
 */
import { readableTextColor } from './contrast';

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function faviconDataUrl(color: string, label: string): string {
  const letter = escapeXml((label.trim().charAt(0) || '!').toUpperCase());
  const ink = readableTextColor(color);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">` +
    `<rect width="32" height="32" rx="7" fill="${color}"/>` +
    `<text x="16" y="23" font-family="Arial,Helvetica,sans-serif" font-size="21" font-weight="700" text-anchor="middle" fill="${ink}">${letter}</text>` +
    `</svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** Toolbar badges fit about four characters. */
export function badgeText(label: string): string {
  return label.trim().slice(0, 4);
}
