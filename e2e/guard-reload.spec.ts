/**
 * Fail closed across an extension reload: a dialog that is guarded when the
 * extension is reloaded (or updated) stays blocked. This reloads the
 * extension, so it launches its own browser instead of the shared one.
 */
import { test as base, expect } from '@playwright/test';
import type { BrowserKind } from './support/browsers';
import { openConsole, serveConsole } from './support/console';
import { consoleSaw, dialogFixture, openDialog, expectPrompt, typeIntoPrompt, satisfyConsole } from './support/dialogs';
import { launchExtension } from './support/launch';

const test = base.extend<{ extensionBrowser: BrowserKind }>({ extensionBrowser: ['chromium', { option: true }] });

test('a dialog open while the extension reloads stays blocked', async ({ extensionBrowser }) => {
  const session = await launchExtension(extensionBrowser);
  try {
    await serveConsole(session.context);
    const page = await openConsole(session.context, '/kubernetes/clusters/details/us-central1/main/details?project=acme-prod-1');
    const fixture = dialogFixture('gke-cluster-delete-en');
    await openDialog(page, fixture);
    await expectPrompt(page);
    await satisfyConsole(page, fixture);

    // Mark the running background, reload, and make sure the reload really happened.
    const oldWorkerClosed = session.serviceWorker ? new Promise((resolve) => session.serviceWorker!.once('close', resolve)) : null;
    await session.evaluateInBackground('(globalThis.beforeReload = true, setTimeout(() => chrome.runtime.reload(), 50), true)');
    if (oldWorkerClosed) {
      // Headless Chromium unloads an unpacked extension on runtime.reload() and does not bring it
      // back: the old content script is orphaned, its extension context gone. That is the case
      // this test is for; the worker closing proves it happened.
      await oldWorkerClosed;
    } else {
      // Firefox destroys the old content script and injects the new version into open tabs.
      await expect
        .poll(() => session.evaluateInBackground<string>('typeof globalThis.beforeReload').catch(() => 'unreachable'), { timeout: 20_000 })
        .toBe('undefined');
    }
    await page.waitForTimeout(500);

    const confirm = page.locator(fixture.confirmSelector);
    await confirm.click({ force: true });
    await page.evaluate((selector) => (document.querySelector(selector) as HTMLButtonElement).click(), fixture.confirmSelector);
    await page.locator(fixture.consoleInputSelector!).press('Enter');
    expect((await consoleSaw(page)).confirmations).toEqual([]);
    // Still one prompt (never two competing guards), and it still works.
    await expect(page.locator('cluster-guard-prompt')).toHaveCount(1);
    await typeIntoPrompt(page, 'production');
    await confirm.click();
    await expect.poll(async () => (await consoleSaw(page)).confirmations.length).toBe(1);
  } finally {
    await session.close().catch(() => undefined);
  }
});
