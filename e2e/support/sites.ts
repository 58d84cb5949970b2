/**
 * Serves the self-hosted cluster UI fixture (e2e/site-uis: PatternFly, MUI
 * and @grafana/ui dialogs, EUI's and Argo CD's published markup; built into
 * dist/site-uis by `npm run build:sites`) at the UIs' site URLs, production
 * and development hosts alike, through request interception: every page
 * path answers with its index.html, as those single-page apps' servers do,
 * and its files come from under /__sites__/. Anything else a page of these
 * hosts asks for answers 404 at once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';
import { ROOT } from '../../scripts/lib/paths';
import { SITE_UIS } from '../../scripts/lib/site-ui-cases';

export { SITE_CASES, SITE_UIS, siteCaseUrl, confirmSelector, type SiteCase, type SiteUi } from '../../scripts/lib/site-ui-cases';

export const SITE_UIS_DIST = join(ROOT, 'dist', 'site-uis');
const ASSETS_PREFIX = '/__sites__/';
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

const HOSTS = Object.values(SITE_UIS).flatMap((info) => [info.host, info.devHost]);

/** Serves every site UI host on `context`; returns the function that stops serving them. */
export async function serveSiteUis(context: BrowserContext): Promise<() => Promise<void>> {
  const index = join(SITE_UIS_DIST, 'index.html');
  if (!existsSync(index)) throw new Error(`${index} is missing: run \`npm run build:sites\` (part of \`npm run build\`) first.`);
  const page = readFileSync(index, 'utf8');
  const handler = (route: Route) => {
    const url = new URL(route.request().url());
    if (!url.pathname.startsWith(ASSETS_PREFIX)) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'cache-control': 'no-store' }, body: page });
    const file = resolve(SITE_UIS_DIST, `.${url.pathname.slice(ASSETS_PREFIX.length - 1)}`);
    if (!file.startsWith(SITE_UIS_DIST + sep) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  };
  const patterns = HOSTS.map((host) => `https://${host}/**`);
  for (const pattern of patterns) await context.route(pattern, handler);
  return async () => {
    for (const pattern of patterns) await context.unroute(pattern, handler);
  };
}
