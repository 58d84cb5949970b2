/**
 * Chinese, Traditional (`hl=zh-TW`). Sources are the zh-TW Google Cloud docs,
 * which quote the console's buttons and titles ("按一下「刪除」").
 *
 * Unspaced: forms are found anywhere. Quirks as in zh-CN, with Taiwan's
 * wording: 關閉 is both "Close" and the project "Shut down" (only "關閉專案"
 * is shut-down); 停用 is "disable", 停止 "stop", 暫停 "suspend"; 重設 is
 * reset; 取消刪除 is "undelete"; soft delete is 虛刪除.
 */
import type { LanguageTable } from './types';

export const zhTW: LanguageTable = {
  lang: 'zh-TW',
  name: 'Chinese (Traditional)',
  script: 'unspaced',
  actions: [
    { action: 'delete', forms: ['刪除'], source: 'https://cloud.google.com/iam/docs/service-accounts-delete-undelete?hl=zh-TW ("刪除服務帳戶", "按一下「刪除」圖示"); https://cloud.google.com/kms/docs/samples/kms-destroy-key-version?hl=zh-tw ("刪除金鑰版本")' },
    { action: 'remove', forms: ['移除'], source: 'https://docs.cloud.google.com/compute/docs/instances/stop-start-instance?hl=zh-tw ("移除任何已附加及掛接的磁碟"); IAM "移除主體", standard Google Chinese' },
    { action: 'destroy', forms: ['銷毀'], source: 'Cloud KMS "Destroy" = "銷毀", standard Google Chinese (the zh-TW KMS sample says 刪除, caught as delete)' },
    { action: 'shut-down', forms: ['關閉專案', '關閉這個專案', '關閉此專案', '專案關閉', '仍要關閉', '關停'], source: 'project shut-down dialog: "在對話方塊中輸入專案 ID,然後按一下「關閉」即可刪除專案" (recalled from the localized tutorials\' "Clean up" step, not shown by any page in the search corpus); only with 專案, since 關閉 alone is Close' },
    { action: 'terminate', forms: ['終止'], source: 'Dataproc and Compute Engine "Terminate", standard Google Chinese, chosen' },
    { action: 'purge', forms: ['清除佇列', '清空佇列', '完全清除'], source: 'Cloud Tasks "Purge queue", chosen (清除 alone is "clear")' },
    { action: 'release', forms: ['釋出', '釋放'], source: 'Compute Engine "Release static address" = "釋出靜態位址", standard Google Chinese, chosen' },
    { action: 'reset', forms: ['重設', '重置'], source: 'https://docs.cloud.google.com/compute/docs/instances/stop-start-instance?hl=zh-tw ("暫停、停止或重設 Compute Engine 執行個體")' },
    { action: 'disable', forms: ['停用', '禁用'], source: 'https://cloud.google.com/iam/docs/service-accounts-delete-undelete?hl=zh-TW ("Google 建議您停用服務帳戶,而不是刪除"); Service Usage "停用 API"' },
    { action: 'stop', forms: ['停止', '暫停'], source: 'https://docs.cloud.google.com/compute/docs/instances/stop-start-instance?hl=zh-tw ("停止或重新啟動"); https://docs.cloud.google.com/compute/docs/instances/suspend-resume-instance?hl=zh-tw ("暫停或恢復")' },
  ],
  outcomes: [
    { action: 'release', forms: ['回到位址集區', '歸還至位址集區'], source: 'consequences the console announces in a description when title and button are generic; chosen from its description patterns' },
    { action: 'delete', forms: ['將被刪除', '將永久刪除', '會遭到刪除', '會被刪除'], source: 'dialog descriptions ("將永久刪除")' },
    { action: 'shut-down', forms: ['專案將會關閉', '專案將關閉'], source: 'as for 關閉專案' },
  ],
  harmless: [
    { forms: ['無法刪除', '不能刪除', '不可刪除', '刪除的'], source: 'announced impossibilities ("cannot be deleted while deletion protection is on") describe a protection, not an action; chosen; 刪除的 (deleted ones) reports' },
    { forms: ['刪除防護', '刪除保護', '防止刪除', '意外刪除', '誤刪'], source: 'Compute Engine and Cloud SQL deletion protection ("刪除防護"), standard Google Chinese, chosen' },
    { forms: ['虛刪除', '軟刪除', '刪除政策', '保留期限', '保留時間'], source: 'Cloud Storage soft delete ("虛刪除") and deletion policies, chosen' },
    { forms: ['已刪除', '最近刪除', '待刪除', '已排定刪除', '排定刪除', '已銷毀', '已排定銷毀', '已停用', '已停止', '已釋出'], source: 'status reports and lists: a report is not a request' },
    { forms: ['取消刪除', '復原', '還原', '恢復'], source: 'https://cloud.google.com/iam/docs/service-accounts-delete-undelete?hl=zh-TW ("刪除及取消刪除服務帳戶", "如要還原已刪除的服務帳戶")' },
    { forms: ['移除篩選器', '移除所有篩選器', '刪除篩選器', '清除篩選器', '移除欄', '從我的最愛中移除', '取消固定'], source: 'table filter chips and pinned products, chosen: UI state destroys nothing' },
    { forms: ['重設欄', '重設篩選器', '重設檢視', '重設縮放', '重設排序', '重設版面配置', '重設密碼', '重設為預設', '重設為預設值'], source: 'table and chart controls, chosen: resetting a view destroys nothing' },
    { forms: ['停用通知', '關閉通知', '停用提示', '停用動畫', '停用自動重新整理', '停用鍵盤快速鍵', '停止導覽'], source: 'console preferences and help panels, chosen: UI settings destroy nothing' },
    { forms: ['版本資訊', '發布管道', '發行管道', '釋放記憶體'], source: 'GKE release channels and release notes; no overlap with 釋出 (address), listed for completeness' },
  ],
  safeActions: [
    { forms: ['還原', '*還原', '還原*', '復原', '取消刪除', '恢復', '*恢復', '啟用', '*啟用', '啟用*', '重新啟用', '建立', '*建立', '新增', '*新增', '開始', '啟動', '*啟動'], source: 'https://cloud.google.com/iam/docs/service-accounts-delete-undelete?hl=zh-TW ("重新啟用", "還原"); https://docs.cloud.google.com/compute/docs/instances/suspend-resume-instance?hl=zh-tw ("恢復")' },
  ],
  leave: [
    { forms: ['取消', '關閉', '關閉對話方塊', '否', '返回', '以後再說', '保留', '我知道了', '知道了'], source: 'standard Google Chinese for Cancel ("取消") and Close ("關閉"); 關閉 listed exactly because the project shut-down button is also 關閉' },
  ],
  confirm: [
    { forms: ['確定', '確認', '是', '繼續', '我瞭解', '我了解', '提交', '套用', '完成', '儲存', 'ok'], source: 'standard Google Chinese for OK / Yes / Confirm / Continue, chosen' },
  ],
  uiNouns: [
    { forms: ['資料欄', '欄', '篩選器', '篩選條件', '版面配置', '檢視畫面', '縮放', '排序', '通知', '提示', '表格', '資訊卡', '圖表'], source: 'things on the screen whose reset or disable destroys nothing (table columns, filters, layout, views, notifications, tips), as the console names them; chosen' },
  ],
  resources: [
    { kind: 'gke-node-pool', forms: ['節點集區'], source: 'GKE console' },
    { kind: 'gke-namespace', forms: ['命名空間'], source: 'GKE console' },
    { kind: 'gke-workload', forms: ['工作負載'], source: 'GKE console' },
    { kind: 'instance-group', forms: ['執行個體群組'], source: 'Compute Engine console' },
    { kind: 'sql-instance', forms: ['cloud sql', 'sql 執行個體', '資料庫執行個體'], source: 'Cloud SQL console' },
    { kind: 'gke-cluster', forms: ['叢集'], source: 'GKE console' },
    { kind: 'snapshot', forms: ['快照'], source: 'Compute Engine console' },
    { kind: 'disk', forms: ['磁碟'], source: 'https://docs.cloud.google.com/compute/docs/instances/stop-start-instance?hl=zh-tw ("磁碟")' },
    { kind: 'storage-bucket', forms: ['值區'], source: 'Cloud Storage console' },
    { kind: 'vm-instance', forms: ['vm 執行個體', '執行個體', '虛擬機器'], source: 'https://docs.cloud.google.com/compute/docs/instances/stop-start-instance?hl=zh-tw ("Compute Engine 執行個體")' },
    { kind: 'project', forms: ['專案'], source: 'Resource Manager console' },
  ],
};
