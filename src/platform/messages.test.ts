import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isMessage, MESSAGES, send, senderAllowed, wireMessage, type MessageType } from './messages';

beforeEach(() => {
  fakeBrowser.reset();
  (globalThis as { browser?: unknown }).browser = fakeBrowser;
});

afterEach(() => {
  delete (globalThis as { browser?: unknown }).browser;
});

describe('send', () => {
  it('sends the type and the request fields, flat, and resolves with the reply', async () => {
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
      received.push(message);
      sendResponse({ badgeText: 'PROD' });
      return true;
    });
    const reply = await send('tab-state', { project: 'acme-prod-1', environment: null });
    expect(reply).toEqual({ badgeText: 'PROD' });
    expect(received).toEqual([{ type: 'tab-state', project: 'acme-prod-1', environment: null }]);
  });

  it('needs no request for a message without fields', () => {
    expect(wireMessage('other-tabs')).toEqual({ type: 'other-tabs' });
    expect(wireMessage('team-policy-sync')).toEqual({ type: 'team-policy-sync' });
  });
});

describe('isMessage', () => {
  it('knows every type in the map, and nothing else', () => {
    for (const type of Object.keys(MESSAGES)) expect(isMessage({ type })).toBe(true);
    for (const value of [null, 'audit', {}, { type: 'audit-export' }, { type: 'toString' }, { type: '__proto__' }]) expect(isMessage(value)).toBe(false);
  });
});

describe('senderAllowed', () => {
  const EXTENSION = 'chrome-extension://abc/';
  const topFrame = { tab: { id: 3 }, frameId: 0, url: 'https://console.cloud.google.com/x' };
  const subFrame = { tab: { id: 3 }, frameId: 7, url: 'https://console.cloud.google.com/y' };
  const optionsTab = { tab: { id: 4 }, frameId: 0, url: `${EXTENSION}src/options/index.html` };
  const background = { url: `${EXTENSION}_generated_background_page.html` };

  it.each<[MessageType, Record<string, boolean>]>([
    ['tab-state', { topFrame: true, subFrame: false, optionsTab: true, background: false }],
    ['audit', { topFrame: true, subFrame: true, optionsTab: true, background: false }],
    ['team-policy-sync', { topFrame: false, subFrame: false, optionsTab: true, background: true }],
    ['other-tabs', { topFrame: true, subFrame: true, optionsTab: true, background: true }],
  ])('%s', (type, expected) => {
    const senders = { topFrame, subFrame, optionsTab, background };
    const actual = Object.fromEntries(Object.entries(senders).map(([name, sender]) => [name, senderAllowed(type, sender, EXTENSION)]));
    expect(actual).toEqual(expected);
  });
});
