/** Japanese wording through the whole recogniser: console titles and buttons as hl=ja shows them. */
import { beforeAll, describe, expect, it } from 'vitest';
import { judgeDialog } from '../judge';
import { findAction, normaliseText } from '../wording';
import { ja as table } from './ja';
import type { ActionClass } from './types';

type Destructive = [title: string, leave: string, confirm: string, action: ActionClass, lang?: string, description?: string];
type Harmless = [title: string, buttons: string[], description?: string];

const judge = (title: string, labels: string[], description?: string) =>
  judgeDialog({ title, accessibleName: '', description, buttons: labels.map((label) => ({ label, inActions: true })) });

const destructive: Destructive[] = [
  ['クラスタ「prod-1」を削除しますか？', 'キャンセル', '削除', 'delete', 'ja'],
  ['ノードプール「pool-1」の削除', 'キャンセル', '削除', 'delete', 'ja'],
  ['VM インスタンス「web-1」を削除しますか？', 'キャンセル', '削除', 'delete', 'ja'],
  ['バケット「acme-logs」を完全に削除しますか？', 'キャンセル', 'バケットを削除', 'delete', 'ja'],
  ['プリンシパル「alice@example.com」を削除しますか？', 'キャンセル', '削除', 'delete', 'ja'],
  ['鍵バージョン 3 を破棄しますか？', 'キャンセル', '破棄をスケジュール', 'destroy', 'ja'],
  ['鍵バージョン 3 を破棄しますか？', 'キャンセル', '破棄', 'destroy', 'ja'],
  ['プロジェクト「Acme Prod」のシャットダウン', 'キャンセル', 'シャットダウン', 'shut-down', 'ja'],
  ['キュー「emails」をパージしますか？', 'キャンセル', 'キューを消去', 'purge', 'ja'],
  ['静的アドレスを解放しますか？', 'キャンセル', '解放', 'release', 'ja'],
  ['VM インスタンス「web-1」をリセットしますか？', 'キャンセル', 'リセット', 'reset', 'ja'],
  ['Kubernetes Engine API を無効にしますか？', 'キャンセル', '無効にする', 'disable', 'ja'],
  ['プロジェクト acme-prod の課金を無効にしますか？', 'キャンセル', '課金を無効にする', 'disable', 'ja'],
  ['よろしいですか？', 'キャンセル', 'はい、削除します', 'delete', 'ja'],
  ['削除の確認', 'キャンセル', '確認', 'delete', 'ja'],
  ['よろしいですか？', 'いいえ', '確認', 'delete', 'ja', 'クラスタ「prod-1」は完全に削除されます。'],
  ['VM インスタンス「web-1」を停止しますか？', 'キャンセル', '停止', 'stop', 'ja'],
  ['VM を一時停止しますか？', 'キャンセル', '一時停止', 'stop', 'ja'],
];

const harmless: Harmless[] = [
  ['プロジェクトを復元しますか？', ['キャンセル', '復元']],
  ['サービス アカウントの削除の取り消し', ['閉じる', '削除を取り消す']],
  ['最近削除されたバケット', ['閉じる', '復元']],
  ['削除保護を有効にする', ['キャンセル', '保存']],
  ['削除（復元可能）ポリシー: 保持期間', ['キャンセル', '保存']],
  ['列をリセット', ['キャンセル', 'リセット']],
  ['フィルタをリセットしますか？', ['いいえ', 'フィルタをリセット']],
  ['表示をリセット', ['キャンセル', 'OK']],
  ['通知を無効にする', ['キャンセル', '無効にする']],
  ['ヒントを無効にする', ['閉じる', 'OK']],
  ['変更を破棄しますか？', ['キャンセル', '破棄']],
  ['クラスタを削除しました', ['元に戻す']],
  ['クラスタが削除されました', ['OK']],
  ['ノードプールを作成', ['キャンセル', '作成']],
  ['リリースノート', ['閉じる']],
  ['リリース チャンネルの変更', ['キャンセル', '保存']],
  ['Kubernetes Engine API を有効にする', ['キャンセル', '有効にする']],
];

/** Ordinary Japanese console text: no table (of any language) may read an action into it. */
const ordinary = [
  'キャンセル',
  '閉じる',
  '確認',
  '続行',
  '保存',
  '理解しました',
  '詳細を表示',
  'プロジェクトを選択',
  '続行するにはクラスタ名を入力してください',
  'この操作は元に戻せません。',
  '詳細',
  'ユーザーと共有',
];

// The first judgement builds every language's matchers: kept out of the per-case time limit.
beforeAll(() => {
  for (let round = 0; round < 3; round++) {
    judge('warm-up „é“', ['OK'], 'warm-up „é“');
    judge('warm up', ['OK'], 'warm up');
  }
}, 300_000);

describe('Japanese (ja): destructive confirmations', () => {
  it.each(destructive)('%s [%s | %s] -> %s', (title, leave, confirm, action, lang, description) => {
    const verdict = judge(title, [leave, confirm], description);
    expect(verdict).toMatchObject({ destructive: action !== 'stop', action });
    if (lang) expect(verdict.lang).toBe(lang);
    expect(verdict.buttonRoles).toEqual(['free', 'action']);
  });
});

describe('Japanese (ja): harmless look-alikes', () => {
  it.each(harmless)('%s %j', (title, buttons, description) => {
    expect(judge(title, buttons, description)).toMatchObject({ destructive: false, action: null });
  });

  it('a toast reporting a deletion is not a confirmation', () => {
    expect(judge('', ['OK'], 'クラスタ prod-1 を削除しました').destructive).toBe(false);
  });
});

describe('Japanese (ja): ordinary text and the table itself', () => {
  it.each(ordinary)('%s reads as no action', (text) => {
    expect(findAction(text)).toBeNull();
  });

  it('every leave, confirm and safe label reads as no action', () => {
    const labels = [...table.leave, ...table.confirm, ...table.safeActions].flatMap((entry) => entry.forms).filter((form) => !form.includes('*'));
    expect(labels.filter((label) => findAction(label) !== null)).toEqual([]);
  });

  it('forms are normalised, unique, sourced, and use * only at an end', () => {
    const inText = new Set<object>([...table.actions, ...table.outcomes, ...table.harmless, ...table.resources]);
    for (const entry of [...table.actions, ...table.outcomes, ...table.harmless, ...table.safeActions, ...table.leave, ...table.confirm, ...table.resources]) {
      expect(entry.source.length).toBeGreaterThan(5);
      expect(new Set(entry.forms).size).toBe(entry.forms.length);
      for (const form of entry.forms) {
        expect(normaliseText(form)).toBe(form);
        expect(form.slice(1, -1)).not.toContain('*');
        // Found anywhere in running text: a single character would fire inside unrelated words.
        if (inText.has(entry)) expect(form.replaceAll('*', '').length).toBeGreaterThanOrEqual(2);
      }
    }
  });
});
