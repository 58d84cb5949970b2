/**
 * Decides from a plain description of a dialog (its title, accessible name
 * and button labels) whether it is a destructive confirmation, what kind of
 * resource it acts on, and which of its buttons are free (cancel, close)
 * versus the action to guard. Pure: the DOM side only describes.
 *
 * Wording lives in the tables below: a new console wording is a one-line change.
 * Every language is always tried, whatever `hl` or the browser says, because
 * the console follows both and the two may disagree.
 */

export interface ButtonDescription {
  /** Visible text or aria-label, whitespace-collapsed. */
  label: string;
  /** Inside the dialog's actions area (`.mat-mdc-dialog-actions` and kin). */
  inActions: boolean;
}

export interface DialogDescription {
  title: string;
  accessibleName: string;
  buttons: readonly ButtonDescription[];
  /** The rest of the visible text; only used to guess the resource kind and name. */
  body?: string;
  /**
   * Words that say which product owns the dialog: each product wraps its
   * dialogs in its own custom element (`sql-delete-instance-dialog`), and the
   * URL's first path segment names the product (`sql`). Kind guessing only.
   */
  hints?: string;
}

/** Every kind of resource a destructive dialog can act on; `other` is anything unrecognised. */
export const DESTRUCTIVE_KINDS = [
  'gke-cluster',
  'gke-node-pool',
  'gke-workload',
  'gke-namespace',
  'vm-instance',
  'instance-group',
  'disk',
  'snapshot',
  'sql-instance',
  'storage-bucket',
  'project',
  'other',
] as const;

export type DestructiveKind = (typeof DESTRUCTIVE_KINDS)[number];

export type ButtonRole = 'action' | 'free' | 'other';

export interface DialogVerdict {
  destructive: boolean;
  /** The destructive verb found, e.g. `delete`, `シャットダウン`; null when not destructive. */
  verb: string | null;
  kind: DestructiveKind | null;
  /** One entry per described button, same order. */
  buttonRoles: ButtonRole[];
}

/** Destructive verbs: English as word stems at a word start; Japanese as substrings. */
export const DESTRUCTIVE_WORDS: readonly { verb: string; pattern: RegExp }[] = [
  { verb: 'delete', pattern: /\bdelet(?:e|es|ed|ing|ion)\b/i },
  { verb: 'shut down', pattern: /\bshut(?:ting)?[\s-]?down\b/i },
  { verb: 'remove', pattern: /\bremov(?:e|es|ed|ing|al)\b/i },
  { verb: 'destroy', pattern: /\bdestroy(?:s|ed|ing)?\b/i },
  { verb: 'disable', pattern: /\bdisabl(?:e|es|ed|ing)\b/i },
  { verb: 'reset', pattern: /\breset(?:s|ting)?\b/i },
  { verb: 'terminate', pattern: /\bterminat(?:e|es|ed|ing|ion)\b/i },
  { verb: '削除', pattern: /削除/ },
  { verb: 'シャットダウン', pattern: /シャットダウン/ },
  { verb: '無効', pattern: /無効/ },
  { verb: 'リセット', pattern: /リセット/ },
  { verb: '破棄', pattern: /破棄/ },
];

/** Buttons that only leave the dialog ("Cancel", "Close dialog", "No, keep it"): always free. */
export const FREE_BUTTON = /^(?:(?:cancel|close|no|back|go back|dismiss|not now|keep)\b.*|x|×|✕|(?:キャンセル|閉じる|いいえ|戻る).*)$/i;

/** Generic confirm labels: an action when the dialog itself is destructive. */
export const CONFIRM_BUTTON = /^(?:ok|okay|yes|confirm|continue|proceed|i understand|はい|確認|続行|実行|了解)$/i;

/** Resource nouns, most specific first (a "node pool" is not a "cluster"). */
export const RESOURCE_WORDS: readonly { kind: DestructiveKind; pattern: RegExp }[] = [
  { kind: 'other', pattern: /\bapis?\b|\bservices?\b/i },
  { kind: 'gke-node-pool', pattern: /\bnode[\s-]?pools?\b|ノードプール/i },
  { kind: 'gke-namespace', pattern: /\bnamespaces?\b|名前空間|Namespace/i },
  { kind: 'gke-workload', pattern: /\b(?:workloads?|deployments?|statefulsets?|daemonsets?|jobs?|pods?)\b|ワークロード|デプロイ/i },
  { kind: 'instance-group', pattern: /\binstance groups?\b|インスタンス\s?グループ/i },
  { kind: 'sql-instance', pattern: /\bsql\b|\bdatabase instances?\b|SQL インスタンス/i },
  { kind: 'gke-cluster', pattern: /\bclusters?\b|クラスタ/i },
  { kind: 'snapshot', pattern: /\bsnapshots?\b|スナップショット/i },
  { kind: 'disk', pattern: /\bdisks?\b|ディスク/i },
  { kind: 'storage-bucket', pattern: /\bbuckets?\b|バケット/i },
  { kind: 'vm-instance', pattern: /\b(?:vm|vms|virtual machines?|instances?)\b|インスタンス|仮想マシン/i },
  { kind: 'project', pattern: /\bprojects?\b|プロジェクト/i },
];

export function normaliseLabel(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function findDestructiveVerb(text: string): string | null {
  const normalised = normaliseLabel(text);
  if (!normalised) return null;
  return DESTRUCTIVE_WORDS.find(({ pattern }) => pattern.test(normalised))?.verb ?? null;
}

export function findResourceKind(text: string): DestructiveKind | null {
  return RESOURCE_WORDS.find(({ pattern }) => pattern.test(text))?.kind ?? null;
}

/**
 * Fails closed: once a dialog is destructive, every button in its actions
 * area that is not plainly cancel/close is treated as the action, and so is
 * any button anywhere in it whose label is destructive or a generic confirm.
 */
export function judgeDialog(dialog: DialogDescription): DialogVerdict {
  const title = normaliseLabel(dialog.title);
  const name = normaliseLabel(dialog.accessibleName);
  const labels = dialog.buttons.map((button) => normaliseLabel(button.label));

  // The confirm button is in the actions area when there is one; row buttons
  // elsewhere ("Delete label" in a label editor) do not make a dialog destructive.
  const hasActions = dialog.buttons.some((button) => button.inActions);
  const confirmCandidates = labels.filter((label, i) => (!hasActions || dialog.buttons[i]!.inActions) && !FREE_BUTTON.test(label));
  const verb =
    findDestructiveVerb(title) ??
    findDestructiveVerb(name) ??
    confirmCandidates.map(findDestructiveVerb).find((found) => found) ??
    null;

  if (!verb) return { destructive: false, verb: null, kind: null, buttonRoles: labels.map(() => 'other') };

  const buttonRoles = dialog.buttons.map((button, i): ButtonRole => {
    const label = labels[i]!;
    if (FREE_BUTTON.test(label)) return 'free';
    if (findDestructiveVerb(label) || CONFIRM_BUTTON.test(label) || button.inActions) return 'action';
    return 'other';
  });
  // No recognisable action at all (e.g. icon-only buttons outside an actions area): guard every non-free button.
  if (!buttonRoles.includes('action')) {
    buttonRoles.forEach((role, i) => {
      if (role === 'other') buttonRoles[i] = 'action';
    });
  }
  const kind = findResourceKind(`${dialog.hints ?? ''} ${title} ${name}`) ?? findResourceKind(dialog.body ?? '') ?? 'other';
  return { destructive: true, verb, kind, buttonRoles };
}

/** The resource name a dialog quotes in its title ("prod-1", “prod-1”, 「prod-1」), if any. */
export function quotedResourceName(text: string): string | null {
  const match = /["“«「『']([^"”»」』']{1,200})["”»」』']/.exec(text);
  return match ? match[1]!.trim() : null;
}
