/**
 * A dialog belongs to the environment of the scope it names when that is more protective than the tab's,
 * in both browsers:
 *  - Google Cloud: "Shut down project acme-prod-4821?" (a corpus dialog, the console's markup) opened from
 *    a development project's tab, and from the organization's Manage resources page that shows no
 *    project, is guarded: the prompt asks for "production" and names acme-prod-4821, the console's button
 *    does nothing until it is typed, then goes through. A project only a personal rule names is judged
 *    by that rule. The same dialog naming a development project on the development tab is left alone.
 *  - AWS: a multi-session host for an account no rule names, whose session data gives the alias
 *    `acme-prod`, is marked production, and EC2's terminate inside its same-origin frame is guarded.
 */
import type { Page } from '@playwright/test';
import { CORPUS, type CorpusCase } from './fixtures/corpus';
import { expect, test } from './support/test';
import { readMarkers } from './support/console';
import { storeSettings, clearSettings } from './support/extension-state';
import { CONSOLE } from './support/console';
import { consoleUrl, CorpusDriver, openCorpusPage, partsOf, PROMPT_TIMEOUT } from './support/corpus';
import { readPrompt, typeName } from './support/prompt';
import { ACCOUNT, CLOUD_SETTINGS, DIALOG, Surface, appReady, awsUrl, expectGuarded, multiSessionHost, openDialog, serveCloudConsoles } from './support/clouds';

/** A project no built-in token names: production only by the personal rule below. */
const RULED_PROJECT = 'billing-core-17';
const SETTINGS = {
  ...CLOUD_SETTINGS,
  personal: { ...CLOUD_SETTINGS.personal, rules: [...CLOUD_SETTINGS.personal.rules, { match: RULED_PROJECT, kind: 'exact', environment: 'production' }] },
};
const ORGANIZATION_PAGE = `${CONSOLE}/cloud-resource-manager?organizationId=123456789012&supportedpurview=project`;

const SHUT_DOWN = CORPUS.find((c) => c.lang === 'en' && c.action === 'shutdown-project' && c.signals.length === 0)!;
/** The corpus's shut-down dialog, naming `project` instead. */
const shutDown = (project: string): CorpusCase => JSON.parse(JSON.stringify(SHUT_DOWN).replaceAll('acme-prod-123', project)) as CorpusCase;

let stopServing: (() => Promise<void>) | null = null;

test.beforeAll(async ({ session }) => {
  stopServing = await serveCloudConsoles(session.context);
  await storeSettings(session, SETTINGS);
});

test.afterAll(async ({ session }) => {
  await stopServing?.();
  await clearSettings(session);
});

async function expectGuardedFor(page: Page, corpus: CorpusDriver, c: CorpusCase, project: string, what: string): Promise<void> {
  const parts = partsOf(page, c);
  await corpus.open(c);
  await expect(parts.prompt, `${what}: the guard asks`).toBeVisible({ timeout: PROMPT_TIMEOUT });
  const prompt = await readPrompt(parts.prompt);
  expect(prompt.label, `${what}: the named project's environment`).toBe('PROD');
  expect(prompt.inputLabel, `${what}: asks for that environment's name`).toContain('production');
  expect(prompt.sentence, `${what}: says which project`).toContain(project);
  await parts.confirm.click({ force: true, timeout: 4_000 });
  await corpus.settle();
  expect((await corpus.records()).confirmations, `${what}: the console's button acted while locked`).toEqual([]);
  await typeName(parts.prompt);
  await parts.confirm.click({ timeout: 4_000 });
  await expect.poll(async () => (await corpus.records()).confirmations.length, { message: `${what}: goes through after typing` }).toBe(1);
  await corpus.reset();
}

test('Google Cloud: on a development tab a shut-down of a production project is guarded, of a development one not', async ({ session }) => {
  const dev = await openCorpusPage(session.context, consoleUrl({ env: 'dev' }));
  const onDev = new CorpusDriver(dev);
  await expectGuardedFor(dev, onDev, shutDown('acme-prod-4821'), 'acme-prod-4821', 'development tab');

  const free = shutDown('acme-dev-4821');
  const parts = partsOf(dev, free);
  await onDev.open(free);
  await onDev.settle();
  await expect(parts.prompt, 'a development project named on a development tab').toHaveCount(0);
  await parts.confirm.click({ timeout: 4_000 });
  await expect.poll(async () => (await onDev.records()).confirmations.length, { message: 'the development shut-down goes through at once' }).toBe(1);
  await onDev.reset();
});

test('Google Cloud: on the organization page (no project) a shut-down of a production project is guarded, by a built-in or a personal rule', async ({ session }) => {
  const organization = await openCorpusPage(session.context, ORGANIZATION_PAGE);
  const onOrganization = new CorpusDriver(organization);
  await expectGuardedFor(organization, onOrganization, shutDown('acme-prod-4821'), 'acme-prod-4821', 'organization page');
  await expectGuardedFor(organization, onOrganization, shutDown(RULED_PROJECT), RULED_PROJECT, 'organization page, a project a personal rule names');
});

test('AWS: a multi-session host whose session data names the alias acme-prod is production; EC2 terminate in its frame is guarded', async ({ session }) => {
  const page = await session.context.newPage();
  await page.goto(awsUrl({ origin: multiSessionHost(ACCOUNT.byAlias), path: '/ec2/home', hash: '#Instances:', scope: 'meta', account: ACCOUNT.byAlias, alias: 'acme-prod' }));
  await appReady(page);
  await expect.poll(async () => (await readMarkers(page)).banner?.label ?? null, { message: 'banner label' }).toBe('PROD');
  const frame = await Surface.frame(page, '#instance-lx-react-frame', session.kind);
  await frame.click(frame.locator('[data-testid="instance-state"] button').first());
  await openDialog(frame, DIALOG.ec2Terminate);
  await expectGuarded(frame, DIALOG.ec2Terminate, 'EC2 terminate on a multi-session host, production by its alias');
});
