/**
 * The options page's and the popup's main user flows, in BOTH browsers: each
 * page opened by the extension itself and driven from inside it
 * (support/extension-page-dom.ts: click, type, choose, wait for text), over
 * the devtools server in Firefox, where Playwright cannot drive
 * moz-extension:// pages (see e2e/README.md). Assertions are on what the
 * page shows, on what is stored, and on an open console tab.
 *
 * These events are untrusted (dispatched by script): they prove the pages'
 * logic, their storage and their effect on console tabs work in Firefox.
 * Trusted-input behaviour (keyboard order, focus moves on key presses, file
 * choosers, downloads) stays covered in Chromium by options.spec.ts,
 * options-banner.spec.ts and popup.spec.ts.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/test';
import { openConsole, readMarkers } from './support/console';
import { dialogFixture, openDialog, expectPrompt, satisfyConsole } from './support/dialogs';
import { chooseFile, chooseOption, clickOn, fieldState, textOf, typeInto, untilText, type FieldState } from './support/extension-page-dom';
import { readAuditLog, tabIdForProject } from './support/extension-state';
import { awsUrl, serveCloudConsoles } from './support/clouds';
import type { ExtensionSession } from './support/launch';
import { axeExpression, type AxeViolation } from './support/axe';
import { LOCAL_KEYS } from '../src/platform/storage-keys';

const OPTIONS = '/src/options/index.html';
const POPUP = '/src/popup/index.html';
const TEAM_URL = 'https://policy.invalid/cluster-guard/team.json';
const SAVED = 'Saved. Open console tabs follow the new rules.';

const SAVE = { button: 'Save' };
const rule = (n: number) => ({
  kind: { label: `Match type (Rule ${n})` },
  pattern: { label: `Pattern (Rule ${n})` },
  environment: { label: `Environment (Rule ${n})` },
  note: { label: `Note (Rule ${n})` },
});

async function setLocal(session: ExtensionSession, values: Record<string, unknown>): Promise<void> {
  await session.evaluateInBackground(`chrome.storage.local.set(${JSON.stringify(values)}).then(() => true)`);
}

/** The settings as stored (raw JSON, as the options page wrote them), or null. */
function storedSettings(session: ExtensionSession): Promise<{ teamPolicyUrl?: string | null; personal?: { rules?: unknown[]; banner?: unknown } } | null> {
  return session.evaluateInBackground(`chrome.storage.local.get(${JSON.stringify(LOCAL_KEYS.settings)}).then((r) => r[${JSON.stringify(LOCAL_KEYS.settings)}] ?? null)`);
}

function inOptions<T>(session: ExtensionSession, expression: string): Promise<T> {
  return session.evaluateInExtensionPage<T>(OPTIONS, expression);
}

function inPopup<T>(session: ExtensionSession, expression: string): Promise<T> {
  return session.evaluateInExtensionPage<T>(POPUP, expression);
}

/** Has the extension open its options page and waits until the settings are loaded (the save bar says where they stand). */
async function openOptions(session: ExtensionSession): Promise<void> {
  await session.openExtensionPage(OPTIONS);
  expect(await inOptions<string>(session, textOf('h1'))).toBe('Cluster Guard settings');
  await inOptions(session, textOf('#save-status'));
}

/** Closes an extension page the extension opened by itself (not through openExtensionPage), by its own tab id. */
async function closeOwnTab(session: ExtensionSession, path: string): Promise<void> {
  const tabId = await session.evaluateInExtensionPage<number>(path, 'chrome.tabs.getCurrent().then((tab) => tab.id)');
  await session.evaluateInBackground(`chrome.tabs.remove(${tabId}).then(() => true)`);
}

async function bannerOf(page: Page): Promise<string | null> {
  const { banner } = await readMarkers(page);
  return banner ? `${banner.label} ${banner.project}` : null;
}

const bannerHeight = (page: Page) => page.evaluate(() => document.querySelector('cluster-guard-banner')?.getBoundingClientRect().height ?? null);
const tinted = (page: Page) => page.evaluate(() => [...document.querySelectorAll('[data-cluster-guard-header-tint]')].map((node) => node.id));

test.beforeEach(async ({ session }) => {
  await session.evaluateInBackground(
    `chrome.storage.local.remove(${JSON.stringify([LOCAL_KEYS.settings, LOCAL_KEYS.teamPolicy, LOCAL_KEYS.teamPolicyStatus, LOCAL_KEYS.auditLog])}).then(() => true)`,
  );
});

test.afterEach(async ({ session }) => {
  await session.closeExtensionPages();
});

test('options: add an exact rule for a project, Save: stored, and its open console tab turns PROD live', async ({ session }) => {
  const consoleTab = await openConsole(session.context, '/kubernetes/list/overview?project=acme-shop-1');
  await expect.poll(() => bannerOf(consoleTab)).toBeNull();
  await openOptions(session);
  expect(await inOptions(session, untilText('#save-status', 'No unsaved changes.'))).toBe('No unsaved changes.');

  await inOptions(session, clickOn({ button: 'Add rule' }));
  expect(await inOptions(session, chooseOption(rule(1).kind, 'exact'))).toBe('exact');
  expect(await inOptions(session, typeInto(rule(1).pattern, 'acme-shop-1'))).toBe('acme-shop-1');
  expect(await inOptions(session, chooseOption(rule(1).environment, 'production'))).toBe('production');
  expect(await inOptions(session, typeInto(rule(1).note, 'Checkout: card data'))).toBe('Checkout: card data');
  await inOptions(session, untilText('#save-status', 'You have unsaved changes.'));
  expect(await storedSettings(session)).toBeNull(); // nothing is written before Save

  await inOptions(session, clickOn(SAVE));
  await inOptions(session, untilText('#save-status', SAVED));
  expect((await storedSettings(session))?.personal?.rules).toEqual([{ match: 'acme-shop-1', kind: 'exact', environment: 'production', note: 'Checkout: card data' }]);
  await expect.poll(() => bannerOf(consoleTab)).toBe('PROD acme-shop-1');
  // The page shows what it saved.
  expect(await inOptions<FieldState>(session, fieldState(rule(1).pattern))).toMatchObject({ value: 'acme-shop-1', ariaInvalid: null });
});

test('options: an invalid regex and a lookahead are flagged inline and block Save; a valid one saves', async ({ session }) => {
  await openOptions(session);
  await inOptions(session, clickOn({ button: 'Add rule' }));
  await inOptions(session, chooseOption(rule(1).kind, 'regex'));
  await inOptions(session, typeInto(rule(1).pattern, 'acme-(prod'));
  await inOptions(session, untilText('#save-status', 'Cannot save yet. Problems to fix (marked in red): 1'));
  const invalid = await inOptions<FieldState>(session, fieldState(rule(1).pattern));
  expect(invalid.ariaInvalid).toBe('true');
  expect(invalid.description).toMatch(/^⚠?\s*Not a valid regular expression: missing closing \)/);
  expect((await inOptions<FieldState>(session, fieldState(SAVE))).ariaDisabled).toBe('true');

  // Pressing Save anyway writes nothing and takes the user to the problem.
  await inOptions(session, clickOn(SAVE));
  await expect.poll(async () => (await inOptions<FieldState>(session, fieldState(rule(1).pattern))).focused).toBe(true);
  expect(await storedSettings(session)).toBeNull();

  // RE2 has no lookahead: refused, with what to write instead.
  await inOptions(session, typeInto(rule(1).pattern, 'acme-(?!x).*'));
  await expect
    .poll(async () => (await inOptions<FieldState>(session, fieldState(rule(1).pattern))).description)
    .toMatch(/Not supported: lookahead \(\?! is not supported \(.*RE2.*\); .*put a rule for the exception before this one/);
  expect((await inOptions<FieldState>(session, fieldState(SAVE))).ariaDisabled).toBe('true');
  await inOptions(session, clickOn(SAVE));
  expect(await storedSettings(session)).toBeNull();

  await inOptions(session, typeInto(rule(1).pattern, 'acme-(eu|us)-prod'));
  await inOptions(session, untilText('#save-status', 'You have unsaved changes.'));
  expect(await inOptions<FieldState>(session, fieldState(rule(1).pattern))).toMatchObject({ ariaInvalid: null, description: '' });
  await inOptions(session, clickOn(SAVE));
  await inOptions(session, untilText('#save-status', SAVED));
  expect((await storedSettings(session))?.personal?.rules).toEqual([{ match: 'acme-(eu|us)-prod', kind: 'regex', environment: 'production' }]);
});

test('options: a new rule shows no error until Save is pressed, which then shows it and writes nothing; Alt+ArrowUp moves a rule, announced', async ({ session }) => {
  await openOptions(session);
  await inOptions(session, clickOn({ button: 'Add rule' }));
  await inOptions(session, untilText('#save-status', 'You have unsaved changes.'));
  // Focus moves in an effect after the render that shows the status (Preact runs it after the next frame): poll.
  await expect.poll(() => inOptions<FieldState>(session, fieldState(rule(1).pattern))).toMatchObject({ ariaInvalid: null, description: '', focused: true });
  expect(await inOptions(session, textOf('#tester-basis'))).toBe('Includes your unsaved changes.');

  await inOptions(session, clickOn(SAVE));
  await inOptions(session, untilText('#save-status', 'Cannot save yet. Problems to fix (marked in red): 1'));
  await expect.poll(() => inOptions<FieldState>(session, fieldState(rule(1).pattern))).toMatchObject({ ariaInvalid: 'true', description: 'Enter a pattern.', focused: true });
  expect(await storedSettings(session)).toBeNull();

  await inOptions(session, typeInto(rule(1).pattern, 'acme-*'));
  await inOptions(session, clickOn({ button: 'Add rule' }));
  await inOptions(session, typeInto(rule(2).pattern, 'acme-1'));
  await inOptions(
    session,
    `(document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', altKey: true, bubbles: true, cancelable: true })), true)`,
  );
  await inOptions(session, untilText('[data-testid="rule-move-announcement"]', 'Rule 2 moved to position 1 of 2.'));
  await expect.poll(() => inOptions<FieldState>(session, fieldState(rule(1).pattern))).toMatchObject({ value: 'acme-1', focused: true });
  await inOptions(session, clickOn(SAVE));
  await inOptions(session, untilText('#save-status', SAVED));
  expect((await storedSettings(session))?.personal?.rules).toEqual([
    { match: 'acme-1', kind: 'glob', environment: 'production' },
    { match: 'acme-*', kind: 'glob', environment: 'production' },
  ]);
});

test('options: the project tester names the rule and its source, for saved rules and unsaved edits', async ({ session }) => {
  await setLocal(session, {
    [LOCAL_KEYS.teamPolicy]: {
      url: TEAM_URL,
      etag: null,
      fetchedAt: Date.now(),
      policy: { version: 1, environments: [], rules: [{ match: 'acme-core-*', kind: 'glob', environment: 'production' }] },
    },
    [LOCAL_KEYS.settings]: {
      schemaVersion: 2,
      teamPolicyUrl: TEAM_URL,
      personal: {
        version: 1,
        environments: [],
        rules: [
          { match: 'acme-core-1', kind: 'exact', environment: 'development' },
          { match: 'acme-shared-*', kind: 'glob', environment: 'staging' },
        ],
      },
    },
  });
  await openOptions(session);
  const tester = { label: 'Project ID' };

  await inOptions(session, typeInto(tester, 'acme-core-1'));
  expect(await inOptions(session, untilText('[data-testid="tester-environment"]', 'production (PROD)'))).toBe('production (PROD)');
  expect(await inOptions(session, textOf('[data-testid="tester-source"]'))).toBe('Team policy');
  expect(await inOptions(session, textOf('[data-testid="tester-rule"]'))).toBe('Rule 1: Wildcard (* and ?) acme-core-*');
  expect(await inOptions(session, textOf('[data-testid="tester-overridden"]'))).toBe(
    'Your rule 1 (development) was not applied: it would weaken the stronger policy, which says production.',
  );

  await inOptions(session, typeInto(tester, 'acme-shared-eu'));
  await inOptions(session, untilText('[data-testid="tester-source"]', 'Your rules'));
  expect(await inOptions(session, textOf('[data-testid="tester-rule"]'))).toBe('Rule 2: Wildcard (* and ?) acme-shared-*');
  expect(await inOptions(session, textOf('[data-testid="tester-environment"]'))).toBe('staging (STG)');

  await inOptions(session, typeInto(tester, 'acme-shop-9'));
  await inOptions(session, untilText('[data-testid="tester-result"]', 'No rule matches acme-shop-9: its tabs are not marked and the guard does not ask for confirmation.'));

  // An unsaved edit is tried too.
  await inOptions(session, typeInto(rule(2).pattern, 'acme-shop-*'));
  await inOptions(session, untilText('#tester-basis', /Includes your unsaved changes\./));
  expect(await inOptions(session, untilText('[data-testid="tester-environment"]', 'staging (STG)'))).toBe('staging (STG)');
  expect(await inOptions(session, textOf('[data-testid="tester-rule"]'))).toBe('Rule 2: Wildcard (* and ?) acme-shop-*');
  expect(await storedSettings(session)).toMatchObject({ personal: { rules: [{ match: 'acme-core-1' }, { match: 'acme-shared-*' }] } });
});

test('options: an http:// team URL is refused with its reason; what the team policy sets is shown read-only', async ({ session }) => {
  await openOptions(session);
  const url = { label: 'Team policy URL' };
  // The submit button: its click handler checks the URL, the form's submission goes nowhere. Typed and pressed
  // again until refused: typed at once after the page opens, the field can be emptied by the page's first load
  // settling, and a person who typed that fast would retype.
  await expect
    .poll(
      async () => {
        await inOptions(session, typeInto(url, 'http://config.example.com/team.json'));
        await inOptions(session, clickOn({ button: 'Save and sync now' }));
        return (await inOptions<FieldState>(session, fieldState(url))).ariaInvalid;
      },
      { timeout: 15_000 },
    )
    .toBe('true');
  expect(await inOptions<FieldState>(session, fieldState(url))).toMatchObject({
    value: 'http://config.example.com/team.json',
    description: 'Only https:// addresses are allowed, so nobody on the network can change the policy on its way.',
    focused: true,
  });
  expect(await inOptions(session, textOf('h1'))).toBe('Cluster Guard settings'); // still on the page
  expect(await storedSettings(session)).toBeNull();

  // A team policy arrives (as the sync would cache it): its rule and banner size show, locked.
  await setLocal(session, {
    [LOCAL_KEYS.teamPolicy]: {
      url: TEAM_URL,
      etag: null,
      fetchedAt: Date.now(),
      policy: { version: 1, environments: [], rules: [{ match: 'acme-*', kind: 'glob', environment: 'production' }], banner: { size: 'tall' } },
    },
  });
  expect(await inOptions(session, untilText('[data-testid="locked-rules"] tbody tr', 'Team policy 1 Google Cloud Wildcard (* and ?) acme-* production'))).toBeTruthy();
  await inOptions(session, untilText('[data-testid="banner-size-locked"]', 'Set by your team policy'));
  expect(await inOptions<FieldState>(session, fieldState({ label: 'Tall, with larger text' }))).toMatchObject({ checked: true, disabled: true });
  expect(await inOptions<FieldState>(session, fieldState({ label: 'Compact strip' }))).toMatchObject({ checked: false, disabled: true });
  expect(await inOptions<FieldState>(session, fieldState({ label: "Also tint the console's header" }))).toMatchObject({ disabled: false });

  // The team switches personal rules off: the editor is locked and there is nothing to save.
  await setLocal(session, {
    [LOCAL_KEYS.teamPolicy]: {
      url: TEAM_URL,
      etag: null,
      fetchedAt: Date.now() + 1,
      policy: { version: 1, environments: [], rules: [{ match: 'acme-*', kind: 'glob', environment: 'production' }], allowPersonalRules: false },
    },
  });
  await inOptions(session, untilText('#save-status', 'Personal rules are switched off by your team, so there is nothing to save.'));
  expect(await inOptions(session, textOf('[data-testid="personal-locked"]'))).toBe(
    "Your team's policy switches personal rules off. Your rules are kept but not applied, and cannot be edited.",
  );
  expect((await inOptions<FieldState>(session, fieldState({ button: 'Add rule' }))).disabled).toBe(true);
});

test('options: the Banner section (tall, tint) saves, and an open production tab gets the tall banner and the tint', async ({ session }) => {
  const consoleTab = await openConsole(session.context, '/kubernetes/list/overview?project=acme-prod-1');
  await expect.poll(() => bannerHeight(consoleTab)).toBe(28);
  await openOptions(session);
  const tall = { label: 'Tall, with larger text' };
  const tint = { label: "Also tint the console's header" };
  expect(await inOptions<FieldState>(session, fieldState({ label: 'Compact strip' }))).toMatchObject({ checked: true });
  expect(await inOptions<FieldState>(session, fieldState(tint))).toMatchObject({ checked: false });

  await inOptions(session, clickOn(tall));
  await inOptions(session, clickOn(tint));
  await inOptions(session, untilText('#save-status', 'You have unsaved changes.'));
  expect(await inOptions<FieldState>(session, fieldState(tall))).toMatchObject({ checked: true });
  expect(await inOptions<FieldState>(session, fieldState({ label: 'Compact strip' }))).toMatchObject({ checked: false });
  expect(await inOptions<FieldState>(session, fieldState(tint))).toMatchObject({ checked: true });

  await inOptions(session, clickOn(SAVE));
  await inOptions(session, untilText('#save-status', SAVED));
  expect((await storedSettings(session))?.personal?.banner).toEqual({ size: 'tall', tintConsoleHeader: true });
  await expect.poll(() => bannerHeight(consoleTab)).toBe(48);
  await expect.poll(() => tinted(consoleTab)).toEqual(['ocb-platform-bar']);
});

/** An AWS Extend Switch Roles configuration as people keep one: both section styles, role_arn, comments, CRLF, and two lines to fix. */
const AESR_CONFIG = [
  '; exported from AWS Extend Switch Roles',
  '[profile acme-prod-admin]',
  'role_arn = arn:aws:iam::111122223333:role/Admin',
  'color = c5221f',
  '',
  '[Acme-Dev]',
  'aws_account_id = 222233334444 # sandbox',
  'role_name = Developer',
  '',
  '[marketing]',
  'aws_account_id = 4444-5555-6666',
  '',
  '[typo]',
  'aws_account_id = 12345678901',
  '',
  '[profile acme-prod-admin]',
  'aws_account_id = 999999999999',
].join('\r\n');

test('options: import an AWS Extend Switch Roles file and a project list, pick environments in the preview, merge, save: the rules are stored', async ({ session }) => {
  await openOptions(session);
  const dialog = '[role="alertdialog"]';
  const leftOut = '[data-testid="import-left-out"]';
  const merge = '[data-testid="import-preview-merge"]';

  // Nothing usable: each line is named with what it should have been, and nothing changes.
  expect(await inOptions(session, chooseFile('#import-file', 'broken.ini', '[only]\nrole_arn = arn:aws:iam::1234567890123:role/R\n'))).toBe('broken.ini');
  await inOptions(session, untilText('section[aria-labelledby="transfer-heading"] [role="alert"]', /broken\.ini cannot be imported\. Problems found: 1 line 2: role_arn .* has 13 digits; an AWS account ID has 12/));

  await inOptions(session, chooseFile('#import-file', 'aesr-config.ini', AESR_CONFIG));
  await inOptions(session, untilText(dialog, /Read as an AWS Extend Switch Roles configuration: 3 profiles, 3 AWS accounts/));
  expect(await inOptions(session, textOf(leftOut))).toBe(
    'line 14: aws_account_id "12345678901" has 11 digits; an AWS account ID has 12 (profile "typo") line 16: profile "acme-prod-admin" is defined again (first at line 2); this second definition is left out',
  );
  expect(await inOptions<AxeViolation[]>(session, axeExpression('section[aria-labelledby="transfer-heading"]'))).toEqual([]);
  // Profiles whose names say no environment get the one the person picks (production until then).
  await inOptions(session, untilText(merge, /Adds rule 111122223333 \(AWS\) → production .*Adds rule 222233334444 \(AWS\) → development .*Adds rule 444455556666 \(AWS\) → production/));
  expect(await inOptions(session, chooseOption({ label: 'Environment for profiles whose name says none (prod, stg, dev…)' }, 'staging'))).toBe('staging');
  await inOptions(session, untilText(merge, /Adds rule 444455556666 \(AWS\) → staging$/));
  await inOptions(session, clickOn({ button: 'Merge' }));
  await inOptions(session, untilText('#transfer-heading ~ [role="status"]', /^Imported aesr-config\.ini/));

  // A plain list of project IDs, commas and lines mixed, one entry to fix: its own environment.
  await inOptions(session, chooseFile('#import-file', 'projects.txt', '# shop\nacme-shop-1, acme-shop-2\nacme_shop_3\n'));
  await inOptions(session, untilText(dialog, /Read as a list of Google Cloud project IDs: 2, one exact rule each/));
  expect(await inOptions(session, textOf(leftOut))).toBe('line 3: "acme_shop_3" is not a Google Cloud project ID (a letter, then letters, digits and hyphens)');
  expect(await inOptions(session, chooseOption({ label: 'Environment for these projects' }, 'development'))).toBe('development');
  await inOptions(session, untilText(merge, /Adds rule acme-shop-1 → development Adds rule acme-shop-2 → development$/));
  await inOptions(session, clickOn({ button: 'Merge' }));
  await inOptions(session, untilText('#transfer-heading ~ [role="status"]', /^Imported projects\.txt/));
  expect(await storedSettings(session)).toBeNull(); // nothing is written before Save

  await inOptions(session, clickOn(SAVE));
  await inOptions(session, untilText('#save-status', SAVED));
  expect((await storedSettings(session))?.personal?.rules).toEqual([
    { console: 'aws', match: '111122223333', kind: 'exact', environment: 'production', note: 'acme-prod-admin' },
    { console: 'aws', match: '222233334444', kind: 'exact', environment: 'development', note: 'Acme-Dev' },
    { console: 'aws', match: '444455556666', kind: 'exact', environment: 'staging', note: 'marketing' },
    { match: 'acme-shop-1', kind: 'exact', environment: 'development' },
    { match: 'acme-shop-2', kind: 'exact', environment: 'development' },
  ]);
});

test('popup: no rule matched, the environment is chosen and saved in the popup itself, and the tab is marked at once', async ({ session }) => {
  const consoleTab = await openConsole(session.context, '/kubernetes/list/overview?project=random-project-1');
  const tabId = await tabIdForProject(session, 'random-project-1');
  await session.openExtensionPage(`${POPUP}?tab=${tabId}`);
  const thisTab = 'section[aria-labelledby="this-tab"]';
  expect(await inPopup(session, untilText(thisTab, /No rule matched this project/))).toContain('random-project-1');

  await inPopup(session, clickOn({ button: 'Add a rule for this project' }));
  expect(await inPopup(session, textOf('#quick-rule legend'))).toBe('Environment for random-project-1');
  await inPopup(session, clickOn('#quick-rule input[value="staging"]'));
  await inPopup(session, clickOn({ button: 'Save' }));
  await inPopup(session, untilText(`${thisTab} .saved`, 'Saved: your rule makes this tab staging.'));
  expect((await storedSettings(session))?.personal?.rules).toEqual([{ match: 'random-project-1', kind: 'exact', environment: 'staging' }]);
  await expect.poll(() => bannerOf(consoleTab)).toBe('STG random-project-1');
  expect(await inPopup(session, untilText(`${thisTab} .environment`, 'STG staging'))).toBe('STG staging');
});

test('popup: a dialog blocked in a production tab shows up live in the recent guarded dialogs', async ({ session }) => {
  const production = await openConsole(session.context, '/kubernetes/list/overview?project=acme-prod-1');
  await session.openExtensionPage(`${POPUP}?tab=${await tabIdForProject(session, 'acme-prod-1')}`);
  const recent = 'section[aria-labelledby="recent"]';
  expect(await inPopup(session, textOf('section[aria-labelledby="this-tab"] .environment'))).toBe('PROD production');
  expect(await inPopup(session, textOf('section[aria-labelledby="this-tab"] .why'))).toBe('Why: “prod” in the project ID acme-prod-1 (built-in rules).');
  expect(await inPopup(session, textOf(`${recent} p`))).toBe('No guarded dialog yet.');

  const fixture = dialogFixture('gke-cluster-delete-en');
  await openDialog(production, fixture);
  await expectPrompt(production);
  await satisfyConsole(production, fixture);
  await production.locator(fixture.confirmSelector).click({ force: true }); // blocked: nothing was typed in the prompt

  const listed = await inPopup<string>(session, untilText(`${recent} li`, /^Blocked acme-prod-1 Delete cluster /));
  expect(listed).toMatch(/^Blocked acme-prod-1 Delete cluster \S/);
  expect(await readAuditLog(session)).toMatchObject([{ project: 'acme-prod-1', outcome: 'blocked', title: 'Delete cluster' }]);
});

test('popup: an AWS console tab no rule matches shows its account; More options opens the settings with an AWS rule ready; saving marks the tab', async ({ session }) => {
  const stopClouds = await serveCloudConsoles(session.context);
  try {
    const aws = await session.context.newPage();
    await aws.goto(awsUrl({ path: '/eks/home', hash: '#/clusters', scope: 'meta', account: '777788889999', alias: 'ops-lab' }));
    const tabId = await tabIdForProject(session, 'ops-lab (7777-8888-9999)');
    await session.openExtensionPage(`${POPUP}?tab=${tabId}`);
    const thisTab = 'section[aria-labelledby="this-tab"]';
    expect(await inPopup(session, untilText(thisTab, /No rule matched this AWS account/))).toContain('ops-lab (7777-8888-9999)');

    // More options in the popup's quick form opens the settings at #add-rule=aws:<account>; the popup closes itself.
    await inPopup(session, clickOn({ button: 'Add a rule for this account' }));
    await inPopup(session, clickOn({ button: 'More options…' }, { leaving: true }));
    try {
      await inOptions(session, untilText('#save-status', 'You have unsaved changes.'));
      expect(await inOptions<FieldState>(session, fieldState(rule(1).pattern))).toMatchObject({ value: '777788889999' });
      expect(await inOptions<FieldState>(session, fieldState({ label: 'Console (Rule 1)' }))).toMatchObject({ value: 'aws' });
      await inOptions(session, chooseOption(rule(1).environment, 'production'));
      await inOptions(session, clickOn(SAVE));
      await inOptions(session, untilText('#save-status', SAVED));
      expect((await storedSettings(session))?.personal?.rules).toEqual([{ console: 'aws', match: '777788889999', kind: 'exact', environment: 'production' }]);
      await expect.poll(() => bannerOf(aws)).toBe('PROD ops-lab (7777-8888-9999)');
    } finally {
      await closeOwnTab(session, OPTIONS);
    }
  } finally {
    await stopClouds();
  }
});
