/**
 * The scope a page shows, watched for as long as the page lives, like its
 * URL: the console's page reader (AWS: session data, account ID control,
 * account menu) is asked now and again whenever something it reads may have
 * changed, at most once per frame, and every change of what it says is
 * reported. Consoles without a reader (Google Cloud, Azure: the scope is in
 * the URL or nowhere) report nothing.
 *
 * Cheap on pages that churn: a mutation batch is looked at only for its
 * records' targets (inside an element read last time?) and added elements
 * (one the reader reads, or holding one?); the document is read again only
 * when one of those says yes, or an element read last time left it.
 */
import { AWS_PAGE_SOURCES, readAwsPageSources } from './aws/page';
import type { ConsoleId } from './ids';
import { sourcesKey, type ScopeSource } from './scope-sources';

interface PageReader {
  /** Every element the reader reads from. */
  selector: string;
  read(doc: Document): { sources: ScopeSource[]; watched: Element[] };
}

const PAGE_READERS: Partial<Record<ConsoleId, PageReader>> = { aws: { selector: AWS_PAGE_SOURCES, read: readAwsPageSources } };

export function hasPageReader(console: ConsoleId): boolean {
  return Boolean(PAGE_READERS[console]);
}

/**
 * Returns what the page says now (best source first) and calls `onChange`
 * with every later change, until `signal` aborts.
 */
export function watchPageSources(console: ConsoleId, onChange: (sources: ScopeSource[]) => void, signal: AbortSignal): ScopeSource[] {
  const reader = PAGE_READERS[console];
  if (!reader || signal.aborted) return [];
  let { sources, watched } = reader.read(document);
  let key = sourcesKey(sources);
  let scheduled = false;

  const mayHoldSource = (node: Node): boolean =>
    node.nodeType === 1 && ((node as Element).matches(reader.selector) || ((node as Element).firstElementChild !== null && (node as Element).querySelector(reader.selector) !== null));
  const insideWatched = (node: Node): boolean => watched.some((element) => element.contains(node));

  function relevant(records: MutationRecord[]): boolean {
    if (watched.some((element) => !element.isConnected)) return true;
    for (const record of records) {
      if (insideWatched(record.target)) return true;
      for (const node of record.addedNodes) if (mayHoldSource(node)) return true;
    }
    return false;
  }

  function check(): void {
    scheduled = false;
    if (signal.aborted) return;
    ({ sources, watched } = reader!.read(document));
    const next = sourcesKey(sources);
    if (next === key) return;
    key = next;
    onChange(sources);
  }

  const observer = new MutationObserver((records) => {
    if (scheduled || !relevant(records)) return;
    scheduled = true;
    requestAnimationFrame(check);
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['content', 'aria-label'] });
  return sources;
}
