/**
 * The page as it is rendered, across shadow roots and slots: a dialog may
 * live in a custom element's shadow root, a button may be a web component
 * whose real <button> is in its own shadow root, and titles and buttons may
 * be slotted. `closest()` and `querySelectorAll()` stop at shadow
 * boundaries; these helpers do not.
 *
 * Closed shadow roots are reachable from a content script: Firefox gives
 * `element.openOrClosedShadowRoot`, Chrome `chrome.dom.openOrClosedShadowRoot`.
 */

interface ChromeDom {
  openOrClosedShadowRoot?: (element: Element) => ShadowRoot | null;
}

const chromeDom = (globalThis as { chrome?: { dom?: ChromeDom } }).chrome?.dom;

/**
 * The shadow root to look into when scanning many elements: open ones
 * always (a property read), closed ones only on custom elements (an API call
 * per element; pages attach closed roots to their own components).
 */
export function scannedShadowRoot(element: Element): ShadowRoot | null {
  return element.shadowRoot ?? (element.localName.includes('-') ? shadowRootOf(element) : null);
}

/** The element's shadow root, open or closed, or null. */
export function shadowRootOf(element: Element): ShadowRoot | null {
  if (element.shadowRoot) return element.shadowRoot;
  const firefox = (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  if (firefox !== undefined) return firefox ?? null;
  try {
    return chromeDom?.openOrClosedShadowRoot?.(element) ?? null;
  } catch {
    return null;
  }
}

/** The parent in the composed tree: a slotted node's slot, a shadow root's host. */
export function composedParent(node: Node): Element | null {
  const slot = (node as Element | Text).assignedSlot;
  if (slot) return slot;
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

/** Is `node` inside `ancestor` (or it), in the composed tree? */
export function composedContains(ancestor: Node, node: Node | null): boolean {
  for (let current: Node | null = node; current; current = composedParent(current)) if (current === ancestor) return true;
  return false;
}

/** The closest composed ancestor (or `node` itself) that passes `test`, not looking past `stop`. */
export function composedClosest(node: Node | null, test: (element: Element) => boolean, stop?: Element | null): Element | null {
  for (let current = node instanceof Element ? node : node ? composedParent(node) : null; current; current = composedParent(current)) {
    if (test(current)) return current;
    if (current === stop) return null;
  }
  return null;
}

/** Children in rendering order: a host's shadow tree (light children appear through its slots), a slot's assigned nodes. */
export function flatChildren(node: Node): readonly Node[] {
  if (node instanceof Element) {
    const root = shadowRootOf(node);
    if (root) return [...root.childNodes];
    if (node.localName === 'slot') {
      const assigned = (node as HTMLSlotElement).assignedNodes();
      if (assigned.length > 0) return assigned;
    }
  }
  return [...node.childNodes];
}

/** Every element under `root` (not `root` itself) in the composed tree, depth first, that passes `test`. */
export function flatQueryAll(root: Node, test: (element: Element) => boolean, limit = 5000): Element[] {
  const found: Element[] = [];
  const stack: Node[] = [...flatChildren(root)].reverse();
  let visited = 0;
  while (stack.length > 0 && visited++ < limit) {
    const node = stack.pop()!;
    if (!(node instanceof Element)) continue;
    if (test(node)) found.push(node);
    const children = flatChildren(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
}

/**
 * Every element under `root` that matches `selector`, through every shadow
 * root (each shadow tree is searched with the native `querySelectorAll`).
 * Unlike flatQueryAll, also finds unslotted light children: for finding
 * dialogs anywhere, not for reading what is rendered.
 */
export function deepQueryAll(root: Element | Document | ShadowRoot, selector: string): Element[] {
  const found: Element[] = [];
  const roots: (Element | Document | ShadowRoot)[] = [root];
  if (root instanceof Element) {
    if (root.matches(selector)) found.push(root);
    const own = shadowRootOf(root);
    if (own) roots.push(own);
  }
  while (roots.length > 0) {
    const current = roots.pop()!;
    found.push(...current.querySelectorAll(selector));
    for (const element of current.querySelectorAll('*')) {
      const shadow = scannedShadowRoot(element);
      if (shadow) roots.push(shadow);
    }
  }
  return found;
}

/** Text a person reads, with no icon ligatures ("delete", "close"), hidden parts or our own UI. */
const SILENT = new Set(['style', 'script', 'template', 'noscript', 'svg', 'mat-icon', 'md-icon', 'cm-icon', 'iron-icon']);
/** Inline elements join their text without a space ("prod<b>-1</b>"); every other element is a word break. */
const INLINE = new Set(['span', 'b', 'strong', 'i', 'em', 'code', 'a', 'small', 'sub', 'sup', 'abbr', 'mark', 'u', 's', 'q', 'kbd', 'var', 'label', 'mat-label', 'bdi', 'bdo', 'slot']);

export function isIcon(element: Element): boolean {
  if (SILENT.has(element.localName)) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  if (element.hasAttribute('data-mat-icon-type') || element.hasAttribute('data-cluster-guard')) return true;
  const className = typeof element.className === 'string' ? element.className : '';
  return /\bmaterial-(?:icons|symbols)/.test(className);
}

export interface TextOptions {
  /** Leave out the text of elements passing this test (e.g. buttons when reading a title). */
  skip?: (element: Element) => boolean;
  /** Stop after this many characters. */
  max?: number;
}

export function flatText(root: Node, options: TextOptions = {}): string {
  const max = options.max ?? 4000;
  let text = '';
  const visit = (node: Node) => {
    if (text.length >= max) return;
    if (node.nodeType === Node.TEXT_NODE) {
      text += node.nodeValue ?? '';
      return;
    }
    if (!(node instanceof Element)) return;
    if (node !== root && (isIcon(node) || node.hasAttribute('hidden') || options.skip?.(node))) return;
    const spaced = !INLINE.has(node.localName);
    if (spaced) text += ' ';
    for (const child of flatChildren(node)) visit(child);
    if (spaced) text += ' ';
  };
  visit(root);
  return text.replace(/\s+/g, ' ').trim().slice(0, max);
}

/** Icon ligature text inside `root` ("delete", "close"): an icon-only button's only name. */
export function iconText(root: Element): string {
  return flatQueryAll(root, (element) => isIcon(element) && !element.hasAttribute('data-cluster-guard'), 50)
    .map((icon) => icon.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
