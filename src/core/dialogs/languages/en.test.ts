/** English wording through the whole recogniser: realistic console titles and buttons. */
import { describe, expect, it } from 'vitest';
import { judgeDialog } from '../judge';
import type { ActionClass } from './types';

const dialog = (title: string, confirm: string, extra: { description?: string; cancel?: string } = {}) =>
  judgeDialog({
    title,
    accessibleName: '',
    description: extra.description,
    buttons: [
      { label: extra.cancel ?? 'Cancel', inActions: true },
      { label: confirm, inActions: true },
    ],
  });

describe('English: destructive confirmations', () => {
  it.each<[string, string, ActionClass]>([
    ['Delete cluster?', ' Delete ', 'delete'],
    ['Delete node pool "pool-1"?', 'Delete', 'delete'],
    ['Delete instance orders-db?', 'Delete', 'delete'],
    ['Shut down project “Acme Prod”', 'Shut down', 'shut-down'],
    ['Disable Kubernetes Engine API?', 'Disable', 'disable'],
    ['Disable billing for project acme-prod?', 'Disable billing', 'disable'],
    ['Reset instance?', 'Reset', 'reset'],
    ['Release static address?', 'Release', 'release'],
    ['Remove principal?', 'Remove', 'remove'],
    ['Destroy key version 3?', 'Destroy', 'destroy'],
    ['Purge queue?', 'Purge', 'purge'],
    ['Terminate job?', 'Terminate', 'terminate'],
    ['Are you sure?', 'Yes, delete', 'delete'],
    ['Confirm deletion', 'Confirm', 'delete'],
  ])('%s [%s] -> %s', (title, confirm, action) => {
    const verdict = dialog(title, confirm);
    expect(verdict).toMatchObject({ destructive: true, action, lang: 'en' });
    expect(verdict.buttonRoles).toEqual(['free', 'action']);
  });

  it('a generic title and button with the verb only in the description', () => {
    expect(dialog('Are you sure?', 'Confirm', { description: 'The cluster prod-1 will be permanently deleted.' })).toMatchObject({
      destructive: true,
      action: 'delete',
      decidedBy: 'description',
    });
  });
});

describe('English: harmless look-alikes', () => {
  it.each<[string, string]>([
    ['Restore project?', 'Restore'],
    ['Undelete service account', 'Undelete'],
    ['Recently deleted buckets', 'Restore'],
    ['Enable deletion protection', 'Save'],
    ['Deletion policy', 'Save'],
    ['Reset columns', 'Reset'],
    ['Reset filters?', 'Reset filters'],
    ['Reset layout', 'OK'],
    ['Disable notifications', 'Disable notifications'],
    ['Disable tips', 'OK'],
    ['Cluster deleted', 'Undo'],
    ['Cluster deleted', 'OK'],
    ['Create node pool', 'Create'],
    ['Release notes', 'Close'],
    ['Change release channel', 'Save'],
    ['Edit labels', 'Save'],
    ['Disable Auto-Sync?', 'OK'],
    ['Enable Auto-Sync?', 'OK'],
  ])('%s [%s]', (title, confirm) => {
    expect(dialog(title, confirm)).toMatchObject({ destructive: false, action: null });
  });

  it('stopping or suspending a VM is not destroying', () => {
    expect(dialog('Stop instance?', 'Stop')).toMatchObject({ destructive: false, action: 'stop' });
    expect(dialog('Suspend VM instance?', 'Suspend')).toMatchObject({ destructive: false, action: 'stop' });
  });

  it('a toast reporting a deletion is not a confirmation', () => {
    expect(dialog('', 'OK', { description: 'Cluster prod-1 deleted' }).destructive).toBe(false);
  });
});

describe('English: AWS settings that name a destructive word without destroying anything', () => {
  const settings = (title: string, confirm: string, description: string) =>
    judgeDialog({
      title,
      accessibleName: title,
      description,
      buttons: [
        { label: 'Close modal', inActions: false },
        { label: 'Cancel', inActions: true, identifiers: 'settings-cancel' },
        { label: confirm, inActions: true, identifiers: `${title.toLowerCase().replace(/\W+/g, '-')}-confirm` },
      ],
    });

  it.each<[string, string, string]>([
    ['Change termination protection', 'Save', 'Termination protection: Enable. While it is on, the instance cannot be terminated from the console, the CLI or the API.'],
    ['Change termination protection', 'Save', 'To prevent your instance from being accidentally terminated, enable termination protection for i-0abc12345def67890.'],
    ['Change stop protection', 'Save', 'Stop protection: Enable.'],
    ['Disable auto scaling?', 'Disable', 'Capacity of table orders stays at its current provisioned values. The CloudWatch alarms created for auto scaling will be deleted.'],
    ['Disable autoscaling?', 'Disable', 'The service keeps its current desired count.'],
    ['Disable auto scaling', 'Confirm', 'Auto scaling will be disabled for this table.'],
  ])('%s [%s]', (title, confirm, description) => {
    expect(settings(title, confirm, description)).toMatchObject({ destructive: false, action: null });
  });

  it('terminating the instance itself, and deleting a scaling policy, stay destructive', () => {
    expect(settings('Terminate (delete) instance?', 'Terminate (delete)', 'Termination protection is off for i-0abc12345def67890.')).toMatchObject({ destructive: true, action: 'terminate' });
    expect(settings('Delete scaling policy?', 'Delete', 'The auto scaling policy will be deleted.')).toMatchObject({ destructive: true, action: 'delete' });
    expect(settings('Disable termination protection and terminate?', 'Terminate', '')).toMatchObject({ destructive: true, action: 'terminate' });
  });
});
