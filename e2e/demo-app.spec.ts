/**
 * The demo console (demo/: Angular 22 with Angular Material, the console's own toolkit), in both
 * browsers, with the real Material markup rather than a fixture's imitation of it: MatDialog in the
 * CDK overlay (a `popover` in the top layer), MatMenu, MatTable, MatSnackBar, Angular Router navigation.
 *
 *  - Markers on the production, staging and development projects, and their change when the project
 *    switcher's picker shows another project (pushState, no reload).
 *  - The delete-cluster MatDialog in production: the console's own "type the cluster name" check
 *    satisfied, its Delete still cannot act (click, Enter) until "production" is typed into the
 *    extension's prompt, by real keystrokes; then it deletes. In Japanese (`hl=ja`) too, and from a
 *    cluster's own page.
 *  - Staging and development deletes are not guarded; harmless dialogs (Create cluster, Edit labels,
 *    Reset columns, the project picker) are left alone in production.
 *
 * The app replaces the fixture console for this file only (served on top of it, removed afterwards).
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/test';
import { CONSOLE, readMarkers, serveDemoConsoleForFile } from './support/console';
import { expectPrompt, typeIntoPrompt } from './support/dialogs';
import { badgeForProject } from './support/extension-state';
import type { ExtensionSession } from './support/launch';
import { PROJECTS, clusterDetailsPath, clusterListPath } from '../demo/src/data';

/** The app compiles its components just in time when it starts: seconds on a busy 2-core machine. */
const APP_START = 30_000;
test.describe.configure({ timeout: 120_000 });

const LABELS: Record<string, string> = { 'acme-prod-1': 'PROD', 'acme-stg-1': 'STG', 'acme-dev-1': 'DEV' };
const SWITCHER = 'button[data-prober="cloud-console-core-functions-project-switcher"]';

serveDemoConsoleForFile();

async function openApp(session: ExtensionSession, path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${CONSOLE}${path}`);
  await expect(page.locator('main.page h1')).toBeVisible({ timeout: APP_START });
  return page;
}

/** Waits until banner, title prefix and toolbar badge all show `project`'s environment, and the console's title. */
async function expectMarked(session: ExtensionSession, page: Page, project: string, pageTitle = 'Kubernetes clusters') {
  const label = LABELS[project]!;
  await expect
    .poll(async () => {
      const m = await readMarkers(page);
      return { banner: m.banner ? `${m.banner.label} ${m.banner.project}` : null, title: m.title };
    })
    .toEqual({ banner: `${label} ${project}`, title: `[${label}] ${pageTitle} – Kubernetes Engine – ${project} – Google Cloud console` });
  await expect.poll(() => badgeForProject(session, project)).toBe(label);
}

const clusterLink = (page: Page, name: string) => page.locator('table.clusters').getByRole('link', { name, exact: true });

/** Opens the delete-cluster dialog from the cluster's row menu (the menu's labels in the page's language). */
async function openDelete(page: Page, cluster: string, words = { actions: `Actions for ${cluster}`, delete: 'Delete', title: 'Delete cluster' }): Promise<Locator> {
  await page.getByRole('button', { name: words.actions }).click();
  await page.getByRole('menuitem', { name: words.delete }).click();
  const dialog = page.getByRole('dialog', { name: words.title });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The console's own check: the cluster's name typed into its field, key by key. */
async function typeClusterName(dialog: Locator, name: string, label = 'Type the cluster name to confirm') {
  await dialog.getByRole('textbox', { name: label }).pressSequentially(name);
}

/** The guarded flow: blocked by every route until "production" is typed, then the cluster goes. */
async function expectGuardedDelete(page: Page, dialog: Locator, cluster: string, words = { field: 'Type the cluster name to confirm', delete: 'Delete', deleted: `Cluster ${cluster} deleted` }) {
  await expectPrompt(page);
  await typeClusterName(dialog, cluster, words.field);
  const confirm = dialog.getByRole('button', { name: words.delete, exact: true });
  await confirm.click({ force: true });
  await dialog.getByRole('textbox', { name: words.field }).press('Enter');
  await page.waitForTimeout(300);
  await expect(dialog, 'the dialog is still open: nothing was deleted').toBeVisible();
  await expect(page.locator('mat-snack-bar-container')).toHaveCount(0);

  await typeIntoPrompt(page, 'production');
  await confirm.click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('mat-snack-bar-container')).toContainText(words.deleted);
}

test('markers on the production, staging and development projects', async ({ session }) => {
  for (const project of PROJECTS) {
    const page = await openApp(session, clusterListPath(project.id));
    await expectMarked(session, page, project.id);
    await expect(page.locator(SWITCHER)).toContainText(project.name);
  }
});

test('the project switcher moves between projects without reloading, and the markers follow', async ({ session }) => {
  const page = await openApp(session, clusterListPath('acme-prod-1'));
  await expectMarked(session, page, 'acme-prod-1');
  await page.evaluate(() => ((window as any).sameDocument = true));

  for (const project of [PROJECTS[1]!, PROJECTS[2]!, PROJECTS[0]!]) {
    await page.locator(SWITCHER).click();
    const picker = page.getByRole('dialog', { name: 'Select a project' });
    await picker.getByRole('link', { name: project.name }).click();
    await expect(picker).toHaveCount(0);
    await expect(page).toHaveURL(`${CONSOLE}${clusterListPath(project.id)}`);
    await expect(page.locator(SWITCHER)).toContainText(project.name);
    await expectMarked(session, page, project.id);
  }

  // Into a cluster's page and back to staging from there: the app's router links keep ?project=.
  await clusterLink(page, 'orders').click();
  await expect(page).toHaveURL(`${CONSOLE}${clusterDetailsPath('acme-prod-1', { name: 'orders', location: 'us-central1' })}`);
  await expectMarked(session, page, 'acme-prod-1', 'orders – Cluster details');
  await page.locator(SWITCHER).click();
  await page.getByRole('dialog', { name: 'Select a project' }).getByRole('link', { name: 'Acme Staging' }).click();
  await expect(page).toHaveURL(`${CONSOLE}${clusterListPath('acme-stg-1')}`);
  await expectMarked(session, page, 'acme-stg-1');

  expect(await page.evaluate(() => (window as any).sameDocument), 'the same document all along').toBe(true);
});

test('production: the MatDialog delete is blocked until "production" is typed, then the cluster is deleted', async ({ session }) => {
  const page = await openApp(session, clusterListPath('acme-prod-1'));
  const dialog = await openDelete(page, 'orders');
  // What Angular Material 22 renders, and what the guard has to cope with: the dialog sits in the
  // CDK overlay container, inside a popover shown in the top layer.
  expect(
    await page.evaluate(() => {
      const host = document.querySelector('mat-dialog-container')!.closest('[popover]');
      return { host: host?.parentElement?.matches('body > .cdk-overlay-container') ?? false, open: host?.matches(':popover-open') ?? false };
    }),
  ).toEqual({ host: true, open: true });

  await expectGuardedDelete(page, dialog, 'orders');
  await expect(clusterLink(page, 'orders')).toHaveCount(0);
  await expect(clusterLink(page, 'payments')).toBeVisible();
  // The snack bar's Undo is no dialog: it works at once.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(clusterLink(page, 'orders')).toBeVisible();
  await expect(page.locator('cluster-guard-prompt')).toHaveCount(0);
});

test('production in Japanese (hl=ja): the same dialog, guarded', async ({ session }) => {
  const page = await openApp(session, clusterListPath('acme-prod-1', 'ja'));
  const dialog = await openDelete(page, 'payments', { actions: 'payments の操作', delete: '削除', title: 'クラスタの削除' });
  await expectGuardedDelete(page, dialog, 'payments', { field: '確認のため、クラスタ名を入力してください', delete: '削除', deleted: 'クラスタ payments を削除しました' });
  await expect(clusterLink(page, 'payments')).toHaveCount(0);
});

test('production: while locked, the Delete that Angular enabled is announced as disabled', async ({ session }) => {
  // Angular Material's host binding [attr.aria-disabled] removes the guard's mark on change
  // detection; the guard marks again, so assistive technology never hears an enabled Delete.
  const page = await openApp(session, clusterListPath('acme-prod-1'));
  const dialog = await openDelete(page, 'orders');
  await expectPrompt(page);
  await typeClusterName(dialog, 'orders');
  const confirm = dialog.getByRole('button', { name: 'Delete', exact: true });
  await expect(confirm).toHaveAttribute('data-cluster-guard-locked', '');
  await expect(confirm).toHaveAttribute('aria-disabled', 'true');
});

test("production: deleting from the cluster's own page is guarded too, then returns to the list", async ({ session }) => {
  const page = await openApp(session, clusterDetailsPath('acme-prod-1', { name: 'search', location: 'europe-west1' }));
  await page.locator('.page-header').getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete cluster' });
  await expectGuardedDelete(page, dialog, 'search');
  await expect(page).toHaveURL(`${CONSOLE}${clusterListPath('acme-prod-1')}`);
  await expect(clusterLink(page, 'orders')).toBeVisible();
  await expect(clusterLink(page, 'search')).toHaveCount(0);
});

for (const project of ['acme-stg-1', 'acme-dev-1']) {
  test(`${project}: deleting a cluster is not guarded`, async ({ session }) => {
    const page = await openApp(session, clusterListPath(project));
    await expectMarked(session, page, project);
    const dialog = await openDelete(page, 'orders');
    await typeClusterName(dialog, 'orders');
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(clusterLink(page, 'orders')).toHaveCount(0);
    await expect(page.locator('cluster-guard-prompt')).toHaveCount(0);
  });
}

test('production: harmless dialogs are left alone (Create cluster, Edit labels, Reset columns, the project picker)', async ({ session }) => {
  const page = await openApp(session, clusterListPath('acme-prod-1'));
  await expectMarked(session, page, 'acme-prod-1');
  const noPrompt = async (what: string) => expect(page.locator('cluster-guard-prompt'), `${what}: no prompt`).toHaveCount(0);

  await test.step('Create cluster', async () => {
    await page.locator('.page-header').getByRole('button', { name: 'Create' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create cluster' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(clusterLink(page, 'cluster-1')).toBeVisible();
    await noPrompt('Create cluster');
  });

  await test.step('Edit labels, with a delete-item icon on each label', async () => {
    await page.getByRole('button', { name: 'Actions for payments' }).click();
    await page.getByRole('menuitem', { name: 'Edit labels' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit labels' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Delete item' }).last().click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toHaveCount(0);
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'payments', exact: true }) });
    await expect(row).toContainText('team: payments');
    await expect(row).not.toContainText('env: prod');
    await noPrompt('Edit labels');
  });

  await test.step('Reset columns', async () => {
    const options = page.getByRole('button', { name: 'Column display options' });
    await options.click();
    await page.getByRole('menuitemcheckbox', { name: 'Labels' }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('columnheader', { name: 'Labels' })).toHaveCount(0);
    await options.click();
    await page.getByRole('menuitem', { name: 'Reset columns' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset columns' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('columnheader', { name: 'Labels' })).toBeVisible();
    await noPrompt('Reset columns');
  });

  await test.step('the project picker', async () => {
    await page.locator(SWITCHER).click();
    const picker = page.getByRole('dialog', { name: 'Select a project' });
    await expect(picker).toBeVisible();
    await page.waitForTimeout(300);
    await noPrompt('the project picker');
    await picker.getByRole('button', { name: 'Cancel' }).click();
    await expect(picker).toHaveCount(0);
  });
});
