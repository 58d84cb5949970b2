/**
 * Pictures of the extension's own pages for the README, taken by `npm start`
 * when it runs headless: the toolbar popup for a console tab, and the
 * settings page in a clean state, light and dark. Chromium only: its
 * extension pages are ordinary pages of the persistent context.
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { storage } from '../../src/platform/storage';

/** The browser's id of the tab showing `project`, from the tab states the background keeps; null until that tab has reported. */
export async function tabIdFor(worker: Worker, project: string): Promise<number | null> {
  const id = await worker.evaluate(
    async ([area, key, wanted]) => {
      const api = (globalThis as any).chrome; // the extension's service worker
      const states = ((await api.storage[area].get(key))[key] ?? {}) as Record<string, { project: string | null }>;
      return Object.keys(states).find((tabId) => states[tabId]!.project === wanted) ?? null;
    },
    [storage.tabStates.area, storage.tabStates.key, project] as const,
  );
  return id === null ? null : Number(id);
}

/** The popup as the toolbar shows it for `project`'s tab (the toolbar passes the active tab; `?tab=` names it). */
export async function popupPicture(context: BrowserContext, worker: Worker, extensionId: string, project: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 380, height: 560 });
  const tabId = await tabIdFor(worker, project);
  if (tabId === null) throw new Error(`no tab state for ${project}`);
  await page.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
  await page.locator('section[aria-labelledby="this-tab"] .environment').waitFor();
  // The toolbar sizes the popup to its content: so does the picture.
  const height = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
  await page.setViewportSize({ width: 380, height: Math.min(Math.max(height, 200), 600) });
  return page;
}

/** The settings page with nothing of one's own yet, in the given colour scheme. */
export async function optionsPicture(context: BrowserContext, extensionId: string, scheme: 'light' | 'dark'): Promise<Page> {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await page.getByRole('button', { name: 'Add rule' }).waitFor();
  return page;
}
