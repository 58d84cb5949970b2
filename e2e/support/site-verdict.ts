/**
 * Opens one case of the site UI fixture and says what the guard makes of
 * its dialog. `readerVerdict` runs the guard's dialog reader in the page
 * (no extension: the bundle of site-reader-probe.ts); a verdict from the
 * real extension injected into a site tab can take its place behind the
 * same `SiteVerdictReader` signature (see e2e/README.md).
 */
import type { Page } from '@playwright/test';
import { confirmSelector, siteCaseUrl, type SiteCase } from './sites';
import { readerBundle } from './site-reader-bundle';

export interface ReaderVerdict {
  /** The confirm control is on the page. */
  found: boolean;
  /** The guard's watcher meets this dialog (it is one of dialogsWithin(document)). */
  watched: boolean;
  destructive: boolean;
  /** What a click on the confirm control is to the guard: 'action' is blocked in a protected environment. */
  role: 'action' | 'free' | 'other' | 'field' | 'none' | null;
  /** The reader saw the UI's own type-to-confirm input. */
  typeToConfirm: boolean;
  decidedBy: string | null;
  title: string;
}

/** Guarded: found and judged destructive, with a click on the confirm control taken as the action. */
export const isGuarded = (v: ReaderVerdict) => v.found && v.watched && v.destructive && v.role === 'action';
/** Free: the confirm control is there and nothing about the dialog asks the guard to step in. */
export const isFree = (v: ReaderVerdict) => v.found && !v.destructive;

export async function openSiteCase(page: Page, c: SiteCase): Promise<void> {
  const url = siteCaseUrl(c);
  if (new URL(page.url()).origin !== new URL(url).origin) {
    await page.goto(url);
    return;
  }
  await page.evaluate((next) => {
    history.pushState(null, '', next);
    dispatchEvent(new PopStateEvent('popstate'));
  }, url);
}

export type SiteVerdictReader = (page: Page, c: SiteCase) => Promise<ReaderVerdict>;

/**
 * Opens the case's site URL (client-side, as the UI's own router does, when the page already shows that
 * UI: no reload per case), waits for its confirm control, and runs the guard's reader on it.
 */
export const readerVerdict: SiteVerdictReader = async (page, c) => {
  await openSiteCase(page, c);
  await page.locator(`html[data-fixture-dialog="${c.dialog}"]`).waitFor({ state: 'attached', timeout: 10_000 });
  await page.locator(confirmSelector(c)).first().waitFor({ state: 'visible', timeout: 10_000 });
  const hasReader = await page.evaluate(() => 'siteReader' in window);
  if (!hasReader) await page.addScriptTag({ content: await readerBundle() });
  return page.evaluate((selector) => (window as unknown as { siteReader: { judge(s: string): ReaderVerdict } }).siteReader.judge(selector), confirmSelector(c));
};
