/**
 * Words the extension pages (options, popup) share for enumerations, times
 * and lists. Every message key is a string literal in a call to t, so the
 * locale test can find it.
 */
import type { ConsoleId } from '../consoles/ids';
import type { AuditOutcome } from '../core/audit';
import { DESTRUCTIVE_KINDS, type DestructiveKind } from '../core/dialogs';
import type { PolicySource } from '../core/policy/types';
import type { PatternKind } from '../core/rule-index';
import { pageLanguage, t } from './i18n';

export { pageLanguage };

export function sourceName(source: PolicySource): string {
  switch (source) {
    case 'managed':
      return t('optionsSourceManaged');
    case 'team':
      return t('optionsSourceTeam');
    case 'personal':
      return t('optionsSourcePersonal');
    case 'default':
      return t('optionsSourceDefault');
  }
}

/** "Google Cloud", "AWS", "Azure": which console a rule or a tab is for. */
export function consoleName(console: ConsoleId): string {
  switch (console) {
    case 'gcp':
      return t('consoleNameGcp');
    case 'aws':
      return t('consoleNameAws');
    case 'azure':
      return t('consoleNameAzure');
    case 'site':
      return t('consoleNameSite');
  }
}

export function patternKindName(kind: PatternKind): string {
  switch (kind) {
    case 'exact':
      return t('optionsKindExact');
    case 'glob':
      return t('optionsKindGlob');
    case 'regex':
      return t('optionsKindRegex');
  }
}

export function dialogKindName(kind: DestructiveKind): string {
  switch (kind) {
    case 'gke-cluster':
      return t('optionsDialogGkeCluster');
    case 'gke-node-pool':
      return t('optionsDialogGkeNodePool');
    case 'gke-workload':
      return t('optionsDialogGkeWorkload');
    case 'gke-namespace':
      return t('optionsDialogGkeNamespace');
    case 'vm-instance':
      return t('optionsDialogVmInstance');
    case 'instance-group':
      return t('optionsDialogInstanceGroup');
    case 'disk':
      return t('optionsDialogDisk');
    case 'snapshot':
      return t('optionsDialogSnapshot');
    case 'sql-instance':
      return t('optionsDialogSqlInstance');
    case 'storage-bucket':
      return t('optionsDialogStorageBucket');
    case 'project':
      return t('optionsDialogProject');
    case 'other':
      return t('optionsDialogOther');
  }
}

const DIALOG_KINDS: readonly string[] = DESTRUCTIVE_KINDS;

/** A kind as stored in the audit trail: named when known, shown as is otherwise. */
export function storedKindName(kind: string | null): string | null {
  if (kind === null) return null;
  return DIALOG_KINDS.includes(kind) ? dialogKindName(kind as DestructiveKind) : kind;
}

export function outcomeName(outcome: AuditOutcome | string): string {
  switch (outcome) {
    case 'confirmed':
      return t('optionsOutcomeConfirmed');
    case 'cancelled':
      return t('optionsOutcomeCancelled');
    case 'blocked':
      return t('optionsOutcomeBlocked');
    case 'protection-removed':
      return t('optionsOutcomeProtectionRemoved');
    default:
      return outcome;
  }
}


/** Date and time in the page's language. */
export function formatTime(time: number | string | null): string {
  if (time === null) return t('optionsNever');
  const date = new Date(time);
  if (Number.isNaN(date.getTime())) return String(time);
  return new Intl.DateTimeFormat(pageLanguage(), { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}

/** "a, b and c" / "a、b、c". */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(pageLanguage(), { style: 'long', type: 'conjunction' }).format(items);
}
