/**
 * The prompt speaks the console's language, whole (Polish, Ukrainian, Vietnamese, Arabic right to left),
 * and sits the same 24 px in from the dialog's edges as in AWS and Azure (cloud-consoles.spec).
 * Once "production" is typed, the console's own confirm acts, in Cloud SQL and Cloud Storage delete
 * dialogs built with real Angular Material (demo/: MatDialog, mat-button Cancel, warn mat-flat-button
 * Delete, both with ripples) in Polish, Ukrainian, Vietnamese and Arabic, where the guard may know no
 * words and decides from the language-independent hints. A real mouse click on Delete (mousedown
 * inserts Material's ripple into the button), Enter and Space on it, and Enter in the prompt all
 * carry out the action. And a console that confirms on a document-level Enter is stopped while the
 * dialog is locked, whatever has focus.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/test';
import { CONSOLE, serveDemoConsoleForFile } from './support/console';
import { expectPrompt, promptLabel, readPromptOf, typeIntoPrompt } from './support/dialogs';
import { promptHost, promptInset } from './support/prompt';
import { promptSentence, promptWords } from '../src/core/prompt-text';
import { PROMPT_INSET } from '../src/core/prompt-text/inset';
import type { ExtensionSession } from './support/launch';
import { RESOURCE_DELETE_WORDS, type ResourceLang, type ResourceProduct } from '../demo/src/resource-delete-words';

/** The app compiles its components just in time when it starts: seconds on a busy 2-core machine. */
const APP_START = 30_000;
test.describe.configure({ timeout: 120_000 });

const PROJECT = 'acme-prod-1';
const INSTANCE = 'orders-db';
const BUCKET = 'acme-prod-exports';

serveDemoConsoleForFile();

interface Console {
  page: Page;
  product: ResourceProduct;
  lang: ResourceLang;
  name: string;
}

async function openConsole(session: ExtensionSession, product: ResourceProduct, lang: ResourceLang, extra = ''): Promise<Console> {
  const page = await session.context.newPage();
  const path = (product === 'sql' ? `/sql/instances/${INSTANCE}/overview?project=${PROJECT}&hl=${lang}` : `/storage/browser?project=${PROJECT}&hl=${lang}&fx-bucket=${BUCKET}`) + extra;
  await page.goto(`${CONSOLE}${path}`);
  await expect(page.locator('main.page h1')).toBeVisible({ timeout: APP_START });
  return { page, product, lang, name: product === 'sql' ? INSTANCE : BUCKET };
}

const words = (c: Console) => RESOURCE_DELETE_WORDS[c.lang][c.product];

/** Opens the delete dialog, waits for the prompt and satisfies the console's own check, key by key. */
async function openDelete(c: Console): Promise<{ dialog: Locator; confirm: Locator }> {
  await c.page.locator('button.open-delete').click();
  const dialog = c.page.getByRole('dialog', { name: words(c).title(c.name) });
  await expect(dialog).toBeVisible();
  await expectPrompt(c.page);
  await dialog.getByRole('textbox', { name: words(c).confirmLabel }).pressSequentially(words(c).confirmWord(c.name));
  return { dialog, confirm: dialog.getByRole('button', { name: words(c).delete, exact: true }) };
}

const confirmations = (page: Page) => page.evaluate(() => [...((window as any).demoConsole?.confirmations ?? [])] as { name: string; via: string }[]);

async function expectConfirmed(c: Console, dialog: Locator, count: number, via: string[]): Promise<void> {
  await expect(dialog, 'the console closed its dialog').toHaveCount(0);
  const seen = await confirmations(c.page);
  expect(seen).toHaveLength(count);
  expect(seen.at(-1)?.name).toBe(c.name);
  expect(via).toContain(seen.at(-1)?.via);
  await expect(c.page.locator('p.deleted')).toHaveText(words(c).deleted(c.name));
}

const CASES: [ResourceProduct, ResourceLang][] = [
  ['sql', 'pl'],
  ['storage', 'uk'],
  ['sql', 'vi'],
  ['storage', 'ar'],
];

for (const [product, lang] of CASES) {
  test(`${product} in ${lang}: blocked until "production" is typed, then a real click on Delete (through its ripple) deletes`, async ({ session }) => {
    const c = await openConsole(session, product, lang);
    const { dialog, confirm } = await openDelete(c);
    // The whole prompt in the console's language: one sentence, the word set apart, the status.
    const said = promptWords(lang);
    expect(await readPromptOf(c.page)).toMatchObject({
      sentenceLang: lang,
      dir: lang === 'ar' ? 'rtl' : 'ltr',
      sentence: promptSentence(said, { title: words(c).title(c.name), environment: 'production', project: PROJECT }),
      inputLabel: promptLabel('production', lang),
      word: 'production',
      status: said.locked,
    });
    await expect.poll(() => promptInset(promptHost(c.page), '.mat-mdc-dialog-surface'), { message: 'inset from the dialog card' }).toEqual({ left: PROMPT_INSET, right: PROMPT_INSET });
    await confirm.click({ force: true });
    await c.page.waitForTimeout(200);
    await expect(dialog, 'locked: nothing deleted').toBeVisible();
    expect(await confirmations(c.page)).toEqual([]);
    expect((await readPromptOf(c.page))?.status).toBe(said.blocked);

    await typeIntoPrompt(c.page, 'production');
    await expect.poll(async () => (await readPromptOf(c.page))?.statusState).toBe('unlocked');
    await confirm.click();
    await expectConfirmed(c, dialog, 1, ['button']);
    // Material really put its ripple into the button on mouse-down (what re-read the dialog).
    expect(await c.page.evaluate(() => document.querySelectorAll('.mat-mdc-button-ripple').length)).toBeGreaterThan(0);

    if (lang === 'pl' || lang === 'uk') {
      // The keyboard routes on the focused Delete: Enter, then Space.
      for (const key of ['Enter', 'Space'] as const) {
        const again = await openDelete(c);
        await typeIntoPrompt(c.page, 'production');
        await again.confirm.press(key);
        // Enter reaches the page's document-level listener before it presses the button: either confirms.
        await expectConfirmed(c, again.dialog, key === 'Enter' ? 2 : 3, key === 'Enter' ? ['button', 'document-enter'] : ['button']);
      }
    }
  });
}

test('a console confirming on a document-level Enter: stopped while locked, wherever focus is; typing and Enter in the prompt work', async ({ session }) => {
  const c = await openConsole(session, 'sql', 'uk', '&fx-backdrop=none');
  const { dialog } = await openDelete(c);
  // A click on the page behind the dialog takes focus out of it; then Enter, NumpadEnter and Space.
  await c.page.locator('main.page h1').click();
  expect(await c.page.evaluate(() => document.activeElement?.localName)).toBe('body');
  for (const key of ['Enter', 'NumpadEnter', 'Space']) await c.page.keyboard.press(key);
  await c.page.waitForTimeout(200);
  await expect(dialog, 'locked: nothing deleted').toBeVisible();
  expect(await confirmations(c.page)).toEqual([]);
  // The console's own field still takes a Space a person types.
  const field = dialog.getByRole('textbox', { name: words(c).confirmLabel });
  await field.press('End');
  await c.page.keyboard.press('Space');
  await expect(field).toHaveValue(`${INSTANCE} `);
  await c.page.keyboard.press('Backspace');

  // The person types the name in the prompt: their Enter there is not lost, it confirms as the console's Delete would.
  await typeIntoPrompt(c.page, 'production');
  await expect.poll(async () => (await readPromptOf(c.page))?.statusState).toBe('unlocked');
  await c.page.keyboard.press('Enter');
  await expectConfirmed(c, dialog, 1, ['button']);

  // Unlocked, the console's document-level Enter with focus on the page confirms as the console means it to.
  const again = await openDelete(c);
  await typeIntoPrompt(c.page, 'production');
  await expect.poll(async () => (await readPromptOf(c.page))?.statusState).toBe('unlocked');
  await c.page.locator('main.page h1').click();
  await c.page.keyboard.press('Enter');
  await expectConfirmed(c, again.dialog, 2, ['document-enter']);
});
