/**
 * What each console's dialog toolkit calls the parts of a dialog, beyond
 * the generic roles and tags the guard reads everywhere: Google Cloud uses
 * Angular Material (its class names are in the guard's own selectors), AWS
 * uses Cloudscape (`@cloudscape-design/components`: hashed class names with
 * stable `awsui_<part>_` prefixes, and the console's friction input), newer
 * Azure blades Fluent UI v9 (`fui-Dialog*` class names, its public styling
 * hooks). Pure data: the guard joins every console's selectors, which are
 * harmless on the others' pages.
 */
import type { ConsoleId } from './ids';

export interface DialogMarkup {
  /** The dialog's title. */
  title?: string;
  /** Its body, where the prompt goes when there is no actions area. */
  content?: string;
  /** The row of action buttons: the prompt goes right before it. */
  actions?: string;
  /** The console's own "type the name / type delete to confirm" input. */
  confirmInput?: string;
  /**
   * Where the prompt goes, at the end, when the toolkit lays the dialog out
   * so that anything put before the actions lands beside them (Fluent's
   * dialog body is a grid of title, content and actions).
   */
  promptInside?: string;
}

export const DIALOG_MARKUP: Readonly<Record<ConsoleId, DialogMarkup>> = {
  gcp: {},
  aws: {
    title: '[class*="awsui_header-text_"]',
    content: '[class*="awsui_content_"]',
    actions: '[class*="awsui_footer_"]',
    // The friction input of delete confirmations (as the open-source extension BourgoisMickael/aws-console-autofill-delete finds it).
    confirmInput: '[data-id="friction-input"] input, input[data-id="friction-input"], [data-testid="modal-friction-word"] input, [data-testid="confirm-with-friction-modal"] input',
  },
  azure: {
    title: '.fui-DialogTitle',
    content: '.fui-DialogContent',
    actions: '.fui-DialogActions',
    promptInside: '.fui-DialogContent',
  },
  // Each site UI's toolkit is recognised by its markup (content/guard/toolkit-markup), not by the console.
  site: {},
};

/** One selector for a part, every console's joined (or '' when none names it). */
export function markupSelector(part: keyof DialogMarkup): string {
  return Object.values(DIALOG_MARKUP)
    .map((markup) => markup[part])
    .filter(Boolean)
    .join(', ');
}
