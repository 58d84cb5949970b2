/**
 * Grants and revokes a site's host permission the way a person does, in each
 * browser (see e2e/README.md, "Granting access to a site"):
 *
 * Chromium: headless Chromium shows the permission prompt and never answers
 * it. The extension's details page (chrome://extensions/?id=…, the browser's
 * own web UI) records a person's "Add site" for the host with
 * `chrome.developerPrivate.addHostPermission`; that alone does not activate an
 * optional host permission, but the extension's next
 * `permissions.request` for the host is then answered yes without a prompt.
 * So `grantSiteAccess` records the host there and then clicks the options
 * page's "Allow access to <origin>" with a real (trusted) click.
 *
 * Firefox: permissions.request refuses without a user gesture, and WebDriver
 * BiDi cannot send trusted input to moz-extension:// pages. about:addons'
 * Permissions tab toggles call ExtensionPermissions.add / .remove in the
 * parent process: the same call, over the devtools server with chrome
 * privileges (session.evaluateInFirefoxParent). The extension gets
 * permissions.onAdded / onRemoved as from the toggle.
 */
import type { Page } from '@playwright/test';
import { CHROME_EXTENSION_ID, GECKO_ID } from '../../src/build/manifest';
import type { ExtensionSession } from './launch';

const OPTIONS_PATH = '/src/options/index.html';

function firefoxPermissionCall(method: 'add' | 'remove', origins: readonly string[]): string {
  return `(async () => {
    const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
    const policy = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)});
    await ExtensionPermissions.${method}(policy.id, { permissions: [], origins: ${JSON.stringify(origins)} }, policy.extension);
    return true;
  })()`;
}

/** Chromium: the extension's details page, where a person manages its site access. */
async function chromeExtensionsPage(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome://extensions/?id=${session.extensionId ?? CHROME_EXTENSION_ID}`);
  return page;
}

/** Chromium: what "Add site" in the details page records; the extension's next request for these hosts is then granted without a prompt. */
export async function approveInChromeExtensionsPage(session: ExtensionSession, origins: readonly string[]): Promise<void> {
  const page = await chromeExtensionsPage(session);
  try {
    await page.evaluate(
      async ([id, hosts]) => {
        const developer = (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate;
        for (const host of hosts) await developer.addHostPermission(id, host);
      },
      [session.extensionId!, [...origins]] as const,
    );
  } finally {
    await page.close();
  }
}

export async function grantedOrigins(session: ExtensionSession): Promise<string[]> {
  return session.evaluateInBackground<string[]>('chrome.permissions.getAll().then((all) => all.origins ?? [])');
}

async function untilOrigins(session: ExtensionSession, origins: readonly string[], present: boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const granted = await grantedOrigins(session);
    if (origins.every((origin) => granted.includes(origin) === present)) return;
    if (Date.now() > deadline) throw new Error(`host permissions still ${present ? 'missing' : 'granted'}: ${origins.join(', ')} (granted: ${granted.join(', ')})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Chromium: the options page as Playwright's page (open it if need be). */
export async function chromiumOptionsPage(session: ExtensionSession): Promise<Page> {
  const url = `chrome-extension://${session.extensionId}${OPTIONS_PATH}`;
  const open = session.context.pages().find((page) => page.url().startsWith(url));
  if (open) return open;
  const page = await session.context.newPage();
  await page.goto(url);
  return page;
}

/**
 * Grants access to each origin (`https://argocd.prod.acme.internal/*`) as a
 * person would; resolves once the extension holds them all. Chromium: through
 * the options page's "Allow access to <origin>" buttons, so the site must be
 * one a policy names.
 */
export async function grantSiteAccess(session: ExtensionSession, origins: readonly string[]): Promise<void> {
  if (session.kind === 'firefox') {
    await session.evaluateInFirefoxParent!(firefoxPermissionCall('add', origins));
  } else {
    await approveInChromeExtensionsPage(session, origins);
    const options = await chromiumOptionsPage(session);
    for (const origin of origins) await options.getByRole('button', { name: `Allow access to ${origin}` }).click();
  }
  await untilOrigins(session, origins, true);
}

/**
 * Revokes access as the browser's own settings do. Chromium: the details
 * page's site-access removal (developerPrivate.removeHostPermission) does
 * not reach optional permissions, so this is the extension's own removal
 * (what the options page's "Remove access" button calls; no gesture needed).
 */
export async function revokeSiteAccess(session: ExtensionSession, origins: readonly string[]): Promise<void> {
  if (session.kind === 'firefox') await session.evaluateInFirefoxParent!(firefoxPermissionCall('remove', origins));
  else await session.evaluateInBackground(`chrome.permissions.remove({ origins: ${JSON.stringify(origins)} })`);
  await untilOrigins(session, origins, false);
}

/** The match patterns of the extension's registered content scripts, read in its background. */
export function registeredSitePatterns(session: ExtensionSession): Promise<string[][]> {
  return session.evaluateInBackground<string[][]>('chrome.scripting.getRegisteredContentScripts().then((scripts) => scripts.map((script) => script.matches))');
}

/** Whether Cluster Guard's content script runs in the document of `page` at `urlPrefix` (its world answers). */
export async function contentScriptRuns(session: ExtensionSession, page: Page, urlPrefix: string): Promise<boolean> {
  return session.evaluateInContentScript<string>(page, urlPrefix, 'location.href').then(
    (href) => href.startsWith(urlPrefix),
    () => false,
  );
}
