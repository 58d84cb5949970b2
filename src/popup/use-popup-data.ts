/**
 * What the popup shows, for one tab: what the tab's content script reported
 * (its console and scope, environment), why (the same effective policy the tabs use), the
 * team policy's sync status and the latest guarded dialogs. Everything is
 * read from storage and followed live; nothing is asked of the tab itself.
 *
 * The tab is the active tab of the popup's window, or the one named by
 * `?tab=<id>` (the popup page opened in a tab of its own).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Scope } from '../consoles/ids';
import type { AuditEntry } from '../core/audit';
import type { Classification, SiteReading } from '../core/policy/effective';
import type { TeamPolicyStatus } from '../core/policy/team-cache';
import { teamStanding, type TeamStanding } from '../core/policy/sync-problem';
import type { TabState } from '../core/tab-state';
import { extensionApi } from '../platform/extension-api';
import { policyFrom } from '../platform/policy-in-tab';
import { getItems, storage } from '../platform/storage';

export interface PopupData {
  tab: TabState | null;
  /** Why the tab shows what it shows; null when it shows no project, account or subscription. */
  classification: Classification | null;
  /** The site a site's tab belongs to, as the policy in force reads its address. */
  site: SiteReading | null;
  teamStatus: TeamPolicyStatus | null;
  /** Whether a good copy of the team policy is in force (core/policy/sync-problem). */
  teamStanding: TeamStanding;
  /** Newest first. */
  recent: AuditEntry[];
}

export const RECENT_ENTRIES = 4;

/**
 * The scope the tab shows: as the tab reported it, or (a state reported
 * before tabs named their console) its project, a Google Cloud one; null
 * when the page shows none or has not said yet.
 */
export function tabScope(tab: TabState): Scope | null {
  if (tab.scope) return tab.scope;
  if (tab.site) return null;
  return tab.project ? { console: 'gcp', id: tab.project } : null;
}

async function popupTabId(): Promise<number | null> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [active] = await extensionApi().tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

async function read(tabId: number | null): Promise<PopupData> {
  const [tabStates, published, teamStatus, audit, teamCache] = await getItems([storage.tabStates, storage.policyForTabs, storage.teamPolicyStatus, storage.auditLog, storage.teamPolicy] as const);
  const tab = tabId === null ? null : (tabStates[tabId] ?? null);
  const scope = tab && tabScope(tab);
  const effective = policyFrom(published).effective;
  // A site's tab is decided by its address (which site, the name it shows), as the background decided it.
  const site = tab?.site ? effective.classifySite(tab.site.url) : null;
  const classification = tab?.site ? (site?.classification ?? null) : scope ? effective.classify(scope) : null;
  return { tab, classification, site, teamStatus, teamStanding: teamStanding(teamStatus, teamCache), recent: audit.slice(-RECENT_ENTRIES).reverse() };
}

export function usePopupData(): { data: PopupData | null; error: string | null } {
  const [data, setData] = useState<PopupData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let tabId: number | null = null;
    const refresh = () => read(tabId).then(setData, (reason: unknown) => setError(String(reason)));
    void popupTabId().then((id) => {
      tabId = id;
      return refresh();
    });
    const unwatch = [storage.tabStates, storage.policyForTabs, storage.teamPolicyStatus, storage.auditLog, storage.teamPolicy].map((item) => item.watch(() => void refresh()));
    return () => unwatch.forEach((stop) => stop());
  }, []);
  return { data, error };
}
