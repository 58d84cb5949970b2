/**
 * The self-hosted cluster UIs (e2e/site-uis: PatternFly, MUI, @grafana/ui,
 * EUI's and Argo CD's markup) at their site URLs, with the built extension
 * let into them as a person does (one grant per site): each production
 * host is marked, every destructive dialog there is guarded (the UI's own
 * confirm does nothing until "production" is typed into the guard's prompt,
 * then one click goes through), every harmless one is left alone, and each
 * UI's development host is marked development and its delete left alone.
 */
import { test, expect } from './support/test';
import type { Page } from '@playwright/test';
import { readMarkers } from './support/console';
import { storeSettings } from './support/extension-state';
import { promptHost, readPrompt, typeName } from './support/prompt';
import { grantSiteAccess } from './support/site-access';
import { confirmSelector, SITE_CASES, SITE_UIS, serveSiteUis, siteCaseUrl, type SiteCase } from './support/sites';

/** Each UI's production host as production, its development host as development: a personal policy's sites. */
const SITES = Object.values(SITE_UIS).flatMap((info) => [
  { match: `https://${info.host}/*`, name: info.library, environment: 'production' },
  { match: `https://${info.devHost}/*`, environment: 'development' },
]);

test.beforeAll(async ({ session }) => {
  await serveSiteUis(session.context);
  await storeSettings(session, { schemaVersion: 2, teamPolicyUrl: null, personal: { version: 3, environments: [], rules: [], sites: SITES } });
  await grantSiteAccess(session, SITES.map((site) => site.match));
});

async function openCase(page: Page, c: SiteCase, o: { dev?: boolean } = {}) {
  await page.goto(siteCaseUrl(c, o));
  await page.locator(`html[data-fixture-dialog="${c.dialog}"]`).waitFor({ state: 'attached', timeout: 10_000 });
  const confirm = page.locator(confirmSelector(c)).first();
  await confirm.waitFor({ state: 'visible', timeout: 10_000 });
  return confirm;
}

const confirmations = (page: Page) => page.evaluate(() => (window as unknown as { siteUi: { confirmations: string[] } }).siteUi.confirmations);

/** Types what the UI's own type-to-confirm input wants, key by key (the guard's prompt lives in a closed root: no locator reaches its input). */
async function satisfyUi(page: Page, c: SiteCase) {
  if (!c.typeToConfirm) return;
  const input = page.locator('input:visible').first();
  await input.click();
  await page.keyboard.type(c.typeToConfirm);
  await expect(input).toHaveValue(c.typeToConfirm);
}

/** Time enough for the guard to have met a dialog it would guard (its prompt shows within a frame or two). */
const settle = (page: Page) => page.waitForTimeout(300);

for (const ui of Object.keys(SITE_UIS) as (keyof typeof SITE_UIS)[]) {
  const destructive = SITE_CASES.find((c) => c.ui === ui && c.destructive)!;
  test(`${ui}: the production host is marked production; the development host is marked development and its ${destructive.dialog} dialog left alone`, async ({ session }) => {
    const page = await session.context.newPage();
    await page.goto(siteCaseUrl({ ui, dialog: 'none' }));
    await expect.poll(async () => (await readMarkers(page)).banner?.label).toBe('PROD');
    const markers = await readMarkers(page);
    expect(markers.banner!.project).toBe(SITE_UIS[ui].library);
    expect(markers.title).toMatch(/^\[PROD\] /);

    const confirm = await openCase(page, destructive, { dev: true });
    await expect.poll(async () => (await readMarkers(page)).banner?.label).toBe('DEV');
    expect((await readMarkers(page)).banner!.project).toBe(SITE_UIS[ui].devHost);
    await settle(page);
    await expect(promptHost(page), 'no prompt on development').toHaveCount(0);
    await satisfyUi(page, destructive);
    await confirm.click();
    await expect.poll(() => confirmations(page), { message: "the UI's confirm went through" }).toEqual([destructive.dialog]);
  });
}

for (const c of SITE_CASES) {
  const what = `${c.ui} (${SITE_UIS[c.ui].library}) ${c.dialog} [${c.shape}]`;
  test(`${what}: ${c.destructive ? 'guarded' : 'left alone'} on production`, async ({ session }) => {
    const page = await session.context.newPage();
    const confirm = await openCase(page, c);
    if (!c.destructive) {
      await settle(page);
      await expect(promptHost(page), `${what}: no prompt`).toHaveCount(0);
      await satisfyUi(page, c);
      await confirm.click();
      await expect.poll(() => confirmations(page), { message: `${what}: the UI's confirm went through` }).toEqual([c.dialog]);
      return;
    }
    await expect(promptHost(page), `${what}: the guard asks for the environment's name`).toBeVisible({ timeout: 5_000 });
    // The prompt says where: the site, as the banner names it.
    expect((await readPrompt(promptHost(page))).sentence, `${what}: the prompt's sentence`).toContain(`production: site ${SITE_UIS[c.ui].library}`);
    await satisfyUi(page, c);
    await confirm.click({ force: true });
    await settle(page);
    expect(await confirmations(page), `${what}: confirmed while locked`).toEqual([]);
    await typeName(promptHost(page));
    await confirm.click();
    await expect.poll(() => confirmations(page), { message: `${what}: one click after typing "production"` }).toEqual([c.dialog]);
  });
}
