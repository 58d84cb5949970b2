/**
 * Background: per-tab environment map, toolbar badge, audit trail.
 * Listeners are registered synchronously at the top level so the browser can
 * wake this worker for them.
 */
import browser from 'webextension-polyfill';
import { LOCAL_KEYS } from '../platform/storage-keys';
import { isExtensionMessage, type ExtensionMessage, type FrameContextReply, type OpenTab, type TopFrameStateMessage } from '../platform/messages';
import { exportAudit, recordAudit } from './audit-store';
import { showTabBadge } from './badge';
import { ensureTeamSyncAlarm, syncReasonForStorageChange, syncTeamPolicy, TEAM_SYNC_ALARM } from './policy-sync';
import { maintainSettings } from './settings-maintenance';
import { forgetTab, readTabStates, setTabState } from './tab-states';

async function handle(message: ExtensionMessage, sender: browser.Runtime.MessageSender): Promise<unknown> {
  const tabId = sender.tab?.id;
  switch (message.type) {
    case 'tab-state': {
      if (tabId === undefined || sender.frameId !== 0) return undefined;
      await setTabState(tabId, { project: message.project, environment: message.environment });
      // The tab's frames without a project of their own follow their top frame.
      const push: TopFrameStateMessage = { type: 'top-frame-state', project: message.project, environment: message.environment };
      browser.tabs.sendMessage(tabId, push).catch(() => undefined);
      return { badgeText: await showTabBadge(tabId, message.environment, message.project) };
    }
    case 'frame-context': {
      if (tabId === undefined) return undefined;
      const state = (await readTabStates())[tabId];
      const reply: FrameContextReply = { known: state !== undefined, project: state?.project ?? null, environment: state?.environment ?? null };
      return reply;
    }
    case 'other-tabs': {
      const states = await readTabStates();
      const tabs: OpenTab[] = Object.entries(states)
        .filter(([id]) => Number(id) !== tabId)
        .map(([id, state]) => ({ tabId: Number(id), project: state.project, environment: state.environment }));
      return { tabs };
    }
    case 'audit':
      if (tabId === undefined) return undefined;
      await recordAudit(message.entry);
      return undefined;
    case 'audit-export':
      // Only extension pages may read the trail, not content scripts.
      if (tabId !== undefined && !sender.url?.startsWith(browser.runtime.getURL(''))) return undefined;
      return { format: message.format, text: await exportAudit(message.format) };
    case 'team-policy-sync':
      // Only extension pages (the options page), not content scripts: each one is a network request.
      if (tabId !== undefined && !sender.url?.startsWith(browser.runtime.getURL(''))) return undefined;
      return { status: await syncTeamPolicy('message') };
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isExtensionMessage(message) || sender.id !== browser.runtime.id) return undefined;
  return handle(message, sender);
});

// onRemoved needs no "tabs" permission; it only carries the id.
browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
});

// Migrate or quarantine stored settings at start and whenever they change.
void maintainSettings().catch((error: unknown) => console.error('[Cluster Guard] settings maintenance failed', error));
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && LOCAL_KEYS.settings in changes) void maintainSettings().catch(() => undefined);
});

// Team policy sync (see policy-sync.ts): at start when due, on install/update,
// every TEAM_SYNC_PERIOD_MINUTES, and when the team URL changes.
const logSyncFailure = (error: unknown) => console.error('[Cluster Guard] team policy sync failed', error);
void syncTeamPolicy('worker-start').catch(logSyncFailure);
void ensureTeamSyncAlarm().catch(logSyncFailure);
browser.runtime.onStartup.addListener(() => {
  void syncTeamPolicy('startup').catch(logSyncFailure);
});
browser.runtime.onInstalled.addListener(() => {
  void ensureTeamSyncAlarm().catch(logSyncFailure);
  void syncTeamPolicy('installed').catch(logSyncFailure);
});
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name !== TEAM_SYNC_ALARM) return;
  void syncTeamPolicy('alarm').catch(logSyncFailure);
  void ensureTeamSyncAlarm().catch(logSyncFailure);
});
browser.storage.onChanged.addListener((changes, area) => {
  const reason = syncReasonForStorageChange(changes, area);
  if (reason) void syncTeamPolicy(reason).catch(logSyncFailure);
});
