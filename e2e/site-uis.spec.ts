/**
 * The self-hosted cluster UIs' own dialogs (e2e/site-uis: PatternFly, MUI,
 * @grafana/ui, EUI's and Argo CD's markup) at their site URLs, judged by the
 * guard's dialog reader in the real browser: every destructive dialog guarded
 * with its confirm control as the action (and the UI's own type-to-confirm
 * input seen), every harmless one free. No extension: the reader runs in the
 * page (site-verdict.ts says how to judge through the extension instead).
 */
import { test as base, expect, type Page } from '@playwright/test';
import type { BrowserKind } from './support/browsers';
import { launchBrowser, type LaunchedBrowser } from '../scripts/lib/browsers';
import { SITE_CASES, SITE_UIS, serveSiteUis } from './support/sites';
import { isFree, isGuarded, readerVerdict, type SiteVerdictReader } from './support/site-verdict';

/** One browser for the file, without the extension, and one page the cases share (each UI loads once; its cases follow by client-side navigation). */
const test = base.extend<object, { extensionBrowser: BrowserKind; sitePage: Page }>({
  extensionBrowser: ['chromium', { option: true, scope: 'worker' }],
  sitePage: [
    async ({ extensionBrowser }, use) => {
      const launched: LaunchedBrowser = await launchBrowser(extensionBrowser, { extension: false });
      await serveSiteUis(launched.context);
      await use(await launched.context.newPage());
      await launched.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
});

const judgeSite: SiteVerdictReader = readerVerdict;

for (const c of SITE_CASES) {
  const what = `${c.ui} (${SITE_UIS[c.ui].library}) ${c.dialog}: ${c.destructive ? 'guarded' : 'free'} [${c.shape}]`;
  test(what, async ({ sitePage }) => {
    const verdict = await judgeSite(sitePage, c);
    if (c.destructive) {
      expect(isGuarded(verdict), `${what}: ${JSON.stringify(verdict)}`).toBe(true);
      expect(verdict.typeToConfirm, `${what}: the UI's own type-to-confirm input`).toBe(c.typeToConfirm !== undefined);
    } else {
      expect(isFree(verdict), `${what}: ${JSON.stringify(verdict)}`).toBe(true);
    }
  });
}
