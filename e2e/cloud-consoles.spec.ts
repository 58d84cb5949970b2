/**
 * The AWS console and the Azure portal, in both browsers, on the cloud-console fixture (e2e/cloud-consoles:
 * Cloudscape and Fluent UI's real dialogs served at the consoles' real URLs). With a policy naming AWS
 * accounts and Azure subscriptions (CLOUD_SETTINGS in support/clouds.ts):
 *  - the guard's prompt speaks the console's language whole (ja, de) and sits the same 24 px in from the
 *    dialog card's edges as in Google Cloud (guard-typed-name.spec);
 *  - a production account is marked (banner with the account ID as 1111-2222-3333 and its alias, title
 *    prefix) whether the page tells its account by the multi-session host, the session meta tag, the
 *    account menu or a meta tag that comes late; GovCloud and China hosts too;
 *  - its destructive dialogs (EKS delete cluster, type "delete", EC2 terminate inside the service frame,
 *    Azure delete resource group, AKS delete inside a React blade frame on another origin) do nothing
 *    until both the console's own "type the name" input and the guard's "production" are typed, in
 *    English, Japanese and German; the harmless dialogs (Manage tags, Add tag) are left alone;
 *  - development and unmatched accounts are not guarded; a dialog opened before the account is known is
 *    guarded (fail closed);
 *  - an Azure fragment change to another subscription re-marks the tab without a reload, and a blade
 *    frame takes its portal page's environment, whatever its own URL names;
 *  - the account is read by the page's structure (an e-mail user name in the menu misleads nothing), what
 *    the page shows is watched while it lives (late or changing session data re-marks and re-guards), the
 *    subscription is the one the fragment's resource names, and a page whose sources disagree is guarded
 *    with no banner (fail closed).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { readMarkers } from './support/console';
import { promptLabel } from './support/dialogs';
import { promptInset, readPrompt } from './support/prompt';
import { promptWords } from '../src/core/prompt-text';
import { PROMPT_INSET } from '../src/core/prompt-text/inset';
import {
  ACCOUNT,
  AKS_CLUSTER,
  RESOURCE_GROUP,
  DIALOG,
  EKS_CLUSTER,
  SUBSCRIPTION,
  Surface,
  TENANT,
  appReady,
  awsUrl,
  azureUrl,
  expectGuarded,
  expectNotGuarded,
  formatAccountId,
  multiSessionHost,
  openDialog,
  resetRecords,
  serveCloudConsolesForFile,
  type AwsPage,
  type AzurePage,
} from './support/clouds';

serveCloudConsolesForFile();

async function open(session: { context: import('@playwright/test').BrowserContext }, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  await appReady(page);
  return page;
}

const openAws = (session: { context: import('@playwright/test').BrowserContext }, o: AwsPage) => open(session, awsUrl(o));
const openAzure = (session: { context: import('@playwright/test').BrowserContext }, o: AzurePage) => open(session, azureUrl(o));

/** The banner shows `label` and every text of `contains`; the title starts with `[label] `. */
async function expectMarked(page: Page, label: string, contains: string[] = []): Promise<void> {
  await expect.poll(async () => (await readMarkers(page)).banner?.label ?? null, { message: 'banner label' }).toBe(label);
  const { banner } = await readMarkers(page);
  for (const text of contains) expect(banner!.text, 'banner text').toContain(text);
  await expect.poll(async () => (await readMarkers(page)).title, { message: 'title prefix' }).toMatch(new RegExp(`^\\[${label}\\] `));
}

const PROD_ID = formatAccountId(ACCOUNT.prod); // 1111-2222-3333

/** Dialog cards: Cloudscape's modal box, Fluent's dialog surface. */
const CARD = { aws: '[class*="awsui_dialog_"]', azure: '.fui-DialogSurface' } as const;

/** A template of prompt-text as a pattern: each `{placeholder}` stands for some text. */
const pattern = (template: string) => new RegExp(`^${template.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`);

/** The prompt speaks `lang`, whole, and sits PROMPT_INSET in from the dialog card's edges. */
async function expectPromptIn(surface: Surface, lang: 'ja' | 'de', card: string): Promise<void> {
  const host = surface.prompt();
  await expect(host).toBeVisible({ timeout: 15_000 });
  const said = promptWords(lang);
  const prompt = await readPrompt(host);
  expect(prompt, `the prompt in ${lang}`).toMatchObject({ sentenceLang: lang, inputLabel: promptLabel('production', lang), word: 'production', status: said.locked });
  expect(prompt.sentence).toMatch(pattern(said.acts));
  await expect.poll(() => promptInset(host, card), { message: 'inset from the dialog card' }).toEqual({ left: PROMPT_INSET, right: PROMPT_INSET });
}

test.describe('AWS console', () => {
  test('multi-session host: the account from the host alone; EKS delete guarded (click and Enter), Manage tags left alone', async ({ session }) => {
    const page = await openAws(session, { origin: multiSessionHost(ACCOUNT.prod), path: '/eks/home', hash: '#/clusters', scope: 'none' });
    await expectMarked(page, 'PROD', [PROD_ID]);
    const top = Surface.top(page);
    await openDialog(top, DIALOG.eksDelete);
    await expectGuarded(top, DIALOG.eksDelete, 'EKS delete (en)', { enter: true });
    await expect(page.getByRole('row', { name: new RegExp(EKS_CLUSTER) }), 'the console went on with the delete').toContainText('Deleting');

    await resetRecords(top);
    await openDialog(top, DIALOG.eksManageTags);
    await expectNotGuarded(top, DIALOG.eksManageTags, 'Manage tags (en)');
  });

  for (const { lang, scope } of [
    { lang: 'ja', scope: 'meta' },
    { lang: 'de', scope: 'menu' },
  ] as const) {
    test(`${lang}, account from the ${scope === 'meta' ? 'session meta tag' : 'account menu'}: banner with ID and alias; EKS delete guarded, Manage tags left alone`, async ({ session }) => {
      const page = await openAws(session, { path: '/eks/home', hash: '#/clusters', lang, scope, account: ACCOUNT.prod, alias: 'acme-prod' });
      if (scope === 'menu') {
        await expect(page.locator('[data-testid="account-detail-menu"]')).toContainText(PROD_ID);
        expect(await page.locator('meta[name="awsc-session-data"]').count(), 'no meta tag on this page').toBe(0);
      }
      await expectMarked(page, 'PROD', [PROD_ID, 'acme-prod']);
      const top = Surface.top(page);
      await openDialog(top, DIALOG.eksDelete);
      await expectPromptIn(top, lang, CARD.aws);
      await expectGuarded(top, DIALOG.eksDelete, `EKS delete (${lang})`);

      await resetRecords(top);
      await openDialog(top, DIALOG.eksManageTags);
      await expectNotGuarded(top, DIALOG.eksManageTags, `Manage tags (${lang})`);
    });
  }

  test('type-the-word friction (Lambda delete function, ja: 「削除」) guarded', async ({ session }) => {
    const page = await openAws(session, { path: '/lambda/home', hash: '#/functions', lang: 'ja', scope: 'meta', account: ACCOUNT.prod, alias: 'acme-prod' });
    const top = Surface.top(page);
    await openDialog(top, DIALOG.lambdaDelete);
    await expect(top.locator(DIALOG.lambdaDelete.root).locator(DIALOG.lambdaDelete.friction.input)).toHaveAttribute('placeholder', '削除');
    await expectGuarded(top, DIALOG.lambdaDelete, 'Lambda delete (ja)');
  });

  test('EC2: terminate inside #instance-lx-react-frame is guarded; the frame gets no banner', async ({ session }) => {
    const page = await openAws(session, { origin: multiSessionHost(ACCOUNT.prod), path: '/ec2/home', hash: '#Instances:', scope: 'none' });
    await expectMarked(page, 'PROD', [PROD_ID]);
    const frame = await Surface.frame(page, '#instance-lx-react-frame', session.kind);
    await frame.click(frame.locator('[data-testid="instance-state"] button').first());
    await openDialog(frame, DIALOG.ec2Terminate);
    await expectGuarded(frame, DIALOG.ec2Terminate, 'EC2 terminate (frame)');
    expect(await frame.locator('cluster-guard-banner').count(), 'banner inside the frame').toBe(0);
  });

  test('development account: DEV banner, EKS delete works after the console’s own name alone', async ({ session }) => {
    const page = await openAws(session, { path: '/eks/home', hash: '#/clusters', scope: 'meta', account: ACCOUNT.dev, alias: 'acme-dev' });
    await expectMarked(page, 'DEV', [formatAccountId(ACCOUNT.dev)]);
    const top = Surface.top(page);
    await openDialog(top, DIALOG.eksDelete);
    await expectNotGuarded(top, DIALOG.eksDelete, 'EKS delete (dev)');
  });

  test('unmatched accounts are left alone: no rule (ops-lab), and a bare account ID (no default for it)', async ({ session }) => {
    for (const [account, alias] of [
      [ACCOUNT.unmatched, 'ops-lab'],
      [ACCOUNT.byAlias, undefined],
    ] as const) {
      const what = `${account} ${alias ?? '(no alias)'}`;
      const page = await openAws(session, { path: '/eks/home', hash: '#/clusters', scope: 'meta', account, alias });
      const top = Surface.top(page);
      await openDialog(top, DIALOG.eksDelete);
      await expectNotGuarded(top, DIALOG.eksDelete, `EKS delete (${what})`);
      const markers = await readMarkers(page);
      expect(markers.banner, `${what}: no banner`).toBeNull();
      expect(markers.title, `${what}: no title prefix`).not.toMatch(/^\[[A-Z]+\] /);
      await page.close();
    }
  });

  test('built-in defaults: an alias with a production token (acme-prod) marks an account no rule names', async ({ session }) => {
    const page = await openAws(session, { path: '/console/home', scope: 'meta', account: ACCOUNT.byAlias, alias: 'acme-prod' });
    await expectMarked(page, 'PROD', [formatAccountId(ACCOUNT.byAlias), 'acme-prod']);
  });

  test('late scope: a dialog open before the account is known is guarded; the late production account keeps it so', async ({ session }) => {
    const page = await openAws(session, { path: '/eks/home', hash: '#/clusters', scope: 'late', account: ACCOUNT.prod, alias: 'acme-prod', dialog: 'delete-cluster', lateMs: 60_000 });
    const top = Surface.top(page);
    await expect(top.locator(DIALOG.eksDelete.root)).toBeVisible();
    await expect(top.prompt(), 'fail closed: guarded while the account is unknown').toBeVisible({ timeout: 4_000 });
    await page.evaluate(() => (window as any).cloudConsole.revealScope());
    await expectMarked(page, 'PROD', [PROD_ID, 'acme-prod']);
    await expectGuarded(top, DIALOG.eksDelete, 'EKS delete (late production)');
  });

  test('late scope: guarded while unknown; once the late account says development the banner shows DEV and a new dialog is free', async ({ session }) => {
    const page = await openAws(session, { path: '/eks/home', hash: '#/clusters', scope: 'late', account: ACCOUNT.dev, dialog: 'delete-cluster', lateMs: 60_000 });
    const top = Surface.top(page);
    await expect(top.locator(DIALOG.eksDelete.root)).toBeVisible();
    await expect(top.prompt(), 'fail closed: guarded while the account is unknown').toBeVisible({ timeout: 4_000 });
    const friction = top.locator(DIALOG.eksDelete.root).locator(DIALOG.eksDelete.friction.input);
    await friction.pressSequentially(EKS_CLUSTER);
    await top.click(top.locator(DIALOG.eksDelete.root).locator(DIALOG.eksDelete.confirm), { force: true });
    await top.settle();
    expect((await top.records()).confirmations, 'confirmed while the account was unknown').toEqual([]);

    await page.evaluate(() => (window as any).cloudConsole.revealScope());
    await expectMarked(page, 'DEV', [formatAccountId(ACCOUNT.dev)]);
    await top.click(top.locator(DIALOG.eksDelete.root).locator(DIALOG.eksDelete.cancel));
    await expect(top.locator(DIALOG.eksDelete.root)).toBeHidden();
    await openDialog(top, DIALOG.eksDelete);
    await expectNotGuarded(top, DIALOG.eksDelete, 'EKS delete (late development)');
  });

  test('GovCloud and China consoles are marked', async ({ session }) => {
    for (const origin of ['https://console.amazonaws-us-gov.com', 'https://us-gov-west-1.console.amazonaws-us-gov.com', 'https://cn-north-1.console.amazonaws.cn']) {
      const page = await openAws(session, { origin, path: '/console/home', scope: 'meta', account: ACCOUNT.prod, alias: 'acme-prod' });
      await expectMarked(page, 'PROD', [PROD_ID]);
      await page.close();
    }
  });
});

test.describe('Azure portal', () => {
  test('en: the subscription from the fragment; delete resource group guarded, Add tag left alone; a fragment change re-marks without reload', async ({ session }) => {
    const page = await openAzure(session, { subscription: SUBSCRIPTION.prod });
    await expectMarked(page, 'PROD');
    const top = Surface.top(page);
    await openDialog(top, DIALOG.azureDeleteGroup);
    await expectGuarded(top, DIALOG.azureDeleteGroup, 'delete resource group (en)', { order: 'prompt-first' });

    await resetRecords(top);
    await openDialog(top, DIALOG.azureAddTag);
    await expectNotGuarded(top, DIALOG.azureAddTag, 'Add tag (en)');

    await page.evaluate(() => ((window as any).sameDocument = true));
    const devUrl = azureUrl({ subscription: SUBSCRIPTION.dev });
    await page.evaluate((hash) => (location.hash = hash), new URL(devUrl).hash);
    await expectMarked(page, 'DEV');
    expect(await page.evaluate(() => (window as any).sameDocument), 'no reload').toBe(true);
    await resetRecords(top);
    await openDialog(top, DIALOG.azureDeleteGroup);
    await expectNotGuarded(top, DIALOG.azureDeleteGroup, 'delete resource group (dev subscription)');
  });

  for (const { lang, host } of [
    { lang: 'ja', host: 'preview.portal.azure.com' },
    { lang: 'de', host: 'ms.portal.azure.com' },
  ] as const) {
    test(`${lang} on ${host}: delete resource group guarded, Add tag left alone`, async ({ session }) => {
      const page = await openAzure(session, { host, lang, subscription: SUBSCRIPTION.prod });
      await expectMarked(page, 'PROD');
      const top = Surface.top(page);
      await openDialog(top, DIALOG.azureDeleteGroup);
      await expectPromptIn(top, lang, CARD.azure);
      await expectGuarded(top, DIALOG.azureDeleteGroup, `delete resource group (${lang})`);

      await resetRecords(top);
      await openDialog(top, DIALOG.azureAddTag);
      await expectNotGuarded(top, DIALOG.azureAddTag, `Add tag (${lang})`);
    });
  }

  for (const env of ['prod', 'dev'] as const) {
    test(`AKS delete in the reactblade frame (another origin) takes the portal page’s ${env} environment`, async ({ session }) => {
      const page = await openAzure(session, { subscription: SUBSCRIPTION[env], managedCluster: AKS_CLUSTER });
      await expectMarked(page, env === 'prod' ? 'PROD' : 'DEV');
      const frame = await Surface.frame(page, '#aks-overview-frame', session.kind);
      expect(new URL(frame.frame!.url()).hostname).toMatch(/\.reactblade\.portal\.azure\.net$/);
      // Until a frame hears its top frame's environment it guards as production (fail closed): give it a moment before a dev check.
      if (env === 'dev') await page.waitForTimeout(1000);
      await openDialog(frame, DIALOG.aksDelete);
      if (env === 'prod') await expectGuarded(frame, DIALOG.aksDelete, 'AKS delete (frame, production portal page)');
      else await expectNotGuarded(frame, DIALOG.aksDelete, 'AKS delete (frame, development portal page)');
      expect(await frame.locator('cluster-guard-banner').count(), 'banner inside the frame').toBe(0);
    });
  }
});

/** No banner and no title prefix: the tab's scope is unknown (or unmatched). */
async function expectUnmarked(page: Page, what: string): Promise<void> {
  const markers = await readMarkers(page);
  expect(markers.banner, `${what}: no banner`).toBeNull();
  expect(markers.title, `${what}: no title prefix`).not.toMatch(/^\[[A-Z]+\] /);
}

test.describe('a tab’s account is read right, or the tab fails closed', () => {
  test('AWS account menu with an e-mail user name: the alias by the menu’s structure, not the first @', async ({ session }) => {
    // ACCOUNT.byAlias is production only through its alias acme-prod: a misread alias leaves it unguarded.
    for (const user of ['jane@example.com', 'ops@acme-dev.io']) {
      const page = await openAws(session, { path: '/eks/home', hash: '#/clusters', scope: 'menu', account: ACCOUNT.byAlias, alias: 'acme-prod', user });
      await expectMarked(page, 'PROD', [formatAccountId(ACCOUNT.byAlias), 'acme-prod']);
      const top = Surface.top(page);
      await openDialog(top, DIALOG.eksDelete);
      await expectGuarded(top, DIALOG.eksDelete, `EKS delete (menu user ${user})`);
      await page.close();
    }
  });

  test('AWS: session data arriving after the menu was read names the alias the menu left out', async ({ session }) => {
    const page = await openAws(session, { path: '/eks/home', hash: '#/clusters', scope: 'menu-late', menu: 'id-only', account: ACCOUNT.byAlias, alias: 'acme-prod', lateMs: 800 });
    await expectMarked(page, 'PROD', [formatAccountId(ACCOUNT.byAlias), 'acme-prod']);
    const top = Surface.top(page);
    await openDialog(top, DIALOG.eksDelete);
    await expectGuarded(top, DIALOG.eksDelete, 'EKS delete (late session data after the menu)');
  });

  test('AWS: session data that changes from the dev account to the production one 800 ms after load re-marks and re-guards', async ({ session }) => {
    const page = await openAws(session, { path: '/eks/home', hash: '#/clusters', scope: 'meta-changes', fromAccount: ACCOUNT.dev, fromAlias: 'acme-dev', account: ACCOUNT.prod, alias: 'acme-prod', lateMs: 800 });
    await expectMarked(page, 'PROD', [PROD_ID, 'acme-prod']);
    const top = Surface.top(page);
    await openDialog(top, DIALOG.eksDelete);
    await expectGuarded(top, DIALOG.eksDelete, 'EKS delete (session data changed to production)');
  });

  test('AWS: session data and account menu naming different accounts: no banner, guarded (fail closed)', async ({ session }) => {
    const page = await session.context.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => void (message.type() === 'warning' && warnings.push(message.text())));
    await page.goto(awsUrl({ path: '/eks/home', hash: '#/clusters', scope: 'meta', account: ACCOUNT.dev, alias: 'acme-dev', menuAccount: ACCOUNT.prod }));
    await appReady(page);
    const top = Surface.top(page);
    await openDialog(top, DIALOG.eksDelete);
    await expectGuarded(top, DIALOG.eksDelete, 'EKS delete (sources disagree)');
    await expectUnmarked(page, 'sources disagree');
    await expect.poll(() => warnings.join('\n'), { message: 'the page is told why' }).toContain(`the session data says ${formatAccountId(ACCOUNT.dev)}, the account ID control ${PROD_ID}`);
  });

  test('Azure: a blade frame whose own fragment names the dev subscription takes its production portal page’s', async ({ session }) => {
    const bladeHash = `#@${TENANT}/resource/subscriptions/${SUBSCRIPTION.dev}/resourceGroups/${RESOURCE_GROUP}/overview`;
    const page = await openAzure(session, { subscription: SUBSCRIPTION.prod, managedCluster: AKS_CLUSTER, bladeHash });
    await expectMarked(page, 'PROD');
    const frame = await Surface.frame(page, '#aks-overview-frame', session.kind);
    expect(new URL(frame.frame!.url()).hash).toContain(SUBSCRIPTION.dev);
    // Long enough for a frame that read its own fragment to have settled on development.
    await page.waitForTimeout(1000);
    await openDialog(frame, DIALOG.aksDelete);
    await expectGuarded(frame, DIALOG.aksDelete, 'AKS delete (blade frame naming dev, production portal page)');
  });

  test('Azure: a cost-management scope naming the dev subscription before the production resource: PROD', async ({ session }) => {
    const hash = `#view/Microsoft_Azure_CostManagement/Menu/~/costanalysis/scope/${encodeURIComponent(`/subscriptions/${SUBSCRIPTION.dev}`)}/@${TENANT}/resource/subscriptions/${SUBSCRIPTION.prod}/resourceGroups/${RESOURCE_GROUP}/overview`;
    const page = await openAzure(session, { subscription: SUBSCRIPTION.prod, hash });
    await expectMarked(page, 'PROD');
    const top = Surface.top(page);
    await openDialog(top, DIALOG.azureDeleteGroup);
    await expectGuarded(top, DIALOG.azureDeleteGroup, 'delete resource group (dev scope before the prod resource)');
  });

  test('Azure: a fragment naming two subscriptions and no resource: no banner, guarded (fail closed)', async ({ session }) => {
    const hash = `#view/Microsoft_Azure_CostManagement/Compare/a/${encodeURIComponent(`/subscriptions/${SUBSCRIPTION.dev}`)}/b/${encodeURIComponent(`/subscriptions/${SUBSCRIPTION.prod}/resourceGroups/${RESOURCE_GROUP}`)}`;
    const page = await openAzure(session, { subscription: SUBSCRIPTION.prod, hash });
    const top = Surface.top(page);
    await openDialog(top, DIALOG.azureDeleteGroup);
    await expectGuarded(top, DIALOG.azureDeleteGroup, 'delete resource group (two subscriptions)');
    await expectUnmarked(page, 'two subscriptions');
  });
});

test('the fixture pages carry what the consoles carry (no extension needed to see this)', async ({ session }) => {
  const page = await openAws(session, { origin: multiSessionHost(ACCOUNT.prod), path: '/eks/home', scope: 'meta', account: ACCOUNT.prod, alias: 'acme-prod' });
  const meta = JSON.parse((await page.locator('meta[name="awsc-session-data"]').getAttribute('content'))!);
  expect(meta).toMatchObject({ accountId: ACCOUNT.prod, accountAlias: 'acme-prod', infrastructureRegion: 'us-east-1' });
  // Cloudscape's own modal markup: a dialog role, its awsui_ classes, and the friction input wrapper.
  await openDialog(Surface.top(page), DIALOG.eksDelete);
  const modal = page.locator(DIALOG.eksDelete.root);
  await expect(modal).toHaveAttribute('role', 'dialog');
  expect(await modal.locator('[class*="awsui_dialog"]').count()).toBe(1);
  await expect(modal.locator('[data-id="friction-input"] input')).toHaveAttribute('placeholder', EKS_CLUSTER);

  const azure = await openAzure(session, { subscription: SUBSCRIPTION.prod });
  expect(new URL(azure.url()).hash).toContain(`@${TENANT}/resource/subscriptions/${SUBSCRIPTION.prod}/`);
  await openDialog(Surface.top(azure), DIALOG.azureDeleteGroup);
  // Fluent UI's own dialog markup: an alert dialog, modal, in a Fluent portal.
  const surface = azure.locator(DIALOG.azureDeleteGroup.root);
  await expect(surface).toHaveAttribute('role', 'alertdialog');
  await expect(surface).toHaveAttribute('aria-modal', 'true');
  await expect(surface).toHaveClass(/fui-DialogSurface/);
});
