/**
 * Launches a real browser with the BUILT extension loaded:
 *  - Debian Chromium with --load-extension (headless works for extensions);
 *  - Firefox ESR through Playwright's moz-firefox channel (WebDriver BiDi),
 *    with the .xpi placed in the profile's extensions folder.
 */
import { chromium, firefox, type BrowserContext, type Worker } from '@playwright/test';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GECKO_ID } from '../../src/build/manifest';
import { findBrowser, type BrowserKind } from './browsers';
import { CHROME_BUILD, FIREFOX_XPI } from './paths';
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

function requireBuild(path: string): void {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first.`);
}

export async function launchChromium(options: { headless?: boolean; ignoreHTTPSErrors?: boolean } = {}): Promise<ExtensionSession> {
  requireBuild(join(CHROME_BUILD, 'manifest.json'));
  const context = await chromium.launchPersistentContext('', {
    executablePath: findBrowser('chromium'),
    headless: options.headless ?? true,
    // Tests that serve files from a local HTTPS server with a self-signed certificate.
    ignoreHTTPSErrors: options.ignoreHTTPSErrors ?? false,
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // ignoreHTTPSErrors alone does not reach the extension's service worker fetches.
      ...(options.ignoreHTTPSErrors ? ['--ignore-certificate-errors'] : []),
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  // Looked up on every call: after chrome.runtime.reload() a new worker replaces the first.
  const currentWorker = async () =>
    context.serviceWorkers().find((worker) => worker.url().startsWith(`chrome-extension://${extensionId}/`)) ??
    (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  const evaluateInBackground = async <T>(expression: string): Promise<T> =>
    unwrapBackgroundResult<T>(await (await currentWorker()).evaluate<string>(wrapBackgroundExpression(expression)), expression);
  return { kind: 'chromium', context, serviceWorker, extensionId, evaluateInBackground, close: () => context.close() };
}

export interface FirefoxOptions {
  /** Extra environment for the browser process, e.g. HOME for per-user managed storage. */
  env?: Record<string, string>;
  /** Accept self-signed certificates (a local HTTPS test server); applies to the add-on's background fetches too. */
  ignoreHTTPSErrors?: boolean;
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<ExtensionSession> {
  requireBuild(FIREFOX_XPI);
  const profile = mkdtempSync(join(tmpdir(), 'cluster-guard-ff-'));
  mkdirSync(join(profile, 'extensions'));
  copyFileSync(FIREFOX_XPI, join(profile, 'extensions', `${GECKO_ID}.xpi`));
  // Devtools server (RDP) alongside BiDi, to reach the background page.
  const debuggerPort = await freePort();
  const context = await firefox.launchPersistentContext(profile, {
    executablePath: findBrowser('firefox'),
    channel: 'moz-firefox',
    headless: true,
    ignoreHTTPSErrors: options.ignoreHTTPSErrors ?? false,
    args: ['--start-debugger-server'],
    env: { ...process.env, ...options.env } as Record<string, string>,
    firefoxUserPrefs: {
      'xpinstall.signatures.required': false,
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
      ...debuggerServerPrefs(debuggerPort),
    },
  });
  const background = await connectFirefoxBackground(debuggerPort, { addonId: GECKO_ID }).catch(async (error: unknown) => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  });
  return {
    kind: 'firefox',
    context,
    serviceWorker: null,
    extensionId: null,
    evaluateInBackground: <T>(expression: string) => background.evaluate<T>(expression),
    close: async () => {
      await background.close();
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function launchExtension(kind: BrowserKind, options?: FirefoxOptions): Promise<ExtensionSession> {
  return kind === 'chromium' ? launchChromium({ ignoreHTTPSErrors: options?.ignoreHTTPSErrors }) : launchFirefox(options);
}
