/**
 * The event gate's decisions: which events could carry out a dialog's
 * action, and which of them a person made. Given the dialog already read,
 * no DOM writes here; the guard calls these from its capture-phase listener.
 */
import type { ButtonRole } from '../../core/dialogs';
import { isButton, type ReadDialog } from './dialog-reader';
import { composedContains } from './flat-tree';

export const POINTER_EVENTS = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'auxclick', 'touchstart', 'touchend'] as const;
export const KEY_EVENTS = ['keydown', 'keypress', 'keyup'] as const;
/** Every event the gate listens to, in capture phase on window. */
export const GATED_EVENTS = [...POINTER_EVENTS, ...KEY_EVENTS, 'submit'] as const;

/** The keys that can press a button or submit a form. */
const ACTION_KEYS: ReadonlySet<string> = new Set(['Enter', ' ', 'Spacebar']);

export type TargetRole = ButtonRole | 'field' | 'none';

export function isActionKey(event: Event): boolean {
  return !(event instanceof KeyboardEvent) || ACTION_KEYS.has(event.key);
}

/** What the event's target is within the dialog. `null` means "a button we have not read": read again. */
export function roleOnPath(path: readonly Element[], read: ReadDialog): TargetRole | null {
  for (const element of path) {
    const index = read.buttons.indexOf(element);
    if (index >= 0) return read.verdict.buttonRoles[index] ?? 'action';
    if (element === read.surface) break;
  }
  if (path.some((element) => isButton(element) && composedContains(read.surface, element))) return null;
  return isField(path[0]) ? 'field' : 'none';
}

/** A field a person types into: keys there type, whatever else they might do. */
export function isField(element: Element | undefined): boolean {
  return element !== undefined && (/^(?:input|textarea|select)$/.test(element.localName) || (element as HTMLElement).isContentEditable === true);
}

/** The button that submitted a form (`SubmitEvent.submitter`), if any. */
export function submitterOf(event: Event): Element | null {
  return (event as SubmitEvent).submitter ?? null;
}

/** Would this event, if let through, carry out the dialog's action? */
export function isAttempt(event: Event, role: TargetRole): boolean {
  if (role === 'free') return false;
  if (event.type === 'submit') return true; // a free submitter was already judged by its role
  if (event instanceof KeyboardEvent) {
    if (event.key === 'Enter') return true; // Enter anywhere in a locked dialog, console inputs included
    return role === 'action'; // Space on the action button
  }
  return role === 'action';
}

/** An event a person made that carries out the action: what the audit trail may call a confirmation. */
export function isPersonConfirming(event: Event): boolean {
  if (!event.isTrusted) return false;
  return event.type === 'click' || event.type === 'submit' || (event.type === 'keydown' && (event as KeyboardEvent).key === 'Enter');
}
