/**
 * In both browsers: destructive dialogs in production ask for the
 * environment's name, and no route lets the console's confirm handler run
 * before it is typed. The fake console (e2e/fixtures/dialogs/runtime.js)
 * records every time its own handlers run.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/test';
import { openConsole } from './support/console';
import { LOCAL_KEYS } from '../src/platform/storage-keys';
import { badgeForProject, clearSettings, storeSettings, readAuditLog } from './support/extension-state';
import { scriptInput, typeName } from './support/prompt';
import { DIALOG_FIXTURES, consoleSaw, dialogFixture, openDialog, expectPrompt, promptInput, readPromptOf, typeIntoPrompt, satisfyConsole, type DialogFixture, openGuarded, expectNothingConfirmed } from './support/dialogs';

const PROD = '/kubernetes/list/overview?project=acme-prod-1';

/** The dialog is guarded: its confirm is marked and does nothing until "production" is typed, then works once. */
async function expectBlockedUntilTyped(page: Page, fixture: DialogFixture) {
  await openGuarded(page, fixture);
  const confirm = page.locator(fixture.confirmSelector);
  await expect(confirm).toHaveAttribute('aria-disabled', 'true');
  await confirm.click({ force: true });
  await expectNothingConfirmed(page);

  await typeIntoPrompt(page, 'production');
  await expect(confirm).not.toHaveAttribute('aria-disabled', 'true');
  await confirm.click();
  await expect.poll(async () => (await consoleSaw(page)).confirmations.map((c) => c.id)).toEqual([fixture.id]);
}

test.beforeEach(async ({ session }) => {
  await clearSettings(session);
});

for (const fixture of DIALOG_FIXTURES.filter((f) => f.destructive)) {
  test(`guards ${fixture.id}: blocked until "production" is typed`, async ({ session }) => {
    await expectBlockedUntilTyped(await openConsole(session.context, PROD), fixture);
  });
}

for (const fixture of DIALOG_FIXTURES.filter((f) => !f.destructive)) {
  test(`leaves harmless ${fixture.id} alone in production`, async ({ session }) => {
    const page = await openConsole(session.context, PROD);
    await openDialog(page, fixture);
    await satisfyConsole(page, fixture);
    await page.locator(fixture.confirmSelector).click();
    await expect.poll(async () => (await consoleSaw(page)).confirmations.length).toBe(1);
    await expect(page.locator('cluster-guard-prompt')).toHaveCount(0);
  });
}

test('stopping a VM is free in production, and guarded where the policy lists stop in alsoGuard', async ({ session }) => {
  // Free by default: the harmless loop above covers the stop fixtures; here the same dialogs once production asks.
  await storeSettings(session, {
    schemaVersion: 1,
    useDefaultRules: true,
    environments: [{ name: 'production', label: 'PROD', color: '#c5221f', typedConfirmation: true, alsoGuard: ['stop'] }],
    rules: [],
  });
  for (const id of ['vm-instance-stop-en', 'vm-instance-stop-ja']) {
    const page = await openConsole(session.context, PROD);
    await expectBlockedUntilTyped(page, dialogFixture(id));
    await page.close();
  }
});

test('no bypass: pointer, keyboard, console input, programmatic clicks, re-render, same-task click', async ({ session }) => {
  const page = await openConsole(session.context, PROD);
  const fixture = dialogFixture('gke-cluster-delete-en');
  await openGuarded(page, fixture);
  const confirm = page.locator(fixture.confirmSelector);

  // Mouse on the button and on the label span inside it.
  await confirm.click({ force: true });
  await confirm.locator('.mdc-button__label').click({ force: true });
  // Presses dispatched by script, and programmatic clicks on the button and inside it.
  await page.evaluate((selector) => {
    const button = document.querySelector(selector) as HTMLButtonElement;
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) {
      button.dispatchEvent(new (type.startsWith('pointer') ? PointerEvent : MouseEvent)(type, { bubbles: true, cancelable: true, composed: true }));
    }
    button.click();
    (button.querySelector('span') as HTMLElement).click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  }, fixture.confirmSelector);
  // Keyboard on the focused button.
  await confirm.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  // Enter in the console's own input, which already holds what the console wants.
  await page.locator(fixture.consoleInputSelector!).press('Enter');
  // The console (or anyone) re-enabling the button and stripping our marks.
  await page.evaluate((selector) => {
    const button = document.querySelector(selector)!;
    button.removeAttribute('disabled');
    for (const name of button.getAttributeNames()) if (name.startsWith('aria-disabled') || name.startsWith('data-cluster-guard')) button.removeAttribute(name);
    (button as HTMLButtonElement).click();
  }, fixture.confirmSelector);
  await expectNothingConfirmed(page);
  await expect.poll(async () => (await readPromptOf(page))?.status).toContain('Blocked');

  // The same dialog unlocks once the name is typed: the routes above were really blocked, not broken.
  await typeIntoPrompt(page, 'production');
  await page.locator(fixture.consoleInputSelector!).press('Enter');
  await expect.poll(async () => (await consoleSaw(page)).confirmations).toEqual([{ id: fixture.id, via: 'enter' }]);
});

test('no bypass: form submit and Enter in a form dialog', async ({ session }) => {
  const page = await openConsole(session.context, PROD);
  const fixture = dialogFixture('sql-instance-delete-en');
  await openGuarded(page, fixture);
  await page.locator(fixture.consoleInputSelector!).press('Enter');
  await page.evaluate(() => {
    const form = document.querySelector('sql-delete-instance-dialog form') as HTMLFormElement;
    form.requestSubmit();
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await expectNothingConfirmed(page);
  await typeIntoPrompt(page, 'production');
  await page.locator(fixture.confirmSelector).click();
  await expect.poll(async () => (await consoleSaw(page)).confirmations.map((c) => c.via)).toEqual(['submit']);
});

test('no bypass: buttons re-rendered and re-enabled by the console after opening', async ({ session }) => {
  const page = await openConsole(session.context, PROD);
  for (const fixture of DIALOG_FIXTURES.filter((f) => f.destructive && f.rerenderButtons)) {
    const before = await page.evaluate(() => (window as any).consoleDialogs.rerenders as number);
    await openGuarded(page, fixture);
    // The counter is page-wide: wait for THIS dialog's re-render, not an earlier one's.
    await page.waitForFunction((count) => (window as any).consoleDialogs.rerenders > count, before);
    await satisfyConsole(page, fixture); // the fresh buttons follow the console's own state again
    const confirm = page.locator(fixture.confirmSelector);
    await expect(confirm).toHaveAttribute('aria-disabled', 'true'); // our mark is back on the new button
    await confirm.click({ force: true });
    await page.evaluate((selector) => (document.querySelector(selector) as HTMLButtonElement).click(), fixture.confirmSelector);
    await expectNothingConfirmed(page);
    await page.evaluate(() => (window as any).consoleDialogs.close());
  }
});

test('no bypass: a click in the same task as the dialog is inserted', async ({ session }) => {
  const page = await openConsole(session.context, PROD);
  await page.waitForFunction(() => Boolean((window as any).consoleDialogs));
  for (const id of ['gke-cluster-delete-en', 'gke-node-pool-delete-ja', 'disk-delete-en']) {
    const confirmed = await page.evaluate((f) => (window as any).consoleDialogs.openAndClickSameTask(f), dialogFixture(id));
    expect(confirmed, id).toBe(false);
  }
  await expectNothingConfirmed(page);
});

test('wrong names do not unlock; the name unlocks trimmed and in any case; clearing locks again', async ({ session }) => {
  const page = await openConsole(session.context, PROD);
  const fixture = dialogFixture('gke-node-pool-delete-en');
  await openGuarded(page, fixture);
  const confirm = page.locator(fixture.confirmSelector);
  for (const wrong of ['prod', 'PROD', 'staging', 'acme-prod-1', 'productio', 'production-x', 'development']) {
    await typeIntoPrompt(page, wrong);
    await confirm.click({ force: true });
    await page.keyboard.press('Enter');
  }
  await expectNothingConfirmed(page);

  await typeIntoPrompt(page, '  PRODUCTION ');
  await typeIntoPrompt(page, '');
  await confirm.click({ force: true });
  await expectNothingConfirmed(page);

  await typeIntoPrompt(page, '  PRODUCTION ');
  await confirm.click();
  await expect.poll(async () => (await consoleSaw(page)).confirmations.length).toBe(1);
});

test('typing unlocks only that dialog: the next one asks again', async ({ session }) => {
  const page = await openConsole(session.context, PROD);
  const fixture = dialogFixture('vm-instance-delete-en');
  await openGuarded(page, fixture);
  await typeIntoPrompt(page, 'production');
  await page.locator(fixture.confirmSelector).click();
  await expect.poll(async () => (await consoleSaw(page)).confirmations.length).toBe(1);

  await openGuarded(page, fixture);
  await expect.poll(async () => (await readPromptOf(page))?.value).toBe('');
  await page.locator(fixture.confirmSelector).click({ force: true });
  expect((await consoleSaw(page)).confirmations).toHaveLength(1);
});

test('cancel, close and Escape stay free', async ({ session }) => {
  const page = await openConsole(session.context, PROD);
  const fixture = dialogFixture('gke-cluster-delete-en');
  await openGuarded(page, fixture);
  await page.locator(fixture.cancelSelector!).click();
  await expect.poll(async () => (await consoleSaw(page)).cancellations).toBe(1);

  await openGuarded(page, fixture);
  await page.locator(fixture.closeSelector!).click();
  await expect.poll(async () => (await consoleSaw(page)).cancellations).toBe(2);

  await openGuarded(page, fixture);
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await consoleSaw(page)).cancellations).toBe(3);
  await expectNothingConfirmed(page);
});

test("keys typed into the prompt never reach the console's shortcuts", async ({ session }) => {
  const page = await openConsole(session.context, PROD);
  await page.evaluate(() => {
    (window as any).consoleKeys = [];
    const record = (e: KeyboardEvent) => (window as any).consoleKeys.push(e.key);
    document.addEventListener('keydown', record, true);
    window.addEventListener('keyup', record);
  });
  await openGuarded(page, dialogFixture('storage-bucket-delete-en'));
  await typeName(promptInput(page), '/prod');
  expect(await page.evaluate(() => (window as any).consoleKeys)).toEqual([]);
  const prompt = await readPromptOf(page);
  expect(prompt?.value).toBe('/prod');
  expect(prompt?.focused).toBe(true);
});

test('staging, development and unmatched projects are not guarded', async ({ session }) => {
  const fixture = dialogFixture('gke-cluster-delete-en');
  for (const project of ['acme-stg-1', 'acme-dev-1', 'random-project']) {
    const page = await openConsole(session.context, `/kubernetes/list/overview?project=${project}`);
    await openDialog(page, fixture);
    await satisfyConsole(page, fixture);
    await page.locator(fixture.confirmSelector).click();
    await expect.poll(async () => (await consoleSaw(page)).confirmations.length, project).toBe(1);
    await expect(page.locator('cluster-guard-prompt')).toHaveCount(0);
  }
});

test('a personal rule can make any project guarded, and corrupt settings still guard production', async ({ session }) => {
  await storeSettings(session, {
    schemaVersion: 1,
    useDefaultRules: true,
    environments: [],
    rules: [{ kind: 'exact', pattern: 'random-project', environment: 'production' }],
  });
  const page = await openConsole(session.context, '/kubernetes/list/overview?project=random-project');
  await openGuarded(page, dialogFixture('gke-cluster-delete-en'));

  await storeSettings(session, { schemaVersion: 1, rules: 'not a list', environments: 42 });
  const prod = await openConsole(session.context, PROD);
  await openGuarded(prod, dialogFixture('disk-delete-en'));
  await prod.locator(dialogFixture('disk-delete-en').confirmSelector).click({ force: true });
  await expectNothingConfirmed(prod);
});

test('the prompt says in one line which other environments are open in other tabs, marked ones only', async ({ session }) => {
  const staging = await openConsole(session.context, '/sql/instances?project=acme-stg-1');
  await expect(staging.locator('cluster-guard-banner')).toHaveCount(1);
  await expect.poll(() => badgeForProject(session, 'acme-stg-1')).toBe('STG');
  const unmarked = await openConsole(session.context, '/sql/instances?project=random-project');
  await expect(unmarked.locator('cluster-guard-banner')).toHaveCount(0);

  const prod = await openConsole(session.context, PROD);
  await openGuarded(prod, dialogFixture('gke-cluster-delete-en'));
  await expect.poll(async () => (await readPromptOf(prod))?.others.join('\n') ?? '').toMatch(/^Also open in other tabs: .*staging · acme-stg-1/);
  const prompt = await readPromptOf(prod);
  expect(prompt?.others, 'one line').toHaveLength(1);
  expect(prompt?.othersLines, 'shown on one line').toBe(1);
  expect(prompt?.others[0], 'an unmarked project is no environment to mix up').not.toContain('random-project');
});

test('every guarded dialog is recorded in the audit trail', async ({ session }) => {
  await session.evaluateInBackground(`chrome.storage.local.remove(${JSON.stringify(LOCAL_KEYS.auditLog)}).then(() => true)`);
  const page = await openConsole(session.context, PROD);
  const fixture = dialogFixture('gke-cluster-delete-en');
  await openGuarded(page, fixture);
  await page.locator(fixture.confirmSelector).click({ force: true }); // blocked
  await page.locator(fixture.cancelSelector!).click(); // cancelled
  await openGuarded(page, fixture);
  await typeIntoPrompt(page, 'production');
  await page.locator(fixture.confirmSelector).click(); // confirmed

  await expect.poll(async () => (await readAuditLog(session)).map((e) => e.outcome)).toEqual(['blocked', 'cancelled', 'confirmed']);
  const [entry] = await readAuditLog(session);
  expect(entry).toMatchObject({ project: 'acme-prod-1', environment: 'production', title: 'Delete cluster', kind: 'gke-cluster', resourceName: 'prod-cluster' });
  expect(Date.parse(entry!.time)).toBeGreaterThan(Date.now() - 60_000);
});

test('only a person unlocks: script input and script clicks change nothing, and the prompt comes back if removed', async ({ session }) => {
  const page = await openConsole(session.context, PROD);
  const fixture = dialogFixture('gke-node-pool-delete-en');
  await openGuarded(page, fixture);
  // The page cannot reach the prompt's input; a script that can (another extension: the probe) sets
  // its value and announces it, then the page clicks the confirm.
  expect(await page.evaluate(() => document.querySelector('cluster-guard-prompt')!.shadowRoot)).toBeNull();
  await scriptInput(promptInput(page), 'production');
  await page.evaluate((selector) => (document.querySelector(selector) as HTMLElement).click(), fixture.confirmSelector);
  await expectNothingConfirmed(page);
  await expect(page.locator(fixture.confirmSelector)).toHaveAttribute('aria-disabled', 'true');

  // The page removes the prompt: it is put back.
  await page.evaluate(() => document.querySelector('cluster-guard-prompt')!.remove());
  await expectPrompt(page);

  // A person types the name; a script click afterwards goes through (the console's own code may
  // act for the person) but is not recorded as the person's confirmation.
  await typeIntoPrompt(page, 'production');
  await page.evaluate((selector) => (document.querySelector(selector) as HTMLElement).click(), fixture.confirmSelector);
  await expect.poll(async () => (await consoleSaw(page)).confirmations.length).toBe(1);
  await expect.poll(async () => (await readAuditLog(session)).at(-1)?.outcome).toBe('cancelled');
});

test('the prompt says what will happen in one sentence, in the console language', async ({ session }) => {
  const ja = await openConsole(session.context, `${PROD}&hl=ja`);
  await openGuarded(ja, dialogFixture('gke-cluster-delete-ja'));
  const jaPrompt = await readPromptOf(ja);
  expect(jaPrompt?.sentenceLang).toBe('ja');
  expect(jaPrompt?.sentence).toBe('「“prod-cluster” を削除しますか？」は production 環境のプロジェクト acme-prod-1 に対して実行されます。');
  // Whole: the label, the word set apart and the status are Japanese too, not the browser's language.
  expect(jaPrompt).toMatchObject({ inputLabel: '確認のため production と入力してください', word: 'production', status: 'ロック中: 名前を入力するまで操作は無効です。' });

  const en = await openConsole(session.context, PROD);
  await openGuarded(en, dialogFixture('gke-node-pool-delete-en'));
  await expect.poll(async () => (await readPromptOf(en))?.sentence).toBe('“Delete node pool?” will act on production: project acme-prod-1.');
});
