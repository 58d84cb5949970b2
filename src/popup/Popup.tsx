/**
 * The toolbar popup: which environment this tab is and why, the team
 * policy's status, the latest guarded dialogs, and a way into the settings.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConsoleId, Scope } from '../consoles/ids';
import { scopeText } from '../consoles/urls';
import type { AuditEntry } from '../core/audit';
import { readableTextColor } from '../core/contrast';
import type { Classification } from '../core/policy/effective';
import type { TeamPolicyStatus } from '../core/policy/team-cache';
import type { TeamStanding } from '../core/policy/sync-problem';
import { reasonFor, type Reason } from '../core/policy/why';
import type { TabState } from '../core/tab-state';
import { extensionApi } from '../platform/extension-api';
import { t } from '../platform/i18n';
import { consoleName, formatTime, outcomeName, patternKindName, sourceName } from '../platform/words';
import { addRuleHash } from '../core/add-rule-route';
import { QuickRule } from './QuickRule';
import { SiteTab } from './SiteTab';
import { tabScope, usePopupData } from './use-popup-data';
import { SiteAccess } from './SiteAccess';

const OPTIONS_PAGE = 'src/options/index.html';

function openSettings(): void {
  void extensionApi().runtime.openOptionsPage();
  window.close();
}

/** "More options": the options page with a new personal rule for the scope's ID ready to be given an environment (`#add-rule=<console>:<id>`). */
function addRuleFor(scope: Scope): void {
  void extensionApi().tabs.create({ url: `${extensionApi().runtime.getURL(OPTIONS_PAGE)}${addRuleHash(scope.console, scope.id)}` });
  window.close();
}

/** What the tab's scope is called: Project, AWS account, Azure subscription. */
function scopeCaption(console: ConsoleId): string {
  switch (console) {
    case 'gcp':
      return t('popupProject');
    case 'aws':
      return t('popupAwsAccount');
    case 'azure':
      return t('popupAzureSubscription');
    case 'site':
      return t('popupSiteScope');
  }
}

function noRuleText(console: ConsoleId): string {
  switch (console) {
    case 'gcp':
      return t('popupNoRule');
    case 'aws':
      return t('popupNoRuleAws');
    case 'azure':
      return t('popupNoRuleAzure');
    case 'site':
      return t('popupSiteUnmarked');
  }
}

function addRuleText(console: ConsoleId): string {
  switch (console) {
    case 'gcp':
      return t('popupAddRule');
    case 'aws':
      return t('popupAddRuleAws');
    case 'azure':
      return t('popupAddRuleAzure');
    case 'site':
      return t('popupAddRule');
  }
}

/** The console and the scope the tab shows, as the tab wrote it (`acme-prod (1111-2222-3333)`). */
function ScopeFacts({ tab, scope }: { tab: TabState; scope: Scope }) {
  return (
    <dl class="scope">
      <dt>{t('popupConsole')}</dt>
      <dd data-testid="popup-console">{consoleName(scope.console)}</dd>
      <dt>{scopeCaption(scope.console)}</dt>
      <dd>
        <code data-testid="popup-scope">{tab.project ?? scopeText(scope)}</code>
      </dd>
    </dl>
  );
}

export function Popup() {
  const { data, error } = usePopupData();
  useEffect(() => {
    document.title = t('extName');
  }, []);
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('extName')}</h1>
        <button type="button" class="link-button" onClick={openSettings}>
          {t('popupSettings')}
        </button>
      </header>
      <SiteAccess />
      {error ? (
        <p class="problem" role="alert">
          {t('popupLoadFailed', [error])}
        </p>
      ) : !data ? (
        <p role="status">{t('popupLoading')}</p>
      ) : (
        <>
          {data.tab?.site ? <SiteTab tab={data.tab} reading={data.site} /> : <ThisTab tab={data.tab} classification={data.classification} />}
          <TeamStatus status={data.teamStatus} standing={data.teamStanding} />
          <Recent entries={data.recent} />
        </>
      )}
    </main>
  );
}

function ThisTab({ tab, classification }: { tab: TabState | null; classification: Classification | null }) {
  const scope = tab && tabScope(tab);
  // The quick rule form and what it saved live here, above the branches: saving switches "no rule" to an environment.
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const savedNote = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (saved) savedNote.current?.focus();
  }, [saved]);
  const openerProps = {
    ref: opener,
    'aria-expanded': adding,
    'aria-controls': 'quick-rule',
    onClick: () => {
      setSaved(null);
      setAdding(!adding);
    },
  };
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
      ) : !scope ? (
        // An AWS or Azure page that has not said which account or subscription yet is guarded meanwhile (fail closed).
        <p>{tab.environment ? t('popupScopeUnknown', [tab.environment.name]) : t('popupNoProject')}</p>
      ) : !tab.environment || !classification ? (
        <>
          <ScopeFacts tab={tab} scope={scope} />
          <p>{noRuleText(scope.console)}</p>
          <button type="button" {...openerProps}>
            {addRuleText(scope.console)}
          </button>
        </>
      ) : (
        <>
          <Environment tab={tab} scope={scope} classification={classification} />
          <button type="button" class="secondary" {...openerProps}>
            {t('popupChangeEnvironment')}
          </button>
        </>
      )}
      {scope && adding && (
        <QuickRule
          scope={scope}
          current={tab?.environment?.name ?? null}
          onSaved={(environment) => {
            setAdding(false);
            setSaved(environment);
          }}
          onCancel={() => {
            setAdding(false);
            opener.current?.focus();
          }}
          onMoreOptions={() => addRuleFor(scope)}
        />
      )}
      {saved && (
        <p class="saved" role="status" tabIndex={-1} ref={savedNote}>
          {t('popupQuickSaved', [saved])}
        </p>
      )}
    </section>
  );
}

function Environment({ tab, scope, classification }: { tab: TabState; scope: Scope; classification: Classification }) {
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
      <ScopeFacts tab={tab} scope={scope} />
      <p>{environment.typedConfirmation ? t('popupGuarded', [environment.name]) : t('popupNotGuarded')}</p>
      <Why reason={reasonFor(classification, scope)} />
      {classification.overridden && (
        <p class="why">{t('popupOverridden', [String((classification.overridden.ruleIndex ?? 0) + 1), classification.overridden.environment.name])}</p>
      )}
    </>
  );
}

/** What decided, in words about this tab: the rule and its note, or the built-in word in the tab's own name. */
export function Why({ reason }: { reason: Reason }) {
  if (reason.kind === 'unmatched') return <p class="why">{t('popupDecidedByUnmatched', [sourceName(reason.source)])}</p>;
  if (reason.kind === 'built-in') return <p class="why">{t(BUILT_IN_WHY[reason.console], [reason.token, reason.name])}</p>;
  return (
    <>
      <p class="why">{t('popupDecidedByRule', [sourceName(reason.source), String(reason.ruleNumber), patternKindName(reason.patternKind), reason.pattern])}</p>
      {reason.note && <p class="why note">{t('popupWhyNote', [reason.note])}</p>}
    </>
  );
}

const BUILT_IN_WHY = { gcp: 'popupWhyBuiltInGcp', aws: 'popupWhyBuiltInAws', azure: 'popupWhyBuiltInAzure', site: 'popupWhyBuiltInSite' } as const;

function TeamStatus({ status, standing }: { status: TeamPolicyStatus | null; standing: TeamStanding }) {
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
          {status.lastError && (
            <p class="problem">{standing === 'failed-never-good' ? t('popupTeamErrorNeverGood', [status.lastError]) : t('popupTeamError', [status.lastError])}</p>
          )}
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
