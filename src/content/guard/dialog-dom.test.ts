// @vitest-environment happy-dom
/**
 * The recogniser against every fixture dialog (English and Japanese, varied
 * markup): what the DOM reader sees, and what core/dialogs decides from it.
 */
import { describe, expect, it } from 'vitest';
import { DIALOG_FIXTURES, type DialogFixture } from '../../../e2e/fixtures/dialogs/catalog';
import { dialogFor, readDialog } from './dialog-dom';

function mount(fixture: DialogFixture): Element {
  document.body.replaceChildren();
  const template = document.createElement('template');
  // Test-only: the fixture is the console's markup, parsed here as the browser would.
  template.innerHTML = fixture.html;
  const root = template.content.firstElementChild!;
  if (fixture.placement === 'overlay') {
    const overlay = document.createElement('div');
    overlay.className = 'cdk-overlay-container';
    overlay.append(root);
    document.body.append(overlay);
  } else {
    document.body.append(root);
  }
  return root;
}

function roleOf(fixture: DialogFixture, selector: string | null) {
  if (!selector) return null;
  const dialog = dialogFor(document.querySelector(selector))!;
  const read = readDialog(dialog);
  const button = document.querySelector(selector)!.closest('button, [role="button"], input[type="submit"]')!;
  return read.verdict.buttonRoles[read.buttons.indexOf(button)];
}

describe.each(DIALOG_FIXTURES.map((f) => [f.id, f] as const))('%s', (_id, fixture) => {
  it(`is judged ${fixture.destructive ? 'destructive' : 'harmless'}`, () => {
    const root = mount(fixture);
    const dialog = dialogFor(root.querySelector(fixture.confirmSelector) ?? root)!;
    expect(dialog).toBe(root);
    expect(readDialog(dialog).verdict.destructive).toBe(fixture.destructive);
  });

  if (fixture.destructive) {
    it('guards the confirm button and leaves cancel and close free', () => {
      mount(fixture);
      expect(roleOf(fixture, fixture.confirmSelector)).toBe('action');
      if (fixture.cancelSelector) expect(roleOf(fixture, fixture.cancelSelector)).toBe('free');
      if (fixture.closeSelector) expect(roleOf(fixture, fixture.closeSelector)).toBe('free');
    });

    it(`knows the resource kind (${fixture.resource})`, () => {
      const root = mount(fixture);
      expect(readDialog(root).verdict.kind).toBe(fixture.resource);
    });
  }
});

it('every resource is covered in both languages', () => {
  const destructive = DIALOG_FIXTURES.filter((f) => f.destructive);
  const resources = new Set(destructive.map((f) => f.resource));
  for (const resource of resources) {
    expect(destructive.filter((f) => f.resource === resource).map((f) => f.lang).sort()).toEqual(expect.arrayContaining(['en', 'ja']));
  }
  expect([...resources].sort()).toEqual(
    ['disk', 'gke-cluster', 'gke-namespace', 'gke-node-pool', 'gke-workload', 'instance-group', 'other', 'project', 'snapshot', 'sql-instance', 'storage-bucket', 'vm-instance'].sort(),
  );
});

it('finds the resource name a dialog shows, quoted or in bold', () => {
  for (const [id, expected] of [
    ['gke-cluster-delete-en', 'prod-cluster'],
    ['sql-instance-delete-ja', 'orders-db'],
  ] as const) {
    const fixture = DIALOG_FIXTURES.find((f) => f.id === id)!;
    const root = mount(fixture);
    expect(readDialog(root).resourceName, id).toBe(expected);
  }
});
