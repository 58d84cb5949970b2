/**
 * The consoles' confirmation shapes that are no modal dialog element, in both browsers, on the
 * cloud-console fixture (Fluent UI v9 and Cloudscape at the consoles' real URLs):
 *  - Azure: the "Delete a resource group" context pane on the right of the portal (no dialog role, a
 *    `div[role=button]` Delete) and the "Delete confirmation" dialog after it, each guarded with its own
 *    typed name; an `OverlayDrawer` that deletes resources; "Delete secret?" Yes / No guarded;
 *    "Discard changes?" Yes / No left alone;
 *  - AWS S3: the Delete bucket and Empty bucket pages (full pages that are the confirmation, with a
 *    type-the-name or "permanently delete" field) guarded; Edit bucket policy (Save, a Search field) left
 *    alone;
 *  - a development subscription or account: all of them free.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { promptHost, typeName } from './support/prompt';
import {
  ACCOUNT,
  RESOURCE_GROUP,
  SUBSCRIPTION,
  Surface,
  appReady,
  awsUrl,
  azureUrl,
  expectGuarded,
  expectNotGuarded,
  openDialog,
  resetRecords,
  serveCloudConsolesForFile,
  type ConsoleDialog,
} from './support/clouds';

const BUCKET = 'payments-logs';

const SHAPE = {
  pane: {
    id: 'azure-delete-pane',
    opener: '[data-testid="open-delete-pane"]',
    root: '[data-testid="delete-pane"]',
    friction: { input: '[data-testid="delete-pane-name"]', text: RESOURCE_GROUP },
    confirm: '[data-testid="delete-pane-confirm"]',
    cancel: '[data-testid="delete-pane-cancel"]',
  },
  paneConfirmation: {
    id: 'azure-delete-confirmation',
    opener: '[data-testid="delete-pane-confirm"]',
    root: '[data-testid="delete-confirmation-dialog"]',
    friction: null,
    confirm: '[data-testid="delete-confirmation-confirm"]',
    cancel: '[data-testid="delete-confirmation-cancel"]',
  },
  drawer: {
    id: 'azure-delete-resources',
    opener: '[data-testid="open-delete-resources"]',
    root: '[data-testid="delete-resources-drawer"]',
    friction: { input: '[data-testid="delete-resources-word"]', text: 'delete' },
    confirm: '[data-testid="delete-resources-confirm"]',
    cancel: '[data-testid="delete-resources-cancel"]',
  },
  deleteSecret: {
    id: 'azure-delete-secret',
    opener: '[data-testid="open-delete-secret"]',
    root: '[data-testid="delete-secret-dialog"]',
    friction: null,
    confirm: '[data-testid="delete-secret-confirm"]',
    cancel: '[data-testid="delete-secret-cancel"]',
  },
  discardChanges: {
    id: 'azure-discard-changes',
    opener: '[data-testid="open-discard-changes"]',
    root: '[data-testid="discard-changes-dialog"]',
    friction: null,
    confirm: '[data-testid="discard-changes-confirm"]',
    cancel: '[data-testid="discard-changes-cancel"]',
  },
  deleteBucket: {
    id: 's3-delete-bucket',
    opener: '',
    root: '[data-testid="delete-bucket-page"]',
    friction: { input: '[data-testid="delete-bucket-name"] input', text: 'placeholder' },
    confirm: '[data-testid="delete-bucket-confirm"]',
    cancel: '[data-testid="delete-bucket-cancel"]',
  },
  emptyBucket: {
    id: 's3-empty-bucket',
    opener: '',
    root: '[data-testid="empty-bucket-page"]',
    friction: { input: '[data-testid="empty-bucket-word"] input', text: 'placeholder' },
    confirm: '[data-testid="empty-bucket-confirm"]',
    cancel: '[data-testid="empty-bucket-cancel"]',
  },
  editPolicy: {
    id: 's3-edit-bucket-policy',
    opener: '',
    root: '[data-testid="policy-bucket-page"]',
    friction: null,
    confirm: '[data-testid="policy-bucket-confirm"]',
    cancel: '[data-testid="policy-bucket-cancel"]',
  },
} satisfies Record<string, ConsoleDialog>;

serveCloudConsolesForFile();

async function open(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await appReady(page);
  return page;
}

const s3Page = (context: BrowserContext, account: string, route: string) =>
  open(context, awsUrl({ path: `/s3/bucket/${BUCKET}/${route}`, scope: 'meta', account, alias: account === ACCOUNT.prod ? 'acme-prod' : 'acme-dev' }));

test('Azure production: the context pane and its Delete confirmation each guarded, with its own typed name', async ({ session }) => {
  const page = await open(session.context, azureUrl({ subscription: SUBSCRIPTION.prod }));
  const top = Surface.top(page);
  await openDialog(top, SHAPE.pane);
  await expect(top.locator(SHAPE.pane.root)).toHaveClass(/fxs-contextpane fxs-portal-contextpane-right/);
  expect(await top.locator(SHAPE.pane.root).getAttribute('role'), 'the pane is no dialog').toBeNull();
  await expectGuarded(top, SHAPE.pane, 'context pane', { enter: true });
  await expect(top.locator(SHAPE.paneConfirmation.root), 'the second dialog follows').toBeVisible();
  await resetRecords(top);
  // The pane stays open behind it, locked again with its own prompt: this dialog asks for the name anew.
  const second = top.locator(SHAPE.paneConfirmation.root);
  await expect(promptHost(second), 'Delete confirmation: its own prompt').toBeVisible();
  await expect(promptHost(top.locator(SHAPE.pane.root)), 'the pane is locked again').toBeVisible();
  await top.click(second.locator(SHAPE.paneConfirmation.confirm), { force: true });
  await top.settle();
  expect((await top.records()).confirmations, 'Delete confirmation: confirmed while locked').toEqual([]);
  await typeName(promptHost(second));
  await top.click(second.locator(SHAPE.paneConfirmation.confirm));
  await expect.poll(async () => (await top.records()).confirmations).toEqual([{ id: SHAPE.paneConfirmation.id, via: 'click' }]);
});

test('Azure production: the delete drawer and "Delete secret?" (Yes / No) guarded; "Discard changes?" (Yes / No) free', async ({ session }) => {
  const top = Surface.top(await open(session.context, azureUrl({ subscription: SUBSCRIPTION.prod })));
  for (const shape of [SHAPE.drawer, SHAPE.deleteSecret]) {
    await resetRecords(top);
    await openDialog(top, shape);
    await expectGuarded(top, shape, shape.id);
  }
  await resetRecords(top);
  await openDialog(top, SHAPE.discardChanges);
  await expectNotGuarded(top, SHAPE.discardChanges, 'Discard changes? (Yes / No)');
});

test('Azure development: the context pane, its Delete confirmation and "Delete secret?" are free', async ({ session }) => {
  const page = await open(session.context, azureUrl({ subscription: SUBSCRIPTION.dev }));
  const top = Surface.top(page);
  await openDialog(top, SHAPE.pane);
  await expectNotGuarded(top, SHAPE.pane, 'context pane (dev)');
  await expect(top.locator(SHAPE.paneConfirmation.root)).toBeVisible();
  await resetRecords(top);
  await expectNotGuarded(top, SHAPE.paneConfirmation, 'Delete confirmation (dev)');
  await resetRecords(top);
  await openDialog(top, SHAPE.deleteSecret);
  await expectNotGuarded(top, SHAPE.deleteSecret, 'Delete secret? (dev)');
});

test('S3 production: the Delete bucket page is guarded (click and Enter)', async ({ session }) => {
  const remove = Surface.top(await s3Page(session.context, ACCOUNT.prod, 'delete'));
  await expect(remove.locator(SHAPE.deleteBucket.root).locator(SHAPE.deleteBucket.friction.input)).toHaveAttribute('placeholder', BUCKET);
  await expectGuarded(remove, SHAPE.deleteBucket, 'Delete bucket page', { enter: true });
});

test('S3 production: the Empty bucket page is guarded; Edit bucket policy (Save, a Search field) is free', async ({ session }) => {
  const empty = Surface.top(await s3Page(session.context, ACCOUNT.prod, 'empty'));
  await expectGuarded(empty, SHAPE.emptyBucket, 'Empty bucket page', { order: 'prompt-first' });

  const policy = Surface.top(await s3Page(session.context, ACCOUNT.prod, 'property/policy/edit'));
  await policy.typeInto(policy.locator('[data-testid="policy-search"] input'), 'delete');
  await expectNotGuarded(policy, SHAPE.editPolicy, 'Edit bucket policy page');
});

test('S3 development: the Delete bucket page is free', async ({ session }) => {
  const remove = Surface.top(await s3Page(session.context, ACCOUNT.dev, 'delete'));
  await expectNotGuarded(remove, SHAPE.deleteBucket, 'Delete bucket page (dev)');
});
