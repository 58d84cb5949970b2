/**
 * Settings sync through storage.sync, in BOTH browsers (a test profile's
 * storage.sync works without an account: it is kept locally, as it would be
 * before the browser uploads it). The options page is driven from inside it
 * as in extension-pages-flows.spec.ts; storage.sync is read from the
 * background and written, as another browser's sync would write it, from an
 * extension page.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/test';
import { openConsole, readMarkers } from './support/console';
import { clickOn, chooseOption, fieldState, textOf, typeInto, untilText, type FieldState } from './support/extension-page-dom';
import type { ExtensionSession } from './support/launch';
import { LOCAL_KEYS } from '../src/platform/storage-keys';
import { planSyncWrite, reassemble } from '../src/core/sync-chunks';

const OPTIONS = '/src/options/index.html';
const SAVED = 'Saved. Open console tabs follow the new rules.';
const rule = (n: number) => ({ kind: { label: `Match type (Rule ${n})` }, pattern: { label: `Pattern (Rule ${n})` }, environment: { label: `Environment (Rule ${n})` } });
const SYNC_KEYS = [LOCAL_KEYS.settings, LOCAL_KEYS.syncBase, LOCAL_KEYS.syncStatus];

const inOptions = <T>(session: ExtensionSession, expression: string) => session.evaluateInExtensionPage<T>(OPTIONS, expression);

/** The personal rules' patterns in storage.sync, put back together from its chunks, or why it cannot be read. */
async function syncedPatterns(session: ExtensionSession): Promise<string[] | string> {
  const read = reassemble(await session.evaluateInBackground<Record<string, unknown>>('chrome.storage.sync.get(null)'));
  if (read.kind !== 'ok') return read.kind;
  return (read.document as { personal: { rules: { match: string }[] } }).personal.rules.map((item) => item.match);
}

async function localPatterns(session: ExtensionSession): Promise<string[]> {
  const stored = await session.evaluateInBackground<{ personal?: { rules?: { match: string }[] } } | null>(
    `chrome.storage.local.get(${JSON.stringify(LOCAL_KEYS.settings)}).then((r) => r[${JSON.stringify(LOCAL_KEYS.settings)}] ?? null)`,
  );
  return stored?.personal?.rules?.map((item) => item.match) ?? [];
}

async function bannerOf(page: Page): Promise<string | null> {
  const { banner } = await readMarkers(page);
  return banner ? `${banner.label} ${banner.project}` : null;
}

async function openOptions(session: ExtensionSession): Promise<void> {
  await session.openExtensionPage(OPTIONS);
  expect(await inOptions<string>(session, textOf('h1'))).toBe('Cluster Guard settings');
  await inOptions(session, untilText('#save-status', 'No unsaved changes.'));
}

async function addRule(session: ExtensionSession, n: number, pattern: string): Promise<void> {
  await inOptions(session, clickOn({ button: 'Add rule' }));
  await inOptions(session, chooseOption(rule(n).kind, 'exact'));
  await inOptions(session, typeInto(rule(n).pattern, pattern));
  await inOptions(session, chooseOption(rule(n).environment, 'production'));
  await inOptions(session, clickOn({ button: 'Save' }));
  await inOptions(session, untilText('#save-status', SAVED));
}

test.beforeEach(async ({ session }) => {
  // Off while everything is cleared, so no round copies a half-cleared state; on again: an empty copy in sync and as the base.
  await session.evaluateInBackground(`chrome.storage.local.set({ ${JSON.stringify(LOCAL_KEYS.syncPreference)}: { enabled: false } }).then(() => true)`);
  await session.evaluateInBackground(`chrome.storage.sync.clear().then(() => chrome.storage.local.remove(${JSON.stringify(SYNC_KEYS)})).then(() => true)`);
  await session.evaluateInBackground(`chrome.storage.local.remove(${JSON.stringify(LOCAL_KEYS.syncPreference)}).then(() => true)`);
  await expect.poll(() => syncedPatterns(session)).toEqual([]);
});

test.afterEach(async ({ session }) => {
  await session.closeExtensionPages();
});

test('a rule saved on the options page goes to storage.sync, in chunks; the page says it is synced', async ({ session }) => {
  await openOptions(session);
  await addRule(session, 1, 'acme-shop-1');
  await expect.poll(() => syncedPatterns(session)).toEqual(['acme-shop-1']);
  expect(await inOptions<string>(session, untilText('#sync-status', /^Synced: 1 KB of the 100 KB/))).toMatch(/^Synced/);
});

test("another browser's rule arrives through storage.sync: it shows on the options page and marks a console tab", async ({ session }) => {
  const consoleTab = await openConsole(session.context, '/kubernetes/list/overview?project=from-the-laptop');
  await expect.poll(() => bannerOf(consoleTab)).toBeNull();
  await openOptions(session);
  await addRule(session, 1, 'acme-shop-1');
  await expect.poll(() => syncedPatterns(session)).toEqual(['acme-shop-1']);

  // The laptop had the same rule and added one: what its browser's sync writes here.
  const laptop = { personal: { version: 1, environments: [], rules: [{ match: 'acme-shop-1', kind: 'exact', environment: 'production' }, { match: 'from-the-laptop', kind: 'exact', environment: 'production' }] } };
  const write = planSyncWrite(laptop, 1, Date.now());
  if (!write.ok) throw new Error('the laptop copy should fit');
  await inOptions(session, `chrome.storage.sync.set(${JSON.stringify(write.set)}).then(() => true)`);

  await expect.poll(() => localPatterns(session)).toEqual(['acme-shop-1', 'from-the-laptop']);
  expect(await inOptions(session, untilText('[data-testid=sync-details]', 'Rules or environments taken from your other browsers: 1.'))).toBeTruthy();
  expect(await inOptions<FieldState>(session, fieldState(rule(2).pattern))).toMatchObject({ value: 'from-the-laptop' });
  await expect.poll(() => bannerOf(consoleTab)).toBe('PROD from-the-laptop');
});

test('a copy with a chunk missing changes nothing here and is reported', async ({ session }) => {
  await openOptions(session);
  await addRule(session, 1, 'acme-shop-1');
  await expect.poll(() => syncedPatterns(session)).toEqual(['acme-shop-1']);
  await inOptions(session, `chrome.storage.sync.set({ personalSync: { format: 1, chunks: 2, length: 999, checksum: 'x', writtenAt: 1 } }).then(() => true)`);
  expect(await inOptions<string>(session, untilText('#sync-status', /cannot be used \(chunk 2 of 2 is missing\)/))).toBeTruthy();
  expect(await localPatterns(session)).toEqual(['acme-shop-1']);
});

test('rules too large to sync: the page says so, they stay saved here, storage.sync keeps the last copy that fit', async ({ session }) => {
  const note = 'Card data lives here. '.repeat(200);
  const rules = Array.from({ length: 30 }, (_, i) => ({ match: `acme-noted-${i}`, kind: 'exact', environment: 'production', note }));
  await openOptions(session);
  await addRule(session, 1, 'acme-shop-1');
  await expect.poll(() => syncedPatterns(session)).toEqual(['acme-shop-1']);
  // Long notes pasted in another way (an import): 130 KB of settings.
  await session.evaluateInBackground(
    `chrome.storage.local.set({ ${JSON.stringify(LOCAL_KEYS.settings)}: ${JSON.stringify({ schemaVersion: 2, personal: { version: 1, environments: [], rules: [{ match: 'acme-shop-1', kind: 'exact', environment: 'production' }, ...rules] }, teamPolicyUrl: null })} }).then(() => true)`,
  );
  expect(await inOptions<string>(session, untilText('#sync-status', /^Your rules are too large to sync: \d+ KB, and your browser allows 100 KB/))).toMatch(/stay saved in this browser/);
  expect(await inOptions<string>(session, `document.getElementById('sync-status').getAttribute('role')`)).toBe('alert');
  expect(await localPatterns(session)).toHaveLength(31);
  expect(await syncedPatterns(session)).toEqual(['acme-shop-1']);
});

test('sync turned off on the options page: a new rule is saved here and not written to storage.sync', async ({ session }) => {
  await openOptions(session);
  await addRule(session, 1, 'acme-shop-1');
  await expect.poll(() => syncedPatterns(session)).toEqual(['acme-shop-1']);
  await inOptions(session, clickOn({ label: 'Sync my rules and environments' }));
  expect(await inOptions<string>(session, untilText('#sync-status', 'Sync is off: your rules and environments stay in this browser only.'))).toBeTruthy();
  await addRule(session, 2, 'acme-shop-2');
  expect(await localPatterns(session)).toEqual(['acme-shop-1', 'acme-shop-2']);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect(await syncedPatterns(session)).toEqual(['acme-shop-1']);
  // On again: the rule saved meanwhile follows.
  await inOptions(session, clickOn({ label: 'Sync my rules and environments' }));
  await expect.poll(() => syncedPatterns(session)).toEqual(['acme-shop-1', 'acme-shop-2']);
});

test('a copy that deletes a protecting rule is held: the rule stays here, the tab stays guarded, the page says what it would take away', async ({ session }) => {
  await openOptions(session);
  await addRule(session, 1, 'acme-shop-1');
  await addRule(session, 2, 'acme-pay-1');
  await expect.poll(() => syncedPatterns(session)).toEqual(['acme-shop-1', 'acme-pay-1']);
  const consoleTab = await openConsole(session.context, '/kubernetes/list/overview?project=acme-pay-1');
  await expect.poll(() => bannerOf(consoleTab)).toBe('PROD acme-pay-1');

  // What another browser, or a content script in Firefox, could write: acme-pay-1 gone.
  const shrunk = { personal: { version: 1, environments: [], rules: [{ match: 'acme-shop-1', kind: 'exact', environment: 'production' }] } };
  const write = planSyncWrite(shrunk, 1, Date.now());
  if (!write.ok) throw new Error('the copy should fit');
  await inOptions(session, `chrome.storage.sync.set(${JSON.stringify(write.set)}).then(() => true)`);

  expect(await inOptions<string>(session, untilText('#sync-status', /^A copy from storage\.sync would take protection away in this browser, so it was not applied/))).toBeTruthy();
  expect(await inOptions<string>(session, textOf('[data-testid=sync-details]'))).toBe('rule acme-pay-1 (gcp, production)');
  expect(await localPatterns(session)).toEqual(['acme-shop-1', 'acme-pay-1']);
  expect(await bannerOf(consoleTab)).toBe('PROD acme-pay-1');
});
