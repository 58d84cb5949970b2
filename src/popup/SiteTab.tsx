/**
 * The popup's "This tab" for a page of a site the policy names (an Argo CD,
 * a Grafana): the site, the name its address shows, the environment and
 * why — the site's own environment, or the rule that classified the name.
 */
import { readableTextColor } from '../core/contrast';
import type { SiteReading } from '../core/policy/effective';
import { reasonFor } from '../core/policy/why';
import { siteLabel } from '../core/sites/sites-in-force';
import type { TabState } from '../core/tab-state';
import { t } from '../platform/i18n';
import { consoleName, sourceName } from '../platform/words';
import { Why } from './Popup';

export function SiteTab({ tab, reading }: { tab: TabState; reading: SiteReading | null }) {
  const environment = tab.environment;
  const classification = reading?.classification ?? null;
  return (
    <section aria-labelledby="this-tab">
      <h2 id="this-tab">{t('popupThisTab')}</h2>
      {environment ? (
        <p class="environment">
          <span class="label" style={{ background: environment.color, color: readableTextColor(environment.color) }}>
            {environment.label}
          </span>{' '}
          <strong>{environment.name}</strong>
        </p>
      ) : null}
      <dl class="scope">
        <dt>{t('popupConsole')}</dt>
        <dd data-testid="popup-console">{consoleName('site')}</dd>
        <dt>{t('popupSite')}</dt>
        <dd data-testid="popup-site">{reading ? siteLabel(reading.site) : tab.project}</dd>
        {reading?.scope ? (
          <>
            <dt>{t('popupSiteScope')}</dt>
            <dd>
              <code data-testid="popup-scope">{reading.scope.id}</code>
            </dd>
          </>
        ) : null}
      </dl>
      {!environment || !classification ? (
        <p>{t('popupSiteUnmarked')}</p>
      ) : (
        <>
          <p>{environment.typedConfirmation ? t('popupGuarded', [environment.name]) : t('popupNotGuarded')}</p>
          {classification.site ? (
            <p class="why" data-testid="popup-why">
              {t('popupWhySite', [siteLabel(classification.site), sourceName(classification.site.source)])}
            </p>
          ) : reading?.scope ? (
            <Why reason={reasonFor(classification, reading.scope)} />
          ) : (
            <p class="why">{t('popupDecidedByUnmatched', [sourceName(classification.source)])}</p>
          )}
        </>
      )}
    </section>
  );
}
