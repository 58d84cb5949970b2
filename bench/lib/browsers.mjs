/**
 * Launches Debian Chromium or Firefox ESR, WITH or WITHOUT the built extension,
 * otherwise with identical flags/prefs (copied from the recipes in
 * ../shared/design.md and e2e/support/launch.ts), and serves bench pages at
 * the real console URL through request interception so the content script
 * injects exactly as on the real site.
 */
import { chromium, firefox } from 'playwright-core';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PAGES = join(ROOT, 'bench', 'pages');
export const CONSOLE = 'https://console.cloud.google.com';
const CHROME_BUILD = join(ROOT, 'dist', 'chrome');
const VERSION = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')).version;
const FIREFOX_XPI = join(ROOT, 'dist', `cluster-guard-firefox-${VERSION}.xpi`);
/** Same as GECKO_ID in src/build/manifest.ts (not imported: that file is TypeScript). */
const GECKO_ID = readGeckoId();

function readGeckoId() {
  const source = readFileSync(join(ROOT, 'src', 'build', 'manifest.ts'), 'utf8');
  const match = source.match(/GECKO_ID\s*=\s*'([^']+)'/);
  if (!match) throw new Error('cannot read GECKO_ID from src/build/manifest.ts');
  return match[1];
}

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const FIREFOX_PREFS = {
  'xpinstall.signatures.required': false,
  'extensions.autoDisableScopes': 0,
  'extensions.enabledScopes': 15,
};

/**
 * @param {'chromium'|'firefox'} kind
 * @param {boolean} withExtension
 * @returns {Promise<{kind: string, withExtension: boolean, context: import('playwright-core').BrowserContext, profile: string|null, close(): Promise<void>}>}
 */
export async function launch(kind, withExtension) {
  if (kind === 'chromium') {
    if (withExtension && !existsSync(join(CHROME_BUILD, 'manifest.json'))) throw new Error('dist/chrome missing: run npm run build');
    const extensionFlags = withExtension ? [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`] : [];
    const context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...extensionFlags, ...CHROMIUM_FLAGS],
    });
    if (withExtension) {
      // The service worker's presence proves the extension is loaded.
      if (!context.serviceWorkers()[0]) await context.waitForEvent('serviceworker', { timeout: 15_000 });
    }
    await servePages(context);
    return { kind, withExtension, context, profile: null, close: () => context.close() };
  }
  if (withExtension && !existsSync(FIREFOX_XPI)) throw new Error(`${FIREFOX_XPI} missing: run npm run build`);
  const profile = mkdtempSync(join(tmpdir(), `cluster-guard-bench-ff-${withExtension ? 'ext' : 'bare'}-`));
  mkdirSync(join(profile, 'extensions'));
  if (withExtension) copyFileSync(FIREFOX_XPI, join(profile, 'extensions', `${GECKO_ID}.xpi`));
  const context = await firefox.launchPersistentContext(profile, {
    executablePath: FIREFOX_PATH,
    channel: 'moz-firefox',
    headless: true,
    firefoxUserPrefs: { ...FIREFOX_PREFS },
  });
  await servePages(context);
  return {
    kind,
    withExtension,
    context,
    profile,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const pageCache = new Map();
export function pageSource(name) {
  if (!pageCache.has(name)) pageCache.set(name, readFileSync(join(PAGES, name), 'utf8'));
  return pageCache.get(name);
}

/** `/bench/<name>.html/...?project=...` on the console host answers with bench/pages/<name>.html. */
async function servePages(context) {
  await context.route(`${CONSOLE}/**`, (route) => {
    const url = new URL(route.request().url());
    const name = url.pathname.match(/^\/bench\/([a-z0-9-]+\.html)/)?.[1];
    if (!name || !existsSync(join(PAGES, name))) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: { 'cache-control': 'no-store' },
      body: pageSource(name),
    });
  });
  await context.route('https://www.gstatic.com/**', (route) => route.fulfill({ status: 404, body: '' }));
}

/** Waits until the content script has marked (or, without the extension, the page settled). */
export async function waitForMarkers(page, label, withExtension) {
  if (!withExtension) return;
  await page.waitForFunction(
    (expected) => document.querySelector('cluster-guard-banner')?.shadowRoot?.querySelector('.label')?.textContent === expected,
    label,
    { timeout: 10_000 },
  );
}
