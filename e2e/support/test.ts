/**
 * The `test` every spec imports: adds `session`, a real browser with the built
 * extension loaded, launched once per worker and shared by the tests that
 * worker runs. Each test gets a fresh console route and closes its pages.
 */
import { test as base, expect, type Page } from '@playwright/test';
import type { BrowserKind } from './browsers';
import { launchExtension, type ExtensionSession } from './launch';
import { serveConsole } from './console';

/**
 * The pages Playwright can close. In Firefox it also lists the moz-extension:// tabs the extension
 * opened, but cannot close them and is not told when the extension does (closeExtensionPages): they
 * stay listed for the rest of the run, and page.close() on one never settles.
 */
export function closablePages(session: ExtensionSession): Page[] {
  return session.context.pages().filter((page) => !page.url().startsWith('moz-extension://'));
}

export const test = base.extend<{ pages: void }, { extensionBrowser: BrowserKind; session: ExtensionSession }>({
  extensionBrowser: ['chromium', { option: true, scope: 'worker' }],
  session: [
    async ({ extensionBrowser }, use) => {
      const session = await launchExtension(extensionBrowser);
      await serveConsole(session.context);
      await use(session);
      await session.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  pages: [
    async ({ session }, use) => {
      await use();
      await session.closeExtensionPages().catch(() => undefined);
      // A page that cannot be closed (an extension page Playwright saw start as about:blank in Firefox) must not hang the run.
      for (const page of closablePages(session)) await Promise.race([page.close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 2_000))]);
    },
    { auto: true },
  ],
});

export { expect };
