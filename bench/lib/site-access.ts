/**
 * The benchmark's site tab: bench pages served at an Argo CD host, named a
 * production site by the personal settings, and the extension let in there
 * as a person does (see e2e/support/site-access.ts for the route in each
 * browser: Chromium records "Add site" on its extension details page, then
 * the options page's "Allow access to …" is clicked; Firefox adds the
 * permission in its parent process as about:addons' toggle does).
 */
import type { BrowserContext } from 'playwright-core';
import { connectFirefoxBackground } from '../../scripts/lib/firefox-background';
import { GECKO_ID } from '../../src/build/manifest';
import { storage } from '../../src/platform/storage';
import type { LaunchedBrowser } from '../../scripts/lib/browsers';

export const SITE_ORIGIN = 'https://argocd.prod.acme.internal';
export const SITE_PATTERN = `${SITE_ORIGIN}/*`;
const SETTINGS = {
  schemaVersion: 2,
  teamPolicyUrl: null,
  personal: { version: 3, environments: [], rules: [], sites: [{ match: SITE_PATTERN, name: 'Argo CD (bench)', environment: 'production' }] },
};
const STORE = `chrome.storage.local.set({ ${JSON.stringify(storage.settings.key)}: ${JSON.stringify(SETTINGS)} }).then(() => true)`;
const GRANTED = `chrome.permissions.contains({ origins: [${JSON.stringify(SITE_PATTERN)}] })`;

/** Serves `answer(url)` for every page of the site host. */
export async function serveAtSite(context: BrowserContext, answer: (url: URL) => { status?: number; contentType?: string; body: string }): Promise<void> {
  await context.route(`${SITE_ORIGIN}/**`, (route) => {
    const { status = 200, contentType = 'text/html; charset=utf-8', body } = answer(new URL(route.request().url()));
    return route.fulfill({ status, contentType, headers: { 'cache-control': 'no-store' }, body });
  });
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Names the site in the settings and grants access to it; resolves once the extension holds the permission. */
export async function letIntoSite(session: LaunchedBrowser, firefoxDebuggerPort: number | null): Promise<void> {
  if (session.kind === 'firefox') {
    const background = await connectFirefoxBackground(firefoxDebuggerPort!, { addonId: GECKO_ID });
    try {
      await background.evaluate(STORE);
      await background.evaluateInParentProcess(`(async () => {
        const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
        const policy = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)});
        await ExtensionPermissions.add(policy.id, { permissions: [], origins: [${JSON.stringify(SITE_PATTERN)}] }, policy.extension);
        return true;
      })()`);
      await until(() => background.evaluate<boolean>(GRANTED), 'Firefox granted the site');
    } finally {
      await background.close();
    }
    return;
  }
  const worker = session.serviceWorker!;
  await worker.evaluate(STORE);
  const details = await session.context.newPage();
  await details.goto(`chrome://extensions/?id=${session.extensionId}`);
  await details.evaluate(
    ([id, host]) => (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id, host),
    [session.extensionId!, SITE_PATTERN] as const,
  );
  await details.close();
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
  await options.getByRole('button', { name: `Allow access to ${SITE_PATTERN}` }).click();
  await until(() => worker.evaluate(GRANTED) as Promise<boolean>, 'Chromium granted the site');
  await options.close();
}
