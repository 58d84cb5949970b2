/** Drives the fake console's dialogs (e2e/fixtures/dialogs/runtime.js) from tests. */
import { expect, type Frame, type Locator, type Page } from '@playwright/test';
import { promptHost, readPrompt, retypePrompt, type PromptView } from './prompt';
import { promptWords, typeLabel } from '../../src/core/prompt-text';
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

/** The guard's prompt host in `page` (its inside is closed to the page: see support/prompt). */
export function promptInput(page: Page | Frame): Locator {
  return promptHost(page);
}

/** What the prompt's input is labelled in `lang` for `environmentName`: "Type production to confirm". */
export function promptLabel(environmentName: string, lang = 'en'): string {
  return typeLabel(promptWords(lang), environmentName).whole;
}

/**
 * The prompt is shown, its input labelled in the language it speaks ("Type <name> to confirm"), as
 * assistive tech reads it, and the name set apart as the word to type.
 */
export async function expectPrompt(page: Page | Frame, environmentName = 'production', o: { timeout?: number } = {}): Promise<void> {
  await expect(promptHost(page)).toBeVisible(o);
  await expect
    .poll(async () => {
      const prompt = await readPrompt(promptHost(page));
      return { label: prompt.inputLabel, word: prompt.word };
    }, o)
    .toEqual({ label: promptLabel(environmentName, (await readPrompt(promptHost(page))).sentenceLang ?? 'en'), word: environmentName });
}

/**
 * Types into the guard's prompt as a person does: a click into it, then key by key (the prompt
 * ignores untrusted input). Replaces whatever the prompt held.
 */
export async function typeIntoPrompt(page: Page, text: string): Promise<void> {
  await retypePrompt(promptHost(page), text);
}

/** What the guard's prompt shows (through the probe), or null when there is none. */
export async function readPromptOf(page: Page): Promise<PromptView | null> {
  const host = promptHost(page);
  if ((await host.count()) === 0) return null;
  return readPrompt(host);
}

/** Fills the console's OWN confirmation input (type the resource name), when the fixture has one. */
export async function satisfyConsole(page: Page, fixture: DialogFixture): Promise<void> {
  if (fixture.consoleInputSelector && fixture.requiredConsoleText !== null) {
    await page.locator(fixture.consoleInputSelector).fill(fixture.requiredConsoleText);
  }
}

/** Opens `fixture` in production and waits for the guard's prompt; fills the console's own input where it has one. */
export async function openGuarded(page: Page, fixture: DialogFixture): Promise<void> {
  await openDialog(page, fixture);
  await expectPrompt(page);
  await satisfyConsole(page, fixture);
}

/** The console's own handlers ran for nothing: no confirmation, no press. */
export async function expectNothingConfirmed(page: Page): Promise<void> {
  expect(await consoleSaw(page)).toMatchObject({ confirmations: [], pressed: [] });
}
