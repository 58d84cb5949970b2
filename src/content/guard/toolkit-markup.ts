/**
 * What the component libraries of self-hosted cluster UIs call the parts of
 * a modal, for the reader beside the generic roles and tags: PatternFly
 * (OpenShift console; `pf-v5-`/`pf-v6-` prefixed classes), MUI (Headlamp;
 * `Mui*` global class names), Elastic EUI (Kibana; `eui*`), @grafana/ui
 * (its confirm input's test id) and argo-ui's popup (Argo CD: no dialog role
 * at all, `popup-container`). These are the libraries' public styling and
 * test hooks, stable across releases of a major version. A dialog known only
 * by a class still needs words or two signals to be judged destructive:
 * naming a harmless element a dialog frees nothing and guards nothing.
 */
export interface ToolkitMarkup {
  dialog?: string;
  title?: string;
  content?: string;
  actions?: string;
  confirmInput?: string;
}

export const TOOLKIT_MARKUP: readonly ToolkitMarkup[] = [
  {
    // PatternFly 5 and 6 modal box (role=dialog in current releases; the class is there in every one).
    dialog: '.pf-v5-c-modal-box, .pf-v6-c-modal-box',
    title: '.pf-v5-c-modal-box__title, .pf-v6-c-modal-box__title',
    content: '.pf-v5-c-modal-box__body, .pf-v6-c-modal-box__body',
    actions: '.pf-v5-c-modal-box__footer, .pf-v6-c-modal-box__footer',
  },
  { dialog: '.MuiDialog-paper', title: '.MuiDialogTitle-root', content: '.MuiDialogContent-root', actions: '.MuiDialogActions-root' },
  // EUI's confirm modal (role=alertdialog in current releases; older EuiModal had no role).
  { dialog: '.euiModal', title: '.euiModalHeader__title', content: '.euiModalBody', actions: '.euiModalFooter' },
  // @grafana/ui ConfirmModal's "Type "Delete" to confirm" input, by the test id @grafana/e2e-selectors gives it.
  { confirmInput: 'input[data-testid$="Confirm Modal Input"]' },
  // argo-ui's popup only as argo-ui nests it: `popup-container` alone is a common class name.
  { dialog: '.popup-overlay > .popup-container', title: '.popup-container__header', content: '.popup-container__body', actions: '.popup-container__footer' },
];

/**
 * The class each toolkit's modal carries (one in every `dialog` selector
 * above), so the page watcher's cheap look at an added element can tell a
 * modal that has no dialog role (argo-ui's popup, older EUI) from its class
 * name string, read once, before it runs the full selector.
 */
export const TOOLKIT_DIALOG_CLASSES: readonly string[] = ['pf-v5-c-modal-box', 'pf-v6-c-modal-box', 'MuiDialog-paper', 'euiModal', 'popup-container'];
export const TOOLKIT_DIALOG_CLASS = new RegExp(`(?:^|\\s)(?:${TOOLKIT_DIALOG_CLASSES.join('|')})(?:\\s|$)`);

/** One selector for a part, every toolkit's joined (or '' when none names it). */
export function toolkitSelector(part: keyof ToolkitMarkup): string {
  return TOOLKIT_MARKUP.map((markup) => markup[part])
    .filter(Boolean)
    .join(', ');
}
