/**
 * The toolbar popup, opened as a page for a given tab (`?tab=<id>`; the
 * toolbar opens it for the active tab): which environment the tab is and
 * why, "no rule matched" with its quick rule (environment, Save, the tab
 * marked at once; a downgrade confirmed first; a team rule said to decide), tabs that are not console
 * pages, AWS accounts and Azure subscriptions (their tab states written as
 * a tab reports them), the team policy status and the latest guarded
 * dialogs, all by keyboard (Tab, Enter, Space, arrows, Escape). Chromium: see e2e/README.md for how Firefox reaches extension pages.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/test';
import { openConsole, readMarkers } from './support/console';
import { dialogFixture, openDialog } from './support/dialogs';
import { clearSettings, readItem, storeSettings, tabIdForProject } from './support/extension-state';
import type { ExtensionSession } from './support/launch';
import { storage } from '../src/platform/storage';
import { LOCAL_KEYS } from '../src/platform/storage-keys';
import type { TabState } from '../src/core/tab-state';

test.skip(({ extensionBrowser }) => extensionBrowser === 'firefox', 'moz-extension pages cannot be opened over WebDriver BiDi');

async function openPopup(session: ExtensionSession, tabId: number): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/src/popup/index.html?tab=${tabId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Cluster Guard' })).toBeVisible();
  return page;
}

const thisTab = (popup: Page) => popup.getByRole('region', { name: 'This tab' });

/** A tab state as a tab on another console reports it, for a tab id no real tab has. */
async function reportTabState(session: ExtensionSession, tabId: number, state: Omit<TabState, 'updatedAt'>): Promise<void> {
  const key = JSON.stringify(storage.tabStates.key);
  await session.evaluateInBackground(
    `chrome.storage.session.get(${key}).then((r) => chrome.storage.session.set({ ${key}: { ...(r[${key}] ?? {}), ${JSON.stringify(String(tabId))}: ${JSON.stringify({ ...state, updatedAt: 1 })} } })).then(() => true)`,
  );
}

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
  await expect(section.getByTestId('popup-console')).toHaveText('Google Cloud');
  await expect(section.getByRole('definition').filter({ hasText: 'acme-prod-1' })).toBeVisible();
  await expect(section).toContainText('Destructive dialogs ask for “production” to be typed.');
  // What decided, about this tab: the word in its own project ID, and nothing about other consoles.
  await expect(section.locator('.why')).toHaveText('Why: “prod” in the project ID acme-prod-1 (built-in rules).');
  await expect(section).not.toContainText('AWS');
  await expect(popup.getByRole('region', { name: 'Team policy' })).toContainText('No team policy');
  await expect(popup.getByRole('region', { name: 'Recent guarded dialogs' })).toContainText('No guarded dialog yet.');
});

test('a personal rule is named as the reason, and a blocked dialog shows up live', async ({ session }) => {
  await session.evaluateInBackground(
    `chrome.storage.local.set({ settings: { schemaVersion: 2, teamPolicyUrl: null, personal: { version: 1, environments: [], rules: [{ kind: 'glob', match: 'acme-shop-*', environment: 'staging', note: 'Shop load tests, owned by the web team' }] } } }).then(() => true)`,
  );
  const consolePage = await openConsole(session.context, '/kubernetes/list/overview?project=acme-shop-7');
  const tabId = await tabIdForProject(session, 'acme-shop-7');
  const popup = await openPopup(session, tabId);
  await expect(thisTab(popup).locator('.why')).toHaveText(['Why: Your rules, rule 1 (Wildcard (* and ?)): acme-shop-*', 'Note: Shop load tests, owned by the web team']);
  await expect(thisTab(popup)).toContainText('not guarded');

  const production = await openConsole(session.context, '/kubernetes/list/overview?project=acme-prod-1');
  const prodPopup = await openPopup(session, await tabIdForProject(session, 'acme-prod-1'));
  await openDialog(production, dialogFixture('gke-cluster-delete-en'));
  await production.locator(dialogFixture('gke-cluster-delete-en').confirmSelector).click({ force: true });
  await expect(prodPopup.getByRole('region', { name: 'Recent guarded dialogs' })).toContainText('Blocked');
  await expect(prodPopup.getByRole('region', { name: 'Recent guarded dialogs' })).toContainText('acme-prod-1');
  void consolePage;
});

test('no rule matched: by keyboard alone, an environment is chosen and saved in the popup, and the console tab is marked at once', async ({ session }) => {
  const consoleTab = await openConsole(session.context, '/kubernetes/list/overview?project=acme-shop-1');
  const popup = await openPopup(session, await tabIdForProject(session, 'acme-shop-1'));
  await expect(thisTab(popup)).toContainText('No rule matched this project');
  expect((await readMarkers(consoleTab)).banner).toBeNull();
  const add = popup.getByRole('button', { name: 'Add a rule for this project' });
  // Tab order: the settings link, then the add button, its focus visible.
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('button', { name: 'Settings' })).toBeFocused();
  await popup.keyboard.press('Tab');
  await expect(add).toBeFocused();
  await expect(add).toHaveCSS('outline-style', 'solid');
  await popup.keyboard.press('Enter');
  await expect(add).toHaveAttribute('aria-expanded', 'true');
  // The picker opens in the popup, focused; protected environments say so.
  const picker = popup.getByRole('group', { name: 'Environment for acme-shop-1' });
  await expect(picker.getByRole('radio', { name: /production/ })).toBeFocused();
  await expect(picker).toContainText('PROD production (protected: asks for “production” to be typed)');
  await popup.keyboard.press('ArrowDown');
  await expect(picker.getByRole('radio', { name: /staging/ })).toBeChecked();
  await popup.keyboard.press('Tab');
  const save = popup.getByRole('button', { name: 'Save' });
  await expect(save).toBeFocused();
  await expect(save).toHaveCSS('outline-style', 'solid');
  await popup.keyboard.press('Enter');
  // Saved: said (and focused), the tab re-marked without a reload, the popup showing the new environment.
  await expect(popup.getByText('Saved: your rule makes this tab staging.')).toBeFocused();
  await expect.poll(async () => (await readMarkers(consoleTab)).banner?.text).toContain('STG');
  await expect(thisTab(popup).locator('.environment')).toHaveText('STG staging');
  await expect(thisTab(popup).locator('.why')).toHaveText('Why: Your rules, rule 1 (Exact ID): acme-shop-1');
  expect(await readItem(session, storage.settings)).toMatchObject({ personal: { rules: [{ match: 'acme-shop-1', kind: 'exact', environment: 'staging' }] } });
});

test('a production tab made development: the popup says what protection goes and saves only once that is confirmed; Escape closes the form, not the popup', async ({ session }) => {
  const consoleTab = await openConsole(session.context, '/kubernetes/list/overview?project=acme-prod-1');
  const popup = await openPopup(session, await tabIdForProject(session, 'acme-prod-1'));
  const change = popup.getByRole('button', { name: 'Choose another environment' });
  await popup.keyboard.press('Tab');
  await popup.keyboard.press('Tab');
  await expect(change).toBeFocused();
  await popup.keyboard.press(' ');
  const picker = popup.getByRole('group', { name: 'Environment for acme-prod-1' });
  // The tab's own environment is chosen to begin with.
  await expect(picker.getByRole('radio', { name: /production/ })).toBeFocused();
  await expect(picker.getByRole('radio', { name: /production/ })).toBeChecked();
  await popup.keyboard.press('Escape');
  await expect(picker).toBeHidden();
  await expect(change).toBeFocused();
  await expect(change).toHaveAttribute('aria-expanded', 'false');

  await popup.keyboard.press('Enter');
  await expect(picker.getByRole('radio', { name: /production/ })).toBeFocused();
  await popup.keyboard.press('ArrowDown');
  await popup.keyboard.press('ArrowDown');
  await expect(picker.getByRole('radio', { name: /development/ })).toBeChecked();
  await expect(popup.getByTestId('quick-rule-downgrade')).toContainText(
    'This takes protection away: acme-prod-1 becomes development instead of production, and destructive dialogs will no longer ask for “production” to be typed.',
  );
  const confirm = popup.getByRole('checkbox', { name: 'Yes, take this protection away' });
  const save = popup.getByRole('button', { name: 'Save' });
  await popup.keyboard.press('Tab');
  await expect(confirm).toBeFocused();
  await popup.keyboard.press('Tab');
  await expect(save).toBeFocused();
  // Not confirmed: nothing saved, the confirmation is where focus goes.
  await popup.keyboard.press('Enter');
  await expect(confirm).toBeFocused();
  expect(await readItem(session, storage.settings)).toBeNull();
  expect((await readMarkers(consoleTab)).banner?.text).toContain('PROD');
  await popup.keyboard.press(' ');
  await expect(confirm).toBeChecked();
  await popup.keyboard.press('Tab');
  await popup.keyboard.press('Enter');
  await expect.poll(async () => (await readMarkers(consoleTab)).banner?.text).toContain('DEV');
  await expect(thisTab(popup).locator('.environment')).toHaveText('DEV development');
});

test('a team rule decides the tab: the popup says a personal rule cannot weaken it, and does not save', async ({ session }) => {
  const url = 'https://policy.invalid/team.json';
  const team = { version: 1, environments: [], rules: [{ kind: 'exact', match: 'acme-pay-1', environment: 'production' }] };
  const settings = { schemaVersion: 2, teamPolicyUrl: url, personal: { version: 1, environments: [], rules: [] } };
  await session.evaluateInBackground(
    `chrome.storage.local.set(${JSON.stringify({ [LOCAL_KEYS.teamPolicy]: { url, etag: null, fetchedAt: Date.now(), policy: team }, [LOCAL_KEYS.settings]: settings })}).then(() => true)`,
  );
  try {
    const consoleTab = await openConsole(session.context, '/kubernetes/list/overview?project=acme-pay-1');
    await expect.poll(async () => (await readMarkers(consoleTab)).banner?.text).toContain('PROD');
    const popup = await openPopup(session, await tabIdForProject(session, 'acme-pay-1'));
    await popup.getByRole('button', { name: 'Choose another environment' }).click();
    await popup.getByRole('radio', { name: /staging/ }).check();
    await expect(popup.getByTestId('quick-rule-decided')).toHaveText(
      'Team policy decides this tab: production. Your rules can only add protection to it, so this choice would change nothing.',
    );
    await expect(popup.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(await readItem(session, storage.settings)).toEqual(settings);
  } finally {
    await session.evaluateInBackground(`chrome.storage.local.remove(${JSON.stringify([LOCAL_KEYS.teamPolicy, LOCAL_KEYS.teamPolicyStatus])}).then(() => true)`);
  }
});

test('a tab that is not a console page says how to set things up', async ({ session }) => {
  const other = await session.context.newPage();
  await other.goto('about:blank');
  const popup = await openPopup(session, 987654);
  await expect(thisTab(popup)).toContainText('This tab is not a Google Cloud console, AWS console or Azure portal page.');
  await expect(popup.getByRole('button', { name: 'Set up rules' })).toBeVisible();
});

test('an AWS account no rule matches: its console, alias and ID; More options in the quick form opens the settings with an AWS rule for the account ready', async ({ session }) => {
  const tabId = 987650;
  await reportTabState(session, tabId, {
    project: 'acme-shop (1111-2222-3333)',
    scope: { console: 'aws', id: '111122223333', name: 'acme-shop' },
    environment: null,
  });
  const popup = await openPopup(session, tabId);
  const section = thisTab(popup);
  await expect(section.getByTestId('popup-console')).toHaveText('AWS');
  await expect(section).toContainText('AWS account');
  await expect(section.getByTestId('popup-scope')).toHaveText('acme-shop (1111-2222-3333)');
  await expect(section).toContainText('No rule matched this AWS account');
  await popup.getByRole('button', { name: 'Add a rule for this account' }).click();
  await expect(popup.getByRole('group', { name: 'Environment for 111122223333' })).toBeVisible();
  // The popup closes itself as it opens the settings.
  const [options] = await Promise.all([session.context.waitForEvent('page'), popup.getByRole('button', { name: 'More options…' }).click().catch(() => undefined)]);
  await expect(options.getByRole('textbox', { name: /^Pattern \(Rule \d+\)$/ }).last()).toHaveValue('111122223333');
  await expect(options.getByRole('combobox', { name: /^Console \(Rule \d+\)$/ }).last()).toHaveValue('aws');
  await expect(options.getByRole('combobox', { name: /^Match type \(Rule \d+\)$/ }).last()).toHaveValue('exact');
  await expect(options.getByRole('combobox', { name: /^Environment \(Rule \d+\)$/ }).last()).toBeFocused();
  await options.close();
});

test('an AWS account a personal alias rule matches, and an Azure subscription: the rule is named as the reason', async ({ session }) => {
  await storeSettings(session, {
    schemaVersion: 2,
    teamPolicyUrl: null,
    personal: { version: 2, environments: [], rules: [{ console: 'aws', match: 'acme-*-live', kind: 'glob', environment: 'production' }] },
  });
  const production = { name: 'production', label: 'PROD', color: '#c5221f', typedConfirmation: true };
  await reportTabState(session, 987651, { project: 'acme-eu-live (4444-5555-6666)', scope: { console: 'aws', id: '444455556666', name: 'acme-eu-live' }, environment: production });
  const popup = await openPopup(session, 987651);
  await expect(thisTab(popup)).toContainText('Why: Your rules, rule 1 (Wildcard (* and ?)): acme-*-live');
  await expect(thisTab(popup).getByTestId('popup-scope')).toHaveText('acme-eu-live (4444-5555-6666)');

  const sub = '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';
  await reportTabState(session, 987652, { project: sub, scope: { console: 'azure', id: sub }, environment: null });
  const azure = await openPopup(session, 987652);
  await expect(thisTab(azure).getByTestId('popup-console')).toHaveText('Azure');
  await expect(thisTab(azure)).toContainText('Azure subscription');
  await expect(thisTab(azure)).toContainText('No rule matched this Azure subscription');
  await expect(azure.getByRole('button', { name: 'Add a rule for this subscription' })).toBeVisible();
});
