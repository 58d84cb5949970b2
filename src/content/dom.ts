/** Small DOM helpers shared by the markers. Everything is built with DOM calls: Google pages enforce Trusted Types. */

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  children: Node[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Sets inline styles with !important so page CSS cannot override them. */
export function forceStyles(node: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles)) node.style.setProperty(name, value, 'important');
}

/**
 * Runs `onChange` now and whenever <head>'s children change, including when
 * <head> itself first appears (at document_start it does not exist yet).
 * Watches only <html> and <head> child lists: never the busy <body>.
 */
export function watchHead(onChange: () => void, signal: AbortSignal): void {
  let watchedHead: HTMLHeadElement | null = null;
  const observer = new MutationObserver(() => {
    attach();
    onChange();
  });
  const attach = () => {
    const head = document.head;
    if (head && head !== watchedHead) {
      watchedHead = head;
      observer.observe(head, { childList: true });
    }
  };
  observer.observe(document.documentElement, { childList: true });
  attach();
  onChange();
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
