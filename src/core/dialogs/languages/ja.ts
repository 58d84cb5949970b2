/**
 * Japanese (`hl=ja`). Sources are the Japanese Google Cloud docs, which quote
 * the console's buttons in brackets ("[削除] をクリックします").
 *
 * Japanese is unspaced: forms are found anywhere, so they are kept specific.
 * Quirks: `破棄` is also "Discard" in unsaved-changes prompts ("変更を破棄"),
 * so only the KMS phrasings are destroy; `削除取り消し` is "undelete";
 * `削除（復元可能）` is Cloud Storage's soft delete; `無効` alone is also
 * "invalid", so only `無効にする`/`無効化` are disable. There is no separate
 * remove: the console says 削除 for Remove too ("プリンシパルを削除"), and
 * 除去 is also Chinese ("apart from"), so it is not listed.
 */
import type { LanguageTable } from './types';

export const ja: LanguageTable = {
  lang: 'ja',
  name: 'Japanese',
  script: 'unspaced',
  actions: [
    { action: 'delete', forms: ['削除'], source: 'https://cloud.google.com/dataproc/docs/quickstarts/quickstart-explorer-delete?hl=ja ("クラスタを削除する"); https://docs.cloud.google.com/appengine/docs/legacy/standard/php/taskqueue/push/deleting-tasks-and-queues?hl=ja ("[削除] をクリックします")' },
    { action: 'destroy', forms: ['を破棄', '破棄しますか', '破棄する', '破棄をスケジュール', '破棄のスケジュール', '完全に破棄'], source: 'https://cloud.google.com/kms/docs/samples/kms-destroy-key-version?hl=ja ("鍵バージョンを破棄する", "破棄をスケジュールする"); not bare 破棄, which is also "Discard"' },
    { action: 'shut-down', forms: ['シャットダウン'], source: 'project shut-down dialog: "[シャットダウン] をクリックしてプロジェクトを削除します" (recalled from the localized tutorials\' "Clean up" step, not shown by any page in the search corpus)' },
    { action: 'purge', forms: ['パージ', 'キューを消去', 'キューの消去'], source: 'https://cloud.google.com/tasks/docs/manage-queues-and-tasks?hl=ja ("[キューを消去] をクリックします", "タスクをパージします")' },
    { action: 'release', forms: ['解放'], source: 'https://cloud.google.com/vpc/docs/reserve-static-external-ip-address?hl=ja ("予約した静的外部 IP アドレスを一覧取得して解放する")' },
    { action: 'reset', forms: ['リセット'], source: 'https://documentation.s3ns.fr/compute/docs/instances/stop-start-instance?hl=ja ("インスタンスの一時停止、停止、リセット")' },
    { action: 'disable', forms: ['無効にする', '無効にしますか', '無効にします', '無効化'], source: 'https://developers.google.cn/workspace/guides/view-turn-off-apis?hl=ja ("[無効にする] をクリックします", "[API を無効にする] ボックス")' },
    { action: 'stop', forms: ['停止'], source: 'https://docs.cloud.google.com/compute/docs/samples/compute-stop-instance?hl=ja ("VM インスタンスを停止する"); 一時停止 (suspend) contains it' },
  ],
  outcomes: [
    { action: 'delete', forms: ['削除されます'], source: 'dialog descriptions ("完全に削除されます")' },
    { action: 'destroy', forms: ['破棄されます'], source: 'as for 破棄' },
    { action: 'shut-down', forms: ['シャットダウンされます'], source: 'as for シャットダウン' },
    { action: 'disable', forms: ['無効になります'], source: 'service-usage dialog ("API が無効になります")' },
  ],
  harmless: [
    { forms: ['削除できません', '削除できない', '削除することはできません', '削除した'], source: 'announced impossibilities ("cannot be deleted while deletion protection is on") describe a protection, not an action; chosen; 削除した (past: that you deleted) reports, like 削除された' },
    { forms: ['削除保護', '削除からの保護', '削除防止', '誤削除', '削除されないように'], source: 'https://cloud.google.com/compute/docs/samples/compute-delete-protection-set?hl=ja ("削除からの保護設定"); https://cloud.google.com/compute/docs/instances/preventing-accidental-vm-deletion?hl=ja ("VM の誤削除を防止する")' },
    { forms: ['削除（復元可能）', '削除(復元可能)', '削除済み（復元可能）', '削除済み(復元可能)', '削除ポリシー', '保持期間'], source: 'https://cloud.google.com/storage/docs/soft-delete?hl=ja ("削除（復元可能）", "削除済み（復元可能）オブジェクト")' },
    { forms: ['削除済み', '削除された', '削除されました', '削除しました', '最近削除', '削除予定', '削除保留中', '削除をスケジュール済み', '破棄予定', '破棄済み', '破棄されました', '無効になっています', '無効になりました', '無効化されました', '停止しました'], source: 'status reports and lists ("削除されたことを確認します" in https://cloud.google.com/dataproc/docs/quickstarts/quickstart-explorer-delete?hl=ja): a report is not a request' },
    { forms: ['削除の取り消し', '削除取り消し', '削除を取り消', '復元'], source: 'https://documentation.s3ns.fr/iam/docs/service-accounts-delete-undelete?hl=ja ("サービス アカウントの削除と削除取り消し", "削除の取り消し")' },
    { forms: ['変更を破棄', '変更内容を破棄', '編集内容を破棄', '下書きを破棄', '未保存の変更'], source: 'unsaved-changes prompts ("変更を破棄しますか？"), chosen: discarding an edit destroys no resource' },
    { forms: ['フィルタを削除', 'フィルタの削除', 'すべてのフィルタを削除', '列を削除', 'お気に入りから削除', '固定を解除', '選択を解除'], source: 'table filter chips and pinned products, chosen: UI state destroys nothing' },
    { forms: ['列をリセット', '列の表示をリセット', '列幅をリセット', 'フィルタをリセット', 'フィルタのリセット', '表示をリセット', 'ビューをリセット', 'ズームをリセット', '並べ替えをリセット', 'レイアウトをリセット', 'パスワードをリセット', 'パスワードのリセット', 'デフォルトにリセット'], source: 'table and chart controls, chosen: resetting a view destroys nothing' },
    { forms: ['通知を無効にする', '通知を無効化', '通知を無効', 'ヒントを無効にする', 'ヒントを無効', 'アニメーションを無効にする', 'アニメーションを無効', '自動更新を無効にする', '自動更新を無効', 'キーボード ショートカットを無効', 'ツアーを停止', 'メモリを解放'], source: 'console preferences and help panels, chosen: UI settings destroy nothing' },
    { forms: ['リリースノート', 'リリース ノート', 'リリース チャンネル', 'リリースチャンネル'], source: 'GKE release channels and release notes; no overlap with 解放, listed for completeness' },
  ],
  safeActions: [
    { forms: ['復元', '*復元', '復元*', '削除の取り消し', '削除を取り消す', '元に戻す', '有効にする', '*を有効にする', '有効化', '作成', '*を作成', '*作成', '追加', '*を追加', '開始', '*を開始', '再開'], source: 'https://documentation.s3ns.fr/iam/docs/service-accounts-delete-undelete?hl=ja ("削除の取り消し"); https://developers.google.cn/workspace/guides/view-turn-off-apis?hl=ja ("有効な API"); the opposite of each destructive verb' },
  ],
  leave: [
    { forms: ['キャンセル', '閉じる', 'ダイアログを閉じる', 'いいえ', 'いいえ、*', '戻る', '後で', '保持', 'ok、了解しました', '了解しました'], source: 'standard Google Japanese for Cancel ("キャンセル") and Close ("閉じる"), Material dialog conventions' },
  ],
  confirm: [
    { forms: ['ok', 'はい', 'はい、*', '確認', '続行', '続ける', '同意する', '理解しました', '送信', '適用', '完了', '保存', '確定'], source: 'standard Google Japanese for OK / Yes / Confirm / Continue, chosen' },
  ],
  uiNouns: [
    { forms: ['列', 'フィルタ', 'フィルター', 'レイアウト', '表示', 'ビュー', 'ズーム', '並べ替え', '通知', 'ヒント', 'チュートリアル', 'テーブル', 'カード', 'グラフ'], source: 'things on the screen whose reset or disable destroys nothing (table columns, filters, layout, views, notifications, tips), as the console names them; chosen' },
  ],
  resources: [
    { kind: 'gke-node-pool', forms: ['ノードプール', 'ノード プール'], source: 'GKE console' },
    { kind: 'gke-namespace', forms: ['名前空間', 'namespace'], source: 'GKE console' },
    { kind: 'gke-workload', forms: ['ワークロード', 'デプロイメント', 'pod'], source: 'GKE console' },
    { kind: 'instance-group', forms: ['インスタンス グループ', 'インスタンスグループ'], source: 'Compute Engine console' },
    { kind: 'sql-instance', forms: ['cloud sql', 'データベース インスタンス'], source: 'Cloud SQL console' },
    { kind: 'gke-cluster', forms: ['クラスタ'], source: 'https://cloud.google.com/dataproc/docs/quickstarts/quickstart-explorer-delete?hl=ja ("クラスタを削除する")' },
    { kind: 'snapshot', forms: ['スナップショット'], source: 'Compute Engine console' },
    { kind: 'disk', forms: ['ディスク'], source: 'Compute Engine console' },
    { kind: 'storage-bucket', forms: ['バケット'], source: 'https://cloud.google.com/storage/docs/soft-delete?hl=ja ("バケット")' },
    { kind: 'vm-instance', forms: ['vm インスタンス', 'インスタンス', '仮想マシン'], source: 'https://docs.cloud.google.com/compute/docs/samples/compute-stop-instance?hl=ja ("VM インスタンスを停止する")' },
    { kind: 'project', forms: ['プロジェクト'], source: 'Resource Manager console' },
  ],
};
