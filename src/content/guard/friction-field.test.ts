// @vitest-environment happy-dom
/**
 * The friction field told by its placeholder (core/dialogs/friction-hint):
 * a language-independent hint the reader hands the judge, in a dialog whose
 * words no table knows.
 */
import { describe, expect, it } from 'vitest';
import { readDialog } from './dialog-reader';

function dialog(inputs: { placeholder: string }[], warn: boolean): Element {
  document.body.replaceChildren();
  const root = document.createElement('div');
  root.setAttribute('role', 'dialog');
  const title = document.createElement('h2');
  title.textContent = 'Xyzzy plugh';
  root.append(title);
  for (const { placeholder } of inputs) {
    const input = document.createElement('input');
    input.placeholder = placeholder;
    root.append(input);
  }
  const footer = document.createElement('footer');
  const cancel = document.createElement('button');
  cancel.textContent = 'Cancel';
  const act = document.createElement('button');
  act.textContent = 'Frobnicate';
  if (warn) act.className = 'button-danger';
  footer.append(cancel, act);
  root.append(footer);
  document.body.append(root);
  return root;
}

describe('a friction placeholder', () => {
  it('beside another input, with a danger-styled action: guarded', () => {
    const read = readDialog(dialog([{ placeholder: 'Search' }, { placeholder: 'permanently delete' }], true));
    expect(read.description.typeToConfirm).toBe(true);
    expect(read.verdict).toMatchObject({ destructive: true, decidedBy: 'signals', buttonRoles: ['free', 'action'] });
  });

  it('alone (no second hint): left alone', () => {
    expect(readDialog(dialog([{ placeholder: 'Search' }, { placeholder: 'delete' }], false)).verdict.destructive).toBe(false);
  });

  it('a search placeholder is no friction field', () => {
    const read = readDialog(dialog([{ placeholder: 'Search' }, { placeholder: 'Filter' }], true));
    expect(read.description.typeToConfirm).toBe(false);
    expect(read.verdict.destructive).toBe(false);
  });
});
