/**
 * The tester's answer for a site's address: which site in force it is, the
 * name its URL shows (a namespace, an Argo CD project), and what decides its
 * environment, with the banner the tab would show.
 */
import type { SiteReading } from '../../core/policy/effective';
import { siteLabel, siteTabText } from '../../core/sites/sites-in-force';
import { describeSiteScope } from '../../core/sites/site-scope';
import { t } from '../../platform/i18n';
import { sourceName } from '../../platform/words';
import { BannerPreview } from './BannerPreview';
import { guardDescription, ruleDescription } from './ProjectTester';

export function SiteVerdict({ reading }: { reading: SiteReading }) {
  const { site, scope, classification } = reading;
  const scopeFrom = site.site.scope;
  return (
    <>
      <dl class="facts">
        <dt>{t('optionsTesterSite')}</dt>
        <dd data-testid="tester-site">
          {siteLabel(site)} <span class="mono">{site.pattern.text}</span> ({sourceName(site.source)})
        </dd>
        <dt>{t('optionsTesterSiteScope')}</dt>
        <dd data-testid="tester-site-scope">
          {scope ? <span class="mono">{scope.id}</span> : t('optionsTesterSiteScopeNone')}
          {scopeFrom ? ` (${describeSiteScope(scopeFrom)})` : ''}
        </dd>
        {classification ? (
          <>
            <dt>{t('optionsTesterEnvironment')}</dt>
            <dd data-testid="tester-environment">
              {classification.environment.name} ({classification.environment.label})
            </dd>
            <dt>{t('optionsTesterSource')}</dt>
            <dd data-testid="tester-source">{sourceName(classification.source)}</dd>
            <dt>{t('optionsTesterMatchedRule')}</dt>
            <dd data-testid="tester-rule">{ruleDescription(classification)}</dd>
            <dt>{t('optionsTesterGuard')}</dt>
            <dd data-testid="tester-guard">{guardDescription(classification.environment)}</dd>
          </>
        ) : null}
      </dl>
      {classification ? (
        <BannerPreview
          label={classification.environment.label}
          name={classification.environment.name}
          color={classification.environment.color}
          project={siteTabText(site, scope?.id ?? null)}
          console="site"
        />
      ) : (
        <p data-testid="tester-no-match">{t('optionsTesterSiteUnmarked')}</p>
      )}
    </>
  );
}
