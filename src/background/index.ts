/**
 * Background: per-tab environment map, toolbar badge, audit trail.
 * Listeners are registered synchronously at the top level so the browser can
 * wake this worker for them.
 */
import browser from 'webextension-polyfill';
import { isExtensionMessage, type ExtensionMessage, type OpenTab } from '../platform/messages';
import { exportAudit, recordAudit } from './audit-store';
import { showTabBadge } from './badge';
import { forgetTab, readTabStates, setTabState } from './tab-states';

async function handle(message: ExtensionMessage, sender: browser.Runtime.MessageSender): Promise<unknown> {
  const tabId = sender.tab?.id;
  switch (message.type) {
    case 'tab-state':
      if (tabId === undefined || sender.frameId !== 0) return undefined;
      await setTabState(tabId, { project: message.project, environment: message.environment });
      return { badgeText: await showTabBadge(tabId, message.environment, message.project) };
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
