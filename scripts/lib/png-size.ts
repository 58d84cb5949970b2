/** A PNG's width and height, from its IHDR chunk (the first chunk, right after the 8-byte signature). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (bytes.length < 24 || bytes.readUInt32BE(0) !== 0x89504e47 || bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * The sizes the stores take: Chrome Web Store screenshots 1280×800 or 640×400 and the small promo tile 440×280
 * (https://developer.chrome.com/docs/webstore/images); addons.mozilla.org shows screenshots at 1280×800.
 */
export const STORE_SIZES = {
  screenshot: { width: 1280, height: 800 },
  smallScreenshot: { width: 640, height: 400 },
  promoTile: { width: 440, height: 280 },
} as const;
