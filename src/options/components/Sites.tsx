/**
 * The sites in force (administrator's, team's, the person's own), with how
 * each is read and whether Cluster Guard may run there, the buttons to allow
 * or remove that access, and a form to add a site of one's own. A button
 * that asks the browser calls permissions.request before anything else: the
 * browsers prompt only during the click (user gesture). The background
 * follows every grant and revoke itself (background/site-scripts).
 */
import { useMemo, useState } from 'preact/hooks';
import { addPersonalSite, personalSiteEnvironments, removePersonalSite } from '../../core/sites/personal-sites';
import { originGranted } from '../../core/sites/site-registration';
import { describeSiteScope } from '../../core/sites/site-scope';
import { siteLabel, sitesInForce, type SiteInForce, type SiteSource } from '../../core/sites/sites-in-force';
import type { CheckedPolicy } from '../../platform/checked-policy';
import { extensionApi } from '../../platform/extension-api';
import { t } from '../../platform/i18n';
import { storage } from '../../platform/storage';
import { useGrantedOrigins } from '../../platform/use-granted-origins';
import { ErrorOrHint, errorOrHintId } from './ErrorOrHint';

type Status = { kind: 'idle' } | { kind: 'asking' } | { kind: 'text'; text: string };

const SOURCE_WORDS: Record<SiteSource, () => string> = {
  managed: () => t('optionsSitesSourceManaged'),
  team: () => t('optionsSitesSourceTeam'),
  personal: () => t('optionsSitesSourcePersonal'),
};

const errorText = (error: unknown) => t('optionsSitesFailed', [error instanceof Error ? error.message : String(error)]);

export function Sites({ loaded }: { loaded: CheckedPolicy }) {
  const granted = useGrantedOrigins();
  const sites = useMemo(() => sitesInForce(loaded.sources, loaded.effective.personalAllowed), [loaded]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const say = (text: string) => setStatus({ kind: 'text', text });

  const allow = (origin: string) => {
    const asked = extensionApi().permissions.request({ origins: [origin] });
    setStatus({ kind: 'asking' });
    asked.then((yes) => say(yes ? t('optionsSitesGranted', [origin]) : t('optionsSitesDenied', [origin])), (error: unknown) => say(errorText(error)));
  };
  const removeAccess = (origin: string) => {
    extensionApi()
      .permissions.remove({ origins: [origin] })
      .then(() => say(t('optionsSitesRevoked', [origin])), (error: unknown) => say(errorText(error)));
  };
  const removeSite = (entry: SiteInForce) => {
    const personal = loaded.settings.settings.personal;
    storage.settings
      .set({ ...loaded.settings.settings, personal: removePersonalSite(personal, entry.index) })
      .then(() => say(t('optionsSitesRemoved', [siteLabel(entry)])), (error: unknown) => say(errorText(error)));
  };

  return (
    <section class="card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
      <p class="hint">{t('optionsSitesIntro')}</p>
      {sites.length === 0 ? (
        <p class="hint">{t('optionsSitesNone')}</p>
      ) : (
        <div class="table-wrap">
          <table data-testid="sites-table">
            <caption class="visually-hidden">{t('optionsSitesTableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('optionsSitesColumnSource')}</th>
                <th scope="col">{t('optionsSitesColumnName')}</th>
                <th scope="col">{t('optionsSitesColumnPattern')}</th>
                <th scope="col">{t('optionsSitesColumnEnvironment')}</th>
                <th scope="col">{t('optionsSitesColumnScope')}</th>
                <th scope="col">{t('optionsSitesColumnAccess')}</th>
              </tr>
            </thead>
            <tbody>
              {sites.map((entry) => {
                const origin = entry.pattern.origin;
                const protectedNow = granted !== null && originGranted(origin, granted);
                return (
                  <tr key={`${entry.source}-${entry.index}`} data-testid="site-row">
                    <td>{SOURCE_WORDS[entry.source]()}</td>
                    <td>{siteLabel(entry)}</td>
                    <td class="mono-inline">{entry.site.match}</td>
                    <td>{entry.site.environment ?? '—'}</td>
                    <td>{entry.site.scope ? describeSiteScope(entry.site.scope) : t('optionsSitesScopeNone')}</td>
                    <td data-testid="site-access">
                      {granted === null ? null : protectedNow ? (
                        <>
                          <p>{t('optionsSitesProtected')}</p>
                          <button type="button" class="secondary" onClick={() => removeAccess(origin)}>
                            {t('optionsSitesRemoveAccess', [origin])}
                          </button>
                        </>
                      ) : (
                        <>
                          <p>{t('optionsSitesNotProtected', [origin])}</p>
                          <button type="button" class="primary" disabled={status.kind === 'asking'} onClick={() => allow(origin)}>
                            {t('optionsSitesAllow', [origin])}
                          </button>
                        </>
                      )}
                      {entry.source === 'personal' ? (
                        <button type="button" class="secondary" onClick={() => removeSite(entry)}>
                          {t('optionsSitesRemoveSite', [siteLabel(entry)])}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p role="status" class="sync-state" data-testid="sites-status">
        {status.kind === 'asking' ? t('optionsSitesAsking') : status.kind === 'text' ? status.text : ''}
      </p>
      {loaded.effective.personalAllowed ? <AddSite loaded={loaded} onStatus={say} onAsking={() => setStatus({ kind: 'asking' })} /> : <p class="hint">{t('optionsSitesPersonalOff')}</p>}
    </section>
  );
}

function AddSite({ loaded, onStatus, onAsking }: { loaded: CheckedPolicy; onStatus: (text: string) => void; onAsking: () => void }) {
  const environments = useMemo(() => personalSiteEnvironments(loaded.settings.settings.personal), [loaded]);
  const [match, setMatch] = useState('');
  const [name, setName] = useState('');
  const [environment, setEnvironment] = useState(environments.includes('production') ? 'production' : (environments[0] ?? 'production'));
  const [issue, setIssue] = useState<string | null>(null);

  const add = () => {
    const personal = loaded.settings.settings.personal;
    const result = addPersonalSite(personal, { match, name, environment });
    if (!result.ok) {
      setIssue(result.duplicate ? t('optionsSitesDuplicate', [match.trim()]) : t('optionsSitesPatternInvalid', [result.message]));
      document.getElementById('site-pattern')?.focus();
      return;
    }
    // First the browser's prompt (only during the click), then the save, which needs no answer.
    const asked = extensionApi().permissions.request({ origins: [result.origin] });
    onAsking();
    setIssue(null);
    const label = name.trim() || match.trim();
    storage.settings
      .set({ ...loaded.settings.settings, personal: result.policy })
      .then(() => {
        setMatch('');
        setName('');
        return asked.then(
          (yes) => onStatus(`${t('optionsSitesAdded', [label])} ${yes ? t('optionsSitesGranted', [result.origin]) : t('optionsSitesDenied', [result.origin])}`),
          () => onStatus(t('optionsSitesAdded', [label])),
        );
      })
      .catch((error: unknown) => onStatus(errorText(error)));
  };

  return (
    <form class="field" noValidate onSubmit={(e) => e.preventDefault()} aria-labelledby="sites-add-heading">
      <h3 id="sites-add-heading">{t('optionsSitesAddHeading')}</h3>
      <label for="site-pattern">{t('optionsSitesAddPattern')}</label>
      <input
        id="site-pattern"
        type="text"
        class="mono"
        spellcheck={false}
        autocomplete="off"
        placeholder="https://argocd.prod.acme.internal/*"
        value={match}
        aria-invalid={issue ? 'true' : undefined}
        aria-describedby={errorOrHintId('site-pattern', issue)}
        onInput={(e) => {
          setMatch(e.currentTarget.value);
          setIssue(null);
        }}
      />
      <ErrorOrHint fieldId="site-pattern" error={issue} hint={t('optionsSitesAddPatternHint')} />
      <label for="site-name">{t('optionsSitesAddName')}</label>
      <input id="site-name" type="text" autocomplete="off" value={name} onInput={(e) => setName(e.currentTarget.value)} />
      <label for="site-environment">{t('optionsSitesAddEnvironment')}</label>
      <select id="site-environment" value={environment} onChange={(e) => setEnvironment(e.currentTarget.value)}>
        {environments.map((env) => (
          <option key={env} value={env}>
            {env}
          </option>
        ))}
      </select>
      <div class="actions">
        {/* A submit button's click, not the form's submit event: the prompt needs the click (Enter in a field clicks it). */}
        <button type="submit" class="primary" onClick={add}>
          {t('optionsSitesAddButton')}
        </button>
      </div>
    </form>
  );
}
