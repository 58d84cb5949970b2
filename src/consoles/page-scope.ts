/**
 * The scope a page shows when its URL does not say: asked of the console's
 * page reader (AWS: session data, account menu) now and after every change
 * of the document, at most once per frame, until it answers. Consoles
 * without a reader (Azure, whose subscription is in the URL or nowhere)
 * never answer: their tab keeps guarding as if protected.
 */
import { readAwsPageScope } from './aws/page';
import type { ConsoleId, Scope } from './ids';

const PAGE_READERS: Partial<Record<ConsoleId, (doc: Document) => Scope | null>> = { aws: readAwsPageScope };

export function watchPageScope(console: ConsoleId, onScope: (scope: Scope) => void, signal: AbortSignal): void {
  const read = PAGE_READERS[console];
  if (!read || signal.aborted) return;
  let scheduled = false;
  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(check);
  });
  function check(): void {
    scheduled = false;
    if (signal.aborted) return;
    const scope = read!(document);
    if (!scope) return;
    observer.disconnect();
    onScope(scope);
  }
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['content'] });
  check();
}
