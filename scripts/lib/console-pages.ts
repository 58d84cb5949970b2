/**
 * Serves pages at the real console URLs through request interception, so the
 * extension's real match patterns and document_start injection apply; other
 * Google hosts the pages might reach answer 404.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';
import { FIXTURES } from './paths';

export const CONSOLE = 'https://console.cloud.google.com';
/** The console for workforce identity federation users (no .com). */
export const WORKFORCE_CONSOLE = 'https://console.cloud.google';
const CONSOLE_HOSTS = [`${CONSOLE}/**`, `${WORKFORCE_CONSOLE}/**`, 'https://console.developers.google.com/**'];
const FIXTURE_SCRIPT_PREFIX = '/__fixtures__/';

export interface PageAnswer {
  status?: number;
  contentType?: string;
  body: string;
}

/** Every console URL answers with `answer(url)`. */
export async function serveAtConsole(context: BrowserContext, answer: (url: URL) => PageAnswer): Promise<void> {
  const handler = (route: Route) => {
    const { status = 200, contentType = 'text/html; charset=utf-8', body } = answer(new URL(route.request().url()));
    return route.fulfill({ status, contentType, headers: { 'cache-control': 'no-store' }, body });
  };
  for (const pattern of CONSOLE_HOSTS) await context.route(pattern, handler);
  await context.route('https://www.gstatic.com/**', (route) => route.fulfill({ status: 404, body: '' }));
}

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/**
 * The fake console: every console URL answers with `body(url)` (the console
 * fixture by default); scripts the fixture pages load (the fake console's
 * dialog code) come from e2e/fixtures under /__fixtures__/.
 */
export async function serveFakeConsole(context: BrowserContext, body: (url: URL) => string = () => fixture('console.html')): Promise<void> {
  await serveAtConsole(context, (url) => {
    if (!url.pathname.startsWith(FIXTURE_SCRIPT_PREFIX)) return { body: body(url) };
    const file = join(FIXTURES, url.pathname.slice(FIXTURE_SCRIPT_PREFIX.length));
    if (!file.startsWith(FIXTURES) || !existsSync(file)) return { status: 404, body: '' };
    return { contentType: 'text/javascript', body: readFileSync(file, 'utf8') };
  });
}
