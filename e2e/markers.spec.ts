/**
 * Markers, in both browsers: banner, title prefix, favicon and toolbar
 * badge; single-page navigation; unmatched projects; live rule changes.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/test';
import { CONSOLE, openConsole, readMarkers } from './support/console';
import { clearSettings, storeSettings, badgeForProject, badgesForProject } from './support/extension-state';
import type { ExtensionSession } from './support/launch';
import { contrastRatio } from '../src/core/contrast';

const rgbToHex = (rgb: string) =>
  '#' + (rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('');

async function markersOf(page: Page) {
  return readMarkers(page);
}

/** Waits until the tab shows `label` everywhere (or no marking at all when label is null), the toolbar badge included. */
async function expectMarked(session: ExtensionSession, page: Page, label: string | null, project?: string) {
  await expect
    .poll(async () => {
      const m = await markersOf(page);
      return {
        banner: m.banner ? `${m.banner.label} ${m.banner.project}` : null,
        titlePrefixed: /^\[[A-Z]+\] /.test(m.title) ? m.title.slice(0, m.title.indexOf(']') + 1) : null,
        favicon: m.favicons.length === 1 && m.favicons[0]!.startsWith('data:image/svg+xml') ? 'ours' : 'console',
      };
    })
    .toEqual(
      label
        ? { banner: `${label} ${project}`, titlePrefixed: `[${label}]`, favicon: 'ours' }
        : { banner: null, titlePrefixed: null, favicon: 'console' },
    );
  // The badge, as the browser holds it for every tab showing this project (asked of the background).
  const shown = project ?? new URL(page.url()).searchParams.get('project');
  if (shown) await expect.poll(async () => [...new Set(await badgesForProject(session, shown))]).toEqual([label ?? '']);
}

test.beforeEach(async ({ session }) => {
  await clearSettings(session);
});

test('a production project gets banner, title prefix, favicon and badge', async ({ session }) => {
  const page = await openConsole(session.context, '/kubernetes/clusters/details/us-central1/main/details?project=acme-prod-1&authuser=1&supportedpurview=project');
  await expectMarked(session, page, 'PROD', 'acme-prod-1');
  const m = await markersOf(page);
  expect(m.banner!.text).toContain('production');
  expect(rgbToHex(m.banner!.background)).toBe('#c5221f');
  expect(contrastRatio(rgbToHex(m.banner!.background), rgbToHex(m.banner!.color))).toBeGreaterThanOrEqual(4.5);
  expect(decodeURIComponent(m.favicons[0]!)).toContain('fill="#c5221f"');
  expect(m.title).toBe('[PROD] kubernetes – acme-prod-1 – Google Cloud console');
  // The console's own icon is parked, not deleted, so it can come back.
  expect(await page.locator('link[data-cluster-guard-parked-rel="icon"]').count()).toBe(1);
});

test('the banner does not cover console controls', async ({ session }) => {
  const page = await openConsole(session.context, '/kubernetes/list/overview?project=acme-prod-1');
  await expectMarked(session, page, 'PROD', 'acme-prod-1');
  const layout = await page.evaluate(() => {
    const banner = document.querySelector('cluster-guard-banner')!.getBoundingClientRect();
    const hits = ['#nav-menu', '#project-switcher', '#search'].map((selector) => {
      const control = document.querySelector(selector)!;
      const r = control.getBoundingClientRect();
      return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === control;
    });
    const bar = document.querySelector('#ocb-platform-bar')!.getBoundingClientRect();
    const main = document.querySelector('main')!.getBoundingClientRect();
    return { bannerBottom: banner.bottom, barTop: bar.top, mainBottom: main.bottom, viewport: innerHeight, hits };
  });
  expect(layout.hits).toEqual([true, true, true]);
  expect(layout.barTop).toBeGreaterThanOrEqual(layout.bannerBottom);
  // Nothing pushed off the bottom either.
  expect(layout.mainBottom).toBeLessThanOrEqual(layout.viewport);
});

test('staging and development get their own colours; unmatched and project-less pages stay unmarked', async ({ session }) => {
  const staging = await openConsole(session.context, '/sql/instances/db-1/overview?project=acme-stg-1');
  await expectMarked(session, staging, 'STG', 'acme-stg-1');
  expect(rgbToHex((await markersOf(staging)).banner!.background)).toBe('#f9ab00');

  const dev = await openConsole(session.context, '/storage/browser?project=acme-dev-1');
  await expectMarked(session, dev, 'DEV', 'acme-dev-1');

  for (const path of [
    '/compute/instancesDetail/zones/us-central1-a/instances/vm-1?project=nonprod-x',
    '/projectselector2/home/dashboard',
    '/cloud-resource-manager?organizationId=0&supportedpurview=project',
  ]) {
    const page = await openConsole(session.context, path);
    await expectMarked(session, page, null);
  }
});

test('markers follow pushState, replaceState and back, and leave for unmatched projects', async ({ session }) => {
  const page = await openConsole(session.context, '/kubernetes/list/overview?project=acme-dev-1');
  await expectMarked(session, page, 'DEV', 'acme-dev-1');

  await page.evaluate(() => (window as any).consoleNavigate('/kubernetes/list/overview?project=acme-prod-1'));
  await expectMarked(session, page, 'PROD', 'acme-prod-1');

  await page.evaluate(() => (window as any).consoleNavigate('/kubernetes/list/overview?project=acme-stg-2', true));
  await expectMarked(session, page, 'STG', 'acme-stg-2');

  await page.evaluate(() => (window as any).consoleNavigate('/home/dashboard?project=random-project'));
  await expectMarked(session, page, null);
  expect((await markersOf(page)).title).toBe('home – random-project – Google Cloud console');

  await page.goBack();
  await expectMarked(session, page, 'STG', 'acme-stg-2');
  await page.goBack(); // the replaced entry is gone: back lands on the dev page
  await expectMarked(session, page, 'DEV', 'acme-dev-1');
  expect(page.url()).toBe(`${CONSOLE}/kubernetes/list/overview?project=acme-dev-1`);
});

test('the title prefix survives the console rewriting or replacing the title', async ({ session }) => {
  const page = await openConsole(session.context, '/compute/instances?project=acme-prod-1');
  await expectMarked(session, page, 'PROD', 'acme-prod-1');

  await page.evaluate(() => (document.title = 'VM instances – Compute Engine – acme-prod-1 – Google Cloud console'));
  await expect.poll(() => page.title()).toBe('[PROD] VM instances – Compute Engine – acme-prod-1 – Google Cloud console');

  await page.evaluate(() => {
    const fresh = document.createElement('title');
    fresh.textContent = 'Replaced title';
    document.querySelector('title')!.replaceWith(fresh);
  });
  await expect.poll(() => page.title()).toBe('[PROD] Replaced title');

  await page.evaluate(() => (document.querySelector('title')!.firstChild!.nodeValue = 'Text node edited'));
  await expect.poll(() => page.title()).toBe('[PROD] Text node edited');
});

test('each tab has its own badge', async ({ session }) => {
  const prod = await openConsole(session.context, '/home/dashboard?project=acme-prod-1');
  const dev = await openConsole(session.context, '/home/dashboard?project=acme-dev-1');
  const none = await openConsole(session.context, '/home/dashboard?project=random-project');
  await expectMarked(session, prod, 'PROD', 'acme-prod-1');
  await expectMarked(session, dev, 'DEV', 'acme-dev-1');
  await expectMarked(session, none, null);
  // Straight from the browser's action API, per tab id.
  await expect.poll(() => badgeForProject(session, 'acme-prod-1')).toBe('PROD');
  await expect.poll(() => badgeForProject(session, 'acme-dev-1')).toBe('DEV');
  await expect.poll(() => badgeForProject(session, 'random-project')).toBe('');
});

test('a change of rules in storage updates open tabs live', async ({ session }) => {
  const page = await openConsole(session.context, '/home/dashboard?project=random-project');
  await expectMarked(session, page, null);

  await storeSettings(session, {
    schemaVersion: 1,
    useDefaultRules: true,
    environments: [{ name: 'analytics', label: 'DATA', color: '#6a1b9a', typedConfirmation: true }],
    rules: [{ kind: 'glob', pattern: 'random-*', environment: 'analytics' }],
  });
  await expectMarked(session, page, 'DATA', 'random-project');
  expect(rgbToHex((await markersOf(page)).banner!.background)).toBe('#6a1b9a');

  await clearSettings(session);
  await expectMarked(session, page, null);
});

test('regex rules mark tabs with the RE2 program the background published (a tab has no RE2 of its own)', async ({ session }) => {
  await storeSettings(session, {
    schemaVersion: 1,
    useDefaultRules: true,
    environments: [{ name: 'payments', label: 'PAY', color: '#8c1d18', typedConfirmation: true }],
    rules: [
      { kind: 'regex', pattern: 'pay-(eu|us)-[0-9]+', environment: 'payments' },
      { kind: 'regex', pattern: '(a|aa)*(a|aa)*b', environment: 'staging' },
    ],
  });
  const page = await openConsole(session.context, '/home/dashboard?project=pay-eu-12');
  await expectMarked(session, page, 'PAY', 'pay-eu-12');
  const other = await openConsole(session.context, '/home/dashboard?project=pay-de-12');
  await expectMarked(session, other, null);
  // A pattern that takes a backtracking engine minutes on this ID: answered at once.
  const hostile = await openConsole(session.context, `/home/dashboard?project=${'a'.repeat(60)}c`);
  await expectMarked(session, hostile, null);
  const matched = await openConsole(session.context, `/home/dashboard?project=${'a'.repeat(60)}b`);
  await expectMarked(session, matched, 'STG', `${'a'.repeat(60)}b`);
});

test('corrupt stored settings fall back to the built-in defaults', async ({ session }) => {
  await storeSettings(session, 'this is not a settings object');
  const page = await openConsole(session.context, '/home/dashboard?project=acme-prod-1');
  await expectMarked(session, page, 'PROD', 'acme-prod-1');
});

test("the console's CSS cannot hide or restyle the banner", async ({ session }) => {
  const page = await openConsole(session.context, '/kubernetes/list/overview?project=acme-prod-1');
  await expectMarked(session, page, 'PROD', 'acme-prod-1');
  await page.addStyleTag({
    content: `cluster-guard-banner, html > * { display: none !important; opacity: 0 !important; top: 500px !important; }
              * { color: lime !important; background: black !important; font-size: 2px !important; }`,
  });
  const banner = await page.evaluate(() => {
    const host = document.querySelector('cluster-guard-banner')!;
    const bar = host.shadowRoot!.querySelector('.bar')!;
    const style = getComputedStyle(bar);
    return { display: getComputedStyle(host).display, top: host.getBoundingClientRect().top, color: style.color, background: style.backgroundColor, fontSize: style.fontSize };
  });
  expect(banner).toEqual({ display: 'block', top: 0, color: 'rgb(255, 255, 255)', background: 'rgb(197, 34, 31)', fontSize: '13px' });
});

test('a page script cannot hide the banner with inline styles or attributes', async ({ session }) => {
  const page = await openConsole(session.context, '/kubernetes/list/overview?project=acme-prod-1');
  await expectMarked(session, page, 'PROD', 'acme-prod-1');
  await page.evaluate(() => {
    const host = document.querySelector('cluster-guard-banner') as HTMLElement;
    host.style.setProperty('display', 'none', 'important');
    host.setAttribute('hidden', '');
    host.style.opacity = '0';
  });
  await expect
    .poll(() =>
      page.evaluate(() => {
        const host = document.querySelector('cluster-guard-banner') as HTMLElement;
        const style = getComputedStyle(host);
        return { display: style.display, opacity: style.opacity, hidden: host.hasAttribute('hidden'), height: host.getBoundingClientRect().height };
      }),
    )
    .toEqual({ display: 'block', opacity: '1', hidden: false, height: 28 });
});
