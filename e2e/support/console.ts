/**
 * Serves fixture pages at the real console URLs through request interception,
 * so the extension's real match patterns and document_start injection apply.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './paths';

export const CONSOLE = 'https://console.cloud.google.com';
/** The console for workforce identity federation users (no .com). */
export const WORKFORCE_CONSOLE = 'https://console.cloud.google';
const FIXTURE_SCRIPT_PREFIX = '/__fixtures__/';

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** Every console URL answers with `body(url)` (the console fixture by default); other Google hosts answer 404. */
export async function serveConsole(context: BrowserContext, body: (url: URL) => string = () => fixture('console.html')): Promise<void> {
  const handler = (route: Parameters<Parameters<BrowserContext['route']>[1]>[0]) => {
    const url = new URL(route.request().url());
    // Scripts the fixture pages load (e.g. the fake console's dialog code) come from e2e/fixtures.
    if (url.pathname.startsWith(FIXTURE_SCRIPT_PREFIX)) {
      const file = join(FIXTURES, url.pathname.slice(FIXTURE_SCRIPT_PREFIX.length));
      if (!file.startsWith(FIXTURES) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(file, 'utf8') });
    }
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: body(url) });
  };
  await context.route(`${CONSOLE}/**`, handler);
  await context.route('https://console.developers.google.com/**', handler);
  await context.route(`${WORKFORCE_CONSOLE}/**`, handler);
  await context.route('https://www.gstatic.com/**', (route) => route.fulfill({ status: 404, body: '' }));
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
      badge: document.documentElement.getAttribute('data-cluster-guard-badge'),
    };
  });
}
