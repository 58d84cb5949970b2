/**
 * Finds the real browsers the end-to-end tests and the demo drive.
 * CHROMIUM_PATH / FIREFOX_PATH win; otherwise the usual system paths.
 */
import { existsSync } from 'node:fs';

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
