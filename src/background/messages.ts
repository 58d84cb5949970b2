/**
 * The background's answer to every message in platform/messages, and the one
 * listener that dispatches to them. A message from another extension, of an
 * unknown type, or from a sender its entry does not allow gets no answer.
 *
 * A content script runs in pages the extension does not control, so nothing
 * a message claims decides what protects a tab or what the trail says: what
 * a tab shows is worked out here from its URL and the policy held here
 * (tab-shows), and audit entries get their project, environment and URL
 * from the tab map and the sender (audit-intake).
 */
import browser from 'webextension-polyfill';
import { isMessage, senderAllowed, tellFrames, type MessageHandlers } from '../platform/messages';
import { recordTabReport } from './audit-intake';
import { showTabBadge } from './badge';
import { currentTabPolicy, heldPolicy } from './held-policy';
import { syncTeamPolicy } from './policy-sync';
import { answerQuickRule } from './quick-rule';
import { otherTabsFor } from './other-tabs';
import { sameDocumentUrl, tabShows } from './tab-shows';
import { readTabStates, setTabState } from './tab-states';

type Sender = browser.Runtime.MessageSender;

const handlers: MessageHandlers<Sender> = {
  async 'tab-state'({ url, scope }, sender) {
    const tabId = sender.tab!.id!;
    const state = tabShows(sameDocumentUrl(url, sender.url), scope, await heldPolicy());
    if (!state) return undefined;
    await setTabState(tabId, state);
    // The tab's frames without a project of their own follow their top frame.
    tellFrames(tabId, { project: state.project, scope: state.scope ?? null, environment: state.environment });
    return { badgeText: await showTabBadge(tabId, state.environment, state.project) };
  },
  async 'frame-context'(_request, sender) {
    const state = (await readTabStates())[sender.tab!.id!];
    return { known: state !== undefined, project: state?.project ?? null, scope: state?.scope ?? null, environment: state?.environment ?? null };
  },
  async 'other-tabs'(_request, sender) {
    return { tabs: otherTabsFor(await readTabStates(), sender.tab!.id!, sender.url) };
  },
  async audit({ report }, sender) {
    await recordTabReport(sender.tab!.id!, sender.url ?? '', report);
    return null;
  },
  async 'tab-policy'() {
    return { policy: await currentTabPolicy() };
  },
  async 'team-policy-sync'() {
    return { status: await syncTeamPolicy('message') };
  },
  async 'quick-rule'({ scope, environment, save, confirmDowngrade }) {
    return answerQuickRule({ scope, environment, save: save === true, confirmDowngrade: confirmDowngrade === true });
  },
};

/** Call once, synchronously at the top level, so the browser can wake the background for a message. */
export function listenForMessages(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    if (sender.id !== browser.runtime.id || !isMessage(message)) return undefined;
    if (!senderAllowed(message.type, sender, browser.runtime.getURL(''))) return undefined;
    return (handlers[message.type] as (request: typeof message, sender: Sender) => Promise<unknown>)(message, sender);
  });
}
