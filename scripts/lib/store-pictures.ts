/**
 * The stores' pictures, made by `npm start -- --headless` from the demo's own
 * screenshots: each 1280×800 screenshot as it is and scaled to 640×400, and
 * the 440×280 promo tile, into screenshots/store/. Every file's size is read
 * back from the PNG and checked (a wrong size is refused at upload).
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT } from './paths';
import { STORE_SIZES, pngSize } from './png-size';

type Size = { width: number; height: number };

function checkSize(file: string, expected: Size): void {
  const actual = pngSize(readFileSync(file));
  if (actual.width !== expected.width || actual.height !== expected.height) {
    throw new Error(`${file} is ${actual.width}×${actual.height}, the stores take ${expected.width}×${expected.height}`);
  }
}

const dataUrl = (file: string) => `data:image/png;base64,${readFileSync(file).toString('base64')}`;

async function render(page: Page, size: Size, html: string, file: string): Promise<void> {
  await page.setViewportSize(size);
  await page.setContent(html, { waitUntil: 'load' });
  await page.screenshot({ path: file });
  checkSize(file, size);
}

const PROMO = (icon: string) => `<!doctype html><meta charset="utf-8"><style>
  body { margin: 0; width: 440px; height: 280px; overflow: hidden; font-family: Roboto, Arial, sans-serif; color: #fff;
         background: linear-gradient(135deg, #1a237e 0%, #283593 55%, #3949ab 100%); }
  .banner { height: 36px; background: #c62828; display: flex; align-items: center; justify-content: center;
            font-weight: 700; letter-spacing: .18em; font-size: 15px; }
  .body { display: flex; gap: 20px; align-items: center; height: 244px; box-sizing: border-box; padding: 0 28px 8px; }
  img { width: 96px; height: 96px; }
  h1 { margin: 0 0 10px; font-size: 32px; }
  p { margin: 0; font-size: 16px; line-height: 1.35; color: #e8eaf6; }
</style>
<div class="banner">PRODUCTION</div>
<div class="body"><img src="${icon}" alt=""><div><h1>Cluster Guard</h1>
<p>Know which cloud environment every console tab is in. Type its name before you delete in production.</p></div></div>`;

/** `screenshots` are 1280×800 pictures by name (their order is the listing's). Returns the files written. */
export async function storePictures(context: BrowserContext, screenshots: { name: string; file: string }[], outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const page = await context.newPage();
  try {
    for (const [i, { name, file }] of screenshots.entries()) {
      checkSize(file, STORE_SIZES.screenshot);
      const large = join(outDir, `screenshot-${i + 1}-${name}-1280x800.png`);
      copyFileSync(file, large);
      const small = join(outDir, `screenshot-${i + 1}-${name}-640x400.png`);
      const { width, height } = STORE_SIZES.smallScreenshot;
      await render(page, STORE_SIZES.smallScreenshot, `<!doctype html><style>body{margin:0}</style><img src="${dataUrl(file)}" width="${width}" height="${height}">`, small);
      written.push(large, small);
    }
    const tile = join(outDir, 'promo-tile-440x280.png');
    await render(page, STORE_SIZES.promoTile, PROMO(dataUrl(join(ROOT, 'public', 'icons', 'icon-128.png'))), tile);
    written.push(tile);
  } finally {
    await page.close();
  }
  return written;
}
