/**
 * The banner display preference (policy `banner`), in both browsers: the
 * tall banner and the page moved down by exactly its height, a live switch
 * without reload, the team's choice over the personal one, the opt-in tint
 * of the console's header (found by role, by geometry, never a heading),
 * removed when turned off, and the banner unchanged when there is no header.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/test';
import { fixture, openConsole } from './support/console';
import { clearSettings, storeSettings } from './support/extension-state';
import type { ExtensionSession } from './support/launch';
import { serveAtConsole } from '../scripts/lib/console-pages';
import { LOCAL_KEYS } from '../src/platform/storage-keys';

const TINT_ATTR = 'data-cluster-guard-header-tint';
const PROD_RED = 'rgb(197, 34, 31)';

/** A console page whose top bar is a plain fixed <div>: no <header>, no role, no console class. */
const GEOMETRY_HEADER = `<!doctype html><html><head><title>Geometry – Google Cloud console</title>
<style>body { margin: 0; font-family: sans-serif; } #topbar { position: fixed; top: 0; left: 0; right: 0; height: 56px; background: #eeeeee; }
.content { position: absolute; top: 56px; left: 0; right: 0; }</style></head>
<body><div id="topbar"><span>Console</span></div><div class="content"><h1 id="heading">Clusters</h1></div></body></html>`;

/** A page with no top bar: a full-width heading at the top, which must never be taken for one. */
const NO_HEADER = `<!doctype html><html><head><title>Bare – Google Cloud console</title>
<style>body { margin: 0; font-family: sans-serif; } h1 { margin: 0; padding: 8px; background: #dddddd; }</style></head>
<body><h1 id="heading">A page without a top bar</h1><p id="text">Text</p></body></html>`;

let stopServing: (() => Promise<void>) | null = null;

test.beforeEach(async ({ session }) => {
  await clearSettings(session);
  await session.evaluateInBackground(`chrome.storage.local.remove(${JSON.stringify([LOCAL_KEYS.teamPolicy, LOCAL_KEYS.teamPolicyStatus])}).then(() => true)`);
  const consolePage = fixture('console.html');
  stopServing = await serveAtConsole(session.context, (url) => {
    if (url.pathname.startsWith('/__fixtures__/')) return { status: 404, body: '' };
    if (url.pathname.startsWith('/geometry/')) return { body: GEOMETRY_HEADER };
    if (url.pathname.startsWith('/bare/')) return { body: NO_HEADER };
    return { body: consolePage };
  });
});

test.afterEach(async () => {
  await stopServing?.();
  stopServing = null;
});

async function storeBanner(session: ExtensionSession, banner: Record<string, unknown> | undefined): Promise<void> {
  await storeSettings(session, { schemaVersion: 2, teamPolicyUrl: null, personal: { version: 1, environments: [], rules: [], ...(banner ? { banner } : {}) } });
}

/** The banner's height, where the page begins, and what else the test needs, as laid out. */
async function layoutOf(page: Page) {
  return page.evaluate((tintAttr) => {
    const host = document.querySelector('cluster-guard-banner') as HTMLElement | null;
    const bar = host?.shadowRoot?.querySelector('.bar') as HTMLElement | null | undefined;
    const topBar = document.querySelector('#ocb-platform-bar, #topbar');
    const main = document.querySelector('main, .content');
    return {
      bannerHeight: host ? host.getBoundingClientRect().height : null,
      bodyTop: document.body.getBoundingClientRect().top,
      topBarTop: topBar ? topBar.getBoundingClientRect().top : null,
      mainBottom: main ? main.getBoundingClientRect().bottom : null,
      viewport: innerHeight,
      text: bar?.textContent ?? null,
      note: bar?.querySelector('.note')?.textContent ?? null,
      labelFontSize: bar ? getComputedStyle(bar.querySelector('.label')!).fontSize : null,
      tinted: [...document.querySelectorAll(`[${tintAttr}]`)].map((node) => node.id || node.tagName.toLowerCase()),
      tintStyles: document.querySelectorAll('style[data-cluster-guard="header-tint"]').length,
    };
  }, TINT_ATTR);
}

const boxShadowOf = (page: Page, selector: string) => page.evaluate((s) => getComputedStyle(document.querySelector(s)!).boxShadow, selector);
/** What the bar is painted with, and the colour of its label text (a child that inherits). */
const paintOf = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const bar = document.querySelector(s)!;
    return { background: getComputedStyle(bar).backgroundColor, text: getComputedStyle(bar.querySelector('span')!).color };
  }, selector);
const CONSOLE_BLUE = 'rgb(26, 115, 232)';

test('compact by default: a 28px strip, the page moved down by 28px, no tint', async ({ session }) => {
  const page = await openConsole(session.context, '/kubernetes/list/overview?project=acme-prod-1');
  await expect.poll(async () => (await layoutOf(page)).bannerHeight).toBe(28);
  const layout = await layoutOf(page);
  expect(layout).toMatchObject({ bodyTop: 28, topBarTop: 28, note: null, tinted: [], tintStyles: 0 });
  expect(layout.mainBottom).toBeLessThanOrEqual(layout.viewport);
});

test('tall: a 48px bar with larger text and the typed-confirmation line; the page moved down by exactly 48px', async ({ session }) => {
  await storeBanner(session, { size: 'tall' });
  const page = await openConsole(session.context, '/kubernetes/list/overview?project=acme-prod-1');
  await expect.poll(async () => (await layoutOf(page)).bannerHeight).toBe(48);
  const layout = await layoutOf(page);
  expect(layout.bodyTop).toBe(48);
  expect(layout.topBarTop).toBe(48);
  expect(layout.mainBottom).toBeLessThanOrEqual(layout.viewport);
  expect(layout.text).toContain('acme-prod-1');
  expect(layout.note).toMatch(/^Typed confirmation required/);
  expect(parseFloat(layout.labelFontSize!)).toBeGreaterThan(13);
  // The console's controls are not covered.
  const hits = await page.evaluate(() =>
    ['#nav-menu', '#project-switcher', '#search'].map((selector) => {
      const control = document.querySelector(selector)!;
      const r = control.getBoundingClientRect();
      return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === control;
    }),
  );
  expect(hits).toEqual([true, true, true]);

  // Staging has no typed confirmation: one line, same height.
  const staging = await openConsole(session.context, '/sql/instances/db-1/overview?project=acme-stg-1');
  await expect.poll(async () => (await layoutOf(staging)).bannerHeight).toBe(48);
  expect(await layoutOf(staging)).toMatchObject({ bodyTop: 48, note: null });
});

test('saving another size switches an open tab live, without a reload', async ({ session }) => {
  const page = await openConsole(session.context, '/kubernetes/list/overview?project=acme-prod-1');
  await expect.poll(async () => (await layoutOf(page)).bannerHeight).toBe(28);
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  await storeBanner(session, { size: 'tall' });
  await expect.poll(async () => { const l = await layoutOf(page); return [l.bannerHeight, l.bodyTop, l.topBarTop]; }).toEqual([48, 48, 48]);
  expect(await page.locator('cluster-guard-banner').count()).toBe(1);

  await storeBanner(session, { size: 'compact' });
  await expect.poll(async () => { const l = await layoutOf(page); return [l.bannerHeight, l.bodyTop, l.topBarTop]; }).toEqual([28, 28, 28]);
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  expect(await page.locator('cluster-guard-banner, style[data-cluster-guard="banner"]').count()).toBe(2);
});

test('the team policy decides the size over personal settings; personal settings still set what the team leaves open', async ({ session }) => {
  await storeBanner(session, { size: 'compact', tintConsoleHeader: true });
  await session.evaluateInBackground(
    `chrome.storage.local.set(${JSON.stringify({
      [LOCAL_KEYS.teamPolicy]: { url: 'https://policy.invalid/team.json', etag: null, fetchedAt: Date.now(), policy: { version: 1, environments: [], rules: [], banner: { size: 'tall' } } },
    })}).then(() => true)`,
  );
  const page = await openConsole(session.context, '/kubernetes/list/overview?project=acme-prod-1');
  await expect.poll(async () => { const l = await layoutOf(page); return [l.bannerHeight, l.tinted]; }).toEqual([48, ['ocb-platform-bar']]);
});

test("the opt-in tint colours the console's top bar, follows the environment, and is removed when turned off", async ({ session }) => {
  await storeBanner(session, { tintConsoleHeader: true });
  const page = await openConsole(session.context, '/kubernetes/list/overview?project=acme-prod-1');
  // The bar holding [role="banner"] is found, not the half-width role element itself.
  await expect.poll(async () => (await layoutOf(page)).tinted).toEqual(['ocb-platform-bar']);
  // The bar is production's own red (not a wash over the console's blue, which reads violet), its text white.
  expect(await paintOf(page, '#ocb-platform-bar')).toEqual({ background: PROD_RED, text: 'rgb(255, 255, 255)' });
  expect((await layoutOf(page)).bannerHeight).toBe(28);

  // Another environment, another colour; an unmarked project, no tint.
  await page.evaluate(() => (window as any).consoleNavigate('/kubernetes/list/overview?project=acme-dev-1'));
  await expect.poll(() => paintOf(page, '#ocb-platform-bar')).toEqual({ background: 'rgb(24, 128, 56)', text: 'rgb(255, 255, 255)' });
  await page.evaluate(() => (window as any).consoleNavigate('/kubernetes/list/overview?project=acme-stg-1'));
  await expect.poll(() => paintOf(page, '#ocb-platform-bar')).toEqual({ background: 'rgb(249, 171, 0)', text: 'rgb(0, 0, 0)' });
  await page.evaluate(() => (window as any).consoleNavigate('/kubernetes/list/overview?project=random-project'));
  await expect.poll(async () => { const l = await layoutOf(page); return [l.tinted, l.tintStyles]; }).toEqual([[], 0]);
  await page.evaluate(() => (window as any).consoleNavigate('/kubernetes/list/overview?project=acme-prod-1'));
  await expect.poll(async () => (await layoutOf(page)).tinted).toEqual(['ocb-platform-bar']);

  await storeBanner(session, { tintConsoleHeader: false });
  await expect.poll(async () => { const l = await layoutOf(page); return [l.tinted, l.tintStyles]; }).toEqual([[], 0]);
  expect(await boxShadowOf(page, '#ocb-platform-bar')).toBe('none');
  expect(await paintOf(page, '#ocb-platform-bar')).toEqual({ background: CONSOLE_BLUE, text: 'rgb(255, 255, 255)' });
  expect((await layoutOf(page)).bannerHeight).toBe(28);
});

test('a top bar with no header tag, role or console class is found by its geometry', async ({ session }) => {
  await storeBanner(session, { size: 'tall', tintConsoleHeader: true });
  const page = await openConsole(session.context, '/geometry/home?project=acme-prod-1');
  await expect.poll(async () => (await layoutOf(page)).tinted).toEqual(['topbar']);
  expect(await paintOf(page, '#topbar')).toEqual({ background: PROD_RED, text: 'rgb(255, 255, 255)' });
  expect(await layoutOf(page)).toMatchObject({ bannerHeight: 48, bodyTop: 48, topBarTop: 48 });
});

test('without a top bar the banner is unchanged and nothing else is tinted (not even a full-width heading)', async ({ session }) => {
  await storeBanner(session, { size: 'tall', tintConsoleHeader: true });
  const page = await openConsole(session.context, '/bare/home?project=acme-prod-1');
  await expect.poll(async () => (await layoutOf(page)).bannerHeight).toBe(48);
  // Give the search its retries (0, 250, 500, 1000 ms...).
  await page.waitForTimeout(2_000);
  const layout = await layoutOf(page);
  expect(layout).toMatchObject({ bannerHeight: 48, bodyTop: 48, tinted: [], tintStyles: 0 });
  expect(await page.evaluate(() => document.querySelector('#heading')!.getBoundingClientRect().top)).toBe(48);
  expect(await boxShadowOf(page, '#heading')).toBe('none');
});

test('the tall banner resists a page script hiding it inline', async ({ session }) => {
  await storeBanner(session, { size: 'tall' });
  const page = await openConsole(session.context, '/kubernetes/list/overview?project=acme-prod-1');
  await expect.poll(async () => (await layoutOf(page)).bannerHeight).toBe(48);
  await page.evaluate(() => {
    const host = document.querySelector('cluster-guard-banner') as HTMLElement;
    host.style.setProperty('display', 'none', 'important');
    host.style.height = '0px';
    host.setAttribute('hidden', '');
  });
  await expect
    .poll(() =>
      page.evaluate(() => {
        const host = document.querySelector('cluster-guard-banner') as HTMLElement;
        return { display: getComputedStyle(host).display, hidden: host.hasAttribute('hidden'), height: host.getBoundingClientRect().height };
      }),
    )
    .toEqual({ display: 'block', hidden: false, height: 48 });
});
