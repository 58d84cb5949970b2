/**
 * The options page's Banner section, in Chromium (moz-extension:// pages
 * cannot be opened over WebDriver BiDi): the size radio group and the
 * header tint checkbox with the keyboard, Save reaching an open console tab,
 * export -> import keeping the choice, and a field the team policy sets
 * shown disabled as set by it.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './support/test';
import { openConsole } from './support/console';
import type { ExtensionSession } from './support/launch';
import { LOCAL_KEYS } from '../src/platform/storage-keys';

test.skip(({ extensionBrowser }) => extensionBrowser === 'firefox', 'moz-extension pages cannot be opened over WebDriver BiDi');

async function setLocal(session: ExtensionSession, values: Record<string, unknown>): Promise<void> {
  await session.evaluateInBackground(`chrome.storage.local.set(${JSON.stringify(values)}).then(() => true)`);
}

async function storedBanner(session: ExtensionSession): Promise<unknown> {
  const stored = await session.evaluateInBackground<{ personal?: { banner?: unknown } } | null>(
    `chrome.storage.local.get(${JSON.stringify(LOCAL_KEYS.settings)}).then((r) => r[${JSON.stringify(LOCAL_KEYS.settings)}] ?? null)`,
  );
  return stored?.personal?.banner ?? null;
}

async function openOptions(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
  await expect(page.getByRole('heading', { level: 3, name: 'Banner' })).toBeVisible();
  return page;
}

const bannerHeight = (page: Page) => page.evaluate(() => document.querySelector('cluster-guard-banner')?.getBoundingClientRect().height ?? null);
const tinted = (page: Page) => page.evaluate(() => [...document.querySelectorAll('[data-cluster-guard-header-tint]')].map((node) => node.id));

test.beforeEach(async ({ session }) => {
  await session.evaluateInBackground(
    `chrome.storage.local.remove(${JSON.stringify([LOCAL_KEYS.settings, LOCAL_KEYS.teamPolicy, LOCAL_KEYS.teamPolicyStatus])}).then(() => true)`,
  );
});

test('size and header tint with the keyboard; Save reaches an open console tab; export -> import keeps them', async ({ session }) => {
  const consoleTab = await openConsole(session.context, '/kubernetes/list/overview?project=acme-prod-1');
  await expect.poll(() => bannerHeight(consoleTab)).toBe(28);

  const page = await openOptions(session);
  const sizes = page.getByRole('group', { name: 'Banner size' });
  const compact = sizes.getByRole('radio', { name: 'Compact strip' });
  const tall = sizes.getByRole('radio', { name: 'Tall, with larger text' });
  const tint = page.getByRole('checkbox', { name: "Also tint the console's header" });
  await expect(compact).toBeChecked();
  await expect(tint).not.toBeChecked();
  await expect(tint).toHaveAccessibleDescription(/second cue/);

  await compact.focus();
  await page.keyboard.press('ArrowDown');
  await expect(tall).toBeChecked();
  await expect(tall).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(tint).toBeFocused();
  await page.keyboard.press('Space');
  await expect(tint).toBeChecked();

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('#save-status')).toHaveText('Saved. Open console tabs follow the new rules.');
  expect(await storedBanner(session)).toEqual({ size: 'tall', tintConsoleHeader: true });
  await expect.poll(() => bannerHeight(consoleTab)).toBe(48);
  await expect.poll(() => tinted(consoleTab)).toEqual(['ocb-platform-bar']);

  // Export, clear, import: the choice comes back.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to a file' }).click()]);
  const exported = readFileSync((await download.path())!, 'utf8');
  expect(JSON.parse(exported).banner).toEqual({ size: 'tall', tintConsoleHeader: true });
  const file = join(tmpdir(), `cluster-guard-e2e-banner-${process.pid}.json`);
  writeFileSync(file, exported);
  try {
    await session.evaluateInBackground(`chrome.storage.local.remove(${JSON.stringify(LOCAL_KEYS.settings)}).then(() => true)`);
    await expect(compact).toBeChecked();
    await expect.poll(() => bannerHeight(consoleTab)).toBe(28);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import from a file' }).click()]);
    await chooser.setFiles(file);
    await page.getByRole('alertdialog').getByRole('button', { name: 'Replace' }).click();
    await expect(tall).toBeChecked();
    await expect(tint).toBeChecked();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.locator('#save-status')).toHaveText('Saved. Open console tabs follow the new rules.');
    expect(await storedBanner(session)).toEqual({ size: 'tall', tintConsoleHeader: true });
  } finally {
    rmSync(file, { force: true });
  }
});

test('a size the team policy sets is shown disabled, as set by the team; the tint it leaves open stays yours', async ({ session }) => {
  await setLocal(session, {
    [LOCAL_KEYS.teamPolicy]: { url: 'https://policy.invalid/team.json', etag: null, fetchedAt: Date.now(), policy: { version: 1, environments: [], rules: [], banner: { size: 'tall' } } },
  });
  const page = await openOptions(session);
  const sizes = page.getByRole('group', { name: 'Banner size' });
  await expect(sizes.getByRole('radio', { name: 'Tall, with larger text' })).toBeChecked();
  await expect(sizes.getByRole('radio', { name: 'Tall, with larger text' })).toBeDisabled();
  await expect(sizes.getByRole('radio', { name: 'Compact strip' })).toBeDisabled();
  await expect(sizes).toHaveAccessibleDescription('Set by your team policy');
  await expect(page.getByTestId('banner-tint-locked')).toHaveCount(0);
  const tint = page.getByRole('checkbox', { name: "Also tint the console's header" });
  await expect(tint).toBeEnabled();
  await tint.check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('#save-status')).toHaveText('Saved. Open console tabs follow the new rules.');
  // The personal size was never chosen, so none is saved; the team's applies.
  expect(await storedBanner(session)).toEqual({ tintConsoleHeader: true });

  // The team sets the tint off too: the checkbox shows the team's value, disabled.
  await setLocal(session, {
    [LOCAL_KEYS.teamPolicy]: { url: 'https://policy.invalid/team.json', etag: null, fetchedAt: Date.now() + 1, policy: { version: 1, environments: [], rules: [], banner: { size: 'tall', tintConsoleHeader: false } } },
  });
  await expect(tint).toBeDisabled();
  await expect(tint).not.toBeChecked();
  await expect(page.getByTestId('banner-tint-locked')).toHaveText('Set by your team policy');
});
