/**
 * The extension's own pages (options, popup) and the guard's prompt, in BOTH
 * browsers: each page opened by the extension itself and checked by
 * evaluation inside it (Firefox's moz-extension:// pages are reached over
 * the devtools server; see e2e/README.md), with axe-core reporting no
 * serious or critical accessibility violation, and every control reachable
 * from the keyboard.
 */
import { test, expect } from './support/test';
import { axeExpression, type AxeViolation } from './support/axe';
import { openConsole } from './support/console';
import { openCopyOfPrompt, readPrompt } from './support/prompt';
import { dialogFixture, openDialog, expectPrompt, promptInput } from './support/dialogs';
import { clearSettings, storeSettings, tabIdForProject } from './support/extension-state';
import { clickOn, textOf, untilText } from './support/extension-page-dom';

const OPTIONS = '/src/options/index.html';
const POPUP = '/src/popup/index.html';

/** Controls a keyboard user must reach: enabled, rendered, and not taken out of the tab order. */
const UNREACHABLE_CONTROLS = `[...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
  .filter((element) => !element.disabled && element.getClientRects().length > 0 && element.tabIndex < 0)
  .map((element) => element.outerHTML.slice(0, 120))`;

test.beforeEach(async ({ session }) => {
  await clearSettings(session);
});

test('options page: rendered, no serious or critical axe violation, every control in the tab order', async ({ session }) => {
  // Rules for two consoles, so their rows (with the Console column) are checked too.
  await storeSettings(session, {
    schemaVersion: 2,
    teamPolicyUrl: null,
    personal: {
      version: 2,
      environments: [],
      rules: [
        { match: 'acme-*-prod', kind: 'glob', environment: 'production' },
        { console: 'aws', match: '111122223333', kind: 'exact', environment: 'production' },
      ],
    },
  });
  await session.openExtensionPage(OPTIONS);
  expect(await session.evaluateInExtensionPage<string>(OPTIONS, textOf('h1'))).toBe('Cluster Guard settings');
  expect(await session.evaluateInExtensionPage<string>(OPTIONS, textOf('#personal-heading, main h2'))).not.toBe('');
  expect(await session.evaluateInExtensionPage<string[]>(OPTIONS, `[...document.querySelectorAll('select[id$="-console"]')].map((select) => select.value + ' ' + select.labels[0].textContent)`)).toEqual([
    'gcp Console',
    'gcp Console (Rule 1)',
    'aws Console (Rule 2)',
  ]);
  expect(await session.evaluateInExtensionPage<AxeViolation[]>(OPTIONS, axeExpression())).toEqual([]);
  expect(await session.evaluateInExtensionPage<string[]>(OPTIONS, UNREACHABLE_CONTROLS)).toEqual([]);
});

test('popup: says which environment the tab is and why; no serious or critical axe violation', async ({ session }) => {
  await openConsole(session.context, '/kubernetes/list/overview?project=acme-prod-1');
  const tabId = await tabIdForProject(session, 'acme-prod-1');
  await session.openExtensionPage(`${POPUP}?tab=${tabId}`);
  const thisTab = await session.evaluateInExtensionPage<string>(POPUP, textOf('section[aria-labelledby="this-tab"] .environment'));
  expect(thisTab).toBe('PROD production');
  expect(await session.evaluateInExtensionPage<string>(POPUP, textOf('section[aria-labelledby="this-tab"] .why'))).toContain('built-in rules');
  expect(await session.evaluateInExtensionPage<AxeViolation[]>(POPUP, axeExpression())).toEqual([]);
  expect(await session.evaluateInExtensionPage<string[]>(POPUP, UNREACHABLE_CONTROLS)).toEqual([]);
  // The quick rule form open, with its downgrade confirmation: as clean, every control reachable.
  await session.evaluateInExtensionPage(POPUP, clickOn({ button: 'Choose another environment' }));
  await session.evaluateInExtensionPage(POPUP, clickOn('#quick-rule input[value="development"]'));
  expect(await session.evaluateInExtensionPage<string>(POPUP, untilText('[data-testid="quick-rule-downgrade"] p', /^This takes protection away/))).toContain('acme-prod-1');
  expect(await session.evaluateInExtensionPage<AxeViolation[]>(POPUP, axeExpression())).toEqual([]);
  expect(await session.evaluateInExtensionPage<string[]>(POPUP, UNREACHABLE_CONTROLS)).toEqual([]);
});

test('a guarded dialog with its prompt: no serious or critical axe violation; the prompt is reached by Tab', async ({ session }) => {
  const page = await openConsole(session.context, '/kubernetes/list/overview?project=acme-prod-1');
  const fixture = dialogFixture('gke-node-pool-delete-en');
  await openDialog(page, fixture);
  await expectPrompt(page);
  await page.locator(fixture.confirmSelector).click({ force: true });
  await expect.poll(async () => (await readPrompt(promptInput(page))).status).toContain('Blocked');
  expect(await page.evaluate<AxeViolation[]>(axeExpression('.cdk-overlay-container'))).toEqual([]);
  // axe cannot enter the prompt's closed root: it checks a copy in an open one, in place.
  const copy = await openCopyOfPrompt(promptInput(page));
  expect(await page.evaluate<AxeViolation[]>(axeExpression('.cdk-overlay-container'))).toEqual([]);
  await copy.evaluate((element) => element.remove());

  // From the dialog's title, Tab reaches the prompt before the console's buttons.
  await page.locator('h1.mat-mdc-dialog-title, h2').first().click();
  for (let presses = 0; presses < 8 && !(await readPrompt(promptInput(page))).focused; presses++) {
    await page.keyboard.press('Tab');
  }
  expect((await readPrompt(promptInput(page))).focused, 'the prompt has focus').toBe(true);
});

test('the axe check itself reports a serious violation when there is one', async ({ session }) => {
  const page = await openConsole(session.context, '/kubernetes/list/overview?project=acme-dev-1');
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('button'), { id: 'nameless' })));
  const violations = await page.evaluate<AxeViolation[]>(axeExpression());
  expect(violations.map((violation) => violation.id)).toContain('button-name');
});
