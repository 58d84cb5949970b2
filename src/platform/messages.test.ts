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
    const reply = await send('tab-state', { scope: { console: 'gcp', id: 'acme-prod-1' } });
    expect(reply).toEqual({ badgeText: 'PROD' });
    expect(received).toEqual([{ type: 'tab-state', scope: { console: 'gcp', id: 'acme-prod-1' } }]);
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
  const otherSiteTop = { tab: { id: 5 }, frameId: 0, url: 'https://example.com/' };

  it.each<[MessageType, Record<string, boolean>]>([
    // A web page's top frame: a site's page reports too; the background then decides from its URL whether a site in force names it (background/tab-shows).
    ['tab-state', { topFrame: true, subFrame: false, optionsTab: false, background: false, otherSiteTop: true }],
    ['audit', { topFrame: true, subFrame: true, optionsTab: true, background: false, otherSiteTop: true }],
    ['tab-policy', { topFrame: true, subFrame: true, optionsTab: true, background: false, otherSiteTop: true }],
    ['team-policy-sync', { topFrame: false, subFrame: false, optionsTab: true, background: true, otherSiteTop: false }],
    // Only a console tab's top frame: never a frame, a page of another site, or anything without a tab.
    ['other-tabs', { topFrame: true, subFrame: false, optionsTab: false, background: false, otherSiteTop: true }],
  ])('%s', (type, expected) => {
    const senders = { topFrame, subFrame, optionsTab, background, otherSiteTop };
    const actual = Object.fromEntries(Object.entries(senders).map(([name, sender]) => [name, senderAllowed(type, sender, EXTENSION)]));
    expect(actual).toEqual(expected);
  });
});
