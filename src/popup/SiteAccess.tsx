/**
 * The popup's notice for sites a policy names where Cluster Guard has no
 * access yet, with one "Allow" that asks for all their origins at once.
 * permissions.request is the click's first call (browsers prompt only during
 * the user gesture). Firefox may close the popup while its prompt is open
 * (the prompt anchors to the toolbar button, the popup loses focus;
 * github.com/bethylamine/soupcan/pull/122 describes the prompt showing under
 * the popup): the grant still counts because the background follows
 * permissions.onAdded (background/site-scripts), not this page.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PolicySources } from '../core/policy/effective';
import { accessRequest, personalSitesAllowed, planSiteRegistration, type SiteWithoutAccess } from '../core/sites/site-registration';
import { sitesInForce } from '../core/sites/sites-in-force';
import { extensionApi } from '../platform/extension-api';
import { t } from '../platform/i18n';
import { storage } from '../platform/storage';
import { useGrantedOrigins } from '../platform/use-granted-origins';

/** The sources the background published (already checked), followed live. */
function usePublishedSources(): PolicySources | null {
  const [sources, setSources] = useState<PolicySources | null>(null);
  useEffect(() => {
    let alive = true;
    void storage.policyForTabs.get().then((published) => alive && setSources(published.sources), () => undefined);
    const stop = storage.policyForTabs.watch((published) => setSources(published.sources));
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return sources;
}

function noticeText(sites: readonly SiteWithoutAccess[]): string {
  const labels = [...new Set(sites.map((site) => site.label))];
  if (labels.length > 1) return t('popupSitesSeveral', [labels.join(', ')]);
  const [site] = sites;
  if (site!.source === 'personal') return t('popupSitesPersonalOne', [site!.label]);
  return site!.source === 'managed' ? t('popupSitesManagedOne', [site!.label]) : t('popupSitesTeamOne', [site!.label]);
}

export function SiteAccess() {
  const sources = usePublishedSources();
  const granted = useGrantedOrigins();
  const [denied, setDenied] = useState(false);
  const request = useMemo(
    () => (sources && granted ? accessRequest(planSiteRegistration(sitesInForce(sources, personalSitesAllowed(sources)), granted).notGranted) : null),
    [sources, granted],
  );
  if (!request) return null;
  const allow = () => {
    const asked = extensionApi().permissions.request({ origins: request.origins });
    setDenied(false);
    asked.then((yes) => setDenied(!yes), () => setDenied(true));
  };
  return (
    <section aria-labelledby="site-access" data-testid="popup-site-access">
      <h2 id="site-access">{t('optionsSitesHeading')}</h2>
      <p>{noticeText(request.sites)}</p>
      <button type="button" onClick={allow}>
        {t('popupSitesAllow')}
      </button>
      {denied ? (
        <p class="problem" role="status">
          {t('popupSitesDenied')}
        </p>
      ) : null}
    </section>
  );
}
