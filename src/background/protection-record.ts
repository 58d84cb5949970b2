/**
 * Makes removed protection visible wherever someone would look: a notice in
 * the options page (`protectionNotice`), one audit entry per line, and a
 * "!" on the toolbar button until the notice is dismissed.
 */
import browser from 'webextension-polyfill';
import type { AuditEntry } from '../core/audit';
import type { ProtectionLoss } from '../core/policy/downgrade';
import { addLosses, type ProtectionNotice } from '../core/policy/protection-notice';
import { t } from '../platform/i18n';
import { storage } from '../platform/storage';
import { recordAudit } from './audit-store';

/** Where each authority's policy came from, for the audit entry's URL. */
async function policyLocation(source: ProtectionLoss['source']): Promise<string> {
  if (source === 'managed') return 'managed storage (enterprise policy)';
  return (await storage.teamPolicy.get())?.url ?? '';
}

export async function recordProtectionLosses(losses: readonly ProtectionLoss[], now = Date.now()): Promise<void> {
  if (losses.length === 0) return;
  const notice = addLosses(await storage.protectionNotice.get(), losses.map((loss) => ({ ...loss, at: now })));
  await storage.protectionNotice.set(notice);
  for (const loss of losses) {
    const entry: AuditEntry = {
      time: new Date(now).toISOString(),
      project: loss.project ?? '',
      environment: loss.environment,
      title: loss.text,
      resourceName: null,
      kind: null,
      outcome: 'protection-removed',
      url: await policyLocation(loss.source),
    };
    await recordAudit(entry);
  }
  console.warn(`[Cluster Guard] a new policy removed protection:\n${losses.map((loss) => loss.text).join('\n')}`);
}

/** The toolbar hint: "!" on every tab that shows no environment of its own, with a title that says why. */
export async function showProtectionHint(notice: ProtectionNotice | null): Promise<void> {
  const count = notice?.losses.length ?? 0;
  await browser.action.setBadgeText({ text: count ? '!' : '' });
  if (count) await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
  await browser.action.setTitle({ title: count ? t('protectionRemovedTitle', [String(count)]) : t('extName') });
}

/** Shows the hint now and whenever the notice changes. Call once, synchronously at the top level. */
export function keepProtectionHint(onFailure: (error: unknown) => void): void {
  storage.protectionNotice.get().then(showProtectionHint).catch(onFailure);
  storage.protectionNotice.watch((notice) => {
    showProtectionHint(notice).catch(onFailure);
  });
}
