/**
 * Pictures of the extension on the AWS console and the Azure portal for the
 * README, taken by `npm start` when it runs headless: the fixture app of
 * e2e/cloud-consoles (real Cloudscape and Fluent UI dialogs) served at the
 * real console URLs, a production delete dialog in each, its own "type the
 * name" check satisfied and Delete pressed: blocked until "production" is
 * typed. The AWS account is production by the built-in rules (its alias
 * `acme-prod`); the Azure subscription by a personal rule stored here, since
 * a bare subscription ID has no default.
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { FX, azureHash } from './cloud-fixture-url';
import { storage } from '../../src/platform/storage';
import { serveCloudConsoles } from './console-pages';

export const DEMO_SUBSCRIPTION = '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';

const AWS_PAGE = `https://us-east-1.console.aws.amazon.com/eks/home?${new URLSearchParams({ region: 'us-east-1', [FX.scope]: 'meta', [FX.alias]: 'acme-prod', [FX.dialog]: 'delete-cluster' })}#/clusters`;
const AZURE_PAGE = `https://portal.azure.com/?${new URLSearchParams({ [FX.dialog]: 'delete-resource-group' })}${azureHash({ tenant: 'contoso.onmicrosoft.com', subscription: DEMO_SUBSCRIPTION, resourceGroup: 'rg-payments' })}`;

/** Someone about to delete in production: the console's own input filled in, Delete pressed; the prompt says it is blocked. */
async function attempt(page: Page, consoleInput: string, typed: string, confirm: string): Promise<void> {
  await page.locator('cluster-guard-prompt').waitFor({ timeout: 30_000 }); // its inside is a closed shadow root
  await page.locator(consoleInput).pressSequentially(typed);
  await page.locator(confirm).click({ force: true });
  await page.waitForTimeout(300);
}

/** Opens both consoles in new tabs and calls `shot` for each; returns when done. */
export async function cloudPictures(context: BrowserContext, worker: Worker, shot: (page: Page, name: string) => Promise<void>): Promise<void> {
  const settings = { schemaVersion: 2, teamPolicyUrl: null, personal: { version: 2, environments: [], rules: [{ console: 'azure', match: DEMO_SUBSCRIPTION, kind: 'exact', environment: 'production' }] } };
  await worker.evaluate(([area, key, value]) => (globalThis as any).chrome.storage[area].set({ [key]: value }), [storage.settings.area, storage.settings.key, settings] as const);
  const stop = await serveCloudConsoles(context);
  try {
    const aws = await context.newPage();
    await aws.setViewportSize({ width: 1280, height: 800 });
    await aws.goto(AWS_PAGE);
    await attempt(aws, '[data-id="friction-input"] input', 'payments-eks', '[data-testid="delete-cluster-confirm"]');
    await shot(aws, 'demo-aws-delete-guarded');

    const azure = await context.newPage();
    await azure.setViewportSize({ width: 1280, height: 800 });
    await azure.goto(AZURE_PAGE);
    await attempt(azure, '[data-testid="delete-resource-group-name"]', 'rg-payments', '[data-testid="delete-resource-group-confirm"]');
    await shot(azure, 'demo-azure-delete-guarded');
  } finally {
    await stop();
  }
}
