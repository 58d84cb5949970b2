/**
 * A real browser with the BUILT extension loaded (scripts/lib/browsers), plus
 * what only tests need: evaluating code in the extension's background, in
 * both browsers (Chromium: its service worker; Firefox: its event page, over
 * the devtools server, see firefox-background.ts).
 */
import type { BrowserContext, Worker } from '@playwright/test';
import { GECKO_ID } from '../../src/build/manifest';
import { launchBrowser, type BrowserKind } from '../../scripts/lib/browsers';
import { connectFirefoxBackground, debuggerServerPrefs, freePort, unwrapBackgroundResult, wrapBackgroundExpression } from './firefox-background';

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
  close(): Promise<void>;
}

export async function launchChromium(options: { headless?: boolean; ignoreHTTPSErrors?: boolean } = {}): Promise<ExtensionSession> {
  const launched = await launchBrowser('chromium', options);
  const { context, serviceWorker, extensionId } = launched;
  // Looked up on every call: after chrome.runtime.reload() a new worker replaces the first.
  const currentWorker = async () =>
    context.serviceWorkers().find((worker) => worker.url().startsWith(`chrome-extension://${extensionId}/`)) ??
    (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  const evaluateInBackground = async <T>(expression: string): Promise<T> =>
    unwrapBackgroundResult<T>(await (await currentWorker()).evaluate<string>(wrapBackgroundExpression(expression)), expression);
  return { kind: 'chromium', context, serviceWorker, extensionId, evaluateInBackground, close: launched.close };
}

export interface FirefoxOptions {
  /** Extra environment for the browser process, e.g. HOME for per-user managed storage. */
  env?: Record<string, string>;
  /** Accept self-signed certificates (a local HTTPS test server); applies to the add-on's background fetches too. */
  ignoreHTTPSErrors?: boolean;
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<ExtensionSession> {
  // Devtools server (RDP) alongside BiDi, to reach the background page.
  const debuggerPort = await freePort();
  const launched = await launchBrowser('firefox', { ...options, args: ['--start-debugger-server'], firefoxPrefs: debuggerServerPrefs(debuggerPort) });
  const background = await connectFirefoxBackground(debuggerPort, { addonId: GECKO_ID }).catch(async (error: unknown) => {
    await launched.close();
    throw error;
  });
  return {
    kind: 'firefox',
    context: launched.context,
    serviceWorker: null,
    extensionId: null,
    evaluateInBackground: <T>(expression: string) => background.evaluate<T>(expression),
    close: async () => {
      await background.close();
      await launched.close();
    },
  };
}

export function launchExtension(kind: BrowserKind, options?: FirefoxOptions): Promise<ExtensionSession> {
  return kind === 'chromium' ? launchChromium({ ignoreHTTPSErrors: options?.ignoreHTTPSErrors }) : launchFirefox(options);
}
