import { describe, expect, it } from 'vitest';
import { findDestructiveVerb, findResourceKind, judgeDialog, quotedResourceName, type ButtonDescription } from './index';

const buttons = (...labels: string[]): ButtonDescription[] => labels.map((label) => ({ label, inActions: true }));

describe('destructive wording', () => {
  it.each([
    ['Delete cluster', 'delete'],
    ['Shut down project', 'shut down'],
    ['Shutdown', 'shut down'],
    ['Remove node pool?', 'remove'],
    ['Destroy key version', 'destroy'],
    ['Disable API', 'disable'],
    ['Reset VM instance', 'reset'],
    ['クラスタの削除', '削除'],
    ['プロジェクトのシャットダウン', 'シャットダウン'],
    ['API を無効にする', '無効'],
    ['リセット', 'リセット'],
    ['スナップショットを破棄', '破棄'],
  ])('%s -> %s', (text, verb) => expect(findDestructiveVerb(text)).toBe(verb));

  it.each(['Create cluster', 'Edit labels', 'Deploy', 'Presets', 'Undeleted items', 'Connect', '作成', 'Resettle'])('%s is not destructive', (text) =>
    expect(findDestructiveVerb(text)).toBeNull(),
  );
});

describe('judgeDialog', () => {
  it('guards the destructive button, frees cancel and close', () => {
    const verdict = judgeDialog({ title: 'Delete cluster "prod-1"?', accessibleName: '', buttons: buttons(' Cancel ', ' Delete ', 'Close dialog') });
    expect(verdict).toMatchObject({ destructive: true, verb: 'delete', kind: 'gke-cluster', buttonRoles: ['free', 'action', 'free'] });
  });

  it('uses the accessible name when there is no title', () => {
    expect(judgeDialog({ title: '', accessibleName: 'Delete bucket', buttons: buttons('Cancel', 'Confirm') }).buttonRoles).toEqual(['free', 'action']);
  });

  it('a destructive confirm button alone makes the dialog destructive', () => {
    expect(judgeDialog({ title: 'Are you sure?', accessibleName: '', buttons: buttons('キャンセル', '削除') }).destructive).toBe(true);
  });

  it('row buttons outside the actions area do not make a dialog destructive', () => {
    const verdict = judgeDialog({
      title: 'Edit labels',
      accessibleName: '',
      buttons: [{ label: 'Delete label', inActions: false }, ...buttons('Cancel', 'Save')],
    });
    expect(verdict.destructive).toBe(false);
  });

  it('fails closed: unknown action buttons in a destructive dialog are guarded', () => {
    const verdict = judgeDialog({ title: 'Delete disk', accessibleName: '', buttons: [{ label: '', inActions: false }, { label: 'Go', inActions: false }] });
    expect(verdict.buttonRoles).toEqual(['action', 'action']);
  });

  it('guesses the kind from product hints before generic words', () => {
    const verdict = judgeDialog({ title: 'Delete instance orders-db?', accessibleName: '', buttons: buttons('Cancel', 'Delete'), hints: 'sql delete instance dialog sql' });
    expect(verdict.kind).toBe('sql-instance');
    expect(findResourceKind('Delete node pool pool-1')).toBe('gke-node-pool');
    expect(findResourceKind('ノードプールの削除')).toBe('gke-node-pool');
  });

  it('harmless dialogs leave every button alone', () => {
    expect(judgeDialog({ title: 'Create node pool', accessibleName: '', buttons: buttons('Cancel', 'Create') })).toMatchObject({
      destructive: false,
      buttonRoles: ['other', 'other'],
    });
  });
});

it('reads quoted resource names in several quote styles', () => {
  expect(quotedResourceName('Delete cluster "prod-1"?')).toBe('prod-1');
  expect(quotedResourceName('Delete “orders-db”')).toBe('orders-db');
  expect(quotedResourceName('インスタンス「orders-db」を削除しますか？')).toBe('orders-db');
  expect(quotedResourceName('Delete cluster')).toBeNull();
});
