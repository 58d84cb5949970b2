/**
 * Background: per-tab environment map and toolbar badge.
 * Listeners are registered synchronously at the top level so the browser can
 * wake this worker for them.
 */
import browser from 'webextension-polyfill';
import { isExtensionMessage, type TabStateReply } from '../platform/messages';
import { showTabBadge } from './badge';
import { forgetTab, setTabState } from './tab-states';

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isExtensionMessage(message)) return undefined;
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0) return undefined;
  return (async (): Promise<TabStateReply> => {
    await setTabState(tabId, { project: message.project, environment: message.environment });
    return { badgeText: await showTabBadge(tabId, message.environment, message.project) };
  })();
});

// onRemoved needs no "tabs" permission; it only carries the id.
browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
});
