/**
 * What a guarded dialog asks stays what it asks while its question is the
 * same. Some signals the verdict can rest on come and go as the person works
 * through the dialog: the console's own "type the name" field stops counting
 * once it holds text, a disabled confirm is enabled, Material inserts a
 * ripple into the button on mouse-down, a spinner or a focus ring appears.
 * Where no wording decides (a language without a table), a re-read could
 * then call the same dialog harmless, drop the prompt with the typed name,
 * and guard it again from scratch: the person could never confirm. A fresh
 * read therefore keeps the guarded verdict while title, accessible name and
 * resource are unchanged; a new question (content swapped in place) is read
 * afresh, and an unlock holds only for the subject the person read.
 */
import type { ButtonRole } from '../../core/dialogs';
import type { ReadDialog } from './dialog-reader';

/**
 * Title, accessible name and the resource named: what the person reads the dialog asks about. A
 * name that only repeats the title says nothing new (Material links the title as the dialog's
 * accessible name a moment after the dialog opens).
 */
export function questionOf(read: ReadDialog): string {
  const { description, resourceName } = read;
  const names = [...new Set([description.title.trim(), description.accessibleName.trim()].filter(Boolean))];
  return JSON.stringify([names, resourceName]);
}

/**
 * What an unlock is for: the question and what the verdict says it would do. An action found by
 * hints alone (no words known) is not part of it: the hints that name it come and go with the dialog's state.
 */
export function subjectOf(read: ReadDialog): string {
  const { verdict } = read;
  const action = verdict.decidedBy === 'signals' ? 'signals' : verdict.action;
  return JSON.stringify([questionOf(read), verdict.kind, action]);
}

/**
 * The read to act on, given the one the dialog is guarded by and a fresh one. A fresh read that
 * finds the action keeps its own verdict; one that finds nothing, for the same question, keeps the
 * guarded verdict, with each button's role carried over (same element, else same label); a button
 * never seen before is the action (fail closed).
 */
export function steadyRead(guarded: ReadDialog, fresh: ReadDialog, stillAsked: (read: ReadDialog) => boolean): ReadDialog {
  if (stillAsked(fresh) || questionOf(fresh) !== questionOf(guarded)) return fresh;
  const labels = guarded.description.buttons.map((button) => button.label.trim());
  const buttonRoles = fresh.buttons.map((button, i): ButtonRole => {
    const same = guarded.buttons.indexOf(button);
    if (same >= 0) return guarded.verdict.buttonRoles[same] ?? 'action';
    const label = fresh.description.buttons[i]?.label.trim() ?? '';
    const alike = label ? labels.indexOf(label) : -1;
    return alike >= 0 ? (guarded.verdict.buttonRoles[alike] ?? 'action') : 'action';
  });
  return { ...fresh, verdict: { ...guarded.verdict, buttonRoles } };
}
