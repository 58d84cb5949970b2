/**
 * The toolbar popup: which environment this tab is and why, the team
 * policy's status, the latest guarded dialogs, and a way into the settings.
 */
import { useEffect } from 'preact/hooks';
import type { AuditEntry } from '../core/audit';
import { readableTextColor } from '../core/contrast';
import type { Classification } from '../core/policy/effective';
import type { TeamPolicyStatus } from '../core/policy/team-cache';
import type { TabState } from '../core/tab-state';
import { extensionApi } from '../platform/extension-api';
import { t } from '../platform/i18n';
import { formatTime, outcomeName, pageLanguage, patternKindName, sourceName } from '../platform/words';
import { usePopupData } from './use-popup-data';

const OPTIONS_PAGE = 'src/options/index.html';

function openSettings(): void {
  void extensionApi().runtime.openOptionsPage();
  window.close();
}

/** The options page with a new personal rule for `project` ready to be given an environment. */
function addRuleFor(project: string): void {
  void extensionApi().tabs.create({ url: `${extensionApi().runtime.getURL(OPTIONS_PAGE)}#add-rule=${encodeURIComponent(project)}` });
  window.close();
}

export function Popup() {
  const { data, error } = usePopupData();
  useEffect(() => {
    document.title = t('extName');
    document.documentElement.lang = pageLanguage() ?? 'en';
  }, []);
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('extName')}</h1>
        <button type="button" class="link-button" onClick={openSettings}>
          {t('popupSettings')}
        </button>
      </header>
      {error ? (
        <p class="problem" role="alert">
          {t('popupLoadFailed', [error])}
        </p>
      ) : !data ? (
        <p role="status">{t('popupLoading')}</p>
      ) : (
        <>
          <ThisTab tab={data.tab} classification={data.classification} />
          <TeamStatus status={data.teamStatus} />
          <Recent entries={data.recent} />
        </>
      )}
    </main>
  );
}

function ThisTab({ tab, classification }: { tab: TabState | null; classification: Classification | null }) {
  return (
    <section aria-labelledby="this-tab">
      <h2 id="this-tab">{t('popupThisTab')}</h2>
      {!tab ? (
        <>
          <p>{t('popupNotConsole')}</p>
          <button type="button" onClick={openSettings}>
            {t('popupConfigure')}
          </button>
        </>
      ) : !tab.project ? (
        <p>{t('popupNoProject')}</p>
      ) : !tab.environment || !classification ? (
        <>
          <p>
            {t('popupProject')} <code>{tab.project}</code>
          </p>
          <p>{t('popupNoRule')}</p>
          <button type="button" onClick={() => addRuleFor(tab.project!)}>
            {t('popupAddRule')}
          </button>
        </>
      ) : (
        <Environment tab={tab} classification={classification} />
      )}
    </section>
  );
}

function Environment({ tab, classification }: { tab: TabState; classification: Classification }) {
  const environment = tab.environment!;
  return (
    <>
      <p class="environment">
        <span class="label" style={{ background: environment.color, color: readableTextColor(environment.color) }}>
          {environment.label}
        </span>
        {' '}
        <strong>{environment.name}</strong>
      </p>
      <p>
        {t('popupProject')} <code>{tab.project}</code>
      </p>
      <p>{environment.typedConfirmation ? t('popupGuarded', [environment.name]) : t('popupNotGuarded')}</p>
      <p class="why">{why(classification)}</p>
      {classification.overridden && (
        <p class="why">{t('popupOverridden', [String(classification.overridden.ruleIndex + 1), classification.overridden.environment.name])}</p>
      )}
    </>
  );
}

function why({ source, rule, ruleIndex }: Classification): string {
  if (source === 'default') return t('popupDecidedByDefault');
  if (!rule || ruleIndex === null) return t('popupDecidedByUnmatched', [sourceName(source)]);
  return t('popupDecidedByRule', [sourceName(source), String(ruleIndex + 1), patternKindName(rule.kind), rule.pattern]);
}

function TeamStatus({ status }: { status: TeamPolicyStatus | null }) {
  return (
    <section aria-labelledby="team-policy">
      <h2 id="team-policy">{t('popupTeam')}</h2>
      {!status?.url ? (
        <p>{t('popupTeamNone')}</p>
      ) : (
        <>
          <p class="url">{status.url}</p>
          <p>{status.source === 'managed' ? t('popupTeamFromAdministrator') : t('popupTeamFromYou')}</p>
          <p>{t('popupTeamLastSync', [formatTime(status.lastSuccessAt)])}</p>
          {status.lastError && <p class="problem">{t('popupTeamError', [status.lastError])}</p>}
        </>
      )}
    </section>
  );
}

function Recent({ entries }: { entries: readonly AuditEntry[] }) {
  return (
    <section aria-labelledby="recent">
      <h2 id="recent">{t('popupRecent')}</h2>
      {entries.length === 0 ? (
        <p>{t('popupRecentNone')}</p>
      ) : (
        <ul class="recent">
          {entries.map((entry) => (
            <li key={`${entry.time}-${entry.outcome}`}>
              <span class={`outcome outcome-${entry.outcome}`}>{outcomeName(entry.outcome)}</span> <code>{entry.project}</code>{' '}
              <span>{entry.title}</span> <time dateTime={entry.time}>{formatTime(entry.time)}</time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
