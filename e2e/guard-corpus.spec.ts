/**
 * The guard corpus (e2e/fixtures/corpus), in both browsers: console dialogs in the console's 14 display
 * languages x 10 destructive actions x 15 markup shapes, harmless look-alikes in every language, and
 * dialogs in languages the guard cannot know that carry language-independent signals.
 *
 * Destructive, on a production page: the guard asks for "production"; every route (click, Enter in the
 * dialog, Space on the confirm, Enter in the console's own field) is blocked while locked, and after the
 * name is typed a route goes through once (one per case, rotating; CORPUS_ROUTES=all: every route);
 * Cancel, the close button and Escape work while locked (one per case, rotating).
 * Harmless: no prompt, and the primary button works on the first click.
 * Staging and dev pages: destructive dialogs are not guarded (this also proves every route of every shape
 * reaches the console's handler when nobody is in the way).
 *
 * One console page per language (and environment), kept for the file; dialogs open and close in it.
 */
import type { Page } from '@playwright/test';
import { CONSOLE_LANGS, CORPUS, RESOURCE_NAME, SHAPES, UNKNOWN_LANGS, type CorpusCase, type Route } from './fixtures/corpus';
import {
  PROJECT,
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
  return [c.routes[indexInShape(c) % c.routes.length]!];
}

/** The case's position among the destructive cases of its shape: rotations along it meet every option of the shape. */
function indexInShape(c: CorpusCase): number {
  return CORPUS.filter((x) => x.shape === c.shape && x.destructive).indexOf(c);
}

async function openLocked(corpus: CorpusDriver, parts: Parts, c: CorpusCase): Promise<void> {
  await corpus.open(c);
  await expect(parts.prompt, `${c.id}: the guard asks for the environment's name`).toBeVisible({ timeout: PROMPT_TIMEOUT });
  await satisfyConsole(parts, c);
}

/** The way out tried in each case: Cancel, the close button (where the shape has one) or Escape, along the corpus. */
function wayOut(c: CorpusCase): 'cancel' | 'close' | 'escape' {
  const ways = ['cancel', ...(c.selectors.close ? (['close'] as const) : []), 'escape'] as const;
  return ways[indexInShape(c) % ways.length]!;
}

async function expectGuarded(page: Page, corpus: CorpusDriver, c: CorpusCase): Promise<void> {
  const parts = partsOf(page, c);
  const way = wayOut(c);
  await test.step(`every route is blocked while locked; ${way} still works`, async () => {
    await openLocked(corpus, parts, c);
    for (const route of c.routes) {
      await performRoute(page, parts, route, true);
      expect((await corpus.records()).confirmations, `${c.id}: ${route} reached the console while locked`).toEqual([]);
    }
    await corpus.settle();
    expect((await corpus.records()).confirmations, `${c.id}: a route reached the console while locked`).toEqual([]);
    if (way === 'escape') {
      await parts.body.focus();
      await page.keyboard.press('Escape');
    } else {
      const button = way === 'cancel' ? parts.cancel! : parts.close!;
      await expect(button, `${c.id}: ${way} stays usable while locked`).toBeEnabled();
      await button.click({ timeout: 4_000 });
    }
    await expect.poll(async () => (await corpus.records()).cancellations.length, { message: `${c.id}: ${way} while locked` }).toBe(1);
    await corpus.reset();
  });
  for (const route of goThroughRoutes(c)) {
    await test.step(`${route} goes through once after typing`, async () => {
      await openLocked(corpus, parts, c);
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
  // Every shape once, on a staging or a dev page in turn, in a CJK or right-to-left language for half of
  // them: every route and every way out reaches the console when nobody is in the way (which also shows
  // that the routes the production tests see blocked are real).
  const special = ['he', 'ja', 'ko', 'zh-CN', 'zh-TW'];
  SHAPES.forEach((shape, n) => {
    const env = n % 2 === 0 ? 'stg' : 'dev';
    const destructive = CORPUS.filter((c) => c.shape === shape && c.destructive && c.signals.length === 0);
    const picked = (n % 4 < 2 ? destructive.find((x) => special.includes(x.lang)) : destructive.find((x) => !special.includes(x.lang))) ?? destructive[0]!;
    // A shut-down dialog names its project: here the page's own (one naming a production project is guarded
    // wherever it opens, see resource-environment.spec.ts).
    const c = JSON.parse(JSON.stringify(picked).replaceAll(RESOURCE_NAME['shutdown-project'], PROJECT[env])) as CorpusCase;
    test(`${env}: does not guard ${c.id}`, async ({ corpusPages }) => {
      const { page, corpus } = await corpusPages.get({ env, lang: 'en' });
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
  });
});
