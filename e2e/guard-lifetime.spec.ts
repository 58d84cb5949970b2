/**
 * Dialog lifetimes, in both browsers. An unlock lasts one opening of one dialog: the same element closed
 * and reopened (native close/showModal, detached and re-attached, hidden and shown) asks again; a second
 * destructive dialog on top of or inside an unlocked one is locked; a dialog reused with new words is
 * judged again; re-rendered buttons stay blocked. A dialog's environment is where it was opened, and a
 * move to production guards what is already open. Script-made events never unlock and never confirm.
 */
import type { Page } from '@playwright/test';
import { promptHost, readPrompt, retypePrompt, scriptInput } from './support/prompt';
import { CORPUS, corpusCase, type CorpusCase } from './fixtures/corpus';
import {
  CorpusDriver,
  PROMPT_TIMEOUT,
  consoleUrl,
  expect,
  openCorpusPage,
  partsOf,
  test,
  typeName,
  type Env,
  type Parts,
} from './support/corpus';

const DELETE_CLUSTER = corpusCase('en/mdc/delete-cluster');
/** The same markup as DELETE_CLUSTER (same product element, same structure), harmless words. */
const RESTORE_CLUSTER = corpusCase('en/mdc/restore');
const NATIVE = CORPUS.find((c) => c.shape === 'native' && c.destructive && c.lang === 'en')!;
const SECOND_OVERLAY = corpusCase('en/legacy/delete-node-pool');
const SIDE_PANEL = CORPUS.find((c) => c.shape === 'side-panel' && c.destructive && c.html.includes('role="complementary"')) ?? CORPUS.find((c) => c.shape === 'side-panel' && c.destructive)!;
const ALERT = CORPUS.find((c) => c.shape === 'alertdialog' && c.destructive && c.lang === 'en')!;

async function consolePage(session: { context: import('@playwright/test').BrowserContext }, env: Env): Promise<{ page: Page; corpus: CorpusDriver }> {
  const page = await openCorpusPage(session.context, consoleUrl({ env, lang: 'en' }));
  return { page, corpus: new CorpusDriver(page) };
}

async function expectLocked(corpus: CorpusDriver, parts: Parts, c: CorpusCase, what: string): Promise<void> {
  await expect(parts.prompt, `${what}: the guard asks for the name`).toBeVisible({ timeout: PROMPT_TIMEOUT });
  await parts.confirm.click({ force: true, timeout: 4_000 });
  await corpus.settle();
  expect((await corpus.records()).confirmations, `${what}: ${c.id} confirmed while locked`).toEqual([]);
}

async function expectUnlocksOnce(corpus: CorpusDriver, parts: Parts, c: CorpusCase, what: string): Promise<void> {
  await typeName(parts.prompt);
  await parts.confirm.click({ timeout: 4_000 });
  await expect.poll(async () => (await corpus.records()).confirmations.map((r) => r.id), { message: `${what}: after typing the name` }).toEqual([c.id]);
}

test.describe('an unlock lasts one opening of one dialog', () => {
  test('a native dialog closed and reopened with showModal() asks again', async ({ session }) => {
    const { corpus, page } = await consolePage(session, 'prod');
    const parts = partsOf(page, NATIVE);
    const handle = await corpus.open(NATIVE);
    await expect(parts.prompt).toBeVisible({ timeout: PROMPT_TIMEOUT });
    await typeName(parts.prompt);
    await corpus.call('nativeClose', handle);
    await corpus.call('nativeShowModal', handle);
    await expectLocked(corpus, parts, NATIVE, 'reopened');
    await expect.poll(async () => (await readPrompt(parts.prompt)).value, 'the prompt starts empty again').toBe('');
    await expectUnlocksOnce(corpus, parts, NATIVE, 'reopened');
  });

  for (const [how, hide, show] of [
    ['detached and re-attached', 'detach', 'reattach'],
    ['hidden with display:none and shown again', 'hide:display', 'show:display'],
    ['hidden with the hidden attribute and shown again', 'hide:hidden', 'show:hidden'],
  ] as const) {
    test(`the same dialog ${how} asks again`, async ({ session }) => {
      const { corpus, page } = await consolePage(session, 'prod');
      const parts = partsOf(page, DELETE_CLUSTER);
      const handle = await corpus.open(DELETE_CLUSTER);
      await expect(parts.prompt).toBeVisible({ timeout: PROMPT_TIMEOUT });
      await typeName(parts.prompt);
      const [hideOp, hideArg] = hide.split(':');
      const [showOp, showArg] = show.split(':');
      await corpus.call(hideOp!, handle, hideArg);
      await corpus.settle();
      await corpus.call(showOp!, handle, showArg);
      await expectLocked(corpus, parts, DELETE_CLUSTER, how);
      await expect.poll(async () => (await readPrompt(parts.prompt)).value, 'the prompt starts empty again').toBe('');
      await expectUnlocksOnce(corpus, parts, DELETE_CLUSTER, how);
    });
  }

  test('a second destructive dialog on top of an unlocked one is locked', async ({ session }) => {
    const { corpus, page } = await consolePage(session, 'prod');
    const first = partsOf(page.locator('.cdk-overlay-pane').nth(0), DELETE_CLUSTER);
    await corpus.open(DELETE_CLUSTER);
    await expect(first.prompt).toBeVisible({ timeout: PROMPT_TIMEOUT });
    await typeName(first.prompt);
    await corpus.open(SECOND_OVERLAY);
    const second = partsOf(page.locator('.cdk-overlay-pane').nth(1), SECOND_OVERLAY);
    await expectLocked(corpus, second, SECOND_OVERLAY, 'on top');
    await expectUnlocksOnce(corpus, second, SECOND_OVERLAY, 'on top');
  });

  test('a destructive dialog opened inside an unlocked one is locked', async ({ session }) => {
    const { corpus, page } = await consolePage(session, 'prod');
    const outerRoot = page.locator(SIDE_PANEL.selectors.root).first();
    const outerPrompt = promptHost(outerRoot).first();
    const outerHandle = await corpus.open(SIDE_PANEL);
    await expect(outerPrompt).toBeVisible({ timeout: PROMPT_TIMEOUT });
    await typeName(outerPrompt);
    await corpus.open(ALERT, { parent: outerHandle });
    const innerRoot = outerRoot.locator(ALERT.selectors.root);
    const inner = partsOf(outerRoot, ALERT, innerRoot);
    await expectLocked(corpus, inner, ALERT, 'inside');
    await expectUnlocksOnce(corpus, inner, ALERT, 'inside');
  });

  test('a harmless dialog reused with destructive words is guarded', async ({ session }) => {
    const { corpus, page } = await consolePage(session, 'prod');
    const parts = partsOf(page, DELETE_CLUSTER);
    const handle = await corpus.open(RESTORE_CLUSTER);
    await corpus.settle();
    await expect(parts.prompt, 'no prompt while it restores').toHaveCount(0);
    await corpus.call('swapText', handle, DELETE_CLUSTER);
    await expectLocked(corpus, parts, DELETE_CLUSTER, 'reused');
    await expectUnlocksOnce(corpus, parts, DELETE_CLUSTER, 'reused');
  });

  test('buttons re-rendered after opening stay blocked', async ({ session }) => {
    const { corpus, page } = await consolePage(session, 'prod');
    const parts = partsOf(page, DELETE_CLUSTER);
    const handle = await corpus.open(DELETE_CLUSTER);
    await expect(parts.prompt).toBeVisible({ timeout: PROMPT_TIMEOUT });
    await corpus.call('rerender', handle);
    await expectLocked(corpus, parts, DELETE_CLUSTER, 're-rendered');
    await parts.confirm.focus();
    await page.keyboard.press('Space');
    await corpus.settle();
    expect((await corpus.records()).confirmations, 'Space on the re-rendered confirm').toEqual([]);
    await expectUnlocksOnce(corpus, parts, DELETE_CLUSTER, 're-rendered');
  });
});

test.describe("a dialog's environment", () => {
  test('a dialog opened in production stays guarded when the URL moves to a dev project', async ({ session }) => {
    const { corpus, page } = await consolePage(session, 'prod');
    const parts = partsOf(page, DELETE_CLUSTER);
    await corpus.open(DELETE_CLUSTER);
    await expect(parts.prompt).toBeVisible({ timeout: PROMPT_TIMEOUT });
    const dev = consoleUrl({ env: 'dev', lang: 'en' });
    await page.evaluate((href) => (window as any).consoleNavigate(href), dev);
    await expect(page).toHaveURL(dev);
    await expectLocked(corpus, parts, DELETE_CLUSTER, 'after pushState to dev');
    await parts.body.focus();
    await page.keyboard.press('Enter');
    await corpus.settle();
    expect((await corpus.records()).confirmations, 'Enter after pushState to dev').toEqual([]);
    await expectUnlocksOnce(corpus, parts, DELETE_CLUSTER, 'after pushState to dev');
  });

  test('a dialog open on a dev page is guarded once the URL moves to production', async ({ session }) => {
    const { corpus, page } = await consolePage(session, 'dev');
    const parts = partsOf(page, DELETE_CLUSTER);
    await corpus.open(DELETE_CLUSTER);
    await corpus.settle();
    await expect(parts.prompt, 'not guarded on a dev page').toHaveCount(0);
    const prod = consoleUrl({ env: 'prod', lang: 'en' });
    await page.evaluate((href) => (window as any).consoleNavigate(href), prod);
    await expect(page).toHaveURL(prod);
    await expectLocked(corpus, parts, DELETE_CLUSTER, 'after pushState to production');
    await expectUnlocksOnce(corpus, parts, DELETE_CLUSTER, 'after pushState to production');
  });
});

test.describe('script-made events', () => {
  test('an input event dispatched by script on the prompt never unlocks', async ({ session }) => {
    const { corpus, page } = await consolePage(session, 'prod');
    const parts = partsOf(page, DELETE_CLUSTER);
    await corpus.open(DELETE_CLUSTER);
    await expect(parts.prompt).toBeVisible({ timeout: PROMPT_TIMEOUT });
    // The page cannot reach the input (closed shadow root); a script that can (another extension, the probe) tries.
    await scriptInput(parts.prompt, 'production');
    await expectLocked(corpus, parts, DELETE_CLUSTER, 'script input');
    await page.keyboard.press('Enter');
    await corpus.settle();
    expect((await corpus.records()).confirmations, 'Enter after a script input').toEqual([]);
    await retypePrompt(parts.prompt, '');
    await expectUnlocksOnce(corpus, parts, DELETE_CLUSTER, 'real typing after a script input');
  });

  test('a script click on a locked confirm is blocked', async ({ session }) => {
    const { corpus, page } = await consolePage(session, 'prod');
    const parts = partsOf(page, DELETE_CLUSTER);
    await corpus.open(DELETE_CLUSTER);
    await expect(parts.prompt).toBeVisible({ timeout: PROMPT_TIMEOUT });
    await parts.confirm.evaluate((button: HTMLElement) => {
      button.click();
      button.querySelector('span')?.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    });
    await corpus.settle();
    expect((await corpus.records()).confirmations, 'script clicks').toEqual([]);
    await expectUnlocksOnce(corpus, parts, DELETE_CLUSTER, 'after script clicks');
  });
});
