// @vitest-environment happy-dom
/**
 * The DOM reader and recogniser against every fixture dialog of
 * e2e/fixtures/dialogs (English and Japanese, varied markup): what the
 * reader sees, and what core/dialogs decides from it.
 */
import { describe, expect, it } from 'vitest';
import { DIALOG_FIXTURES, type DialogFixture } from '../../../e2e/fixtures/dialogs/catalog';
import { dialogOnPath } from './dialog-locator';
import { readDialog } from './dialog-reader';
import { composedParent } from './flat-tree';

function mount(fixture: DialogFixture): Element {
  document.body.replaceChildren();
  const template = document.createElement('template');
  // Test-only: the fixture is the console's markup, parsed here as the browser would.
  template.innerHTML = fixture.html;
  const root = template.content.firstElementChild!;
  if (fixture.placement === 'overlay') {
    const overlay = document.createElement('div');
    overlay.className = 'cdk-overlay-container';
    const pane = document.createElement('div');
    pane.className = 'cdk-overlay-pane';
    pane.append(root);
    overlay.append(pane);
    document.body.append(overlay);
  } else {
    document.body.append(root);
  }
  return root;
}

function pathFrom(element: Element): Element[] {
  const path: Element[] = [];
  for (let node: Element | null = element; node; node = composedParent(node)) path.push(node);
  return path;
}

function roleOf(selector: string | null) {
  if (!selector) return null;
  const target = document.querySelector(selector)!;
  const dialog = dialogOnPath(pathFrom(target))!;
  const read = readDialog(dialog);
  const index = read.buttons.findIndex((button) => button === target || button.contains(target));
  return read.verdict.buttonRoles[index];
}

describe.each(DIALOG_FIXTURES.map((f) => [f.id, f] as const))('%s', (_id, fixture) => {
  it(`is judged ${fixture.destructive ? 'destructive' : 'harmless'}`, () => {
    const root = mount(fixture);
    const dialog = dialogOnPath(pathFrom(root.querySelector(fixture.confirmSelector) ?? root))!;
    expect(dialog).toBe(root);
    const read = readDialog(dialog);
    expect(read.verdict.destructive, JSON.stringify({ description: read.description, verdict: read.verdict }, null, 1)).toBe(fixture.destructive);
  });

  if (fixture.destructive) {
    it('guards the confirm button and leaves cancel and close free', () => {
      mount(fixture);
      expect(roleOf(fixture.confirmSelector)).toBe('action');
      if (fixture.cancelSelector) expect(roleOf(fixture.cancelSelector)).toBe('free');
      if (fixture.closeSelector) expect(roleOf(fixture.closeSelector)).toBe('free');
    });

    it(`knows the resource kind (${fixture.resource})`, () => {
      const root = mount(fixture);
      expect(readDialog(root).verdict.kind).toBe(fixture.resource);
    });
  }
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

it('reads a stop dialog as stop, not destructive, with its confirm as the action (guarded only when a policy asks)', () => {
  for (const id of ['vm-instance-stop-en', 'vm-instance-stop-ja']) {
    const fixture = DIALOG_FIXTURES.find((f) => f.id === id)!;
    mount(fixture);
    const dialog = dialogOnPath(pathFrom(document.querySelector(fixture.confirmSelector)!))!;
    expect(readDialog(dialog).verdict, id).toMatchObject({ destructive: false, action: 'stop', kind: 'vm-instance' });
    expect(roleOf(fixture.confirmSelector), id).toBe('action');
  }
});
