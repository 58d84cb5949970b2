/**
 * Background: answers messages (per-tab environment map and badge, audit
 * trail, team policy sync), checks and publishes the policy for console
 * tabs, keeps the team policy synced. Listeners are registered synchronously
 * at the top level so the browser can wake this worker for them.
 */
import browser from 'webextension-polyfill';
import { forgetAuditGate } from './audit-intake';
import { listenForMessages } from './messages';
import { followCheckedSources, refreshPolicy, refreshWhenSourcesChange } from './policy-publisher';
import { ensureTeamSyncAlarm, syncTeamPolicy, syncWhenTeamUrlChanges, TEAM_SYNC_ALARM } from './policy-sync';
import { keepProtectionHint } from './protection-record';
import { closeLocalToContentScripts, closeSyncToContentScripts } from './storage-access';
import { keepSiteScripts, keepSiteScriptsOnPermissionChanges } from './site-scripts';
import { guardStorage, reportTamper } from './storage-integrity';
import { keepSettingsSynced } from './sync-settings';
import { forgetTab } from './tab-states';

// Content scripts never reach extension storage: Chrome closes it to them; where it cannot (Firefox), writes are sealed and others put back.
void closeLocalToContentScripts();
void closeSyncToContentScripts();
guardStorage(reportTamper);
listenForMessages();

// onRemoved needs no "tabs" permission; it only carries the id.
browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
  forgetAuditGate(tabId);
});

// Check and publish the policy (migrating or keeping aside stored settings) at start and whenever a source changes.
const logRefreshFailure = (error: unknown) => console.error('[Cluster Guard] policy check failed', error);
// The sites' content script follows every check (the first at start) and every grant or revoke (see site-scripts.ts).
const logSiteScriptFailure = (error: unknown) => console.error('[Cluster Guard] site content script registration failed', error);
followCheckedSources((sources) => void keepSiteScripts(sources).catch(logSiteScriptFailure));
keepSiteScriptsOnPermissionChanges(logSiteScriptFailure);
void refreshPolicy().catch(logRefreshFailure);
refreshWhenSourcesChange(logRefreshFailure);
// Protection a new policy removed shows on the toolbar button until it is dismissed.
keepProtectionHint(logRefreshFailure);

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
syncWhenTeamUrlChanges(logSyncFailure);

// Personal settings follow the person to their other browsers through storage.sync (see sync-settings.ts).
keepSettingsSynced((error: unknown) => console.error('[Cluster Guard] settings sync failed', error));
