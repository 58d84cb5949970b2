/**
 * Every message to the background, typed in one place: what its sender
 * passes, what the background answers, and who may send it. `send` is the
 * only way to send one; the background's handlers (background/messages) are
 * typed by the same map, so adding a message is one entry here plus its
 * handler there, and the compiler asks for the handler.
 *
 * On the wire a message is its type and its request's fields, flat:
 * `{ type: 'audit', entry }`. @webext-core/messaging 4.0 was measured and
 * not used: 1.2 kB minified+gzip in the content script for what this does in
 * a dozen lines, and it wraps messages as `{ id, type, data, timestamp }` and
 * answers through callbacks on `chrome.*`.
 */
import type { AuditReport } from '../core/audit';
import type { TeamPolicyStatus } from '../core/policy/team-cache';
import type { QuickRuleAnswer } from '../core/quick-rule';
import type { TabEnvironment } from '../core/tab-state';
import type { Scope } from '../consoles/ids';
import { extensionApi } from './extension-api';

/** Who may send a message. The background answers anyone else with nothing. */
export type AllowedSender =
  /** The top frame of a tab (a content script there). */
  | 'top-frame'
  /** The top frame of a tab showing a web page (http or https, by the URL the browser gives): a console's or a site's, which the handler works out. */
  | 'web-top-frame'
  /** Any frame of a tab. */
  | 'tab'
  /** A page of this extension (the options page), not a content script. */
  | 'extension-page'
  | 'any';

interface MessageSpec<TRequest, TReply> {
  from: AllowedSender;
  /** Types only: never set. */
  request?: TRequest;
  reply?: TReply;
}

const message = <TRequest extends object, TReply>(from: AllowedSender): MessageSpec<TRequest, TReply> => ({ from });

type NoFields = Record<never, never>;

/** Another console tab, as the guard's prompt names it: nothing more than the prompt shows. */
export interface OpenTab {
  project: string | null;
  environment: { name: string } | null;
}

export const MESSAGES = {
  /**
   * A console tab's top frame says it is ready, with the scope it read off
   * the page where its URL does not say; the background works out what the
   * tab shows itself (background/tab-shows), sets its badge and answers
   * with the badge text.
   */
  'tab-state': message<{ url?: string; scope?: Scope | null }, { badgeText: string }>('web-top-frame'),
  /** What the other marked tabs show (the asking tab left out), for the guard's prompt; only a console's or a site's tab is told (background/other-tabs). */
  'other-tabs': message<NoFields, { tabs: OpenTab[] }>('web-top-frame'),
  /** The guard reports what it saw of one guarded dialog; the background adds the tab's project, environment, URL and time. */
  audit: message<{ report: AuditReport }, null>('tab'),
  /** A console frame asks for the published tab policy (what `policyForTabs` holds, as stored); updates follow by TabPolicyPush. */
  'tab-policy': message<NoFields, { policy: unknown }>('tab'),
  /** Sync the team policy now (the options page's "Sync now"); answered after the attempt, with the status then stored. */
  'team-policy-sync': message<NoFields, { status: TeamPolicyStatus }>('extension-page'),
  /** The popup's quick rule (background/quick-rule): the environments to pick from and what saving one does; with `save`, saved when nothing needs saying first. */
  'quick-rule': message<{ scope: Scope; environment: string | null; save: boolean; confirmDowngrade: boolean }, QuickRuleAnswer>('extension-page'),
  /** A frame whose URL names no project asks what its tab's top frame shows (`known: false` until the top frame has reported). */
  'frame-context': message<NoFields, { known: boolean; project: string | null; scope?: Scope | null; environment: TabEnvironment | null }>('tab'),
};

/**
 * The one message the background sends the other way: to every frame of a
 * tab (tabs.sendMessage), what its top frame now shows. Frames without a
 * project of their own follow it.
 */
export interface TopFrameState {
  type: 'top-frame-state';
  project: string | null;
  scope?: Scope | null;
  environment: TabEnvironment | null;
}

/** Background only: tells every frame of `tabId` what its top frame now shows (a tab with no listener is fine). */
export function tellFrames(tabId: number, state: Omit<TopFrameState, 'type'>): void {
  const message: TopFrameState = { type: 'top-frame-state', ...state };
  extensionApi().tabs.sendMessage(tabId, message).catch(() => undefined);
}

/** The background's push of a newly published tab policy to every frame of every tab (runtime.onMessage: only this extension can send it). */
export interface TabPolicyPush {
  type: 'tab-policy-push';
  policy: unknown;
}

/** Background only: sends `policy` (as stored) to every frame of every tab; tabs without this extension's content script ignore it. */
export async function pushTabPolicy(policy: unknown): Promise<void> {
  const api = extensionApi();
  const message: TabPolicyPush = { type: 'tab-policy-push', policy };
  const tabs = await api.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : api.tabs.sendMessage(tab.id, message).catch(() => undefined))));
}

export function isTabPolicyPush(value: unknown): value is TabPolicyPush {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'tab-policy-push';
}

export function isTopFrameState(value: unknown): value is TopFrameState {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'top-frame-state';
}

export type MessageType = keyof typeof MESSAGES;
export type RequestOf<T extends MessageType> = NonNullable<(typeof MESSAGES)[T]['request']>;
export type ReplyOf<T extends MessageType> = (typeof MESSAGES)[T] extends MessageSpec<object, infer R> ? R : never;
/** A message as it travels. */
export type Message<T extends MessageType = MessageType> = { [K in T]: { type: K } & RequestOf<K> }[T];

type RequestArgs<T extends MessageType> = NoFields extends RequestOf<T> ? [request?: RequestOf<T>] : [request: RequestOf<T>];

/** The message object for `type`, e.g. for tests that send it from a page of their own. */
export function wireMessage<T extends MessageType>(type: T, ...[request]: RequestArgs<T>): Message<T> {
  return { ...request, type } as Message<T>;
}

/**
 * Sends a message to the background. Resolves with its reply, or undefined
 * when it answered nothing (a sender it does not accept); rejects when the
 * extension context is gone.
 */
export function send<T extends MessageType>(type: T, ...request: RequestArgs<T>): Promise<ReplyOf<T> | undefined> {
  return extensionApi().runtime.sendMessage(wireMessage(type, ...request)) as Promise<ReplyOf<T> | undefined>;
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(MESSAGES, (value as { type?: unknown }).type as PropertyKey);
}

/** What the background knows about a sender (a subset of runtime.MessageSender). */
export interface SenderInfo {
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

/** Whether `sender` may send a message of `type`. `extensionOrigin`: this extension's base URL (`runtime.getURL('')`). */
export function senderAllowed(type: MessageType, sender: SenderInfo, extensionOrigin: string): boolean {
  const inTab = sender.tab?.id !== undefined;
  switch (MESSAGES[type].from) {
    case 'top-frame':
      return inTab && sender.frameId === 0;
    case 'web-top-frame':
      return inTab && sender.frameId === 0 && typeof sender.url === 'string' && /^https?:\/\//.test(sender.url);
    case 'tab':
      return inTab;
    case 'extension-page':
      // An extension page open in a tab has a tab too; a content script's URL is the web page's.
      return !inTab || Boolean(sender.url?.startsWith(extensionOrigin));
    case 'any':
      return true;
  }
}

/** The background's answer to each message type, typed by the map above. */
export type MessageHandlers<TSender> = {
  [T in MessageType]: (request: Message<T>, sender: TSender) => Promise<ReplyOf<T> | undefined>;
};
