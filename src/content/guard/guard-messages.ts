/** The guard's traffic with the background: audit records out, other tabs' environments in. */
import type { AuditEntry } from '../../core/audit';
import { send, type OpenTab } from '../../platform/messages';

export function reportAudit(entry: AuditEntry): void {
  try {
    send('audit', { entry }).catch(() => undefined);
  } catch {
    // Context gone (extension reloaded): the guard keeps guarding; the record is lost.
  }
}

export async function fetchOtherTabs(): Promise<OpenTab[]> {
  try {
    const reply = await send('other-tabs');
    return reply?.tabs ?? [];
  } catch {
    return [];
  }
}
