/**
 * The fake console for tests, served at the real console URLs (the shared
 * tools in scripts/lib/console-pages do the serving), and what tests read
 * back from a console tab.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { CONSOLE, WORKFORCE_CONSOLE, fixture, serveDemoConsole, serveFakeConsole } from '../../scripts/lib/console-pages';
import { clearSettings } from './extension-state';
import { test } from './test';

export { CONSOLE, WORKFORCE_CONSOLE, fixture };

/** Every console URL answers with `body(url)` (the console fixture by default); other Google hosts answer 404. */
export async function serveConsole(context: BrowserContext, body?: (url: URL) => string): Promise<void> {
  await serveFakeConsole(context, body);
}

export async function openConsole(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${CONSOLE}${path}`);
  return page;
}

/** What the markers show, read from the page as a user (or assistive tool) would see it. */
export async function readMarkers(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('cluster-guard-banner');
    const bar = host?.shadowRoot?.querySelector('.bar') as HTMLElement | null | undefined;
    const icons = [...document.querySelectorAll<HTMLLinkElement>('link[rel~="icon" i]')];
    return {
      banner: bar
        ? {
            text: bar.textContent ?? '',
            label: bar.querySelector('.label')?.textContent ?? '',
            project: bar.querySelector('.project')?.textContent ?? '',
            background: getComputedStyle(bar).backgroundColor,
            color: getComputedStyle(bar).color,
            rect: host!.getBoundingClientRect().toJSON() as DOMRect,
          }
        : null,
      title: document.title,
      favicons: icons.map((link) => link.href),
    };
  });
}

/** For the whole spec file: the demo console app served at the console's URL, and no stored settings before each test. */
export function serveDemoConsoleForFile(): void {
  let stopServing: (() => Promise<void>) | undefined;
  test.beforeAll(async ({ session }) => {
    stopServing = await serveDemoConsole(session.context);
  });
  test.afterAll(async () => {
    await stopServing?.();
  });
  test.beforeEach(async ({ session }) => {
    await clearSettings(session);
  });
}
