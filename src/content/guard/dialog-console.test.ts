// @vitest-environment happy-dom
/**
 * The reader tells the judge which console the tab is on (from its URL): German "Beenden" is Stop in
 * Google Cloud and Terminate in AWS EC2.
 */
import { describe, expect, it } from 'vitest';
import { readDialog } from './dialog-reader';

function dialogAt(url: string): Element {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  const title = document.createElement('h2');
  title.textContent = 'Instanz beenden?';
  const actions = document.createElement('footer');
  for (const label of ['Abbrechen', 'Beenden']) {
    const button = document.createElement('button');
    button.textContent = label;
    actions.append(button);
  }
  dialog.append(title, actions);
  document.body.replaceChildren(dialog);
  return dialog;
}

describe('the console the tab is on reaches the judge', () => {
  it('AWS EC2: "Instanz beenden?" [Beenden] is a guarded terminate', () => {
    const read = readDialog(dialogAt('https://eu-central-1.console.aws.amazon.com/ec2/home?region=eu-central-1#Instances:'));
    expect(read.description.console).toBe('aws');
    expect(read.verdict).toMatchObject({ destructive: true, action: 'terminate', buttonRoles: ['free', 'action'] });
  });

  it('Google Cloud: the same words are the stop, not guarded as destructive', () => {
    const read = readDialog(dialogAt('https://console.cloud.google.com/compute/instances?project=acme-prod-123'));
    expect(read.description.console).toBe('gcp');
    expect(read.verdict).toMatchObject({ destructive: false, action: 'stop' });
  });
});
