/**
 * `npm start`: the built extension in Chromium on a bundled demo console
 * (fixture pages served at the real console URL; no Google account needed).
 *
 * With a display it opens a window with three console tabs (production with
 * a guarded delete dialog, staging, development) and waits until you close
 * it. Without one (or with --headless) it writes screenshots of the marked
 * tabs to ./screenshots/ and exits.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { DIALOG_FIXTURES } from '../e2e/fixtures/dialogs/catalog';
import { storage } from '../src/platform/storage';
import { launchBrowser } from './lib/browsers';
import { CONSOLE, serveFakeConsole } from './lib/console-pages';
import { ROOT } from './lib/paths';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outDir = resolve(ROOT, 'screenshots');

const TABS = [
  { name: 'production', path: '/kubernetes/clusters/details/us-central1/orders/details?project=acme-prod-1' },
  { name: 'staging', path: '/kubernetes/clusters/details/us-central1/orders/details?project=acme-stg-1' },
  { name: 'development', path: '/kubernetes/list/overview?project=acme-dev-1' },
] as const;

/** Draws the three tabs' real titles and favicons side by side, the way a tab strip shows them. */
async function tabStripPicture(page: Page, tabs: { title: string; favicon: string; badge: string }[]): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 120 });
  await page.evaluate((items) => {
    document.title = 'Tab strip';
    document.body.style.cssText = 'margin:0;background:#dee1e6;font:13px Roboto,Arial,sans-serif';
    const strip = document.createElement('div');
    strip.style.cssText = 'display:flex;gap:2px;padding:8px 8px 0';
    for (const item of items) {
      const tab = document.createElement('div');
      tab.style.cssText = 'display:flex;align-items:center;gap:8px;width:300px;padding:8px 12px;background:#fff;border-radius:8px 8px 0 0;overflow:hidden;white-space:nowrap';
      const icon = document.createElement('img');
      icon.src = item.favicon;
      icon.width = 16;
      icon.height = 16;
      const title = document.createElement('span');
      title.textContent = item.title;
      title.style.cssText = 'overflow:hidden;text-overflow:ellipsis';
      tab.append(icon, title);
      strip.append(tab);
    }
    const caption = document.createElement('div');
    caption.style.cssText = 'padding:10px 12px;color:#3c4043;background:#fff';
    caption.textContent = `Toolbar badge per tab: ${items.map((item) => item.badge).join(' / ')}  (titles, icons and badges read from the three real tabs)`;
    document.body.replaceChildren(strip, caption);
  }, tabs);
}

/** What the tab strip shows of a tab: its title and its first icon. */
function tabLook(page: Page): Promise<{ title: string; favicon: string }> {
  return page.evaluate(() => ({ title: document.title, favicon: document.querySelector<HTMLLinkElement>('link[rel~="icon" i]')?.href ?? '' }));
}

/** The toolbar badge the browser holds for the tab showing `project`, once that tab has reported it. */
async function badgeFor(worker: Worker, project: string): Promise<string> {
  const read = () =>
    worker.evaluate(
      async ([area, key, wanted]) => {
        const api = (globalThis as any).chrome; // the extension's service worker
        const states = ((await api.storage[area].get(key))[key] ?? {}) as Record<string, { project: string | null }>;
        const tabId = Object.keys(states).find((id) => states[id]!.project === wanted);
        return tabId === undefined ? null : (api.action.getBadgeText({ tabId: Number(tabId) }) as Promise<string>);
      },
      [storage.tabStates.area, storage.tabStates.key, project] as const,
    );
  for (let tries = 0; tries < 100; tries++) {
    const badge = await read();
    if (badge) return badge;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`the ${project} tab never got a badge`);
}

async function main(): Promise<void> {
  const session = await launchBrowser('chromium', { headless });
  await serveFakeConsole(session.context);
  await session.context.route('https://demo.cluster-guard.invalid/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>demo</title>' }));

  const pages: Page[] = [];
  for (const tab of TABS) {
    const page = await session.context.newPage();
    await page.goto(`${CONSOLE}${tab.path}`);
    pages.push(page);
  }
  const badges = await Promise.all(TABS.map((tab) => badgeFor(session.serviceWorker!, new URL(tab.path, CONSOLE).searchParams.get('project')!)));

  // The production tab: someone is about to delete a cluster.
  const production = pages[0]!;
  const fixture = DIALOG_FIXTURES.find((candidate) => candidate.id === 'gke-cluster-delete-en')!;
  await production.waitForFunction(() => Boolean((window as unknown as { consoleDialogs?: unknown }).consoleDialogs));
  await production.evaluate((f) => void (window as unknown as { consoleDialogs: { open(f: unknown): void } }).consoleDialogs.open(f), fixture);
  await production.locator(fixture.consoleInputSelector!).fill(fixture.requiredConsoleText!);
  await production.locator(fixture.confirmSelector).click({ force: true }); // blocked: the prompt says why

  if (!headless) {
    console.log(`Cluster Guard demo: ${TABS.length} console tabs are open at ${CONSOLE}. Close the browser window to finish.`);
    await new Promise<void>((done) => session.context.once('close', () => done()));
    return;
  }

  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const shot = async (page: Page, name: string) => {
    const file = join(outDir, `${name}.png`);
    await page.bringToFront();
    await page.screenshot({ path: file });
    written.push(file);
  };
  await shot(production, 'demo-production-guarded-delete');
  await production.evaluate(() => (window as unknown as { consoleDialogs: { close(): void } }).consoleDialogs.close());
  for (const [i, tab] of TABS.entries()) await shot(pages[i]!, `demo-${tab.name}`);

  const looks = await Promise.all(pages.map((page) => tabLook(page)));
  const strip = await session.context.newPage();
  await strip.goto('https://demo.cluster-guard.invalid/tabs');
  await tabStripPicture(strip, looks.map((look, i) => ({ ...look, badge: badges[i]! })));
  await shot(strip, 'demo-tab-strip');

  await session.close();
  console.log(`No display: wrote ${written.length} screenshots of the marked demo tabs to ${outDir}/`);
  for (const file of written) console.log(`  ${file}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
