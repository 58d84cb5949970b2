/**
 * The benchmark's browsers: launched by the shared launcher
 * (scripts/lib/browsers) WITH or WITHOUT the built extension, otherwise
 * identically, and serving bench/pages at the real console URL so the
 * content script injects exactly as on the real site.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, type BrowserKind, type LaunchedBrowser } from '../../scripts/lib/browsers';
import { CONSOLE, serveAtConsole } from '../../scripts/lib/console-pages';
import { ROOT } from '../../scripts/lib/paths';
import { debuggerServerPrefs, freePort } from '../../scripts/lib/firefox-background';
import { letIntoSite, serveAtSite } from './site-access';

export { CONSOLE, ROOT };
export const PAGES = join(ROOT, 'bench', 'pages');

const pageCache = new Map<string, string>();
export function pageSource(name: string): string {
  if (!pageCache.has(name)) pageCache.set(name, readFileSync(join(PAGES, name), 'utf8'));
  return pageCache.get(name)!;
}

/**
 * `/bench/<name>.html/...?project=...` on the console host, and the same path on the site host
 * (bench/lib/site-access), answer with bench/pages/<name>.html. With the extension, the site is
 * named production and the extension let in there; Firefox gets its devtools server for that in
 * both sessions, so they stay alike.
 */
export async function launch(kind: BrowserKind, withExtension: boolean, build?: { chromeFolder: string; firefoxXpi: string }): Promise<LaunchedBrowser> {
  const debuggerPort = kind === 'firefox' ? await freePort() : null;
  const session = await launchBrowser(kind, {
    extension: withExtension,
    build,
    ...(debuggerPort ? { args: ['--start-debugger-server'] } : {}),
    // Firefox rounds performance.now() to 1 ms by default: too coarse for the start-up and policy-load figures.
    firefoxPrefs: { 'privacy.reduceTimerPrecision': false, ...(debuggerPort ? debuggerServerPrefs(debuggerPort) : {}) },
  });
  const answer = (url: URL) => {
    const name = url.pathname.match(/^\/bench\/([a-z0-9-]+\.html)/)?.[1];
    if (!name || !existsSync(join(PAGES, name))) return { status: 404, contentType: 'text/plain', body: 'not found' };
    return { body: pageSource(name) };
  };
  await serveAtConsole(session.context, answer);
  await serveAtSite(session.context, answer);
  if (withExtension) {
    try {
      await letIntoSite(session, debuggerPort);
    } catch (error) {
      await session.close();
      throw error;
    }
  }
  return session;
}

/** Waits until the content script has marked the page (without the extension there is nothing to wait for). */
export async function waitForMarkers(page: Page, label: string, withExtension: boolean): Promise<void> {
  if (!withExtension) return;
  await page.waitForFunction(
    (expected) => document.querySelector('cluster-guard-banner')?.shadowRoot?.querySelector('.label')?.textContent === expected,
    label,
    { timeout: 10_000 },
  );
}
