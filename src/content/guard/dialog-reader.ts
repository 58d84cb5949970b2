/**
 * Reads a dialog out of the DOM into the plain description core/dialogs
 * judges. Reads the rendered (flat) tree, so shadow roots and slotted
 * titles and buttons count, and the whole modal surface, so buttons beside
 * the dialog element count. Relies on roles, tag names, Material's
 * long-lived class names, developer attributes (`data-prober`) and visible
 * text; never on generated ids or counters.
 */
import { judgeDialog, quotedResourceName, type ButtonDescription, type DialogDescription, type DialogVerdict } from '../../core/dialogs';
import { composedClosest, composedContains, flatQueryAll, flatText, iconText } from './flat-tree';
import { isPanel, surfaceOf } from './dialog-locator';
import { markupSelector } from '../../consoles/dialog-markup';
import { toolkitSelector } from './toolkit-markup';
import { readConsoleUrl } from '../../consoles/urls';
import { isFrictionPlaceholder } from '../../core/dialogs/friction-hint';
import { isConfirmationPage } from './page-confirmation';

/** Adds the consoles' own names for a dialog part (src/consoles/dialog-markup) and the site UIs' toolkits' (./toolkit-markup) to the generic selector. */
const withConsoles = (generic: string, part: 'title' | 'content' | 'actions' | 'confirmInput'): string =>
  [generic, markupSelector(part), toolkitSelector(part)].filter(Boolean).join(', ');

/** Everything a person can activate to carry out an action: links styled as buttons and menu items too. */
export const BUTTON_SELECTOR =
  'button, [role="button"], input[type="submit" i], input[type="button" i], input[type="image" i], a[href], [role="link"], [role="menuitem"]';
const TITLE_SELECTOR_GENERIC = '.mat-mdc-dialog-title, .mat-dialog-title, [mat-dialog-title], [matdialogtitle], h1, h2, h3, h4, [role="heading"], [slot="headline"], [slot="title"], [slot="header"]';
const CONTENT_SELECTOR_GENERIC = '.mat-mdc-dialog-content, .mat-dialog-content, [mat-dialog-content], mat-dialog-content, [slot="content"], .modal-body';
const ACTIONS_SELECTOR_GENERIC =
  '.mat-mdc-dialog-actions, .mat-dialog-actions, [mat-dialog-actions], mat-dialog-actions, [matdialogactions], .cdk-dialog-actions, .modal-footer, footer, form[method="dialog" i], [slot="actions"], [slot="footer"], [slot="primaryAction"], [slot="secondaryAction"]';
const TITLE_SELECTOR = withConsoles(TITLE_SELECTOR_GENERIC, 'title');
const CONTENT_SELECTOR = withConsoles(CONTENT_SELECTOR_GENERIC, 'content');
const ACTIONS_SELECTOR = withConsoles(ACTIONS_SELECTOR_GENERIC, 'actions');
/** A console's own confirm input, named by its markup. */
const CONSOLE_CONFIRM_INPUT = withConsoles('', 'confirmInput');
/** Where a console's toolkit wants the prompt instead: inside its dialog content. */
const PROMPT_INSIDE = markupSelector('promptInside');
const ROW_SELECTOR = 'li, tr, td, [role="row"], [role="listitem"], [role="gridcell"], [role="cell"], mat-list-item, mat-chip, mat-chip-row, .mat-mdc-chip';
/** A product's own row (`cfc-label-row`). */
const ROW_CLASS = /(?:^|\s)(?:[\w-]+-)?row(?:\s|$)/;

function isRow(element: Element): boolean {
  return element.matches(ROW_SELECTOR) || (typeof element.className === 'string' && ROW_CLASS.test(element.className));
}
const TEXT_INPUT_SELECTOR = 'input:not([type]), input[type="text"], input[type="search"]';
/** `data-test-subj`: Elastic EUI and Kibana; `qe-id`: argo-ui. */
const DEVELOPER_ATTRIBUTES = ['data-prober', 'data-testid', 'data-test-id', 'data-test', 'data-test-subj', 'qe-id', 'data-action', 'name'];

export interface ReadDialog {
  element: Element;
  surface: Element;
  buttons: Element[];
  description: DialogDescription;
  verdict: DialogVerdict;
  resourceName: string | null;
  /** What the console's own type-the-name field shows (placeholder, label): it often names the scope. */
  confirmHint: string;
}

const isOwn = (element: Element) => element.hasAttribute('data-cluster-guard');

/** A custom element that plays a button (`<md-filled-button>`, `<cfc-button>`) with no button role of its own. */
function isButtonComponent(element: Element): boolean {
  return /-(?:button|btn)$/.test(element.localName);
}

/** A `<label>` whose control is a button: clicking it presses that button, wherever it is. */
function isButtonLabel(element: Element): boolean {
  if (element.localName !== 'label') return false;
  const control = (element as HTMLLabelElement).control;
  return control !== null && control !== undefined && control.matches(BUTTON_SELECTOR);
}

export function isButton(element: Element): boolean {
  return element.matches(BUTTON_SELECTOR) || isButtonComponent(element) || isButtonLabel(element);
}

/** Buttons on the surface, outermost only: a web component's inner <button> is the same button as its host. */
function buttonsOf(surface: Element): Element[] {
  const all = flatQueryAll(surface, (element) => !isOwn(element) && isButton(element));
  return all.filter((button) => !all.some((other) => other !== button && composedContains(other, button) && !composedContains(button, other)));
}

function labelledBy(element: Element, attribute: string): string {
  const ids = element.getAttribute(attribute);
  if (!ids) return '';
  const root = element.getRootNode() as Document | ShadowRoot;
  return ids
    .split(/\s+/)
    .map((id) => {
      const target = root.getElementById?.(id) ?? element.ownerDocument.getElementById(id);
      return target ? flatText(target) : '';
    })
    .join(' ')
    .trim();
}

function buttonLabel(button: Element): string {
  const aria = button.getAttribute('aria-label')?.trim() || labelledBy(button, 'aria-labelledby');
  if (aria) return aria;
  if (button instanceof HTMLInputElement) return button.value;
  return flatText(button) || iconText(button);
}

function developerNames(element: Element): string {
  const names = DEVELOPER_ATTRIBUTES.map((name) => element.getAttribute(name) ?? '');
  if (element.localName.includes('-')) names.push(element.localName);
  return names.filter(Boolean).join(' ');
}

const DANGER = /(?:^|[\s_-])(?:warn|warning|danger|destructive|critical|negative|error)(?:$|[\s_-])/i;

function looksDangerous(button: Element): boolean {
  for (const attribute of ['color', 'variant', 'appearance', 'kind', 'intent', 'data-variant', 'severity']) {
    const value = button.getAttribute(attribute);
    if (value && DANGER.test(value)) return true;
  }
  return typeof button.className === 'string' && DANGER.test(button.className);
}

function inActions(button: Element, dialog: Element): boolean {
  if (!composedContains(dialog, button)) return true; // on the surface beside the dialog element: its footer
  return composedClosest(button, (element) => element.matches(ACTIONS_SELECTOR), dialog) !== null;
}

function firstWithin(root: Element, selector: string, test: (element: Element) => boolean = () => true): Element | null {
  return flatQueryAll(root, (element) => !isOwn(element) && element.matches(selector) && test(element), 3000)[0] ?? null;
}

/** A title in a product's own element (`<cfc-dialog-header>`) rather than a heading. */
function isTitleElement(element: Element): boolean {
  return element.matches(TITLE_SELECTOR) || /-(?:title|headline|heading|header)$/.test(element.localName);
}

function titleOf(dialog: Element): string {
  const title = flatQueryAll(dialog, (element) => !isOwn(element) && isTitleElement(element), 3000)[0];
  return title ? flatText(title, { skip: isButton }) : '';
}

function accessibleName(dialog: Element): string {
  return dialog.getAttribute('aria-label')?.trim() || labelledBy(dialog, 'aria-labelledby');
}

function descriptionOf(dialog: Element, surface: Element, title: string): string {
  const described = labelledBy(dialog, 'aria-describedby');
  if (described) return described;
  const content = firstWithin(surface, CONTENT_SELECTOR);
  const text = flatText(content ?? surface, { skip: (element) => isButton(element) || isTitleElement(element), max: 2000 });
  return content ? text : text.replace(title, '').trim();
}

/** Product element names and data-prober values around the dialog, as words. */
function containerNames(dialog: Element, surface: Element): string {
  const names = new Set<string>();
  const add = (element: Element) => {
    if (isButton(element) || isOwn(element)) return;
    const tag = element.localName;
    if (tag.includes('-') && !/^(?:mat|cdk|md|mdc)-/.test(tag)) names.add(tag);
    const prober = element.getAttribute('data-prober');
    if (prober) names.add(prober);
  };
  add(dialog);
  for (const element of flatQueryAll(surface, () => names.size < 24, 2000)) add(element);
  return [...names].join(' ');
}

function emphasisedName(dialog: Element): string | null {
  const emphasis = firstWithin(dialog, 'b, strong, code');
  const text = emphasis ? flatText(emphasis) : '';
  return text && text.length <= 100 ? text : null;
}

function inputHint(input: HTMLInputElement): string {
  return `${input.placeholder} ${input.getAttribute('aria-label') ?? ''} ${input.labels ? [...input.labels].map((label) => label.textContent).join(' ') : ''}`;
}

/** Names the dialog sets apart (`<strong>payments-prod</strong>`, Argo CD's `<kbd>payments</kbd>`): what a type-to-confirm field may ask for. */
function shownNames(dialog: Element): string[] {
  return flatQueryAll(dialog, (element) => !isOwn(element) && element.matches('b, strong, code, kbd'), 2000)
    .map((element) => flatText(element))
    .filter((text) => text !== '' && text.length <= 100);
}

/**
 * The console's own "type the name to confirm" input: its markup names it, its placeholder or label holds
 * the word or name to type (alone or quoted), or it holds the action back. `actions`: the buttons in the
 * actions area, or every button of a dialog that has no recognisable one (Grafana's modal).
 */
function consoleConfirmInput(surface: Element, names: readonly (string | null)[], actions: readonly Element[]): HTMLInputElement | null {
  const inputs = flatQueryAll(surface, (element) => !isOwn(element) && element.matches(TEXT_INPUT_SELECTOR)) as HTMLInputElement[];
  const named = CONSOLE_CONFIRM_INPUT ? inputs.find((input) => input.matches(CONSOLE_CONFIRM_INPUT)) : undefined;
  if (named) return named;
  const byPlaceholder = inputs.find((input) => isFrictionPlaceholder(input.placeholder, names));
  if (byPlaceholder) return byPlaceholder;
  const byLabel = inputs.find((input) => input.labels && [...input.labels].some((label) => isFrictionPlaceholder(quotedResourceName(label.textContent ?? ''), names)));
  if (byLabel) return byLabel;
  if (inputs.length !== 1) return null;
  const input = inputs[0]!;
  const hint = inputHint(input);
  const resourceName = names[0];
  if (resourceName && hint.includes(resourceName)) return input;
  if (/confirm/i.test(`${input.getAttribute('formcontrolname') ?? ''} ${input.name} ${input.id}`)) return input;
  const heldBack = actions.some((button) => button.hasAttribute('disabled') || button.getAttribute('aria-disabled') === 'true');
  return heldBack && input.value === '' ? input : null;
}

function productHints(surface: Element): string {
  const tags = new Set<string>();
  for (const element of flatQueryAll(surface, (node) => node.localName.includes('-'), 2000)) {
    if (!/^(?:mat|cdk|md|mdc|cluster-guard)-/.test(element.localName)) tags.add(element.localName.replace(/-/g, ' '));
    if (tags.size >= 8) break;
  }
  const product = globalThis.location?.pathname.split('/')[1] ?? '';
  return [...tags, product].join(' ');
}

export function readDialog(dialog: Element): ReadDialog {
  const surface = surfaceOf(dialog);
  const buttons = buttonsOf(surface);
  const title = titleOf(dialog);
  const name = accessibleName(dialog);
  const labels = buttons.map(buttonLabel);
  const described: ButtonDescription[] = buttons.map((button, i) => ({
    label: labels[i]!,
    inActions: inActions(button, dialog),
    identifiers: developerNames(button),
    warn: looksDangerous(button),
    // A label said twice ("Remove label" beside each label) belongs to rows: a dialog's own action is said once.
    inRow: composedClosest(button, isRow, dialog) !== null || (labels[i] !== '' && labels.indexOf(labels[i]!) !== labels.lastIndexOf(labels[i]!)),
  }));
  const description: DialogDescription = {
    title,
    accessibleName: name,
    buttons: described,
    description: descriptionOf(dialog, surface, title),
    containerNames: containerNames(dialog, surface),
  };
  const quoted = quotedResourceName(title) ?? quotedResourceName(name) ?? emphasisedName(dialog) ?? quotedResourceName(description.description ?? '');
  const inActionsArea = buttons.filter((_, i) => described[i]!.inActions);
  const actions = inActionsArea.length > 0 ? inActionsArea : buttons.filter((_, i) => !described[i]!.inRow);
  const confirmInput = consoleConfirmInput(surface, [quoted, ...shownNames(dialog)], actions);
  description.typeToConfirm = confirmInput !== null;
  description.confirmationPage = isConfirmationPage(dialog);
  description.hints = productHints(surface);
  // The same word means different things in different consoles (German "Beenden": GCP stop, AWS terminate).
  description.console = readConsoleUrl(globalThis.location?.href ?? '')?.console;
  let verdict = judgeDialog(description);
  // A side panel is a confirmation only when it offers a way out: a panel with
  // a "Delete" toolbar button is a details view, its real dialog comes next.
  if (verdict.destructive && isPanel(dialog) && !verdict.buttonRoles.includes('free')) {
    verdict = { ...verdict, destructive: false, action: null, decidedBy: null, buttonRoles: verdict.buttonRoles.map(() => 'other') };
  }
  const resourceName = quoted ?? (confirmInput?.placeholder.trim() || null);
  const confirmHint = confirmInput ? inputHint(confirmInput) : '';
  return { element: dialog, surface, buttons, description, verdict, resourceName, confirmHint };
}

/** Where the prompt goes: where the console's toolkit wants it, else before the actions area (unless slotted), else into the content, else the dialog. */
export function promptPlaces(dialog: Element, surface: Element): { parent: Node; before: Node | null }[] {
  const places: { parent: Node; before: Node | null }[] = [];
  const inside = PROMPT_INSIDE ? firstWithin(surface, PROMPT_INSIDE) : null;
  if (inside) places.push({ parent: inside, before: null });
  const actions = firstWithin(surface, ACTIONS_SELECTOR, (element) => !element.hasAttribute('slot'));
  if (actions?.parentNode) places.push({ parent: actions.parentNode, before: actions });
  const content = firstWithin(surface, CONTENT_SELECTOR);
  if (content) places.push({ parent: content, before: null });
  places.push({ parent: dialog, before: null });
  const shadow = dialog.shadowRoot;
  if (shadow) places.push({ parent: shadow, before: null });
  return places;
}

