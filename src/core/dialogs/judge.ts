/**
 * Decides from a plain description of a dialog whether it is a destructive
 * confirmation, which of its buttons carry out the action, and what kind of
 * resource it acts on. Pure: the DOM side (content/guard) only describes.
 *
 * ## Which signals decide (first that applies wins)
 * 1. action-label: a candidate action button's label asks for a destructive
 *    action ("Delete", "Löschen", "削除", "Yes, shut down").
 * 2. action-identifiers: a candidate's own developer names say so
 *    (`data-prober="…-delete-confirm-button"`): they name the action itself.
 * 3. title: the title or accessible name asks for one ("Delete cluster?"),
 *    unless every candidate says the safe direction ("Restore", "Undo").
 * 4. description: title and every candidate are generic ("Are you sure?" /
 *    "Confirm") and the description announces a destructive action.
 * 5. signals: no words we know (a language or wording never seen), but at
 *    least TWO independent language-independent hints: a warn/danger-styled
 *    candidate, the console's own "type the name to confirm" input, a
 *    destructive word in the developer names around the dialog
 *    (`cfc-delete-cluster-dialog`), a destructive verb in the description,
 *    a full page whose route asks for the action (`/s3/bucket/<name>/empty`).
 *    One hint alone never guards: each also appears on harmless dialogs
 *    (a red "Discard" button, a required name field in a create form).
 * A candidate is a button that is not plainly "leave" (Cancel, Close), not in
 * a list row, and in the actions area when the dialog has one.
 * Harmless phrases of every language ("deletion protection", "reset
 * columns", "recently deleted") are blanked before any word is looked for.
 * `stop` (stop or suspend a VM) is found like the others but is not
 * destructive: the guard applies it only where a policy asks.
 */
import type { ConsoleId } from '../../consoles/ids';
import type { DestructiveKind } from './kinds';
import type { ActionClass } from './languages/types';
import {
  findAction,
  findActionVerbatim,
  findActionInIdentifiers,
  findAnnouncedAction,
  findResourceKind,
  harmlessPhrasesIn,
  isConfirmLabel,
  isLeaveLabel,
  isSafeLabel,
  namesScreenThing,
  normaliseText,
  saysMoreThanHarmless,
  type ActionMatch,
} from './wording';

export interface ButtonDescription {
  /** Visible text (icon ligatures excluded) or aria-label. */
  label: string;
  /** In the dialog's actions area, or on its modal surface outside the dialog element. */
  inActions: boolean;
  /** Stable developer names of the button itself: data-prober, test ids, its custom element name. */
  identifiers?: string;
  /** Styled as dangerous: `color="warn"`, `mat-warn`, a danger/destructive variant. */
  warn?: boolean;
  /** In a list or table row ("Remove label" beside each label): never the dialog's own action. */
  inRow?: boolean;
}

export interface DialogDescription {
  title: string;
  accessibleName: string;
  buttons: readonly ButtonDescription[];
  /** `aria-describedby` text, else the content text (title excluded). */
  description?: string;
  /** Developer names around the dialog: custom element names, data-prober, classes. */
  containerNames?: string;
  /** The console's own "type the resource name to confirm" input is in the dialog. */
  typeToConfirm?: boolean;
  /** A page that is itself the confirmation: its route or heading asks for a destructive action (content/guard/page-confirmation). */
  confirmationPage?: boolean;
  /** Everything else visible; only for guessing the resource kind. */
  body?: string;
  /** Product words (URL segment, product element names); only for guessing the resource kind. */
  hints?: string;
  /** The console the dialog is on, for wording that differs between consoles; unknown: every console's applies. */
  console?: ConsoleId;
}

export type ButtonRole = 'action' | 'free' | 'other';

export type Decision = 'action-label' | 'action-identifiers' | 'title' | 'description' | 'signals';

export interface DialogVerdict {
  /** A destructive confirmation: guarded in environments that require typed confirmation. */
  destructive: boolean;
  /** The action asked for; `stop` with `destructive: false`; null when nothing (or only signals) says which. */
  action: ActionClass | null;
  /** The words found, e.g. `delete`, `löschen`, `削除`. */
  verb: string | null;
  /** The language table that recognised them. */
  lang: string | null;
  kind: DestructiveKind | null;
  /** One entry per described button, same order. */
  buttonRoles: ButtonRole[];
  /** The signal that decided (see the file comment); null when harmless. */
  decidedBy: Decision | null;
}

const HARMLESS: Omit<DialogVerdict, 'buttonRoles'> = { destructive: false, action: null, verb: null, lang: null, kind: null, decidedBy: null };

/** A destructive match beats `stop`. */
function stronger(a: ActionMatch | null, b: ActionMatch | null): ActionMatch | null {
  if (!a) return b;
  if (!b) return a;
  return a.action === 'stop' && b.action !== 'stop' ? b : a;
}

/**
 * A bare verb on a button takes its object from the title: "Reset columns"
 * with [Reset] resets columns. Only when the title says nothing but harmless
 * phrases, and one of them holds the button's own action.
 */
function lentAway(dialog: DialogDescription, buttonAction: ActionMatch): boolean {
  const titles = [dialog.title, dialog.accessibleName].filter((text) => text.trim() !== '');
  if (titles.length === 0 || titles.some(saysMoreThanHarmless)) return false;
  return titles.some((text) => harmlessPhrasesIn(text).some((phrase) => findActionVerbatim(phrase)?.action === buttonAction.action));
}

/** "cerrar" and "cerrar el proyecto", "chiudi" and "chiudere il progetto", "关闭" and "关闭项目": one verb. */
function sharesStem(label: string, verb: string): boolean {
  if (!label) return false;
  if (verb.startsWith(label)) return true;
  const [labelWord = '', verbWord = ''] = [label.split(' ')[0], verb.split(' ')[0]];
  let common = 0;
  while (common < labelWord.length && labelWord[common] === verbWord[common]) common++;
  return common >= 4;
}

function strongestOf(matches: readonly (ActionMatch | null)[]): ActionMatch | null {
  return matches.reduce<ActionMatch | null>((best, match) => stronger(best, match), null);
}

/** Resetting or disabling something on the screen (columns, layout, notifications) destroys nothing. */
const SCREEN_ACTIONS: ReadonlySet<string> = new Set(['reset', 'disable']);

export function judgeDialog(dialog: DialogDescription): DialogVerdict {
  const aboutScreen = namesScreenThing(dialog.title) || namesScreenThing(dialog.accessibleName);
  const relevant = (match: ActionMatch | null) => (match && aboutScreen && SCREEN_ACTIONS.has(match.action) ? null : match);
  const where = dialog.console;
  const titleAction = relevant(stronger(findAction(dialog.title, '', where), findAction(dialog.accessibleName, '', where)));
  const buttons = dialog.buttons.map((button) => {
    const label = normaliseText(button.label);
    const found = relevant(label ? findAction(label, `${dialog.title} ${dialog.accessibleName}`, where) : null);
    const action = found && lentAway(dialog, found) ? null : found;
    // "Cerrar" / "关闭" is Close, but also the verb of "¿Cerrar el proyecto?": there it is the action.
    const free = isLeaveLabel(label) && !(titleAction && sharesStem(label, titleAction.verb));
    return { ...button, label, free, action, safe: !action && isSafeLabel(label), generic: label === '' || isConfirmLabel(label) };
  });
  const hasActionsArea = buttons.some((button) => button.inActions);
  const candidates = buttons.filter((button) => !button.free && !button.inRow && (!hasActionsArea || button.inActions));
  const allSafe = candidates.length > 0 && candidates.every((button) => button.safe);
  const titleIsSafe = isSafeLabel(dialog.title) || isSafeLabel(dialog.accessibleName);
  // A dialog about a harmless topic ("Deletion policy", "Recently deleted") describes deletion without asking for one.
  const topicTitle = !titleAction && [dialog.title, dialog.accessibleName].some((text) => harmlessPhrasesIn(text).length > 0);
  const announced = dialog.description && !topicTitle ? relevant(findAnnouncedAction(dialog.description, `${dialog.title} ${dialog.accessibleName}`, where)) : null;

  const decide = (): { match: ActionMatch | null; decidedBy: Decision } | null => {
    const byLabel = strongestOf(candidates.map((button) => button.action));
    const byIdentifiers = strongestOf(candidates.map((button) => (button.identifiers ? findActionInIdentifiers(button.identifiers, where) : null)));
    const byTitle = allSafe ? null : titleAction;
    // The strongest found among label, identifiers and title; ties go to the most direct signal.
    const found = strongestOf([byLabel, byIdentifiers, byTitle]);
    if (found) return { match: found, decidedBy: found === byLabel ? 'action-label' : found === byIdentifiers ? 'action-identifiers' : 'title' };
    if (allSafe || titleIsSafe) return null;

    const generic = candidates.length > 0 && candidates.every((button) => button.generic);
    if (generic && announced) return { match: announced, decidedBy: 'description' };

    const named = dialog.containerNames ? findActionInIdentifiers(dialog.containerNames, where) : null;
    const hints = [candidates.some((button) => button.warn), dialog.typeToConfirm === true, named !== null && named.action !== 'stop', announced !== null && announced.action !== 'stop', dialog.confirmationPage === true];
    if (hints.filter(Boolean).length >= 2) return { match: named ?? announced, decidedBy: 'signals' };
    return null;
  };

  const decision = decide();
  if (!decision) return { ...HARMLESS, buttonRoles: buttons.map(() => 'other') };
  const { match, decidedBy } = decision;
  const destructive = match?.action !== 'stop';

  // Decided by signals alone, the words are unknown, Cancel included: the action is the dangerous-looking
  // candidate (else one its developer names name, else the last one, where Material puts the confirm).
  const signalled =
    decidedBy === 'signals'
      ? (candidates.filter((button) => button.warn).at(-1) ??
        candidates.filter((button) => button.identifiers && findActionInIdentifiers(button.identifiers, where)).at(-1) ??
        candidates.at(-1))
      : undefined;
  const buttonRoles = buttons.map((button): ButtonRole => {
    if (button.free) return 'free';
    if (button.safe) return 'other';
    if (signalled) return button === signalled ? 'action' : 'other';
    if (candidates.includes(button) || button.action || (button.generic && button.label !== '')) return 'action';
    return 'other';
  });
  // Nothing recognisable as the action (e.g. icon-only buttons): guard every button that is not plainly safe.
  if (!buttonRoles.includes('action')) {
    buttonRoles.forEach((role, i) => {
      if (role === 'other' && !buttons[i]!.safe) buttonRoles[i] = 'action';
    });
  }
  const kind =
    findResourceKind(`${dialog.hints ?? ''} ${dialog.title} ${dialog.accessibleName}`) ??
    findResourceKind(`${dialog.description ?? ''} ${dialog.body ?? ''}`) ??
    'other';
  return { destructive, action: match?.action ?? null, verb: match?.verb ?? null, lang: match?.lang ?? null, kind, buttonRoles, decidedBy };
}
