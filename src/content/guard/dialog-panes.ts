/**
 * Overlay panes that belong to a dialog: a menu or popup opened from a
 * trigger inside the dialog renders in a pane of its own, outside the
 * dialog's surface, yet its items act for the dialog ("More" > "Delete").
 * A pane belongs to a dialog when a trigger on the dialog's surface names it
 * (aria-controls / aria-owns), or when such a trigger is expanded
 * (aria-haspopup + aria-expanded) while the pane is a popup (menu, listbox,
 * CDK overlay pane, popover).
 */
import { BUTTON_SELECTOR } from './dialog-reader';
import { deepQueryAll } from './flat-tree';

const POPUP_SELECTOR = '[role="menu"], [role="menubar"], [role="listbox"], [role="tree"], [role="grid"], .cdk-overlay-pane, [popover]';
const EXPANDED_TRIGGER = '[aria-expanded="true"][aria-haspopup]:not([aria-haspopup="false"])';
/** In a pane, the elements that act: the dialog's confirm may be one. Options of a select only choose. */
const PANE_ACTION_SELECTOR = `${BUTTON_SELECTOR}, [role="menuitemradio"], [role="menuitemcheckbox"]`;

function names(surface: Element, id: string): boolean {
  const escaped = CSS.escape(id);
  return deepQueryAll(surface, `[aria-controls~="${escaped}"], [aria-owns~="${escaped}"]`).length > 0;
}

/** Does the popup on `path` (an event outside any dialog) belong to the dialog on `surface`? */
export function paneBelongsTo(path: readonly Element[], surface: Element): boolean {
  const popups = path.filter((element) => element.matches(POPUP_SELECTOR));
  if (popups.length === 0 && !path.some((element) => element.id)) return false;
  if (path.some((element) => element.id && names(surface, element.id))) return true;
  return popups.length > 0 && deepQueryAll(surface, EXPANDED_TRIGGER).length > 0;
}

/** Is the event's target, in a pane that belongs to a dialog, something that acts? */
export function actsInPane(path: readonly Element[]): boolean {
  for (const element of path) {
    if (element.matches(PANE_ACTION_SELECTOR)) return true;
    if (element.matches(POPUP_SELECTOR)) return false;
  }
  return false;
}
