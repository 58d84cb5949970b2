/**
 * Frames and hosts, in both browsers. A destructive dialog in a same-origin frame (a console page with or
 * without its own `project`, or an about:blank / srcdoc frame the page writes into) is guarded when the
 * top page is production (a frame without `project` takes its top page's environment) and not when the
 * top page is dev; frames get no banner or title marker. The workforce-identity console host
 * (console.cloud.google, no .com) gets markers and the guard like the usual one.
 */
import type { Frame, FrameLocator, Locator, Page } from '@playwright/test';
import { corpusCase } from './fixtures/corpus';
import { CONSOLE, WORKFORCE_CONSOLE, readMarkers } from './support/console';
import { readPrompt } from './support/prompt';
import {
  CorpusDriver,
  PROMPT_NAME,
  PROMPT_TIMEOUT,
  PROJECT,
  consoleUrl,
  expect,
  loadRuntime,
  openCorpusPage,
  partsOf,
  test,
  typeName,
  type Env,
} from './support/corpus';

const DIALOG = corpusCase('en/mdc/delete-cluster');
// Fixed under the console's top bar, filling the viewport: nothing to scroll to (Firefox misjudges visibility in frames inside scrolled containers).
const FRAME_STYLE = 'position: fixed; top: 48px; left: 0; width: 100vw; height: calc(100vh - 48px); border: 0; z-index: 1050; background: #fff;';

/** Adds an iframe to the top page's <main>; `src` null = about:blank, `srcdoc` = a srcdoc frame. */
async function addFrame(page: Page, id: string, o: { src?: string; srcdoc?: string }): Promise<void> {
  await page.evaluate(
    ([id, o, style]) =>
      new Promise<void>((resolve) => {
        const frame = document.createElement('iframe');
        frame.id = id;
        frame.setAttribute('style', style);
        frame.addEventListener('load', () => resolve(), { once: true });
        if (o.src) frame.src = o.src;
        else if (o.srcdoc !== undefined) frame.srcdoc = o.srcdoc;
        document.querySelector('main')!.appendChild(frame);
        if (!o.src && o.srcdoc === undefined) resolve(); // about:blank is ready at once
      }),
    [id, o, FRAME_STYLE] as const,
  );
}

async function frameOf(page: Page, id: string): Promise<Frame> {
  const frame = await (await page.locator(`#${id}`).elementHandle())!.contentFrame();
  if (!frame) throw new Error(`no frame #${id}`);
  return frame;
}

/**
 * A real mouse click at the centre of `target` inside the frame shown by `frameElement`. (Playwright's
 * Firefox over BiDi has no bounding boxes for elements inside frames, so locator.click() cannot aim there;
 * the frame's box plus the element's client rect can.)
 */
async function clickInFrame(page: Page, frameElement: Locator, target: Locator): Promise<void> {
  const frameBox = await frameElement.boundingBox();
  const rect = await target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  if (!frameBox) throw new Error('the frame has no box');
  await page.mouse.click(frameBox.x + rect.x, frameBox.y + rect.y);
}

/** Guarded: prompt in the frame, click and Enter blocked, goes through once after typing. Not guarded: the click goes through. */
async function expectFrameDialog(page: Page, corpus: CorpusDriver, frameElement: Locator, scope: Frame | FrameLocator, guarded: boolean, what: string): Promise<void> {
  const parts = partsOf(scope, DIALOG);
  if (guarded) {
    await expect(parts.prompt, `${what}: the guard asks for the name`).toBeVisible({ timeout: PROMPT_TIMEOUT });
    await clickInFrame(page, frameElement, parts.confirm);
    await parts.body.focus();
    await page.keyboard.press('Enter');
    await corpus.settle();
    expect((await corpus.records()).confirmations, `${what}: confirmed while locked`).toEqual([]);
    await typeName(parts.prompt);
    await clickInFrame(page, frameElement, parts.confirm);
  } else {
    await corpus.settle();
    await expect(parts.prompt, `${what}: no prompt`).toHaveCount(0);
    await clickInFrame(page, frameElement, parts.confirm);
  }
  await expect.poll(async () => (await corpus.records()).confirmations.map((r) => r.id), { message: what }).toEqual([DIALOG.id]);
}

async function topPage(session: { context: import('@playwright/test').BrowserContext }, env: Env, origin = CONSOLE): Promise<Page> {
  return openCorpusPage(session.context, consoleUrl({ env, lang: 'en', origin }));
}

for (const top of ['prod', 'dev'] as const) {
  const guarded = top === 'prod';
  test.describe(`top page ${top}`, () => {
    for (const [kind, path] of [
      ['a console frame with its own project', `/kubernetes/clusters/details/us-central1/prod-cluster/details?project=${PROJECT[top]}&authuser=1`],
      ['a console frame without a project', '/cloud-shell/embedded/editor?authuser=1'],
    ] as const) {
      test(`${kind}: ${guarded ? 'guarded' : 'not guarded'}, no markers in the frame`, async ({ session }) => {
        const page = await topPage(session, top);
        await addFrame(page, 'console-frame', { src: `${CONSOLE}${path}` });
        const frame = await frameOf(page, 'console-frame');
        await loadRuntime(frame);
        const corpus = new CorpusDriver(frame);
        await corpus.open(DIALOG);
        await expectFrameDialog(page, corpus, page.locator('#console-frame'), frame, guarded, kind);
        // Markers belong to the top page only.
        await expect(page.locator('cluster-guard-banner'), 'the top page has its banner').toHaveCount(1);
        expect(await frame.locator('cluster-guard-banner').count(), 'banner inside the frame').toBe(0);
        const frameTitle = await frame.evaluate(() => document.title);
        expect(frameTitle, 'title marker inside the frame').not.toMatch(/^\[[A-Z]+\] /);
        expect(await frame.evaluate(() => document.documentElement.getAttribute('data-cluster-guard-badge')), 'badge mark inside the frame').toBeNull();
      });
    }

    for (const [kind, o] of [
      ['an about:blank frame written by the page', {}],
      ['a srcdoc frame written by the page', { srcdoc: '<!doctype html><html><head><title>editor</title></head><body><main></main></body></html>' }],
    ] as const) {
      test(`${kind}: ${guarded ? 'guarded' : 'not guarded'}`, async ({ session }) => {
        const page = await topPage(session, top);
        await addFrame(page, 'written-frame', o);
        // Until a frame hears its top frame's environment it guards as production (fail closed, by
        // design); on a loaded machine that answer can take a moment: give it one before a dev test.
        if (!guarded) await page.waitForTimeout(1000);
        const corpus = new CorpusDriver(page); // the page's own code mounts the dialog into the frame
        await page.evaluate((c) => (window as any).corpus.openInFrame('#written-frame', c), DIALOG);
        await expectFrameDialog(page, corpus, page.locator('#written-frame'), page.frameLocator('#written-frame'), guarded, kind);
        const frame = await frameOf(page, 'written-frame');
        expect(await frame.locator('cluster-guard-banner').count(), 'banner inside the frame').toBe(0);
      });
    }
  });
}

test.describe('workforce identity console (console.cloud.google)', () => {
  test('production: markers and the guard work there too', async ({ session }) => {
    const page = await topPage(session, 'prod', WORKFORCE_CONSOLE);
    await expect.poll(async () => (await readMarkers(page)).banner?.project ?? null, { message: 'banner' }).toBe(PROJECT.prod);
    await expect.poll(async () => (await readMarkers(page)).title, { message: 'title marker' }).toMatch(/^\[[A-Z]+\] /);
    const corpus = new CorpusDriver(page);
    await corpus.open(DIALOG);
    const parts = partsOf(page, DIALOG);
    await expect(parts.prompt).toBeVisible({ timeout: PROMPT_TIMEOUT });
    await expect.poll(async () => (await readPrompt(parts.prompt)).inputLabel).toBe(PROMPT_NAME);
    await parts.confirm.click({ force: true, timeout: 4_000 });
    await corpus.settle();
    expect((await corpus.records()).confirmations, 'confirmed while locked').toEqual([]);
    await typeName(parts.prompt);
    await parts.confirm.click({ timeout: 4_000 });
    await expect.poll(async () => (await corpus.records()).confirmations.length).toBe(1);
  });

  test('dev: marked, not guarded', async ({ session }) => {
    const page = await topPage(session, 'dev', WORKFORCE_CONSOLE);
    await expect.poll(async () => (await readMarkers(page)).banner?.project ?? null, { message: 'banner' }).toBe(PROJECT.dev);
    const corpus = new CorpusDriver(page);
    await corpus.open(DIALOG);
    const parts = partsOf(page, DIALOG);
    await corpus.settle();
    await expect(parts.prompt).toHaveCount(0);
    await parts.confirm.click({ timeout: 4_000 });
    await expect.poll(async () => (await corpus.records()).confirmations.length).toBe(1);
  });
});
