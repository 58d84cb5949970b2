/**
 * The team policy: its URL (or the administrator's, read-only), "Save and
 * sync now", the sync status the background records, and the rules the team
 * and the administrator lock in, read-only.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { TeamPolicyCache, TeamPolicyStatus } from '../../core/policy/team-cache';
import { hostPermissionPattern } from '../../core/policy/sync-problem';
import { TEAM_FETCH_TIMEOUT_MS } from '../../core/policy/sync-state';
import { send } from '../../platform/messages';
import type { CheckedPolicy } from '../../platform/checked-policy';
import { storage } from '../../platform/storage';
import { t } from '../../platform/i18n';
import { checkTeamUrl } from '../model';
import { formatTime } from '../../platform/words';
import { teamUrlIssueText } from '../text';
import { LockedRules } from './LockedRules';
import { ErrorOrHint, errorOrHintId } from './ErrorOrHint';

interface Props {
  loaded: CheckedPolicy;
  status: TeamPolicyStatus | null;
  cache: TeamPolicyCache | null;
}

type SyncState =
  | { kind: 'idle' }
  | { kind: 'working' }
  /** The background's status after the sync it ran for us. */
  | { kind: 'result'; status: TeamPolicyStatus }
  | { kind: 'cleared' }
  | { kind: 'denied'; origin: string }
  | { kind: 'failed'; message: string };

/**
 * How long to wait for the background's answer: a fetch, its unconditional
 * repeat and the reachability probe each have their own timeout; past all of
 * them the background is not answering.
 */
const SYNC_ANSWER_TIMEOUT_MS = 2 * TEAM_FETCH_TIMEOUT_MS + 10_000;

/** The background's answer, or undefined when none comes in time. */
function requestSync(): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), SYNC_ANSWER_TIMEOUT_MS);
  });
  return Promise.race([send('team-policy-sync'), timeout]).finally(() => clearTimeout(timer));
}

const statusOf = (reply: unknown): TeamPolicyStatus | null =>
  typeof reply === 'object' && reply !== null && 'status' in reply ? (reply as { status: TeamPolicyStatus }).status : null;

/** Whether the extension may read from the team policy's site (then no CORS applies); null while unknown. */
function useHostAccess(url: string | null, recheck: unknown): boolean | null {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    setGranted(null);
    if (!url) return;
    let current = true;
    browser.permissions.contains({ origins: [hostPermissionPattern(url)] }).then(
      (answer) => current && setGranted(answer),
      () => current && setGranted(null),
    );
    return () => {
      current = false;
    };
  }, [url, recheck]);
  return granted;
}

export function TeamPolicy({ loaded, status, cache }: Props) {
  const managedUrl = loaded.managed.policyUrl;
  const savedUrl = loaded.settings.settings.teamPolicyUrl;
  const [text, setText] = useState(savedUrl ?? '');
  const [touched, setTouched] = useState(false);
  const [sync, setSync] = useState<SyncState>({ kind: 'idle' });
  // A URL saved elsewhere shows here, unless the user is typing one.
  useEffect(() => {
    if (!touched) setText(savedUrl ?? '');
  }, [savedUrl]);
  const check = checkTeamUrl(text);
  const showIssue = touched && !check.ok && !(check.code === 'required' && !savedUrl);
  const urlError = showIssue ? teamUrlIssueText(check) : null;

  const afterSync = (reply: unknown) => {
    const replied = statusOf(reply);
    setSync(replied ? { kind: 'result', status: replied } : { kind: 'failed', message: t('optionsTeamSyncNoAnswer') });
  };
  const hostAccess = useHostAccess(status?.url ?? null, sync);
  const accessOrigin = status?.url ? new URL(status.url).origin : null;

  // The person's click asks the browser first (it prompts only during the user gesture), then syncs with the answer.
  const grantAccess = (url: string, origin: string) => {
    const asked = browser.permissions.request({ origins: [hostPermissionPattern(url)] });
    setSync({ kind: 'working' });
    asked.then(
      (granted) => (granted ? requestSync().then(afterSync, failed) : setSync({ kind: 'denied', origin })),
      failed,
    );
  };
  const failed = (error: unknown) => setSync({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });

  // permissions.request must be the first thing the click does (browsers only prompt during the
  // user gesture). The URL is saved and synced without waiting for the answer: a server that sends
  // CORS headers needs no grant, and a grant that comes later triggers another sync.
  const saveAndSync = (url: string, origin: string) => {
    const asked = browser.permissions.request({ origins: [hostPermissionPattern(url)] });
    setSync({ kind: 'working' });
    (async () => {
      if (!managedUrl) await storage.settings.set({ ...loaded.settings.settings, teamPolicyUrl: url });
      setTouched(false);
      afterSync(await requestSync());
    })().catch(failed);
    asked.then(
      (granted) => (granted ? requestSync().then(afterSync, failed) : setSync({ kind: 'denied', origin })),
      () => undefined, // another prompt is open, or the browser refused to ask: the sync above still ran
    );
  };

  const remove = () => {
    setSync({ kind: 'working' });
    storage.settings.set({ ...loaded.settings.settings, teamPolicyUrl: null })
      .then(async () => {
        setText('');
        setTouched(false);
        await requestSync().catch(() => undefined);
        setSync({ kind: 'cleared' });
      })
      .catch(failed);
  };

  return (
    <section class="card" aria-labelledby="team-heading">
      <h2 id="team-heading">{t('optionsTeamHeading')}</h2>
      <p class="hint">{t('optionsTeamIntro')}</p>

      {managedUrl ? (
        <div class="field">
          <label for="team-url">{t('optionsTeamUrl')}</label>
          <input id="team-url" type="url" class="mono" readOnly value={managedUrl} aria-describedby="team-url-managed" />
          <p class="hint" id="team-url-managed">
            {t('optionsTeamUrlManaged')}
          </p>
          <div class="actions">
            <button
              type="button"
              class="primary"
              onClick={() => {
                const managedCheck = checkTeamUrl(managedUrl);
                if (managedCheck.ok) saveAndSync(managedCheck.url, managedCheck.origin);
              }}
            >
              {t('optionsTeamSyncNow')}
            </button>
          </div>
        </div>
      ) : (
        <form
          class="field"
          noValidate
          // Enter in the field "clicks" the submit button, whose click handler does the work: the
          // permission prompt needs that click (user gesture), which a submit handler may not count as.
          onSubmit={(e) => e.preventDefault()}
        >
          <label for="team-url">{t('optionsTeamUrl')}</label>
          <input
            id="team-url"
            type="url"
            class="mono"
            spellcheck={false}
            autocomplete="url"
            placeholder="https://config.example.com/cluster-guard/team-policy.json"
            value={text}
            aria-invalid={showIssue ? 'true' : undefined}
            aria-describedby={errorOrHintId('team-url', urlError)}
            onInput={(e) => {
              setText(e.currentTarget.value);
              setTouched(true);
            }}
          />
          <ErrorOrHint fieldId="team-url" error={urlError} hint={t('optionsTeamUrlHint')} />
          <div class="actions">
            <button
              type="submit"
              class="primary"
              disabled={sync.kind === 'working'}
              onClick={() => {
                setTouched(true);
                if (check.ok) saveAndSync(check.url, check.origin);
                else document.getElementById('team-url')?.focus();
              }}
            >
              {t('optionsTeamSaveAndSync')}
            </button>
            {savedUrl ? (
              <button type="button" class="secondary" disabled={sync.kind === 'working'} onClick={remove}>
                {t('optionsTeamRemove')}
              </button>
            ) : null}
          </div>
        </form>
      )}

      <p role="status" class="sync-state" data-testid="team-sync-state">
        {sync.kind === 'working'
          ? t('optionsTeamSyncing')
          : sync.kind === 'result'
            ? sync.status.lastError
              ? t('optionsTeamSyncResultFailed', [sync.status.lastError])
              : t('optionsTeamSyncDone', [formatTime(sync.status.lastSuccessAt)])
            : sync.kind === 'cleared'
              ? t('optionsTeamRemoved')
              : sync.kind === 'denied'
                ? t('optionsTeamPermissionDenied', [sync.origin])
                : sync.kind === 'failed'
                  ? t('optionsTeamSyncFailed', [sync.message])
                  : ''}
      </p>

      {status?.url && status.lastError && hostAccess === false && accessOrigin ? (
        <div class="field" data-testid="team-access">
          <p class="hint">{t('optionsTeamAccessMissing', [accessOrigin])}</p>
          <div class="actions">
            <button type="button" class="secondary" disabled={sync.kind === 'working'} onClick={() => grantAccess(status.url!, accessOrigin)}>
              {t('optionsTeamAccessGrant', [accessOrigin])}
            </button>
          </div>
        </div>
      ) : null}

      <TeamStatus status={status} cache={cache} />
      <LockedRules loaded={loaded} />
    </section>
  );
}

function TeamStatus({ status, cache }: { status: TeamPolicyStatus | null; cache: TeamPolicyCache | null }) {
  if (!status || !status.url) return <p class="hint">{t('optionsTeamStatusNone')}</p>;
  const usable = cache && cache.url === status.url;
  return (
    <>
      <h3>{t('optionsTeamStatusHeading')}</h3>
      <dl class="facts" data-testid="team-status">
        <dt>{t('optionsTeamStatusUrl')}</dt>
        <dd class="mono-inline">{status.url}</dd>
        <dt>{t('optionsTeamStatusSource')}</dt>
        <dd>{status.source === 'managed' ? t('optionsTeamSourceManaged') : status.source === 'user' ? t('optionsTeamSourceUser') : '—'}</dd>
        <dt>{t('optionsTeamStatusLastSuccess')}</dt>
        <dd>{formatTime(status.lastSuccessAt)}</dd>
        <dt>{t('optionsTeamStatusLastAttempt')}</dt>
        <dd>{formatTime(status.lastAttemptAt)}</dd>
        <dt>{t('optionsTeamStatusLastError')}</dt>
        <dd class={status.lastError ? 'error-text' : undefined}>{status.lastError ?? t('optionsTeamStatusNoError')}</dd>
        <dt>{t('optionsTeamStatusInUse')}</dt>
        <dd data-testid="team-status-in-use">
          {usable
            ? t('optionsTeamStatusInUseSince', [formatTime(cache.fetchedAt)])
            : cache
              ? t('optionsTeamStatusPreviousInUse', [cache.url, formatTime(cache.fetchedAt)])
              : t('optionsTeamStatusNotInUse')}
        </dd>
      </dl>
    </>
  );
}
