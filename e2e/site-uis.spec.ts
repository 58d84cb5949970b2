/**
 * The self-hosted cluster UIs' own dialogs (e2e/site-uis: PatternFly, MUI,
 * @grafana/ui, EUI's and Argo CD's markup) at their site URLs, judged by the
 * guard's dialog reader in the real browser: every destructive dialog guarded
 * with its confirm control as the action (and the UI's own type-to-confirm
 * input seen), every harmless one free. No extension: the reader runs in the
 * page (site-verdict.ts says how to judge through the extension instead).
 */
import { test as base, expect } from '@playwright/test';
import type { BrowserKind } from './support/browsers';
import { launchBrowser, type LaunchedBrowser } from '../scripts/lib/browsers';
import { SITE_CASES, SITE_UIS, serveSiteUis } from './support/sites';
import { isFree, isGuarded, readerVerdict, type SiteVerdictReader } from './support/site-verdict';

const test = base.extend<{ extensionBrowser: BrowserKind }, { browser_: LaunchedBrowser }>({
  extensionBrowser: ['chromium', { option: true }],
  browser_: [
    async ({}, use, workerInfo) => {
      const kind = (workerInfo.project.use as { extensionBrowser?: BrowserKind }).extensionBrowser ?? 'chromium';
      const launched = await launchBrowser(kind, { extension: false });
      await serveSiteUis(launched.context);
      await use(launched);
      await launched.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
});

const judgeSite: SiteVerdictReader = readerVerdict;

for (const c of SITE_CASES) {
  const what = `${c.ui} (${SITE_UIS[c.ui].library}) ${c.dialog}: ${c.destructive ? 'guarded' : 'free'} [${c.shape}]`;
  test(what, async ({ browser_ }) => {
    const page = await browser_.context.newPage();
    try {
      const verdict = await judgeSite(page, c);
      if (c.destructive) {
        expect(isGuarded(verdict), `${what}: ${JSON.stringify(verdict)}`).toBe(true);
        expect(verdict.typeToConfirm, `${what}: the UI's own type-to-confirm input`).toBe(c.typeToConfirm !== undefined);
      } else {
        expect(isFree(verdict), `${what}: ${JSON.stringify(verdict)}`).toBe(true);
      }
    } finally {
      await page.close();
    }
  });
}
