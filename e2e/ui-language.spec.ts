/**
 * The banner, the toolbar button's tooltip, the popup and the options page
 * follow the BROWSER's UI language (the prompt follows the console's: see
 * guard-typed-name.spec.ts), in both browsers, left to right and right to
 * left. Each language is its own launch: a browser's UI language is fixed
 * at start (Chromium: LANGUAGE with Debian's chromium-l10n; Firefox:
 * intl.locale.requested with firefox-esr-l10n-<lang>; npm run setup
 * installs both).
 *
 * Expected words are read from public/_locales, so the test checks that the
 * browser picked the right file and the pages use it, not the wording.
 */
import { readFileSync } from 'node:fs';
import { ROOT } from './support/paths';
import { join } from 'node:path';
import { test, expect } from './support/test';
import { launchExtension, type ExtensionSession } from './support/launch';
import { openConsole, serveConsole } from './support/console';
import { tabIdForProject } from './support/extension-state';
import { textOf } from './support/extension-page-dom';

const OPTIONS = '/src/options/index.html';
const POPUP = '/src/popup/index.html';
const PROJECT = 'acme-prod-1';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** A message as the browser renders it: `$NAME$` -> its placeholder's `$n` -> the n-th substitution. */
function rendered(locale: string, key: string, substitutions: string[] = []): string {
  const messages = JSON.parse(readFileSync(join(ROOT, 'public', '_locales', locale, 'messages.json'), 'utf8')) as Record<string, Message>;
  const entry = messages[key];
  if (!entry) throw new Error(`${locale} has no ${key}`);
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => {
    const content = Object.entries(entry.placeholders ?? {}).find(([placeholder]) => placeholder.toLowerCase() === name.toLowerCase())?.[1].content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => substitutions[Number(n) - 1] ?? '');
  });
}

const LANGUAGES = [
  { ui: 'de', locale: 'de', dir: 'ltr' },
  { ui: 'ar', locale: 'ar', dir: 'rtl' },
] as const;

test.describe.configure({ timeout: 120_000 });

for (const { ui, locale, dir } of LANGUAGES) {
  test(`UI language ${ui}: banner, tooltip, popup and options page speak it, ${dir}`, async ({ extensionBrowser }) => {
    const session: ExtensionSession = await launchExtension(extensionBrowser, { uiLanguage: ui });
    try {
      const browserLanguage = await session.evaluateInBackground<string>('chrome.i18n.getUILanguage()');
      expect(browserLanguage, `the browser did not start in ${ui}: install its translations (npm run setup installs chromium-l10n and firefox-esr-l10n-${ui})`).toMatch(new RegExp(`^${ui}\\b`));
      await serveConsole(session.context);

      const page = await openConsole(session.context, `/kubernetes/list/overview?project=${PROJECT}`);
      const bar = page.locator('cluster-guard-banner .bar');
      await expect(bar).toHaveAttribute('lang', locale.replace('_', '-'));
      await expect(bar).toHaveAttribute('dir', dir);
      await expect(bar.locator('.project-caption')).toHaveText(rendered(locale, 'bannerProjectCaption'));
      await expect(bar).toHaveAttribute('aria-label', rendered(locale, 'bannerAccessibleName', ['production', PROJECT]));

      const tabId = await tabIdForProject(session, PROJECT);
      await expect.poll(() => session.evaluateInBackground<string>(`chrome.action.getTitle({ tabId: ${tabId} })`)).toBe(rendered(locale, 'badgeTitle', ['production', PROJECT]));

      await session.openExtensionPage(`${POPUP}?tab=${tabId}`);
      // textContent: the heading is upper-cased by CSS.
      await expect.poll(() => session.evaluateInExtensionPage<string>(POPUP, 'document.body.textContent')).toContain(rendered(locale, 'popupGuarded', ['production']));
      expect(await session.evaluateInExtensionPage(POPUP, `[document.documentElement.lang, document.documentElement.dir, document.querySelector('#this-tab')?.textContent]`)).toEqual([
        locale.replace('_', '-'),
        dir,
        rendered(locale, 'popupThisTab'),
      ]);

      await session.openExtensionPage(OPTIONS);
      expect(await session.evaluateInExtensionPage(OPTIONS, textOf('h1'))).toBe(rendered(locale, 'optionsPageTitle'));
      expect(await session.evaluateInExtensionPage(OPTIONS, `[document.documentElement.lang, document.documentElement.dir, getComputedStyle(document.body).direction]`)).toEqual([
        locale.replace('_', '-'),
        dir,
        dir,
      ]);
    } finally {
      await session.close();
    }
  });
}
