/** Drives the fake console's dialogs (e2e/fixtures/dialogs/runtime.js) from tests. */
import type { Page } from '@playwright/test';
import { DIALOG_FIXTURES, type DialogFixture } from '../fixtures/dialogs/catalog';

export { DIALOG_FIXTURES, type DialogFixture };

export function dialogFixture(id: string): DialogFixture {
  const found = DIALOG_FIXTURES.find((fixture) => fixture.id === id);
  if (!found) throw new Error(`no dialog fixture ${id}`);
  return found;
}

export async function openDialog(page: Page, fixture: DialogFixture): Promise<void> {
  await page.waitForFunction(() => Boolean((window as any).consoleDialogs));
  await page.evaluate((f) => void (window as any).consoleDialogs.open(f), fixture);
}

/** What the console's own handlers saw: the guard must keep these empty until unlocked. */
export async function consoleSaw(page: Page): Promise<{ confirmations: { id: string; via: string }[]; pressed: { id: string; via: string }[]; cancellations: number }> {
  return page.evaluate(() => {
    const api = (window as any).consoleDialogs;
    return { confirmations: [...api.confirmations], pressed: [...api.pressed], cancellations: api.cancellations };
  });
}

/** The guard's input, found by its accessible name as a user of assistive tech would. */
export function promptInput(page: Page, environmentName = 'production') {
  return page.getByRole('textbox', { name: `Type ${environmentName} to confirm` });
}

/**
 * Types into the guard's prompt as a person does, key by key (the prompt
 * ignores untrusted input; Firefox's `fill()` is not a real keystroke).
 * Replaces whatever the prompt held.
 */
export async function typeIntoPrompt(page: Page, text: string, environmentName = 'production'): Promise<void> {
  const input = promptInput(page, environmentName);
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.press('Backspace');
  if (text) await input.pressSequentially(text);
}

/** What the guard's prompt shows, or null when there is none. */
export async function readPrompt(page: Page): Promise<{ value: string; status: string } | null> {
  return page.evaluate(() => {
    const root = document.querySelector('cluster-guard-prompt')?.shadowRoot;
    if (!root) return null;
    return { value: (root.querySelector('input') as HTMLInputElement).value, status: root.querySelector('.status')?.textContent ?? '' };
  });
}

/** Fills the console's OWN confirmation input (type the resource name), when the fixture has one. */
export async function satisfyConsole(page: Page, fixture: DialogFixture): Promise<void> {
  if (fixture.consoleInputSelector && fixture.requiredConsoleText !== null) {
    await page.locator(fixture.consoleInputSelector).fill(fixture.requiredConsoleText);
  }
}
