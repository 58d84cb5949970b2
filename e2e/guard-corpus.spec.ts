/**
 * The guard corpus (e2e/fixtures/corpus), in both browsers: console dialogs in the console's 14 display
 * languages x 10 destructive actions x 15 markup shapes, harmless look-alikes in every language, and
 * dialogs in languages the guard cannot know that carry language-independent signals.
 *
 * Destructive, on a production page: the guard asks for "production"; each route (click, Enter in the
 * dialog, Space on the confirm, Enter in the console's own field) is blocked while locked and goes through
 * once after the name is typed; Cancel, the close button and Escape always work.
 * Harmless: no prompt, and the primary button works on the first click.
 * Staging and dev pages: destructive dialogs are not guarded (this also proves every route of every shape
 * reaches the console's handler when nobody is in the way).
 *
 * One console page per language (and environment), kept for the file; dialogs open and close in it.
 */
import type { Page } from '@playwright/test';
import { CONSOLE_LANGS, CORPUS, SHAPES, UNKNOWN_LANGS, type CorpusCase, type Route } from './fixtures/corpus';
import {
  PROMPT_TIMEOUT,
  expect,
  expectedVia,
  partsOf,
  performRoute,
  satisfyConsole,
  test,
  typeName,
  type CorpusDriver,
  type Parts,
} from './support/corpus';

test.afterAll(async ({ corpusPages }) => {
  await corpusPages.closeAll();
});

const unique = <T>(items: T[]) => [...new Set(items)];

/**
 * Which routes go through after typing, per case: by default one, rotating over the case's routes along the
 * corpus (every shape and language meets every route); CORPUS_ROUTES=all types the name once per route.
 * Every route is tried while locked in every case either way.
 */
function goThroughRoutes(c: CorpusCase): Route[] {
  if (process.env.CORPUS_ROUTES === 'all') return c.routes;
  return [c.routes[CORPUS.indexOf(c) % c.routes.length]!];
}

async function openLocked(corpus: CorpusDriver, parts: Parts, c: CorpusCase): Promise<void> {
  await corpus.open(c);
  await expect(parts.prompt, `${c.id}: the guard asks for the environment's name`).toBeVisible({ timeout: PROMPT_TIMEOUT });
  await satisfyConsole(parts, c);
}

async function expectGuarded(page: Page, corpus: CorpusDriver, c: CorpusCase): Promise<void> {
  const parts = partsOf(page, c);
  await test.step('every route is blocked while locked; Cancel still works', async () => {
    await openLocked(corpus, parts, c);
    for (const route of c.routes) {
      await performRoute(page, parts, route, true);
      expect((await corpus.records()).confirmations, `${c.id}: ${route} reached the console while locked`).toEqual([]);
    }
    await corpus.settle();
    expect((await corpus.records()).confirmations, `${c.id}: a route reached the console while locked`).toEqual([]);
    await expect(parts.cancel!, `${c.id}: Cancel stays usable while locked`).toBeEnabled();
    await parts.cancel!.click({ timeout: 4_000 });
    await expect.poll(async () => (await corpus.records()).cancellations.length, { message: `${c.id}: Cancel while locked` }).toBe(1);
    await corpus.reset();
  });
  // The close button where the shape has one, else Escape; both along the corpus.
  const way = parts.close && CORPUS.indexOf(c) % 2 === 1 ? 'close' : 'escape';
  await test.step(`${way} works while locked`, async () => {
    await openLocked(corpus, parts, c);
    if (way === 'close') {
      await expect(parts.close!, `${c.id}: the close button stays usable while locked`).toBeEnabled();
      await parts.close!.click({ timeout: 4_000 });
    } else {
      await parts.body.focus();
      await page.keyboard.press('Escape');
    }
    await expect.poll(async () => (await corpus.records()).cancellations.length, { message: `${c.id}: ${way} while locked` }).toBe(1);
    expect((await corpus.records()).confirmations, `${c.id}: ${way} confirmed`).toEqual([]);
    await corpus.reset();
  });
  for (const route of goThroughRoutes(c)) {
    await test.step(`${route}: blocked while locked, goes through once after typing`, async () => {
      await openLocked(corpus, parts, c);
      await performRoute(page, parts, route, true);
      await corpus.settle();
      expect((await corpus.records()).confirmations, `${c.id}: ${route} reached the console while locked`).toEqual([]);
      await typeName(parts.prompt);
      await performRoute(page, parts, route, false);
      await expect
        .poll(async () => (await corpus.records()).confirmations.map((r) => r.via), { message: `${c.id}: ${route} after typing the name` })
        .toEqual(expectedVia(c, route));
      await corpus.reset();
    });
  }
}

async function expectLeftAlone(page: Page, corpus: CorpusDriver, c: CorpusCase): Promise<void> {
  const parts = partsOf(page, c);
  await corpus.open(c);
  await satisfyConsole(parts, c);
  await corpus.settle();
  await expect(parts.prompt, `${c.id}: a harmless dialog got a prompt`).toHaveCount(0);
  await expect(parts.confirm, `${c.id}: the primary button of a harmless dialog is left enabled`).toBeEnabled();
  await parts.confirm.click({ timeout: 4_000 });
  await expect
    .poll(async () => (await corpus.records()).confirmations.map((r) => r.via), { message: `${c.id}: the primary button on the first click`, timeout: 3_000 })
    .toEqual(expectedVia(c, 'click'));
}

for (const lang of [...CONSOLE_LANGS, ...UNKNOWN_LANGS]) {
  test.describe(lang, () => {
    const cases = CORPUS.filter((c) => c.lang === lang);
    for (const shape of unique(cases.map((c) => c.shape))) {
      test.describe(shape, () => {
        for (const c of cases.filter((x) => x.shape === shape)) {
          const what = `${c.action}${c.signals.length ? ` [${c.signals.join(' + ')}]` : ''}`;
          test(c.destructive ? `guards ${what}` : `leaves ${what} alone`, async ({ corpusPages }) => {
            const { page, corpus } = await corpusPages.get({ env: 'prod', lang });
            if (c.destructive) await expectGuarded(page, corpus, c);
            else await expectLeftAlone(page, corpus, c);
          });
        }
      });
    }
  });
}

test.describe('staging and dev pages', () => {
  // Every shape once per environment, in two different languages (one CJK or right-to-left); every route
  // and every way out reaches the console when nobody is in the way.
  const special = ['he', 'ja', 'ko', 'zh-CN', 'zh-TW'];
  const picks = (env: 'stg' | 'dev') =>
    SHAPES.map((shape) => {
      const destructive = CORPUS.filter((c) => c.shape === shape && c.destructive && c.signals.length === 0);
      return (env === 'stg' ? destructive.find((c) => special.includes(c.lang)) : destructive.find((c) => !special.includes(c.lang))) ?? destructive[0]!;
    });
  for (const env of ['stg', 'dev'] as const) {
    test.describe(env, () => {
      for (const c of picks(env)) {
        test(`does not guard ${c.id}`, async ({ corpusPages }) => {
          const { page, corpus } = await corpusPages.get({ env, lang: c.lang });
          const parts = partsOf(page, c);
          for (const route of c.routes) {
            await corpus.open(c);
            await satisfyConsole(parts, c);
            await corpus.settle();
            await expect(parts.prompt, `${c.id}: prompt on a ${env} page`).toHaveCount(0);
            await performRoute(page, parts, route, false);
            await expect
              .poll(async () => (await corpus.records()).confirmations.map((r) => r.via), { message: `${c.id}: ${route} on a ${env} page`, timeout: 4_000 })
              .toEqual(expectedVia(c, route));
            await corpus.reset();
          }
          for (const way of ['cancel', ...(parts.close ? ['close'] : []), 'escape']) {
            await corpus.open(c);
            if (way === 'cancel') await parts.cancel!.click({ timeout: 4_000 });
            else if (way === 'close') await parts.close!.click({ timeout: 4_000 });
            else {
              await parts.body.focus();
              await page.keyboard.press('Escape');
            }
            await expect.poll(async () => (await corpus.records()).cancellations.length, { message: `${c.id}: ${way} on a ${env} page`, timeout: 4_000 }).toBe(1);
            await corpus.reset();
          }
        });
      }
    });
  }
});
