// @vitest-environment happy-dom
/**
 * The consoles' confirmation shapes that are not a dialog element: the Azure
 * portal's context pane ("Delete a resource group"), AWS S3's full pages
 * that are the confirmation ("Delete bucket", "Empty bucket"), and yes/no
 * dialogs; with their harmless look-alikes. Built with DOM calls as the
 * consoles render them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { dialogOnPath } from './dialog-locator';
import { readDialog } from './dialog-reader';

function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const pathOf = (element: Element) => {
  const path: Element[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) path.push(node);
  return path;
};

/** The dialog a click on `target` belongs to, and the role the guard gives `target`. */
function judged(target: Element) {
  const dialog = dialogOnPath(pathOf(target));
  if (!dialog) return null;
  const read = readDialog(dialog);
  return { dialog, verdict: read.verdict, role: read.verdict.buttonRoles[read.buttons.indexOf(target)] };
}

beforeEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', '/');
});

describe('Azure context pane', () => {
  it('"Delete a resource group" on the right of the portal: a confirmation, Delete its action, Cancel free', () => {
    const remove = el('div', { class: 'fxs-button fxs-portal-button-primary', role: 'button', title: 'Delete', tabindex: '0' }, 'Delete');
    const cancel = el('div', { class: 'fxs-button', role: 'button', title: 'Cancel', tabindex: '0' }, 'Cancel');
    const pane = el(
      'div',
      { class: 'fxs-contextpane fxs-portal-contextpane-right' },
      el('h2', {}, 'Delete a resource group'),
      el('div', { class: 'ext-warning-text' }, 'The following resource group and all its dependent resources will be permanently deleted.'),
      el('label', { for: 'rg' }, 'Enter resource group name to confirm deletion'),
      el('input', { id: 'rg', type: 'text' }),
      el('div', { class: 'fxs-contextpane-footer' }, remove, cancel),
    );
    document.body.append(el('div', { class: 'fxs-portal' }, pane));
    expect(judged(remove)).toMatchObject({ dialog: pane, verdict: { destructive: true }, role: 'action' });
    expect(judged(cancel)?.role).toBe('free');
  });
});

describe('Azure context panes in other words', () => {
  const pane = (title: string, label: string, action: string, leave: string) => {
    const act = el('div', { class: 'fxs-button', role: 'button', title: action }, action);
    document.body.append(
      el('div', { class: 'fxs-contextpane fxs-portal-contextpane-right' }, el('h2', {}, title), el('label', {}, label, el('input', { type: 'text' })), el('div', {}, act, el('div', { class: 'fxs-button', role: 'button' }, leave))),
    );
    return act;
  };

  it('ja: リソース グループの削除, 削除 guarded', () => {
    expect(judged(pane('リソース グループの削除', 'リソース グループ名を入力してください:', '削除', 'キャンセル'))).toMatchObject({ verdict: { destructive: true }, role: 'action' });
  });

  it('a harmless pane (Edit tags: Save / Cancel) is left alone', () => {
    expect(judged(pane('Edit tags', 'Name', 'Save', 'Cancel'))?.verdict.destructive).toBe(false);
  });
});

describe('yes/no dialogs', () => {
  const yesNo = (title: string) => {
    const yes = el('button', {}, 'Yes');
    document.body.append(el('div', { role: 'alertdialog' }, el('h2', {}, title), el('div', { class: 'fui-DialogActions' }, yes, el('button', {}, 'No'))));
    return yes;
  };

  it('"Delete secret?" Yes / No: Yes is the action', () => {
    expect(judged(yesNo('Delete secret?'))).toMatchObject({ verdict: { destructive: true }, role: 'action' });
  });

  it('"Discard changes?" Yes / No: left alone', () => {
    expect(judged(yesNo('Discard changes?'))?.verdict.destructive).toBe(false);
  });
});

describe('AWS S3 pages that are the confirmation', () => {
  function page(route: string, heading: string, input: Record<string, string>, buttons: string[]): HTMLElement[] {
    history.replaceState(null, '', route);
    const made = buttons.map((label) => el('button', { type: label === 'Cancel' ? 'button' : 'submit' }, label));
    const form = el('form', {}, el('h1', {}, heading), el('p', {}, 'Bucket ', el('strong', {}, 'payments-logs')), el('input', { type: 'text', ...input }), el('div', {}, ...made));
    document.body.append(el('main', {}, form));
    return made;
  }

  it('Delete bucket (`/s3/bucket/<name>/delete`, the name as placeholder): Delete bucket is the action', () => {
    const [cancel, remove] = page('/s3/bucket/payments-logs/delete', 'Delete bucket', { class: 'delete-bucket-actions__input', placeholder: 'payments-logs' }, ['Cancel', 'Delete bucket']);
    expect(judged(remove!)).toMatchObject({ verdict: { destructive: true }, role: 'action' });
    expect(judged(cancel!)?.role).toBe('free');
  });

  it('Empty bucket ("permanently delete"; no word for "empty" needed): Empty is the action', () => {
    const [, empty] = page('/s3/bucket/payments-logs/empty', 'Vider le compartiment', { placeholder: 'permanently delete' }, ['Cancel', 'Empty']);
    expect(judged(empty!)).toMatchObject({ verdict: { destructive: true, decidedBy: 'signals' }, role: 'action' });
  });

  it('a form under a heading that asks, on any route: a confirmation', () => {
    const [, remove] = page('/s3/buckets', 'Delete bucket', { placeholder: 'payments-logs' }, ['Cancel', 'Confirm']);
    expect(judged(remove!)).toMatchObject({ verdict: { destructive: true }, role: 'action' });
  });

  it('Edit bucket policy (Save) and a search form are left alone', () => {
    const [save] = page('/s3/bucket/payments-logs/property/policy/edit', 'Edit bucket policy', { placeholder: 'Policy' }, ['Save']);
    expect(judged(save!)).toBeNull();
    document.body.replaceChildren();
    const [find] = page('/s3/buckets', 'Buckets', { placeholder: 'Search' }, ['Find']);
    expect(judged(find!)).toBeNull();
  });
});
