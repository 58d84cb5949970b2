/**
 * Finds Debian Chromium and Firefox ESR and launches them, with the BUILT
 * extension or without it, otherwise identically: the one launcher the
 * end-to-end tests (e2e/support/launch), `npm start` (scripts/demo) and the
 * benchmark (bench/run.mjs) share.
 *
 *  - Chromium: --load-extension (headless works for extensions); the service
 *    worker's presence proves the extension loaded.
 *  - Firefox ESR: Playwright's moz-firefox channel (WebDriver BiDi), the .xpi
 *    copied into a fresh profile's extensions folder under its gecko ID.
 */
import { chromium, firefox, type BrowserContext, type Worker } from 'playwright-core';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GECKO_ID } from '../../src/build/manifest';
import { CHROME_BUILD, FIREFOX_XPI } from './paths';

export type BrowserKind = 'chromium' | 'firefox';

const CANDIDATES: Record<BrowserKind, string[]> = {
  chromium: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  firefox: ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'],
};

const ENV_VAR: Record<BrowserKind, string> = { chromium: 'CHROMIUM_PATH', firefox: 'FIREFOX_PATH' };

const INSTALL_HINT: Record<BrowserKind, string> = {
  chromium: 'On Debian/Ubuntu: sudo apt-get install -y chromium (or run `npm run setup` as root).',
  firefox: 'On Debian: sudo apt-get install -y firefox-esr (or run `npm run setup` as root).',
};

/** CHROMIUM_PATH / FIREFOX_PATH win; otherwise the usual system paths. */
export function findBrowser(kind: BrowserKind): string {
  const fromEnv = process.env[ENV_VAR[kind]];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${ENV_VAR[kind]}=${fromEnv} does not exist. ${INSTALL_HINT[kind]}`);
  }
  const found = CANDIDATES[kind].find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    `No ${kind} found (looked at ${CANDIDATES[kind].join(', ')}). ${INSTALL_HINT[kind]} ` +
      `Or point ${ENV_VAR[kind]} at the browser binary. Playwright's own browser download does not work offline.`,
  );
}

const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const FIREFOX_PREFS: Record<string, string | number | boolean> = {
  'xpinstall.signatures.required': false,
  'extensions.autoDisableScopes': 0,
  'extensions.enabledScopes': 15,
};

export interface LaunchOptions {
  /** Load the built extension (default) or launch the same browser without it. */
  extension?: boolean;
  /** Firefox: false leaves the add-on out of the profile, for enterprise policy to install it. */
  firefoxAddonInProfile?: boolean;
  headless?: boolean;
  /** Accept self-signed certificates (a local HTTPS test server); in Chromium also for the extension's own fetches. */
  ignoreHTTPSErrors?: boolean;
  /** Extra environment for the browser process, e.g. HOME for Firefox's per-user managed storage. */
  env?: Record<string, string>;
  /** Extra command-line arguments and Firefox preferences. */
  args?: string[];
  firefoxPrefs?: Record<string, string | number | boolean>;
  /** More unpacked extensions to load beside ours (the end-to-end tests' probe); only with `extension`. */
  extraExtensions?: ExtraExtension[];
  /**
   * The browser's own UI language (`de`, `ar`), which the extension's strings
   * follow. Needs the browser's translations: Debian's chromium-l10n and
   * firefox-esr-l10n-<lang> (npm run setup installs them).
   */
  uiLanguage?: string;
  /** Another build of Cluster Guard instead of dist/ (the benchmark's profiling build); only with `extension`. */
  build?: { chromeFolder: string; firefoxXpi: string };
}

/** An extension as each browser loads it: Chromium its folder, Firefox its .xpi under its gecko ID. */
export interface ExtraExtension {
  folder: string;
  xpi: string;
  geckoId: string;
}

export interface LaunchedBrowser {
  kind: BrowserKind;
  withExtension: boolean;
  context: BrowserContext;
  /** Chromium with the extension: its service worker as first seen, and its ID. */
  serviceWorker: Worker | null;
  extensionId: string | null;
  /** Firefox: the temporary profile (removed by close). */
  profile: string | null;
  close(): Promise<void>;
}

function chromeFolders(ours: string, extra: ExtraExtension[]): string {
  return [ours, ...extra.map((extension) => extension.folder)].join(',');
}

function requireBuild(path: string): void {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first.`);
}

export async function launchBrowser(kind: BrowserKind, options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const withExtension = options.extension ?? true;
  const headless = options.headless ?? true;
  const extra = withExtension ? (options.extraExtensions ?? []) : [];
  const chromeBuild = options.build?.chromeFolder ?? CHROME_BUILD;
  const firefoxXpi = options.build?.firefoxXpi ?? FIREFOX_XPI;
  // Chromium on Linux takes its UI language from LANGUAGE; Firefox from intl.locale.requested.
  const languageEnv: Record<string, string> = options.uiLanguage ? { LANGUAGE: options.uiLanguage } : {};
  const env = options.env || options.uiLanguage ? ({ ...process.env, ...languageEnv, ...options.env } as Record<string, string>) : undefined;
  const languagePrefs: Record<string, string> = options.uiLanguage ? { 'intl.locale.requested': options.uiLanguage } : {};
  if (kind === 'chromium') {
    if (withExtension) requireBuild(join(chromeBuild, 'manifest.json'));
    const context = await chromium.launchPersistentContext('', {
      executablePath: findBrowser('chromium'),
      headless,
      ignoreHTTPSErrors: options.ignoreHTTPSErrors ?? false,
      env,
      args: [
        ...(withExtension ? [`--disable-extensions-except=${chromeFolders(chromeBuild, extra)}`, `--load-extension=${chromeFolders(chromeBuild, extra)}`] : []),
        ...CHROMIUM_FLAGS,
        // ignoreHTTPSErrors alone does not reach the extension's service worker fetches.
        ...(options.ignoreHTTPSErrors ? ['--ignore-certificate-errors'] : []),
        ...(options.args ?? []),
      ],
    });
    const serviceWorker = withExtension ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }))) : null;
    const extensionId = serviceWorker ? new URL(serviceWorker.url()).host : null;
    return { kind, withExtension, context, serviceWorker, extensionId, profile: null, close: () => context.close() };
  }

  if (withExtension) requireBuild(firefoxXpi);
  const profile = mkdtempSync(join(tmpdir(), `cluster-guard-ff-${withExtension ? 'ext' : 'bare'}-`));
  mkdirSync(join(profile, 'extensions'));
  if (withExtension && options.firefoxAddonInProfile !== false) copyFileSync(firefoxXpi, join(profile, 'extensions', `${GECKO_ID}.xpi`));
  for (const extension of extra) copyFileSync(extension.xpi, join(profile, 'extensions', `${extension.geckoId}.xpi`));
  const removeProfile = () => rmSync(profile, { recursive: true, force: true });
  try {
    const context = await firefox.launchPersistentContext(profile, {
      executablePath: findBrowser('firefox'),
      channel: 'moz-firefox',
      headless,
      ignoreHTTPSErrors: options.ignoreHTTPSErrors ?? false,
      env,
      args: options.args ?? [],
      firefoxUserPrefs: { ...FIREFOX_PREFS, ...languagePrefs, ...options.firefoxPrefs },
    });
    return {
      kind,
      withExtension,
      context,
      serviceWorker: null,
      extensionId: null,
      profile,
      close: async () => {
        await context.close();
        removeProfile();
      },
    };
  } catch (error) {
    removeProfile();
    throw error;
  }
}
