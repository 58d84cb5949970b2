/**
 * The options page, in Chromium (moz-extension:// pages cannot be opened over
 * WebDriver BiDi, so Firefox skips): editing rules with the keyboard-usable
 * controls, inline validation blocking Save, rules for AWS accounts and
 * Azure subscriptions (the Console column), the tester for every console,
 * export -> import round trip, the audit trail fed by a real blocked dialog, the
 * settings quarantine notice, and the team policy status and lock.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './support/test';
import { openConsole, readMarkers } from './support/console';
import { dialogFixture, openDialog, expectPrompt, satisfyConsole } from './support/dialogs';
import { storeSettings } from './support/extension-state';
import type { ExtensionSession } from './support/launch';
import { policyToFile } from '../src/core/policy/parse';
import type { Policy } from '../src/core/policy/types';
import { LOCAL_KEYS } from '../src/platform/storage-keys';

test.skip(({ extensionBrowser }) => extensionBrowser === 'firefox', 'moz-extension pages cannot be opened over WebDriver BiDi');

const TEAM_URL = 'https://policy.invalid/cluster-guard/team.json';

async function setLocal(session: ExtensionSession, values: Record<string, unknown>): Promise<void> {
  await session.evaluateInBackground(`chrome.storage.local.set(${JSON.stringify(values)}).then(() => true)`);
}

async function getLocal<T>(session: ExtensionSession, key: string): Promise<T | undefined> {
  return session.evaluateInBackground<T | undefined>(`chrome.storage.local.get(${JSON.stringify(key)}).then((r) => r[${JSON.stringify(key)}] ?? null)`);
}

async function openOptions(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
  await expect(page.getByRole('heading', { level: 1, name: 'Cluster Guard settings' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Your rules and environments' })).toBeVisible();
  return page;
}

async function downloadText(download: Download): Promise<string> {
  return readFileSync((await download.path())!, 'utf8');
}

const rule = (page: Page, n: number) => ({
  console: page.getByRole('combobox', { name: `Console (Rule ${n})` }),
  kind: page.getByRole('combobox', { name: `Match type (Rule ${n})` }),
  pattern: page.getByRole('textbox', { name: `Pattern (Rule ${n})` }),
  environment: page.getByRole('combobox', { name: `Environment (Rule ${n})` }),
  note: page.getByRole('textbox', { name: `Note (Rule ${n})` }),
  up: page.getByRole('button', { name: `Move up (Rule ${n})` }),
  down: page.getByRole('button', { name: `Move down (Rule ${n})` }),
  remove: page.getByRole('button', { name: `Delete (Rule ${n})` }),
});

const saveButton = (page: Page) => page.getByRole('button', { name: 'Save', exact: true });
const saveStatus = (page: Page) => page.locator('#save-status');

async function storedPersonal(session: ExtensionSession) {
  return (await getLocal<{ personal: ReturnType<typeof policyToFile> }>(session, LOCAL_KEYS.settings))?.personal;
}

async function bannerOf(page: Page): Promise<string | null> {
  const { banner } = await readMarkers(page);
  return banner ? `${banner.label} ${banner.project}` : null;
}

test.beforeEach(async ({ session }) => {
  await session.evaluateInBackground(
    `chrome.storage.local.remove(${JSON.stringify([LOCAL_KEYS.settings, LOCAL_KEYS.teamPolicy, LOCAL_KEYS.teamPolicyStatus, LOCAL_KEYS.settingsQuarantine, LOCAL_KEYS.auditLog])}).then(() => true)`,
  );
});

test('add, reorder and delete rules with the keyboard; Save updates an open console tab live', async ({ session }) => {
  const consoleTab = await openConsole(session.context, '/kubernetes/list/overview?project=acme-shop-1');
  await expect.poll(() => bannerOf(consoleTab)).toBeNull();
  const page = await openOptions(session);
  await expect(page.getByText('No rules of your own yet.')).toBeVisible();

  // Three rules, added through the page.
  const add = page.getByRole('button', { name: 'Add rule' });
  await add.click();
  await expect(rule(page, 1).pattern).toBeFocused(); // focus goes to the new rule
  await page.keyboard.type('acme-shop-*');
  await rule(page, 1).environment.selectOption('staging');
  await add.click();
  await rule(page, 2).kind.selectOption('exact');
  await rule(page, 2).pattern.fill('acme-shop-1');
  await rule(page, 2).environment.selectOption('production');
  await add.click();
  await rule(page, 3).pattern.fill('tmp-*');
  await rule(page, 3).environment.selectOption('development');
  await expect(saveStatus(page)).toHaveText('You have unsaved changes.');

  // Move rule 2 up with the keyboard: focus follows the moved rule.
  await rule(page, 2).up.focus();
  await page.keyboard.press('Enter');
  await expect(rule(page, 1).pattern).toHaveValue('acme-shop-1');
  await expect(rule(page, 2).pattern).toHaveValue('acme-shop-*');
  await expect(rule(page, 1).up).toBeDisabled();
  await expect(rule(page, 1).down).toBeFocused(); // its "Move up" is disabled now, so the other button
  // Delete rule 3 with the keyboard.
  await rule(page, 3).remove.focus();
  await page.keyboard.press('Space');
  await expect(rule(page, 3).pattern).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete (Rule 2)' })).toBeFocused();

  await saveButton(page).click();
  await expect(saveStatus(page)).toHaveText('Saved. Open console tabs follow the new rules.');
  expect((await storedPersonal(session))?.rules).toEqual([
    { match: 'acme-shop-1', kind: 'exact', environment: 'production' },
    { match: 'acme-shop-*', kind: 'glob', environment: 'staging' },
  ]);
  await expect.poll(() => bannerOf(consoleTab)).toBe('PROD acme-shop-1');

  // Order matters: the glob first makes the project staging.
  await rule(page, 2).up.click();
  await saveButton(page).click();
  await expect(saveStatus(page)).toHaveText('Saved. Open console tabs follow the new rules.');
  await expect.poll(() => bannerOf(consoleTab)).toBe('STG acme-shop-1');
});

test('an invalid regex, or one RE2 cannot run, is flagged as you type and blocks Save', async ({ session }) => {
  const page = await openOptions(session);
  await page.getByRole('button', { name: 'Add rule' }).click();
  const first = rule(page, 1);
  await first.kind.selectOption('regex');
  await first.pattern.fill('acme-(prod');
  await expect(first.pattern).toHaveAttribute('aria-invalid', 'true');
  await expect(first.pattern).toHaveAccessibleDescription(/^⚠?\s*Not a valid regular expression: missing closing \)/);
  await expect(saveButton(page)).toHaveAttribute('aria-disabled', 'true');
  await expect(saveStatus(page)).toHaveText('Cannot save yet. Problems to fix (marked in red): 1');

  // Pressing Save anyway (it stays focusable) takes you to the problem, and writes nothing.
  await saveButton(page).focus();
  await expect(saveButton(page)).toHaveAccessibleDescription('Cannot save yet. Problems to fix (marked in red): 1');
  await page.keyboard.press('Enter');
  await expect(first.pattern).toBeFocused();
  expect(await getLocal(session, LOCAL_KEYS.settings)).toBeNull();
  // Exporting is blocked too, with the reason.
  await expect(page.getByRole('button', { name: 'Export to a file' })).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByText('Fix the problems above to export.')).toBeVisible();

  // A lookahead: RE2 has none; the message says what to write instead.
  await first.pattern.fill('acme-(?!sandbox).*');
  await expect(first.pattern).toHaveAccessibleDescription(/Not supported: lookahead \(\?! is not supported .*put a rule for the exception before this one/);
  await expect(saveButton(page)).toHaveAttribute('aria-disabled', 'true');

  // Other inline checks: unknown environment after its environment is deleted, bad colour, duplicate name.
  await first.pattern.fill('acme-(eu|us)-prod');
  await expect(first.pattern).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Add environment' }).click();
  await page.getByRole('textbox', { name: 'Name (typed to confirm) (Environment 1)' }).fill('staging');
  await page.getByRole('textbox', { name: 'Label (Environment 1)' }).fill('STG2');
  const colour = page.getByRole('textbox', { name: 'Colour (Environment 1)', exact: true });
  await colour.fill('orange');
  await expect(colour).toHaveAccessibleDescription(/Use a colour like #c5221f/);
  await colour.fill('#ff8800');
  await expect(colour).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Add environment' }).click();
  const second = page.getByRole('textbox', { name: 'Name (typed to confirm) (Environment 2)' });
  await second.fill('Staging');
  await expect(second).toHaveAccessibleDescription(/Another environment is already named "Staging"/);
  await second.fill('edge');
  await page.getByRole('textbox', { name: 'Label (Environment 2)' }).fill('EDGE');
  await first.environment.selectOption('edge');
  await page.getByRole('button', { name: 'Delete (Environment 2)' }).click();
  await expect(first.environment).toHaveAccessibleDescription(/There is no environment named "edge"\./);
  await first.environment.selectOption('production');

  await expect(saveButton(page)).not.toHaveAttribute('aria-disabled', 'true');
  await saveButton(page).click();
  await expect(saveStatus(page)).toHaveText('Saved. Open console tabs follow the new rules.');
  expect(await storedPersonal(session)).toMatchObject({
    rules: [{ match: 'acme-(eu|us)-prod', kind: 'regex', environment: 'production' }],
    environments: [{ name: 'staging', label: 'STG2', color: '#ff8800', typedConfirmation: false }],
  });
});

test('the tester shows the rule, its source, the banner and what the guard asks', async ({ session }) => {
  // A team policy (as the sync would cache it) and personal rules, one of which the team overrides.
  await setLocal(session, {
    [LOCAL_KEYS.teamPolicy]: {
      url: TEAM_URL,
      etag: null,
      fetchedAt: Date.now(),
      policy: {
        version: 2,
        environments: [],
        rules: [
          { match: 'acme-core-*', kind: 'glob', environment: 'production' },
          { console: 'aws', match: '111122223333', kind: 'exact', environment: 'production' },
        ],
      },
    },
  });
  await storeSettings(session, {
    schemaVersion: 2,
    teamPolicyUrl: TEAM_URL,
    personal: {
      version: 1,
      environments: [{ name: 'shared', label: 'SHR', color: '#fbbc04', typedConfirmation: true, guards: ['gke-cluster', 'sql-instance'] }],
      rules: [
        { match: 'acme-core-1', kind: 'exact', environment: 'development' },
        { match: 'acme-shared-*', kind: 'glob', environment: 'shared' },
      ],
    },
  });
  const page = await openOptions(session);
  const id = page.getByRole('textbox', { name: 'Project ID' });
  const result = page.getByTestId('tester-result');

  await id.fill('acme-core-1');
  await expect(page.getByTestId('tester-environment')).toHaveText('production (PROD)');
  await expect(page.getByTestId('tester-source')).toHaveText('Team policy');
  await expect(page.getByTestId('tester-rule')).toHaveText('Rule 1: Wildcard (* and ?) acme-core-*');
  await expect(page.getByTestId('tester-guard')).toHaveText('Every destructive dialog asks you to type "production" first.');
  await expect(page.getByTestId('tester-overridden')).toHaveText(
    'Your rule 1 (development) was not applied: it would weaken the stronger policy, which says production.',
  );
  const banner = result.getByRole('img', { name: /^Banner preview: / });
  await expect(banner).toHaveText(/PROD\s*production\s*project\s*acme-core-1/);
  await expect(banner).toHaveCSS('background-color', 'rgb(197, 34, 31)');
  await expect(banner).toHaveCSS('color', 'rgb(255, 255, 255)');

  await id.fill('acme-shared-eu');
  await expect(page.getByTestId('tester-source')).toHaveText('Your rules');
  await expect(page.getByTestId('tester-rule')).toHaveText('Rule 2: Wildcard (* and ?) acme-shared-*');
  await expect(page.getByTestId('tester-guard')).toHaveText(
    'Asks you to type "shared" first in dialogs for GKE clusters and Cloud SQL instances, and in destructive dialogs of a kind it cannot tell.',
  );
  await expect(page.getByTestId('tester-overridden')).toHaveCount(0);
  // A light colour gets dark text.
  await expect(result.getByRole('img')).toHaveCSS('color', 'rgb(0, 0, 0)');

  await id.fill('acme-dev-7');
  await expect(page.getByTestId('tester-source')).toHaveText('Built-in default');
  await expect(page.getByTestId('tester-environment')).toHaveText('development (DEV)');
  await expect(page.getByTestId('tester-guard')).toHaveText('No typed confirmation: destructive dialogs work as usual.');

  await id.fill('acme-shop-9');
  await expect(result).toHaveText('No rule matches acme-shop-9: its tabs are not marked and the guard does not ask for confirmation.');

  // Unsaved edits are tried too.
  await rule(page, 2).pattern.fill('acme-shop-*');
  await expect(page.getByText('Includes your unsaved changes.')).toBeVisible();
  await expect(page.getByTestId('tester-environment')).toHaveText('shared (SHR)');

  // The team's rules are listed read-only with their source and console.
  const locked = page.getByTestId('locked-rules');
  await expect(locked.getByRole('row')).toHaveCount(3);
  await expect(locked.getByRole('row').nth(1)).toHaveText(/Team policy\s*1\s*Google Cloud\s*Wildcard \(\* and \?\)\s*acme-core-\*\s*production/);
  await expect(locked.getByRole('row').nth(2)).toHaveText(/Team policy\s*2\s*AWS\s*Exact ID\s*111122223333\s*production/);

  // Another console: an AWS account, written as the console shows it; an alias; what the console never shows.
  await page.getByRole('combobox', { name: 'Console', exact: true }).selectOption('aws');
  const account = page.getByRole('textbox', { name: 'AWS account ID or alias' });
  await expect(account).toHaveValue('acme-shop-9'); // the text stays; it is now read as an alias
  await account.fill('1111-2222-3333');
  await expect(page.getByTestId('tester-environment')).toHaveText('production (PROD)');
  await expect(page.getByTestId('tester-source')).toHaveText('Team policy');
  await expect(page.getByTestId('tester-rule')).toHaveText('Rule 2: Exact ID 111122223333');
  await expect(result.getByRole('img', { name: 'Banner preview: Cluster Guard: production environment, AWS account 1111-2222-3333' })).toHaveText(
    /PROD\s*production\s*AWS account\s*1111-2222-3333/,
  );
  await account.fill('444455556666');
  await expect(result).toContainText('No rule matches 4444-5555-6666');
  await expect(page.getByTestId('tester-names-only')).toContainText('The built-in rules (prod, stg, dev…) read names only');
  await account.fill('acme-eu-prod');
  await expect(page.getByTestId('tester-source')).toHaveText('Built-in default');
  await expect(page.getByTestId('tester-name-only')).toContainText('rules are tried against acme-eu-prod alone');
  await account.fill('acme_prod');
  await expect(page.getByTestId('tester-not-project')).toHaveText(/^The AWS console never shows acme_prod as an account/);
  await page.getByRole('combobox', { name: 'Console', exact: true }).selectOption('azure');
  await expect(page.getByRole('textbox', { name: 'Azure subscription ID' })).toHaveValue('acme_prod');
  // An Azure tab knows only the subscription ID: a name is answered with that, never with an environment.
  await expect(page.getByTestId('tester-not-project')).toHaveText(/^acme_prod is not a subscription ID, and an Azure tab never shows a subscription name/);
  await expect(page.getByTestId('tester-environment')).toHaveCount(0);
});

test('a rule for an AWS account: chosen in the Console column, typed as the console shows it, saved in a version 2 policy', async ({ session }) => {
  const page = await openOptions(session);
  await page.getByRole('button', { name: 'Add rule' }).click();
  const first = rule(page, 1);
  await expect(first.console).toHaveValue('gcp');
  await first.console.selectOption('aws');
  await expect(first.pattern).toHaveAttribute('placeholder', 'acme-*-prod');
  await first.kind.selectOption('exact');
  await expect(first.pattern).toHaveAttribute('placeholder', '1111-2222-3333');
  await first.pattern.fill('acme_prod');
  await expect(first.pattern).toHaveAccessibleDescription(/never matches: "acme_prod" is not an AWS account ID/); // a warning: Save still works
  await first.pattern.fill('1111-2222-3333');
  await expect(first.pattern).not.toHaveAttribute('aria-describedby');
  await saveButton(page).click();
  await expect(saveStatus(page)).toHaveText('Saved. Open console tabs follow the new rules.');
  expect(await storedPersonal(session)).toMatchObject({ version: 2, rules: [{ console: 'aws', match: '111122223333', kind: 'exact', environment: 'production' }] });
  await expect(saveStatus(page)).toHaveText('Saved. Open console tabs follow the new rules.'); // read back as saved: no "changed elsewhere"
  await expect(page.getByText('Your settings were changed in another window.', { exact: false })).toHaveCount(0);

  // Back to Google Cloud: the policy is version 1 again.
  await first.console.selectOption('gcp');
  await first.pattern.fill('acme-shop-1');
  await saveButton(page).click();
  await expect(saveStatus(page)).toHaveText('Saved. Open console tabs follow the new rules.');
  expect(await storedPersonal(session)).toEqual({ ...policyToFile({ version: 3, environments: [], rules: [{ kind: 'exact', pattern: 'acme-shop-1', environment: 'production' }], unmatched: null, useDefaultRules: true, allowPersonalRules: true }) });
  expect((await storedPersonal(session))?.version).toBe(1);
});

test('export, then import the file: the round trip loses nothing', async ({ session }) => {
  const personal: Policy = {
    version: 3,
    environments: [
      { name: 'shared', label: 'SHR', color: '#1a73e8', typedConfirmation: true, guards: ['gke-cluster', 'sql-instance'] },
      { name: 'vault', label: 'VLT', color: '#000000', typedConfirmation: true, guards: 'all' },
      { name: 'lab', label: 'LAB', color: '#9334e6', typedConfirmation: false },
    ],
    rules: [
      { kind: 'exact', pattern: 'acme-billing', environment: 'vault' },
      { kind: 'glob', pattern: 'acme-?-shared-*', environment: 'shared' },
      { kind: 'regex', pattern: 'lab-(eu|us)-\\d+', environment: 'lab' },
      { kind: 'glob', pattern: '*-prod', environment: 'production' },
      { kind: 'glob', pattern: 'acme-*', environment: 'vault', console: 'aws' },
    ],
    unmatched: 'lab',
    useDefaultRules: false,
    allowPersonalRules: true,
  };
  await storeSettings(session, { schemaVersion: 2, teamPolicyUrl: null, personal: policyToFile(personal) });
  const page = await openOptions(session);
  await expect(rule(page, 4).pattern).toHaveValue('*-prod');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to a file' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^cluster-guard-personal-policy-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = await downloadText(download);
  expect(JSON.parse(exported)).toEqual(policyToFile(personal));
  expect(JSON.parse(exported)).toMatchObject({ version: 2 }); // an AWS rule needs version 2
  const file = join(tmpdir(), `cluster-guard-e2e-export-${process.pid}.json`);
  writeFileSync(file, exported);

  // Start from nothing (another context clears the settings; the untouched page follows).
  await session.evaluateInBackground(`chrome.storage.local.remove(${JSON.stringify(LOCAL_KEYS.settings)}).then(() => true)`);
  await expect(page.getByText('No rules of your own yet.')).toBeVisible();

  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import from a file' }).click()]);
  await chooser.setFiles(file);
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText(/cluster-guard-e2e-export-\d+\.json holds 5 rules and 3 environments; the editor holds 0 rules and 0 environments/);
  await confirm.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByText(/^Imported .*Review the rules, then press Save\.$/)).toBeVisible();
  await expect(rule(page, 3).pattern).toHaveValue('lab-(eu|us)-\\d+');
  await expect(rule(page, 5).console).toHaveValue('aws');
  expect(await getLocal(session, LOCAL_KEYS.settings)).toBeNull(); // nothing saved before Save
  await saveButton(page).click();
  await expect(saveStatus(page)).toHaveText('Saved. Open console tabs follow the new rules.');
  expect(await storedPersonal(session)).toEqual(policyToFile(personal));

  // A broken file: every error is listed and the editor is left alone.
  writeFileSync(
    file,
    JSON.stringify({ version: 1, environments: [{ name: 'x', label: 'X', color: 'red', typedConfirmation: true }], rules: [{ match: 'a(', kind: 'regex', environment: 'nowhere' }] }),
  );
  const [again] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import from a file' }).click()]);
  await again.setFiles(file);
  const alert = page.getByRole('region', { name: 'Import and export' }).getByRole('alert');
  await expect(alert).toContainText('cannot be imported. Problems found: 3');
  await expect(alert.getByRole('listitem')).toHaveText([/^environments\[0\]\.color: /, /^rules\[0\]\.match: invalid regular expression/, /^rules\[0\]\.environment: unknown environment "nowhere"/]);
  await expect(rule(page, 4).pattern).toHaveValue('*-prod');
});

test("import the team example, edit notes with the keyboard, save, export: every rule's note comes back", async ({ session }) => {
  const example = new URL('../docs/examples/team-policy.json', import.meta.url);
  const original = JSON.parse(readFileSync(example, 'utf8')) as { rules: { note?: string }[] };
  await storeSettings(session, { schemaVersion: 2, teamPolicyUrl: null, personal: null });
  const page = await openOptions(session);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import from a file' }).click()]);
  await chooser.setFiles(example.pathname);
  await page.getByRole('alertdialog').getByRole('button', { name: 'Replace' }).click();
  await expect(rule(page, 1).note).toHaveValue('PCI scope: card data lives here');
  await expect(rule(page, 2).note).toHaveValue('');

  // A person writes a note on rule 2 and clears the one on rule 5.
  await rule(page, 2).note.click();
  await page.keyboard.type('EU and US production');
  await rule(page, 5).note.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await saveButton(page).click();
  await expect(saveStatus(page)).toHaveText('Saved. Open console tabs follow the new rules.');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to a file' }).click()]);
  const exported = JSON.parse(await downloadText(download)) as { rules: { note?: string }[] };
  expect(exported.rules.map((item) => item.note)).toEqual(
    original.rules.map((item, index) => (index === 1 ? 'EU and US production' : index === 4 ? undefined : item.note)),
  );
  expect((await storedPersonal(session))?.rules).toEqual(exported.rules);
});

test('import says what merge and replace would change; Enter merges: the editor keeps its own rules and takes the file’s', async ({ session }) => {
  const mine: Policy = {
    version: 3,
    environments: [],
    rules: [
      { kind: 'exact', pattern: 'acme-payments-prod', environment: 'production' },
      { kind: 'exact', pattern: 'my-own-project', environment: 'staging' },
    ],
    unmatched: null,
    useDefaultRules: true,
    allowPersonalRules: true,
  };
  await storeSettings(session, { schemaVersion: 2, teamPolicyUrl: null, personal: policyToFile(mine) });
  const page = await openOptions(session);
  await expect(rule(page, 2).pattern).toHaveValue('my-own-project');
  const example = new URL('../docs/examples/team-policy.json', import.meta.url);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import from a file' }).click()]);
  await chooser.setFiles(example.pathname);

  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('team-policy.json holds 5 rules and 4 environments; the editor holds 2 rules and 0 environments.');
  const merge = confirm.getByTestId('import-preview-merge').getByRole('listitem');
  await expect(merge).toContainText(['Changes rule acme-payments-prod: production → payments-production (PCI scope: card data lives here)', 'Adds rule acme-*-prod → production']);
  await expect(merge.filter({ hasText: 'Removes' })).toHaveCount(0);
  await expect(confirm.getByTestId('import-preview-replace').getByRole('listitem').filter({ hasText: 'Removes' })).toHaveText(['Removes rule my-own-project → staging']);

  // Focus is on Merge, the choice that loses nothing: Enter takes it.
  await expect(confirm.getByRole('button', { name: 'Merge' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(rule(page, 1).environment).toHaveValue('payments-production');
  await expect(rule(page, 1).note).toHaveValue('PCI scope: card data lives here');
  await expect(rule(page, 2).pattern).toHaveValue('my-own-project');
  await expect(rule(page, 3).pattern).toHaveValue('acme-*-prod');
  await expect(rule(page, 6).pattern).toHaveValue('sbx-*');
  await expect(rule(page, 7).pattern).toHaveCount(0);
});

test('import an AWS Extend Switch Roles file through the file chooser: pick the environment and the colours by keyboard, merge, save', async ({ session }) => {
  const file = join(tmpdir(), `cluster-guard-e2e-aesr-${process.pid}.ini`);
  writeFileSync(file, '\uFEFF[profile payments-prod]\r\nrole_arn = arn:aws:iam::111122223333:role/Admin\r\ncolor = 8c1d18\r\n\r\n[shared-services]\r\naws_account_id = 222233334444\r\ncolor = 1a73e8\r\n');
  const page = await openOptions(session);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import from a file' }).click()]);
  await chooser.setFiles(file);
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('Read as an AWS Extend Switch Roles configuration: 2 profiles, 2 AWS accounts');
  const merge = confirm.getByTestId('import-preview-merge').getByRole('listitem');
  await expect(merge).toHaveText(['Adds rule 111122223333 (AWS) → production', 'Adds rule 222233334444 (AWS) → production']);

  // Production keeps its colour unless the person asks; then the environments whose profiles agree take theirs.
  const environment = confirm.getByRole('combobox', { name: 'Environment for profiles whose name says none (prod, stg, dev…)' });
  await environment.focus();
  await page.keyboard.press('ArrowDown'); // production -> staging
  await expect(environment).toHaveValue('staging');
  await expect(merge).toHaveText(['Adds rule 111122223333 (AWS) → production', 'Adds rule 222233334444 (AWS) → staging']);
  await page.keyboard.press('Tab');
  await expect(confirm.getByRole('checkbox', { name: /Also use the profiles' colours/ })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(merge).toHaveText(['Adds rule 111122223333 (AWS) → production', 'Adds rule 222233334444 (AWS) → staging', 'Adds environment production', 'Adds environment staging']);
  await confirm.getByRole('button', { name: 'Merge' }).click();
  await saveButton(page).click();
  await expect(saveStatus(page)).toHaveText('Saved. Open console tabs follow the new rules.');
  const stored = await storedPersonal(session);
  expect(stored?.rules).toEqual([
    { console: 'aws', match: '111122223333', kind: 'exact', environment: 'production', note: 'payments-prod' },
    { console: 'aws', match: '222233334444', kind: 'exact', environment: 'staging', note: 'shared-services' },
  ]);
  expect(stored?.environments).toEqual([
    { name: 'production', label: 'PROD', color: '#8c1d18', typedConfirmation: true },
    { name: 'staging', label: 'STG', color: '#1a73e8', typedConfirmation: false },
  ]);
});

test('the audit trail shows a blocked dialog live, and exports CSV', async ({ session }) => {
  const page = await openOptions(session);
  await expect(page.getByTestId('audit-count')).toHaveText('No guarded dialogs recorded yet.');

  const consoleTab = await openConsole(session.context, '/kubernetes/list/overview?project=acme-prod-1');
  const fixture = dialogFixture('gke-cluster-delete-en');
  await openDialog(consoleTab, fixture);
  await expectPrompt(consoleTab);
  await satisfyConsole(consoleTab, fixture);
  await consoleTab.locator(fixture.confirmSelector).click({ force: true }); // blocked by the guard

  await expect(page.getByTestId('audit-count')).toHaveText('Guarded dialogs recorded: 1 (the newest 1000 are kept).');
  const row = page.getByTestId('audit-table').getByRole('row').nth(1);
  await expect(row.getByRole('cell')).toHaveText([/\d/, 'acme-prod-1', 'production', 'Delete cluster', /GKE clusters/, 'Blocked']);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^cluster-guard-audit-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await downloadText(download)).split('\r\n');
  expect(csv[0]).toBe('time,project,environment,outcome,kind,title,resourceName,url');
  expect(csv[1]).toContain('"acme-prod-1","production","blocked","gke-cluster","Delete cluster"');

  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  expect(JSON.parse(await downloadText(json))).toMatchObject([{ project: 'acme-prod-1', outcome: 'blocked' }]);
});

test('the quarantine notice appears when the stored settings are garbage', async ({ session }) => {
  await storeSettings(session, 'this is not a settings object');
  await expect.poll(() => getLocal(session, LOCAL_KEYS.settingsQuarantine)).not.toBeNull();
  const page = await openOptions(session);
  const notice = page.getByTestId('quarantine-notice');
  await expect(notice.getByRole('heading', { name: 'Stored settings kept aside' })).toBeVisible();
  await expect(notice).toContainText('Your stored settings could not be read; they were kept aside');

  const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download the kept-aside settings' }).click()]);
  expect(JSON.parse(await downloadText(download))).toBe('this is not a settings object');

  await notice.getByRole('button', { name: 'Dismiss and delete the copy' }).click();
  await expect(notice).toHaveCount(0);
  expect(await getLocal(session, LOCAL_KEYS.settingsQuarantine)).toBeNull();
});

test('team policy: URL validation, sync status (live), and personal rules switched off by the team', async ({ session }) => {
  const page = await openOptions(session);
  const url = page.getByRole('textbox', { name: 'Team policy URL' });
  await url.fill('http://config.example.com/team.json');
  await page.getByRole('button', { name: 'Save and sync now' }).click();
  await expect(url).toHaveAttribute('aria-invalid', 'true');
  await expect(url).toHaveAccessibleDescription(/Only https:\/\/ addresses are allowed/);
  expect(await getLocal(session, LOCAL_KEYS.settings)).toBeNull();
  await expect(page.getByText('No team policy has been synced yet.')).toBeVisible();

  // What the background's sync records appears as it happens. (Written directly, with no URL in
  // the settings, so the background's own sync does not run and overwrite it.)
  const now = Date.now();
  await setLocal(session, {
    [LOCAL_KEYS.teamPolicyStatus]: { url: TEAM_URL, lastAttemptAt: now, lastSuccessAt: null, lastError: `${TEAM_URL}: the server answered HTTP 404 (not found: check the URL)`, source: 'user' },
  });
  const status = page.getByTestId('team-status');
  await expect(status).toContainText(TEAM_URL);
  await expect(status).toContainText('URL set byYou, on this page');
  await expect(status).toContainText('Last successful syncNever');
  await expect(status).toContainText('HTTP 404 (not found: check the URL)');
  await expect(status).not.toContainText(/etag/i);

  await setLocal(session, {
    [LOCAL_KEYS.teamPolicyStatus]: { url: TEAM_URL, lastAttemptAt: now + 1000, lastSuccessAt: now + 1000, lastError: null, source: 'user' },
    [LOCAL_KEYS.teamPolicy]: {
      url: TEAM_URL,
      etag: '"abc"',
      fetchedAt: now + 1000,
      policy: { version: 1, environments: [], rules: [{ match: 'acme-*', kind: 'glob', environment: 'production' }], allowPersonalRules: false },
    },
  });
  await expect(status).toContainText('Last errorNone');
  await expect(status).toContainText(/Policy in useFetched /);
  await expect(status).not.toContainText('abc');
  await expect(page.getByTestId('personal-locked')).toHaveText(
    "Your team's policy switches personal rules off. Your rules are kept but not applied, and cannot be edited.",
  );
  await expect(page.getByRole('button', { name: 'Add rule' })).toBeDisabled();
  await expect(saveStatus(page)).toHaveText('Personal rules are switched off by your team, so there is nothing to save.');
  await expect(page.getByTestId('locked-rules')).toContainText('acme-*');
});

test('settings saved in another window: an untouched page follows, an edited one offers to load them', async ({ session }) => {
  const page = await openOptions(session);
  const saved = (match: string) => ({ schemaVersion: 2, teamPolicyUrl: null, personal: { version: 1, environments: [], rules: [{ match, kind: 'glob', environment: 'staging' }] } });
  await storeSettings(session, saved('from-elsewhere-*'));
  await expect(rule(page, 1).pattern).toHaveValue('from-elsewhere-*');

  await rule(page, 1).pattern.fill('my-edit-*');
  await storeSettings(session, saved('again-elsewhere-*'));
  await expect(page.getByText('Your settings were changed in another window.', { exact: false })).toBeVisible();
  await expect(rule(page, 1).pattern).toHaveValue('my-edit-*'); // nothing typed is lost
  await page.getByRole('button', { name: 'Load the saved version (discard my changes)' }).click();
  await expect(rule(page, 1).pattern).toHaveValue('again-elsewhere-*');
  await expect(saveStatus(page)).toHaveText('No unsaved changes.');
});

test('a new rule shows no error until it is left or Save is tried; Ctrl+S saves, refuses an invalid draft and shows every problem; focus stays put', async ({ session }) => {
  const page = await openOptions(session);
  await page.evaluate(() => addEventListener('keydown', (event) => ((window as unknown as { savePagePrevented: boolean }).savePagePrevented = event.defaultPrevented)));
  await page.getByRole('button', { name: 'Add rule' }).click();
  await expect(rule(page, 1).pattern).toBeFocused();
  await expect(page.getByText('Enter a pattern.')).toHaveCount(0);
  await expect(rule(page, 1).pattern).not.toHaveAttribute('aria-invalid', 'true');
  await expect(saveStatus(page)).toHaveText('You have unsaved changes.');
  await expect(page.locator('#tester-basis')).toHaveText('Includes your unsaved changes.');

  // Leaving the empty pattern: now it says so. A new environment's empty fields stay quiet.
  await page.keyboard.press('Tab');
  await expect(page.getByText('Enter a pattern.')).toHaveCount(1);
  await expect(saveStatus(page)).toHaveText('Cannot save yet. Problems to fix (marked in red): 1');
  await page.getByRole('button', { name: 'Add environment' }).click();
  await expect(page.getByText('Required.')).toHaveCount(0);

  // Ctrl+S with problems: the browser's Save Page is not opened, nothing is written, every problem shows, focus goes to the first.
  await page.keyboard.press('Control+s');
  await expect(saveStatus(page)).toHaveText('Cannot save yet. Problems to fix (marked in red): 3');
  await expect(page.getByText('Required.')).toHaveCount(2);
  await expect(rule(page, 1).pattern).toBeFocused();
  expect(await page.evaluate(() => (window as unknown as { savePagePrevented: boolean }).savePagePrevented)).toBe(true);
  expect(await storedPersonal(session)).toBeUndefined();

  await page.keyboard.type('acme-*');
  await page.getByRole('button', { name: 'Delete (Environment 1)' }).click();
  await expect(page.getByRole('button', { name: 'Add environment' })).toBeFocused();
  await page.keyboard.press('Control+s');
  await expect(saveStatus(page)).toHaveText('Saved. Open console tabs follow the new rules.');
  expect((await storedPersonal(session))?.rules).toEqual([{ match: 'acme-*', kind: 'glob', environment: 'production' }]);
  await expect(page.getByRole('button', { name: 'Add environment' })).toBeFocused();

  // Discard disables itself: focus goes to the save status, not to the page.
  await rule(page, 1).pattern.click();
  await page.keyboard.type('x');
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(rule(page, 1).pattern).toHaveValue('acme-*');
  await expect(saveStatus(page)).toBeFocused();
});

test('reorder rules with Alt+Arrow keys (announced) and by dragging the handle; the saved order is the one shown', async ({ session }) => {
  const mine: Policy = {
    version: 3,
    environments: [],
    rules: [
      { kind: 'exact', pattern: 'acme-1', environment: 'production' },
      { kind: 'glob', pattern: 'acme-*', environment: 'staging' },
      { kind: 'glob', pattern: 'tmp-*', environment: 'development' },
    ],
    unmatched: null,
    useDefaultRules: true,
    allowPersonalRules: true,
  };
  await storeSettings(session, { schemaVersion: 2, teamPolicyUrl: null, personal: policyToFile(mine) });
  const page = await openOptions(session);
  await expect(rule(page, 3).pattern).toHaveValue('tmp-*');

  // Drag the last rule by its handle onto the first (both in view: a scroll in the middle of a drag ends it).
  await page.locator('#rules-heading').evaluate((heading) => heading.scrollIntoView());
  await page.locator('.rule-row .drag-handle').nth(2).dragTo(page.locator('.rule-row').nth(0));
  await expect(rule(page, 1).pattern).toHaveValue('tmp-*');
  await expect(rule(page, 2).pattern).toHaveValue('acme-1');
  await expect(page.getByTestId('rule-move-announcement')).toHaveText('Rule 3 moved to position 1 of 3.');

  // Alt+ArrowUp in a rule's field moves it; focus stays in the field.
  await rule(page, 3).pattern.click();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(rule(page, 2).pattern).toHaveValue('acme-*');
  await expect(rule(page, 2).pattern).toBeFocused();
  await expect(page.getByTestId('rule-move-announcement')).toHaveText('Rule 3 moved to position 2 of 3.');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(rule(page, 1).pattern).toHaveValue('acme-*');
  await expect(rule(page, 1).pattern).toBeFocused();
  await expect(page.getByTestId('rule-move-announcement')).toHaveText('Rule 2 moved to position 1 of 3.');
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(rule(page, 1).pattern).toBeFocused();
  await expect(rule(page, 2).pattern).toHaveValue('tmp-*');
  await saveButton(page).click();
  await expect(saveStatus(page)).toHaveText('Saved. Open console tabs follow the new rules.');
  expect(((await storedPersonal(session))?.rules as { match: string }[] | undefined)?.map((r) => r.match)).toEqual(['acme-*', 'tmp-*', 'acme-1']);
});

test('whole environment names in the rule list; a keyboard-reachable file button; counts in words; focus on the import result', async ({ session }) => {
  const mine: Policy = {
    version: 3,
    environments: [{ name: 'payments-production', label: 'PCI PRODUCTION', color: '#b3261e', typedConfirmation: true }],
    rules: [{ kind: 'exact', pattern: 'acme-payments', environment: 'payments-production' }],
    unmatched: null,
    useDefaultRules: true,
    allowPersonalRules: true,
  };
  await storeSettings(session, { schemaVersion: 2, teamPolicyUrl: null, personal: policyToFile(mine) });
  const page = await openOptions(session);

  // The chosen environment is shown whole, not cut.
  const select = rule(page, 1).environment;
  await expect(select).toHaveValue('payments-production');
  const fits = await select.evaluate((element: HTMLSelectElement) => {
    const probe = document.createElement('span');
    probe.style.font = getComputedStyle(element).font;
    probe.style.whiteSpace = 'pre';
    probe.textContent = element.selectedOptions[0]!.textContent;
    document.body.append(probe);
    const needed = probe.getBoundingClientRect().width;
    probe.remove();
    return element.clientWidth - needed;
  });
  expect(fits).toBeGreaterThan(20); // room for the text and the arrow

  // The file picker is a button like the others, reached and pressed with the keyboard.
  const chooseFile = page.getByRole('button', { name: 'Import from a file' });
  await page.getByRole('button', { name: 'Export to a file' }).focus();
  await page.keyboard.press('Tab');
  await expect(chooseFile).toBeFocused();
  const file = join(tmpdir(), `one-rule-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify({ version: 1, environments: [{ name: 'lab', label: 'LAB', color: '#9334e6', typedConfirmation: false }], rules: [{ match: 'lab-*', kind: 'glob', environment: 'lab' }] }));
  // Enter on the focused button (locator.press keeps the focus there even if the page re-rendered meanwhile).
  const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10_000 }), chooseFile.press('Enter')]);
  await chooser.setFiles(file);
  await expect(page.getByRole('alertdialog')).toContainText('holds 1 rule and 1 environment; the editor holds 1 rule and 1 environment.');
  // Focus moves to Merge in an effect after the preview renders: wait for it, then Enter.
  await expect(page.getByRole('button', { name: 'Merge', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Imported one-rule-/)).toBeFocused();
});

test('the audit trail newest first on screen and in exports; the contents list takes focus to its section', async ({ session }) => {
  const entry = (time: string, project: string) => ({ time, project, environment: 'production', title: 'Delete cluster', resourceName: null, kind: null, outcome: 'blocked', url: `https://console.cloud.google.com/?project=${project}` });
  await setLocal(session, { [LOCAL_KEYS.auditLog]: [entry('2026-05-01T10:00:00.000Z', 'acme-older'), entry('2026-05-01T11:00:00.000Z', 'acme-newer')] });
  const page = await openOptions(session);

  // Newest first, on screen and in both exports.
  await expect(page.getByTestId('audit-table').getByRole('row').nth(1)).toContainText('acme-newer');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  expect((await downloadText(csv)).split('\r\n')[1]).toContain('acme-newer');
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  expect(JSON.parse(await downloadText(json)).map((e: { project: string }) => e.project)).toEqual(['acme-newer', 'acme-older']);

  // The contents list: a link takes the reader and the keyboard focus to its section.
  const contents = page.getByRole('navigation', { name: 'On this page' });
  await contents.getByRole('link', { name: 'Audit trail' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Audit trail' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: 'Audit trail' })).toBeInViewport();
  await contents.getByRole('link', { name: 'Rules', exact: true }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Rules', exact: true })).toBeFocused();
});
