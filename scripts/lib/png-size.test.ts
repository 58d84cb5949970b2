import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STORE_SIZES, pngSize } from './png-size';

describe('pngSize', () => {
  it('reads the icons\' sizes', () => {
    for (const size of [16, 32, 48, 128]) expect(pngSize(readFileSync(new URL(`../../public/icons/icon-${size}.png`, import.meta.url)))).toEqual({ width: size, height: size });
  });

  it('refuses what is not a PNG', () => {
    expect(() => pngSize(Buffer.from('GIF89a, not a PNG at all'))).toThrow(/not a PNG/);
  });

  it('knows the stores\' picture sizes', () => {
    expect(STORE_SIZES).toEqual({ screenshot: { width: 1280, height: 800 }, smallScreenshot: { width: 640, height: 400 }, promoTile: { width: 440, height: 280 } });
  });
});
