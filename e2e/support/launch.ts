/**
 * A real browser with the BUILT extension loaded (scripts/lib/browsers), plus
 * what only tests need: evaluating code in the extension's background, in
 * both browsers (Chromium: its service worker; Firefox: its event page, over
 * the devtools server, see firefox-background.ts).
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { GECKO_ID } from '../../src/build/manifest';
import { launchBrowser, type BrowserKind } from '../../scripts/lib/browsers';
import { probeExtension } from './probe-extension';
import { connectFirefoxBackground, debuggerServerPrefs, freePort, unwrapBackgroundResult, wrapBackgroundExpression } from '../../scripts/lib/firefox-background';

export interface ExtensionSession {
  kind: BrowserKind;
  context: BrowserContext;
  /** Chromium only: the extension's service worker, to inspect badge and storage directly. */
  serviceWorker: Worker | null;
  extensionId: string | null;
  /**
   * Both browsers: evaluates an expression in the extension's background
   * (Chromium: service worker; Firefox: event page, over the devtools server)
   * and returns its awaited, JSON-serialisable value; throws what it throws.
   * Write `chrome.*`: promise-based in MV3 in both browsers.
   */
  evaluateInBackground<T>(expression: string): Promise<T>;
  /**
   * Both browsers: the same in an extension page open in a tab whose path
   * starts with `path` (`/src/popup/index.html`), waiting for it. Firefox's
   * moz-extension:// pages cannot be driven over WebDriver BiDi, so this is
   * how one spec checks extension pages in both browsers (over the devtools
   * server in Firefox, Playwright's page in Chromium).
   */
  evaluateInExtensionPage<T>(path: string, expression: string): Promise<T>;
  /**
   * Both browsers: evaluates an expression in the extension's content
   * script's world (its isolated world) of the document in `page` whose URL
   * starts with `urlPrefix` (the top frame or a frame of it): what a page
   * that compromised that world could run. Chromium: a CDP session's
   * isolated execution context; Firefox: a content-script target of the
   * devtools server.
   */
  evaluateInContentScript<T>(page: Page, urlPrefix: string, expression: string): Promise<T>;
  /** Firefox only (null in Chromium): evaluates in the browser's parent process with chrome privileges (firefox-background.ts). */
  evaluateInFirefoxParent: (<T>(expression: string) => Promise<T>) | null;
  /** Has the extension open one of its pages (`/src/popup/index.html?tab=3`) in a new tab; see evaluateInExtensionPage. */
  openExtensionPage(pathAndQuery: string): Promise<void>;
  /** Closes the tabs openExtensionPage opened (Firefox's BiDi cannot close moz-extension tabs; the extension can). */
  closeExtensionPages(): Promise<void>;
  close(): Promise<void>;
}

/** openExtensionPage and closeExtensionPages for a session, through its background. */
function extensionPageTabs(evaluateInBackground: <T>(expression: string) => Promise<T>) {
  const opened = new Set<number>();
  return {
    async openExtensionPage(pathAndQuery: string): Promise<void> {
      const url = JSON.stringify(pathAndQuery.replace(/^\//, ''));
      // With every window closed (a previous spec closed its pages), a tab needs a new window.
      opened.add(
        await evaluateInBackground<number>(
          `chrome.windows.getAll().then((windows) => windows.length > 0
            ? chrome.tabs.create({ url: chrome.runtime.getURL(${url}) }).then((tab) => tab.id)
            : chrome.windows.create({ url: chrome.runtime.getURL(${url}) }).then((window) => window.tabs[0].id))`,
        ),
      );
    },
    async closeExtensionPages(): Promise<void> {
      const ids = [...opened];
      opened.clear();
      if (ids.length > 0) await evaluateInBackground(`Promise.allSettled(${JSON.stringify(ids)}.map((id) => chrome.tabs.remove(id))).then(() => true)`);
    },
  };
}

export async function launchChromium(options: { headless?: boolean; ignoreHTTPSErrors?: boolean; uiLanguage?: string } = {}): Promise<ExtensionSession> {
  const launched = await launchBrowser('chromium', { ...options, extraExtensions: [await probeExtension()] });
  const { context, serviceWorker, extensionId } = launched;
  // Looked up on every call: after chrome.runtime.reload() a new worker replaces the first.
  const currentWorker = async () =>
    context.serviceWorkers().find((worker) => worker.url().startsWith(`chrome-extension://${extensionId}/`)) ??
    (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  const evaluateInBackground = async <T>(expression: string): Promise<T> =>
    unwrapBackgroundResult<T>(await (await currentWorker()).evaluate<string>(wrapBackgroundExpression(expression)), expression);
  const evaluateInExtensionPage = async <T>(path: string, expression: string): Promise<T> => {
    const matches = (url: string) => url.startsWith(`chrome-extension://${extensionId}${path}`);
    // A tab the extension opened starts at about:blank: look until one is at `path`.
    const deadline = Date.now() + 15_000;
    let page = context.pages().find((candidate) => matches(candidate.url()));
    while (!page) {
      if (Date.now() > deadline) throw new Error(`no extension page at ${path}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      page = context.pages().find((candidate) => matches(candidate.url()));
    }
    await page.waitForLoadState();
    return unwrapBackgroundResult<T>(await page.evaluate<string>(wrapBackgroundExpression(expression)), expression);
  };
  const evaluateInContentScript = async <T>(page: Page, urlPrefix: string, expression: string): Promise<T> => {
    const cdp = await context.newCDPSession(page);
    try {
      const contexts: Array<{ id: number; origin: string; auxData?: { type?: string; frameId?: string } }> = [];
      cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context as (typeof contexts)[number]));
      await cdp.send('Runtime.enable');
      const { frameTree } = await cdp.send('Page.getFrameTree');
      type Tree = { frame: { id: string; url: string }; childFrames?: Tree[] };
      const frames: Array<Tree['frame']> = [];
      const walk = (tree: Tree) => {
        frames.push(tree.frame);
        tree.childFrames?.forEach(walk);
      };
      walk(frameTree as Tree);
      const frame = frames.reverse().find((candidate) => candidate.url.startsWith(urlPrefix));
      if (!frame) throw new Error(`no frame at ${urlPrefix}`);
      const world = contexts.find((candidate) => candidate.auxData?.type === 'isolated' && candidate.auxData.frameId === frame.id && candidate.origin.startsWith(`chrome-extension://${extensionId}`));
      if (!world) throw new Error(`no content-script world in ${frame.url}`);
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression: wrapBackgroundExpression(expression), contextId: world.id, awaitPromise: true, returnByValue: true });
      if (exceptionDetails) throw new Error(`content-script evaluation threw: ${exceptionDetails.text}`);
      return unwrapBackgroundResult<T>(result.value as string, expression);
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  };
  return {
    kind: 'chromium',
    context,
    serviceWorker,
    extensionId,
    evaluateInBackground,
    evaluateInExtensionPage,
    evaluateInContentScript,
    evaluateInFirefoxParent: null,
    ...extensionPageTabs(evaluateInBackground),
    close: launched.close,
  };
}

export interface FirefoxOptions {
  /** Extra environment for the browser process, e.g. HOME for per-user managed storage. */
  env?: Record<string, string>;
  /** Accept self-signed certificates (a local HTTPS test server); applies to the add-on's background fetches too. */
  ignoreHTTPSErrors?: boolean;
  /** The browser's UI language (see scripts/lib/browsers). */
  uiLanguage?: string;
  /** false: the add-on is not put in the profile (enterprise policy force-installs it). */
  firefoxAddonInProfile?: boolean;
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<ExtensionSession> {
  // Devtools server (RDP) alongside BiDi, to reach the background page.
  const debuggerPort = await freePort();
  const launched = await launchBrowser('firefox', { ...options, extraExtensions: [await probeExtension()], args: ['--start-debugger-server'], firefoxPrefs: debuggerServerPrefs(debuggerPort) });
  const background = await connectFirefoxBackground(debuggerPort, { addonId: GECKO_ID }).catch(async (error: unknown) => {
    await launched.close();
    throw error;
  });
  const evaluateInBackground = <T>(expression: string) => background.evaluate<T>(expression);
  return {
    kind: 'firefox',
    context: launched.context,
    serviceWorker: null,
    extensionId: null,
    evaluateInBackground,
    ...extensionPageTabs(evaluateInBackground),
    evaluateInExtensionPage: <T>(path: string, expression: string) => background.evaluateInPage<T>(path, expression),
    evaluateInContentScript: <T>(page: Page, urlPrefix: string, expression: string) => background.evaluateInContentScript<T>(page.url(), urlPrefix, expression),
    evaluateInFirefoxParent: <T>(expression: string) => background.evaluateInParentProcess<T>(expression),
    close: async () => {
      await background.close();
      await launched.close();
    },
  };
}

export function launchExtension(kind: BrowserKind, options?: FirefoxOptions): Promise<ExtensionSession> {
  return kind === 'chromium' ? launchChromium({ ignoreHTTPSErrors: options?.ignoreHTTPSErrors, uiLanguage: options?.uiLanguage }) : launchFirefox(options);
}
