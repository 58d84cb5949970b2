/**
 * Serves pages at the real console URLs through request interception, so the
 * extension's real match patterns and document_start injection apply; other
 * Google hosts the pages might reach answer 404.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';
import { consoleKind, readFixtureOptions, servesSessionMeta, sessionMetaHtml } from './cloud-fixture-url';
import { CLOUD_CONSOLES, DEMO_CONSOLE, FIXTURES } from './paths';

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

/**
 * Every console URL answers with `answer(url)`. Serving again on the same
 * context takes precedence over what was served before (Playwright tries the
 * newest route first); the returned function removes this serving again.
 */
export async function serveAtConsole(context: BrowserContext, answer: (url: URL) => PageAnswer): Promise<() => Promise<void>> {
  const handler = (route: Route) => {
    const { status = 200, contentType = 'text/html; charset=utf-8', body } = answer(new URL(route.request().url()));
    return route.fulfill({ status, contentType, headers: { 'cache-control': 'no-store' }, body });
  };
  const notFound = (route: Route) => route.fulfill({ status: 404, body: '' });
  for (const pattern of CONSOLE_HOSTS) await context.route(pattern, handler);
  await context.route('https://www.gstatic.com/**', notFound);
  return async () => {
    for (const pattern of CONSOLE_HOSTS) await context.unroute(pattern, handler);
    await context.unroute('https://www.gstatic.com/**', notFound);
  };
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

const DEMO_ASSETS_PREFIX = '/__demo__/';
const DEMO_TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.json': 'application/json' };

/**
 * The demo console (demo/, an Angular single-page app built into
 * dist/demo-console): every console page answers with its index.html, as the
 * real console's server does for its client-side routes, and its files come
 * from under /__demo__/. Returns the function that stops serving it.
 */
export async function serveDemoConsole(context: BrowserContext): Promise<() => Promise<void>> {
  const index = join(DEMO_CONSOLE, 'index.html');
  if (!existsSync(index)) throw new Error(`${index} is missing: run \`npm run build:demo\` (part of \`npm run build\`) first.`);
  const page = readFileSync(index, 'utf8');
  return serveAtConsole(context, (url) => {
    if (!url.pathname.startsWith(DEMO_ASSETS_PREFIX)) return { body: page };
    const file = resolve(DEMO_CONSOLE, `.${url.pathname.slice(DEMO_ASSETS_PREFIX.length - 1)}`);
    if (!file.startsWith(DEMO_CONSOLE + sep) || !existsSync(file)) return { status: 404, body: '' };
    return { contentType: DEMO_TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file, 'utf8') };
  });
}

const CLOUD_ASSETS_PREFIX = '/__clouds__/';
const CLOUD_TYPES: Record<string, string> = { ...DEMO_TYPES, '.woff': 'font/woff', '.woff2': 'font/woff2', '.png': 'image/png' };

/**
 * The cloud-console fixture (e2e/cloud-consoles, React with the consoles'
 * own component libraries, built into dist/cloud-consoles) at the real AWS
 * console and Azure portal URLs: every host of ./cloud-fixture-url.ts
 * (AWS commercial, multi-session, GovCloud and China hosts; portal.azure.com,
 * preview. and ms.; *.reactblade.portal.azure.net) answers every page path
 * with its index.html, as those single-page apps' servers do, and its files
 * from under /__clouds__/. With `fx-scope=meta` (or `meta-changes`) the AWS session meta tag is
 * written into the served HTML's head, server-side as AWS does. Anything a
 * page of these hosts asks of another host answers 404 at once instead of
 * waiting on a network this machine does not have. Returns the function
 * that stops serving them.
 */
export async function serveCloudConsoles(context: BrowserContext): Promise<() => Promise<void>> {
  const index = join(CLOUD_CONSOLES, 'index.html');
  if (!existsSync(index)) throw new Error(`${index} is missing: run \`npm run build:clouds\` (part of \`npm run build\`) first.`);
  const page = readFileSync(index, 'utf8');
  const handler = (route: Route) => {
    const url = new URL(route.request().url());
    const kind = consoleKind(url);
    if (!kind) {
      // Another host: 404 when one of these consoles' pages asks for it, else whoever served it before (the Google console routes).
      return fromCloudPage(route) ? route.fulfill({ status: 404, body: '' }) : route.fallback();
    }
    if (url.pathname.startsWith(CLOUD_ASSETS_PREFIX)) {
      const file = resolve(CLOUD_CONSOLES, `.${url.pathname.slice(CLOUD_ASSETS_PREFIX.length - 1)}`);
      if (!file.startsWith(CLOUD_CONSOLES + sep) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ status: 200, contentType: CLOUD_TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    }
    const meta = kind === 'aws' && servesSessionMeta(readFixtureOptions(url)) ? sessionMetaHtml(url) : '';
    const body = meta ? page.replace(/<head>/i, `<head>\n    ${meta}`) : page;
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'cache-control': 'no-store' }, body });
  };
  await context.route('**/*', handler);
  return () => context.unroute('**/*', handler);
}

/** Was this request made by a document on one of the cloud consoles' hosts? */
function fromCloudPage(route: Route): boolean {
  try {
    const request = route.request();
    // A navigation's frame still shows the page it leaves: only subresources are judged by their document.
    return !request.isNavigationRequest() && consoleKind(new URL(request.frame().url())) !== null;
  } catch {
    return false; // a service worker's request has no frame
  }
}
