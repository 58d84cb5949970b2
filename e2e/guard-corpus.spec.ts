/**
 * The guard corpus (e2e/fixtures/corpus), in both browsers: console dialogs in the consoles' 20 display
 * languages x 10 destructive actions x 15 markup shapes, harmless look-alikes in every language, and
 * dialogs in languages the guard cannot know that carry language-independent signals.
 * Languages in E2E_SAMPLED_LANGS run one destructive case and one look-alike here (every case in the unit corpus).
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
import { CONSOLE_LANGS, CORPUS, E2E_SAMPLED_LANGS, HARMLESS_ACTIONS, MENU_LANGS, RESOURCE_NAME, SHAPES, UNKNOWN_LANGS, WORDING, type CorpusCase, type Route } from './fixtures/corpus';
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
  if (c.lang in WORDING && WORDING[c.lang as keyof typeof WORDING].dir === 'rtl') {
    await expect(parts.prompt, `${c.id}: a right-to-left console gets a right-to-left prompt`).toHaveAttribute('dir', 'rtl');
    expect(await parts.prompt.evaluate((host) => getComputedStyle(host).direction)).toBe('rtl');
  }
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

/**
 * A sampled language's e2e cases (its every case runs in the unit corpus): one destructive, rotating over the
 * actions along the sampled languages, and its stop-VM look-alike, the harmless verb closest to a destructive one.
 */
function e2eCases(lang: string): CorpusCase[] {
  const cases = CORPUS.filter((c) => c.lang === lang);
  const sampled = E2E_SAMPLED_LANGS.indexOf(lang as (typeof E2E_SAMPLED_LANGS)[number]);
  if (sampled < 0) return cases;
  const destructive = cases.filter((c) => c.destructive && c.shape !== 'md-web');
  return [destructive[sampled % destructive.length]!, cases.find((c) => c.action === 'stop-vm')!];
}

for (const lang of [...CONSOLE_LANGS, ...UNKNOWN_LANGS]) {
  test.describe(lang, () => {
    const cases = e2eCases(lang);
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

// The rest of the console's language menu: the unit corpus (src/content/guard/corpus.test.ts) runs every case
// of every language; here, to keep the suite's time, a destructive dialog in Arabic (right to left) and Thai
// (unspaced) and a harmless one in Swedish and Hindi, rotating over actions and shapes.
const MENU_PICKS: Record<string, boolean> = { ar: true, th: true, sv: false, hi: false };
for (const [li, lang] of MENU_LANGS.entries()) {
  if (!(lang in MENU_PICKS)) continue;
  const cases = CORPUS.filter((c) => c.lang === lang);
  const c = MENU_PICKS[lang]
    ? cases.filter((x) => x.destructive)[li % 10]!
    : cases.find((x) => x.action === HARMLESS_ACTIONS[(li * 5) % HARMLESS_ACTIONS.length])!;
  test(`${lang} ${c.shape}: ${c.destructive ? 'guards' : 'leaves alone'} ${c.action}`, async ({ corpusPages }) => {
    const { page, corpus } = await corpusPages.get({ env: 'prod', lang });
    if (c.destructive) await expectGuarded(page, corpus, c);
    else await expectLeftAlone(page, corpus, c);
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
