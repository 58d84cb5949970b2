import { describe, expect, it } from 'vitest';
import { badgeText, faviconDataUrl } from './favicon';

const PREFIX = 'data:image/svg+xml,';

function decode(url: string): string {
  expect(url.startsWith(PREFIX)).toBe(true);
  return decodeURIComponent(url.slice(PREFIX.length));
}

/** The text content of the icon's <text> element. */
function letterOf(svg: string): string | undefined {
  return /<text [^>]*>([^<]*)<\/text>/.exec(svg)?.[1];
}

describe('faviconDataUrl', () => {
  it('is an SVG data URL with the colour and the label initial', () => {
    const url = faviconDataUrl('#c5221f', 'PROD');
    const svg = decode(url);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).toContain('fill="#c5221f"');
    expect(letterOf(svg)).toBe('P');
  });

  it('uses readable ink for the letter', () => {
    expect(decode(faviconDataUrl('#c5221f', 'PROD'))).toMatch(/<text [^>]*fill="#ffffff"/);
    expect(decode(faviconDataUrl('#f9ab00', 'STG'))).toMatch(/<text [^>]*fill="#000000"/);
  });

  it('percent-encodes the SVG so the URL has no raw markup, quotes, spaces or #', () => {
    const url = faviconDataUrl('#188038', 'DEV');
    expect(url.slice(PREFIX.length)).not.toMatch(/[<>"# ]/);
  });

  it('upper-cases the first letter and skips leading spaces', () => {
    expect(letterOf(decode(faviconDataUrl('#188038', 'dev')))).toBe('D');
    expect(letterOf(decode(faviconDataUrl('#188038', '   staging')))).toBe('S');
  });

  it('falls back to ! for an empty or blank label', () => {
    expect(letterOf(decode(faviconDataUrl('#188038', '')))).toBe('!');
    expect(letterOf(decode(faviconDataUrl('#188038', '   ')))).toBe('!');
  });

  it.each([
    ['<b>', '&#60;'],
    ['&amp', '&#38;'],
    ['>x', '&#62;'],
    ['"x', '&#34;'],
    ["'x", '&#39;'],
  ])('escapes the label %j', (label, escaped) => {
    const svg = decode(faviconDataUrl('#188038', label));
    expect(letterOf(svg)).toBe(escaped);
    // Nothing injected: the same markup as for a plain letter.
    expect(svg.match(/[<>"]/g)).toEqual(decode(faviconDataUrl('#188038', 'P')).match(/[<>"]/g));
  });

  it('keeps a label starting with an emoji whole instead of throwing', () => {
    const svg = decode(faviconDataUrl('#c5221f', '🔥PROD'));
    expect(letterOf(svg)).toBe('🔥');
  });

  it('replaces a lone surrogate instead of throwing', () => {
    expect(letterOf(decode(faviconDataUrl('#c5221f', '\uD83D')))).toBe('\uFFFD');
    expect(letterOf(decode(faviconDataUrl('#c5221f', '\uDE00x')))).toBe('\uFFFD');
  });

  it('throws on a colour that is not #rrggbb', () => {
    expect(() => faviconDataUrl('red', 'PROD')).toThrow('not a #rrggbb colour: red');
    expect(() => faviconDataUrl('#c5221f" onload="x', 'PROD')).toThrow();
  });
});

describe('badgeText', () => {
  it('keeps short labels', () => {
    expect(badgeText('PROD')).toBe('PROD');
    expect(badgeText('STG')).toBe('STG');
    expect(badgeText('')).toBe('');
  });

  it('truncates to four characters', () => {
    expect(badgeText('PRODUCTION')).toBe('PROD');
    expect(badgeText('ABCDE')).toBe('ABCD');
  });

  it('trims before truncating', () => {
    expect(badgeText('  STAGING  ')).toBe('STAG');
    expect(badgeText(' DEV ')).toBe('DEV');
  });

  it('never cuts an emoji in half', () => {
    expect(badgeText('ABC🔥D')).toBe('ABC🔥');
    expect(badgeText('🔥🔥🔥🔥🔥')).toBe('🔥🔥🔥🔥');
    // A lone surrogate half cannot be percent-encoded.
    expect(() => encodeURIComponent(badgeText('ABC🔥D'))).not.toThrow();
  });
});
