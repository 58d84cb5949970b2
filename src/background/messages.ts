/**
 * The background's answer to every message in platform/messages, and the one
 * listener that dispatches to them. A message from another extension, of an
 * unknown type, or from a sender its entry does not allow gets no answer.
 */
import browser from 'webextension-polyfill';
import { isMessage, senderAllowed, tellFrames, type MessageHandlers, type OpenTab } from '../platform/messages';
import { recordAudit } from './audit-store';
import { showTabBadge } from './badge';
import { syncTeamPolicy } from './policy-sync';
import { readTabStates, setTabState } from './tab-states';
import { readScope } from '../core/tab-state';

type Sender = browser.Runtime.MessageSender;

const handlers: MessageHandlers<Sender> = {
  async 'tab-state'({ project, scope, environment }, sender) {
    const tabId = sender.tab!.id!;
    const checkedScope = readScope(scope);
    await setTabState(tabId, { project, environment, ...(checkedScope ? { scope: checkedScope } : {}) });
    // The tab's frames without a project of their own follow their top frame.
    tellFrames(tabId, { project, scope: checkedScope, environment });
    return { badgeText: await showTabBadge(tabId, environment, project) };
  },
  async 'frame-context'(_request, sender) {
    const state = (await readTabStates())[sender.tab!.id!];
    return { known: state !== undefined, project: state?.project ?? null, scope: state?.scope ?? null, environment: state?.environment ?? null };
  },
  async 'other-tabs'(_request, sender) {
    const states = await readTabStates();
    const tabs: OpenTab[] = Object.entries(states)
      .filter(([id]) => Number(id) !== sender.tab?.id)
      .map(([id, state]) => ({ tabId: Number(id), project: state.project, environment: state.environment }));
    return { tabs };
  },
  async audit({ entry }) {
    await recordAudit(entry);
    return null;
  },
  async 'team-policy-sync'() {
    return { status: await syncTeamPolicy('message') };
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
