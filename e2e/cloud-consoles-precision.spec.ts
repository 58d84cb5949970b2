/**
 * Precision on the AWS console, in both browsers, on the cloud-console fixture (Cloudscape's real modals):
 * in EC2's same-origin frame of a production account, "Change termination protection" (toggle Enable,
 * Save) and "Disable auto scaling?" (Disable) name "termination" and "disable" but destroy nothing: no
 * prompt, and the console's button works on the first click. "Terminate (delete) instance" beside them
 * stays guarded.
 */
import { test } from './support/test';
import {
  ACCOUNT,
  DIALOG,
  Surface,
  appReady,
  awsUrl,
  expectGuarded,
  expectNotGuarded,
  multiSessionHost,
  openDialog,
  resetRecords,
  serveCloudConsolesForFile,
  type ConsoleDialog,
} from './support/clouds';

const TERMINATION_PROTECTION: ConsoleDialog = {
  id: 'ec2-termination-protection',
  opener: '[data-testid="change-termination-protection"]',
  root: '[data-testid="termination-protection-modal"]',
  friction: null,
  confirm: '[data-testid="termination-protection-confirm"]',
  cancel: '[data-testid="termination-protection-cancel"]',
};

const DISABLE_AUTO_SCALING: ConsoleDialog = {
  id: 'disable-auto-scaling',
  opener: '[data-testid="disable-auto-scaling"]',
  root: '[data-testid="disable-auto-scaling-modal"]',
  friction: null,
  confirm: '[data-testid="disable-auto-scaling-confirm"]',
  cancel: '[data-testid="disable-auto-scaling-cancel"]',
};

serveCloudConsolesForFile();

test('EC2 frame, production account: termination protection and disabling auto scaling are free; terminate stays guarded', async ({ session }) => {
  const page = await session.context.newPage();
  await page.goto(awsUrl({ origin: multiSessionHost(ACCOUNT.prod), path: '/ec2/home', hash: '#Instances:', scope: 'none' }));
  await appReady(page);
  const frame = await Surface.frame(page, '#instance-lx-react-frame', session.kind);

  await openDialog(frame, TERMINATION_PROTECTION);
  await frame.click(frame.locator(TERMINATION_PROTECTION.root).locator('input[type="checkbox"]'));
  await expectNotGuarded(frame, TERMINATION_PROTECTION, 'Change termination protection');

  await resetRecords(frame);
  await openDialog(frame, DISABLE_AUTO_SCALING);
  await expectNotGuarded(frame, DISABLE_AUTO_SCALING, 'Disable auto scaling?');

  await resetRecords(frame);
  await frame.click(frame.locator('[data-testid="instance-state"] button').first());
  await openDialog(frame, DIALOG.ec2Terminate);
  await expectGuarded(frame, DIALOG.ec2Terminate, 'EC2 terminate beside them');
});
