/** The toolbar badge, always set for one tab id: never "the active tab". */
import browser from 'webextension-polyfill';
import { readableTextColor } from '../core/contrast';
import { badgeText } from '../core/favicon';
import { t } from '../platform/i18n';
import type { TabEnvironment } from '../core/tab-state';

export async function showTabBadge(tabId: number, environment: TabEnvironment | null, project: string | null): Promise<string> {
  const text = environment ? badgeText(environment.label) : '';
  await browser.action.setBadgeText({ tabId, text });
  if (environment) {
    await browser.action.setBadgeBackgroundColor({ tabId, color: environment.color });
    // setBadgeTextColor: Chrome 110+, Firefox 63+.
    await browser.action.setBadgeTextColor?.({ tabId, color: readableTextColor(environment.color) });
    await browser.action.setTitle({ tabId, title: t('badgeTitle', [environment.name, project ?? '']) });
  } else {
    await browser.action.setTitle({ tabId, title: t('extName') });
  }
  return browser.action.getBadgeText({ tabId });
}
