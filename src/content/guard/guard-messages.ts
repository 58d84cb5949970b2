/** The guard's traffic with the background: what it saw of a dialog out, other tabs' environments in. */
import type { AuditEntry, AuditReport } from '../../core/audit';
import { send, type OpenTab } from '../../platform/messages';

/** Sends only what the tab saw: the background adds the project, environment, URL and time from what it knows itself. */
export function reportAudit({ title, resourceName, kind, outcome }: Pick<AuditEntry, 'title' | 'resourceName' | 'kind' | 'outcome'> & Partial<AuditEntry>): void {
  const report = { title, resourceName, kind, outcome } as AuditReport;
  try {
    send('audit', { report }).catch(() => undefined);
  } catch {
    // Context gone (extension reloaded): the guard keeps guarding; the record is lost.
  }
}

export async function fetchOtherTabs(): Promise<OpenTab[]> {
  // Only a tab's top frame is answered; a frame shows no other tabs.
  if (window !== window.top) return [];
  try {
    const reply = await send('other-tabs');
    return reply?.tabs ?? [];
  } catch {
    return [];
  }
}
