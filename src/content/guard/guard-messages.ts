/** The guard's traffic with the background: audit records out, other tabs' environments in. */
import browser from 'webextension-polyfill';
import type { AuditEntry } from '../../core/audit';
import type { OpenTab } from '../../platform/messages';

export function reportAudit(entry: AuditEntry): void {
  try {
    browser.runtime.sendMessage({ type: 'audit', entry }).catch(() => undefined);
  } catch {
    // Context gone (extension reloaded): the guard keeps guarding; the record is lost.
  }
}

export async function fetchOtherTabs(): Promise<OpenTab[]> {
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'other-tabs' })) as { tabs?: OpenTab[] } | undefined;
    return reply?.tabs ?? [];
  } catch {
    return [];
  }
}
