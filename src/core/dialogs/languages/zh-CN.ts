/**
 * Chinese, Simplified (`hl=zh-CN`). Sources are the zh-CN Google Cloud docs,
 * which quote the console's buttons and titles ("点击删除").
 *
 * Chinese is unspaced: forms are found anywhere. Quirks: 关闭 is both "Close"
 * and the project "Shut down", so it is shut-down only in "关闭项目" and
 * similar, and a leave label otherwise; 停用 is "disable" (destructive),
 * 停止 is "stop"; 清除 alone is "clear" (filters), so only "清除队列" and
 * "完全清除" are purge; 取消删除 is "undelete".
 */
import type { LanguageTable } from './types';

export const zhCN: LanguageTable = {
  lang: 'zh-CN',
  name: 'Chinese (Simplified)',
  script: 'unspaced',
  actions: [
    { action: 'delete', forms: ['删除'], source: 'https://docs.cloud.google.com/kms/docs/delete-kms-resources?hl=zh-cn ("在更多操作菜单中,点击删除", "在确认提示中输入密钥名称,然后点击删除")' },
    { action: 'remove', forms: ['移除'], source: 'https://docs.cloud.google.com/kms/docs/delete-kms-resources?hl=zh-cn ("从…资源列表中移除密钥"); IAM "移除主账号", standard Google Chinese' },
    { action: 'destroy', forms: ['销毁'], source: 'https://docs.cloud.google.com/kms/docs/delete-kms-resources?hl=zh-cn ("销毁:永久停用密钥版本")' },
    { action: 'shut-down', forms: ['关闭项目', '关闭此项目', '关闭该项目', '项目关闭', '仍要关闭', '关停'], source: 'project shut-down dialog: "在对话框中输入项目 ID,然后点击关闭以删除项目" (recalled from the localized tutorials\' "Clean up" step, not shown by any page in the search corpus); only with 项目, since 关闭 alone is Close' },
    { action: 'terminate', forms: ['终止'], source: 'Dataproc and Compute Engine "Terminate", standard Google Chinese, chosen' },
    { action: 'purge', forms: ['清除队列', '清空队列', '完全清除'], source: 'https://cloud.google.com/appengine/docs/standard/java/taskqueue/push/deleting-tasks-and-queues?hl=zh-cn ("从队列中完全清除所有任务")' },
    { action: 'release', forms: ['释放'], source: 'https://docs.cloud.google.com/vpc/docs/reserve-static-external-ip-address?hl=zh-cn ("列出和释放预留的静态外部 IP 地址")' },
    { action: 'reset', forms: ['重置'], source: 'https://cloud.google.com/compute/docs/samples/compute-reset-instance?hl=zh-cn ("重置虚拟机实例")' },
    { action: 'disable', forms: ['停用', '禁用'], source: 'https://docs.cloud.google.com/kms/docs/delete-kms-resources?hl=zh-cn ("永久停用密钥版本"); Service Usage "停用 API", standard Google Chinese' },
    { action: 'stop', forms: ['停止', '暂停'], source: 'https://cloud.google.com/compute/docs/samples/compute-stop-instance?hl=zh-cn ("停止虚拟机实例"); Compute Engine suspend "暂停"' },
  ],
  outcomes: [
    { action: 'release', forms: ['回到地址池', '返回地址池'], source: 'consequences the console announces in a description when title and button are generic; chosen from its description patterns' },
    { action: 'delete', forms: ['将被删除', '将永久删除', '会被删除'], source: 'dialog descriptions ("将被永久删除")' },
    { action: 'shut-down', forms: ['项目将被关闭', '项目将关闭'], source: 'as for 关闭项目' },
  ],
  harmless: [
    { forms: ['无法删除', '不能删除', '不可删除', '删除的'], source: 'announced impossibilities ("cannot be deleted while deletion protection is on") describe a protection, not an action; chosen; 删除的 (deleted ones) reports' },
    { forms: ['删除保护', '防止删除', '意外删除', '误删'], source: 'Compute Engine and Cloud SQL deletion protection ("删除保护"), standard Google Chinese, chosen' },
    { forms: ['软删除', '删除政策', '删除策略', '保留期限', '保留时长'], source: 'https://cloud.google.com/storage/docs/use-soft-deleted-objects?hl=zh-cn ("使用软删除的对象")' },
    { forms: ['已删除', '最近删除', '待删除', '已安排删除', '计划删除', '已销毁', '已安排销毁', '计划销毁', '已停用', '已禁用', '已停止', '已释放'], source: 'status reports and lists ("已删除的 CryptoKey 名称" in https://docs.cloud.google.com/kms/docs/delete-kms-resources?hl=zh-cn): a report is not a request' },
    { forms: ['取消删除', '撤消删除', '撤销删除', '恢复'], source: 'IAM service accounts undelete ("取消删除"), Cloud Storage "恢复软删除的对象", chosen' },
    { forms: ['移除过滤条件', '移除筛选条件', '移除过滤器', '移除所有过滤条件', '删除过滤条件', '删除筛选条件', '移除列', '从收藏中移除', '取消固定'], source: 'table filter chips and pinned products, chosen: UI state destroys nothing' },
    { forms: ['重置列', '重置过滤条件', '重置筛选条件', '重置视图', '重置缩放', '重置排序', '重置布局', '重置密码', '重置为默认', '重置为默认值'], source: 'table and chart controls, chosen: resetting a view destroys nothing' },
    { forms: ['停用通知', '禁用通知', '关闭通知', '停用提示', '禁用提示', '停用动画', '停用自动刷新', '禁用键盘快捷键', '停止导览', '停止教程'], source: 'console preferences and help panels, chosen: UI settings destroy nothing' },
    { forms: ['版本说明', '发布说明', '发布渠道', '释放内存'], source: 'GKE release channels and release notes; no overlap with 释放 (address), listed for completeness' },
  ],
  safeActions: [
    { forms: ['恢复', '*恢复', '恢复*', '还原', '*还原', '取消删除', '撤消', '撤销', '启用', '*启用', '启用*', '创建', '*创建', '添加', '*添加', '开始', '启动', '*启动', '继续运行'], source: 'https://cloud.google.com/storage/docs/use-soft-deleted-objects?hl=zh-cn ("恢复"); the opposite of each destructive verb (启用 API, 创建, 启动)' },
  ],
  leave: [
    { forms: ['取消', '关闭', '关闭对话框', '否', '返回', '以后再说', '保留', '知道了', '我知道了'], source: 'standard Google Chinese for Cancel ("取消") and Close ("关闭"); 关闭 listed exactly because the project shut-down button is also 关闭' },
  ],
  confirm: [
    { forms: ['确定', '确认', '是', '是的', '继续', '我了解', '我明白', '提交', '应用', '完成', '保存', 'ok'], source: 'standard Google Chinese for OK / Yes / Confirm / Continue, chosen' },
  ],
  uiNouns: [
    { forms: ['列', '过滤器', '筛选条件', '筛选器', '布局', '视图', '缩放', '排序', '通知', '提示', '表格', '卡片', '图表'], source: 'things on the screen whose reset or disable destroys nothing (table columns, filters, layout, views, notifications, tips), as the console names them; chosen' },
  ],
  resources: [
    { kind: 'gke-node-pool', forms: ['节点池'], source: 'GKE console' },
    { kind: 'gke-namespace', forms: ['命名空间'], source: 'GKE console' },
    { kind: 'gke-workload', forms: ['工作负载'], source: 'GKE console' },
    { kind: 'instance-group', forms: ['实例组'], source: 'Compute Engine console' },
    { kind: 'sql-instance', forms: ['cloud sql', 'sql 实例', '数据库实例'], source: 'Cloud SQL console' },
    { kind: 'gke-cluster', forms: ['集群'], source: 'GKE console' },
    { kind: 'snapshot', forms: ['快照'], source: 'Compute Engine console' },
    { kind: 'disk', forms: ['磁盘'], source: 'Compute Engine console' },
    { kind: 'storage-bucket', forms: ['存储桶'], source: 'https://cloud.google.com/storage/docs/use-soft-deleted-objects?hl=zh-cn ("存储桶")' },
    { kind: 'vm-instance', forms: ['虚拟机实例', '虚拟机', '实例'], source: 'https://cloud.google.com/compute/docs/samples/compute-stop-instance?hl=zh-cn ("停止虚拟机实例")' },
    { kind: 'project', forms: ['项目'], source: 'Resource Manager console' },
  ],
};
