/**
 * The demo's words in the console's display languages it speaks: English, and
 * Japanese for `?hl=ja` (the console's own language parameter). Plain data.
 */
export type Lang = 'en' | 'ja';

export interface Strings {
  consoleName: string;
  product: string;
  clustersTitle: string;
  detailsTitle: string;
  workloadsTitle: string;
  clustersNav: string;
  search: string;
  selectProject: string;
  tabs: { overview: string; observability: string; cost: string };
  create: string;
  refresh: string;
  filter: string;
  resetColumnsButton: string;
  columns: { status: string; name: string; location: string; mode: string; nodes: string; vcpus: string; memory: string; labels: string; actions: string };
  rowActions: (cluster: string) => string;
  editLabels: string;
  connect: string;
  delete: string;
  cancel: string;
  /** The delete-cluster dialog. */
  deleteTitle: string;
  deleteDescription: (name: string) => [before: string, name: string, after: string];
  deleteWarning: string;
  typeClusterName: string;
  deleted: (name: string) => string;
  undo: string;
}

const EN: Strings = {
  consoleName: 'Google Cloud console',
  product: 'Kubernetes Engine',
  clustersTitle: 'Kubernetes clusters',
  detailsTitle: 'Cluster details',
  workloadsTitle: 'Workloads',
  clustersNav: 'Clusters',
  search: 'Search (/) for resources, docs, products, and more',
  selectProject: 'Select a project',
  tabs: { overview: 'Overview', observability: 'Observability', cost: 'Cost optimization' },
  create: 'Create',
  refresh: 'Refresh',
  filter: 'Filter Enter property name or value',
  resetColumnsButton: 'Reset columns',
  columns: { status: 'Status', name: 'Name', location: 'Location', mode: 'Mode', nodes: 'Number of nodes', vcpus: 'Total vCPUs', memory: 'Total memory', labels: 'Labels', actions: 'Actions' },
  rowActions: (cluster) => `Actions for ${cluster}`,
  editLabels: 'Edit labels',
  connect: 'Connect',
  delete: 'Delete',
  cancel: 'Cancel',
  deleteTitle: 'Delete cluster',
  deleteDescription: (name) => ['The cluster ', name, ' and all of its nodes and workloads will be deleted.'],
  deleteWarning: "This action can't be undone.",
  typeClusterName: 'Type the cluster name to confirm',
  deleted: (name) => `Cluster ${name} deleted`,
  undo: 'Undo',
};

const JA: Strings = {
  consoleName: 'Google Cloud コンソール',
  product: 'Kubernetes Engine',
  clustersTitle: 'Kubernetes クラスタ',
  detailsTitle: 'クラスタの詳細',
  workloadsTitle: 'ワークロード',
  clustersNav: 'クラスタ',
  search: 'リソース、ドキュメント、プロダクトなどを検索 (/)',
  selectProject: 'プロジェクトを選択',
  tabs: { overview: '概要', observability: 'オブザーバビリティ', cost: '費用の最適化' },
  create: '作成',
  refresh: '更新',
  filter: 'フィルタ プロパティ名または値を入力',
  resetColumnsButton: '列をリセット',
  columns: { status: 'ステータス', name: '名前', location: 'ロケーション', mode: 'モード', nodes: 'ノード数', vcpus: 'vCPU 合計', memory: 'メモリ合計', labels: 'ラベル', actions: '操作' },
  rowActions: (cluster) => `${cluster} の操作`,
  editLabels: 'ラベルを編集',
  connect: '接続',
  delete: '削除',
  cancel: 'キャンセル',
  deleteTitle: 'クラスタの削除',
  deleteDescription: (name) => ['クラスタ ', name, ' と、そのすべてのノードとワークロードが削除されます。'],
  deleteWarning: 'この操作は元に戻せません。',
  typeClusterName: '確認のため、クラスタ名を入力してください',
  deleted: (name) => `クラスタ ${name} を削除しました`,
  undo: '元に戻す',
};

export const STRINGS: Record<Lang, Strings> = { en: EN, ja: JA };

export function langOf(hl: string | null | undefined): Lang {
  return hl?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
