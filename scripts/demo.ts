/**
 * `npm start`: the built extension in Chromium on the demo console, an
 * Angular + Angular Material single-page app like the Google Cloud console
 * (demo/, built into dist/demo-console) served at the real console URLs; no
 * Google account needed.
 *
 * Three console tabs: production, staging, development. With a display it
 * opens a window with production's delete-cluster dialog open and waits
 * until you close it. Without one (or with --headless) it writes screenshots
 * to ./screenshots/ and exits, with a guarded delete on the AWS console and
 * the Azure portal too (scripts/lib/cloud-pictures), and the stores' pictures
 * made from them into ./screenshots/store/ (scripts/lib/store-pictures).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page, Worker } from 'playwright-core';
import { clusterListPath } from '../demo/src/data';
import { STRINGS, type Lang } from '../demo/src/i18n';
import { launchBrowser } from './lib/browsers';
import { optionsPicture, popupPicture, tabIdFor } from './lib/extension-pictures';
import { cloudPictures } from './lib/cloud-pictures';
import { storePictures } from './lib/store-pictures';
import { CONSOLE, serveDemoConsole } from './lib/console-pages';
import { ROOT } from './lib/paths';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outDir = resolve(ROOT, 'screenshots');
/** The app compiles its components when it starts: allow for a slow machine. */
const APP_START = 60_000;

const TABS = [
  { name: 'production', project: 'acme-prod-1' },
  { name: 'staging', project: 'acme-stg-1' },
  { name: 'development', project: 'acme-dev-1' },
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
  for (let tries = 0; tries < 100; tries++) {
    const tabId = await tabIdFor(worker, project);
    const badge = tabId === null ? null : await worker.evaluate((id) => (globalThis as any).chrome.action.getBadgeText({ tabId: id }) as Promise<string>, tabId);
    if (badge) return badge;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`the ${project} tab never got a badge`);
}

async function openConsoleTab(page: Page, path: string): Promise<void> {
  await page.goto(`${CONSOLE}${path}`);
  await page.locator('main.page h1').waitFor({ timeout: APP_START });
}

/** Opens the delete-cluster dialog from the cluster's row menu, as a person would. */
async function openDeleteDialog(page: Page, cluster: string, lang: Lang): Promise<Locator> {
  const t = STRINGS[lang];
  await page.getByRole('button', { name: t.rowActions(cluster) }).click();
  await page.getByRole('menuitem', { name: t.delete }).click();
  const dialog = page.getByRole('dialog', { name: t.deleteTitle });
  await dialog.waitFor();
  return dialog;
}

/**
 * Someone about to delete a production cluster: the console's own check is
 * satisfied (the cluster's name typed), Delete is pressed, and the
 * extension's prompt says it is blocked until "production" is typed.
 */
async function attemptDelete(page: Page, cluster: string, lang: Lang): Promise<void> {
  const t = STRINGS[lang];
  await page.bringToFront(); // a background tab does not run the dialog's opening animation
  const dialog = await openDeleteDialog(page, cluster, lang);
  // The prompt's inside is a closed shadow root (out of the page's reach, and Playwright's): its host says it is there.
  await page.locator('cluster-guard-prompt').waitFor();
  await dialog.getByRole('textbox', { name: t.typeClusterName }).pressSequentially(cluster);
  await dialog.getByRole('button', { name: t.delete, exact: true }).click({ force: true }); // blocked: the prompt says why
  await page.waitForTimeout(300); // the dialog's opening animation and the prompt's message
}

/** Japanese text needs a Japanese font (`npm run setup` installs fonts-ipafont-gothic); without one the picture would show boxes. */
function hasJapaneseFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const session = await launchBrowser('chromium', { headless });
  await serveDemoConsole(session.context);
  await session.context.route('https://demo.cluster-guard.invalid/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>demo</title>' }));

  const pages: Page[] = [];
  for (const tab of TABS) {
    const page = await session.context.newPage();
    if (headless) await page.setViewportSize({ width: 1280, height: 800 });
    await openConsoleTab(page, clusterListPath(tab.project));
    pages.push(page);
  }
  const badges = await Promise.all(TABS.map((tab) => badgeFor(session.serviceWorker!, tab.project)));
  const production = pages[0]!;

  if (!headless) {
    await production.bringToFront();
    await openDeleteDialog(production, 'orders', 'en');
    console.log(
      `Cluster Guard demo: ${TABS.length} console tabs are open at ${CONSOLE} (production, staging, development).\n` +
        'In production, the delete-cluster dialog asks for "production" before its Delete can act; staging and development do not.\n' +
        'Switch projects with the project switcher in the blue bar. Close the browser window to finish.',
    );
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

  for (const [i, tab] of TABS.entries()) await shot(pages[i]!, `demo-${tab.name}`);

  const looks = await Promise.all(pages.map((page) => tabLook(page)));
  const strip = await session.context.newPage();
  await strip.goto('https://demo.cluster-guard.invalid/tabs');
  await tabStripPicture(strip, looks.map((look, i) => ({ ...look, badge: badges[i]! })));
  await shot(strip, 'demo-tabs');
  await strip.close();

  await attemptDelete(production, 'orders', 'en');
  await shot(production, 'demo-production-delete-guarded');

  const popup = await popupPicture(session.context, session.serviceWorker!, session.extensionId!, 'acme-prod-1');
  await shot(popup, 'popup-production');
  await popup.close();
  for (const scheme of ['light', 'dark'] as const) {
    const options = await optionsPicture(session.context, session.extensionId!, scheme);
    await shot(options, `options-${scheme}`);
    await options.close();
  }

  // Last: it stores a personal rule (an Azure subscription), which the settings pictures above must not show.
  await cloudPictures(session.context, session.serviceWorker!, shot);

  if (hasJapaneseFont()) {
    const japanese = await session.context.newPage();
    await japanese.setViewportSize({ width: 1280, height: 800 });
    await openConsoleTab(japanese, clusterListPath('acme-prod-1', 'ja'));
    await attemptDelete(japanese, 'orders', 'ja');
    await shot(japanese, 'demo-production-delete-guarded-ja');
  } else {
    console.log('No Japanese font installed (run `npm run setup`, or Debian: fonts-ipafont-gothic): skipped the Japanese (hl=ja) dialog picture.');
  }

  const inStore = ['demo-production-delete-guarded', 'demo-production', 'demo-aws-delete-guarded', 'demo-azure-delete-guarded', 'demo-production-delete-guarded-ja'];
  const storeShots = inStore.map((name) => ({ name: name.replace(/^demo-/, ''), file: join(outDir, `${name}.png`) })).filter(({ file }) => written.includes(file));
  written.push(...(await storePictures(session.context, storeShots, join(outDir, 'store'))));

  await session.close();
  console.log(`No display: wrote ${written.length} screenshots of the demo console with the extension to ${outDir}/`);
  for (const file of written) console.log(`  ${file}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
