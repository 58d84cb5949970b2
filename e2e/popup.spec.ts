/**
 * The toolbar popup, opened as a page for a given tab (`?tab=<id>`; the
 * toolbar opens it for the active tab): which environment the tab is and
 * why, "no rule matched" with its one-click rule, tabs that are not console
 * pages, the team policy status and the latest guarded dialogs, all by
 * keyboard. Chromium: see e2e/README.md for how Firefox reaches extension pages.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/test';
import { openConsole } from './support/console';
import { dialogFixture, openDialog } from './support/dialogs';
import { clearSettings, tabIdForProject } from './support/extension-state';
import type { ExtensionSession } from './support/launch';
import { storage } from '../src/platform/storage';

test.skip(({ extensionBrowser }) => extensionBrowser === 'firefox', 'moz-extension pages cannot be opened over WebDriver BiDi');

async function openPopup(session: ExtensionSession, tabId: number): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/src/popup/index.html?tab=${tabId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Cluster Guard' })).toBeVisible();
  return page;
}

const thisTab = (popup: Page) => popup.getByRole('region', { name: 'This tab' });

test.beforeEach(async ({ session }) => {
  await clearSettings(session);
  await session.evaluateInBackground(`chrome.storage.local.remove(${JSON.stringify(storage.auditLog.key)}).then(() => true)`);
});

test('a production tab: its environment, project, guard and why', async ({ session }) => {
  await openConsole(session.context, '/kubernetes/list/overview?project=acme-prod-1');
  const popup = await openPopup(session, await tabIdForProject(session, 'acme-prod-1'));
  const section = thisTab(popup);
  await expect(section).toContainText('PROD');
  await expect(section).toContainText('production');
  await expect(section).toContainText('acme-prod-1');
  await expect(section).toContainText('Destructive dialogs ask for “production” to be typed.');
  await expect(section).toContainText('Why: the built-in rules');
  await expect(popup.getByRole('region', { name: 'Team policy' })).toContainText('No team policy');
  await expect(popup.getByRole('region', { name: 'Recent guarded dialogs' })).toContainText('No guarded dialog yet.');
});

test('a personal rule is named as the reason, and a blocked dialog shows up live', async ({ session }) => {
  await session.evaluateInBackground(
    `chrome.storage.local.set({ settings: { schemaVersion: 2, teamPolicyUrl: null, personal: { version: 1, environments: [], rules: [{ kind: 'glob', match: 'acme-shop-*', environment: 'staging' }] } } }).then(() => true)`,
  );
  const consolePage = await openConsole(session.context, '/kubernetes/list/overview?project=acme-shop-7');
  const tabId = await tabIdForProject(session, 'acme-shop-7');
  const popup = await openPopup(session, tabId);
  await expect(thisTab(popup)).toContainText('Why: Your rules, rule 1 (Wildcard (* and ?)): acme-shop-*');
  await expect(thisTab(popup)).toContainText('not guarded');

  const production = await openConsole(session.context, '/kubernetes/list/overview?project=acme-prod-1');
  const prodPopup = await openPopup(session, await tabIdForProject(session, 'acme-prod-1'));
  await openDialog(production, dialogFixture('gke-cluster-delete-en'));
  await production.locator(dialogFixture('gke-cluster-delete-en').confirmSelector).click({ force: true });
  await expect(prodPopup.getByRole('region', { name: 'Recent guarded dialogs' })).toContainText('Blocked');
  await expect(prodPopup.getByRole('region', { name: 'Recent guarded dialogs' })).toContainText('acme-prod-1');
  void consolePage;
});

test('no rule matched: one click (or Enter) opens the settings with a rule for this project ready', async ({ session }) => {
  await openConsole(session.context, '/kubernetes/list/overview?project=acme-shop-1');
  const popup = await openPopup(session, await tabIdForProject(session, 'acme-shop-1'));
  await expect(thisTab(popup)).toContainText('No rule matched this project');
  const add = popup.getByRole('button', { name: 'Add a rule for this project' });
  // Keyboard: the settings link, then the add button.
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('button', { name: 'Settings' })).toBeFocused();
  await popup.keyboard.press('Tab');
  await expect(add).toBeFocused();
  // The popup closes itself as it opens the settings.
  const [options] = await Promise.all([session.context.waitForEvent('page'), popup.keyboard.press('Enter').catch(() => undefined)]);
  await expect(options.getByRole('textbox', { name: /^Pattern \(Rule \d+\)$/ }).last()).toHaveValue('acme-shop-1');
  await expect(options.getByRole('combobox', { name: /^Match type \(Rule \d+\)$/ }).last()).toHaveValue('exact');
  await expect(options.getByRole('combobox', { name: /^Environment \(Rule \d+\)$/ }).last()).toBeFocused();
});

test('a tab that is not a console page says how to set things up', async ({ session }) => {
  const other = await session.context.newPage();
  await other.goto('about:blank');
  const popup = await openPopup(session, 987654);
  await expect(thisTab(popup)).toContainText('This tab is not a Google Cloud console page');
  await expect(popup.getByRole('button', { name: 'Set up rules' })).toBeVisible();
});
