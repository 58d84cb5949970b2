/** The options page: notices, the project tester, the personal editor, import/export, team policy, audit trail. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Environment } from '../core/environments';
import { buildEffectivePolicy } from '../core/policy/effective';
import type { CheckedPolicy } from '../platform/checked-policy';
import { storage } from '../platform/storage';
import { t } from '../platform/i18n';
import { AuditTrail } from './components/AuditTrail';
import { ImportExport } from './components/ImportExport';
import { Notices } from './components/Notices';
import { PersonalEditor } from './components/PersonalEditor';
import { ProjectTester } from './components/ProjectTester';
import type { SaveState } from './components/SaveBar';
import { SyncSettings } from './components/SyncSettings';
import { TeamPolicy } from './components/TeamPolicy';
import { fieldIdForPath } from './field-ids';
import { readAddRuleHash } from '../core/add-rule-route';
import { addRule, draftToPolicy, environmentChoices, replaceDraft, validateDraft } from './model';
import { pageLanguage } from '../platform/words';
import { useFocusRequest } from './use-focus-request';
import { useOptionsData, type OptionsData } from './use-options-data';
import { usePersonalDraft } from './use-personal-draft';

export function App() {
  const data = useOptionsData();
  useEffect(() => {
    document.title = t('optionsPageTitle');
    document.documentElement.lang = pageLanguage() ?? 'en';
  }, []);
  return (
    <>
      <header class="page-header">
        <div class="wrap">
          <h1>{t('optionsPageTitle')}</h1>
          <p>{t('optionsPageIntro')}</p>
        </div>
      </header>
      <main class="wrap">
        {data.loadError ? (
          <p class="notice notice-error" role="alert">
            {t('optionsLoadFailed', [data.loadError])}
          </p>
        ) : data.loaded ? (
          <Loaded data={data} loaded={data.loaded} />
        ) : (
          <p role="status">{t('optionsLoading')}</p>
        )}
      </main>
    </>
  );
}

function authorityEnvironments(loaded: CheckedPolicy): (Environment & { source: 'managed' | 'team' })[] {
  return [
    ...(loaded.sources.team?.environments ?? []).map((env) => ({ ...env, source: 'team' as const })),
    ...(loaded.sources.managed?.environments ?? []).map((env) => ({ ...env, source: 'managed' as const })),
  ];
}

function Loaded({ data, loaded }: { data: OptionsData; loaded: CheckedPolicy }) {
  const personal = usePersonalDraft(loaded.settings.settings.personal);
  const { draft } = personal;
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const requestFocus = useFocusRequest();

  const authority = useMemo(() => authorityEnvironments(loaded), [loaded]);
  const validation = useMemo(() => validateDraft(draft, authority), [draft, authority]);
  const choices = useMemo(() => environmentChoices(draft, authority), [draft, authority]);
  const valid = validation.errors.length === 0;
  const draftPolicy = useMemo(() => (valid ? draftToPolicy(draft) : null), [draft, valid]);

  // The tester answers for the draft when it is valid, so rules can be tried before saving.
  const tester = useMemo(() => {
    if (!personal.dirty) return { effective: loaded.effective, basis: 'saved' as const };
    if (!draftPolicy) return { effective: loaded.effective, basis: 'saved-draft-invalid' as const };
    return { effective: buildEffectivePolicy({ ...loaded.sources, personal: draftPolicy }), basis: 'draft' as const };
  }, [loaded, draftPolicy, personal.dirty]);

  // The popup's "Add a rule for this project" opens #add-rule=<console>:<id>: a new exact rule, its environment focused.
  useEffect(() => {
    const requested = readAddRuleHash(location.hash);
    if (!requested || !loaded.effective.personalAllowed) return;
    history.replaceState(null, '', location.pathname + location.search);
    const next = addRule(draft, requested);
    personal.setDraft(next);
    requestFocus([fieldIdForPath(next, `rules[${next.rules.length - 1}].environment`) ?? 'save-status']);
  }, []);

  // Leaving with unsaved changes asks first.
  useEffect(() => {
    if (!personal.dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [personal.dirty]);

  const save = () => {
    if (!draftPolicy) return;
    setSaveState({ kind: 'saving' });
    storage.settings.set({ ...loaded.settings.settings, personal: draftPolicy }).then(
      () => {
        personal.markSaved(draftPolicy);
        setSaveState({ kind: 'saved' });
      },
      (error: unknown) => setSaveState({ kind: 'failed', message: String(error) }),
    );
  };

  const problems = [
    ...loaded.managed.problems,
    // A quarantine notice already explains the settings' own problems.
    ...(data.quarantine ? [] : loaded.settings.problems),
    ...loaded.effective.problems,
  ];

  return (
    <>
      <Notices quarantine={data.quarantine} protection={data.protection} storageProblem={data.storageProblem} problems={problems} />
      <ProjectTester effective={tester.effective} basis={tester.basis} />
      <PersonalEditor
        loaded={loaded}
        draft={draft}
        validation={validation}
        choices={choices}
        dirty={personal.dirty}
        changedElsewhere={personal.changedElsewhere}
        saveState={saveState}
        onChange={(next) => {
          personal.setDraft(next);
          if (saveState.kind !== 'idle' && saveState.kind !== 'saving') setSaveState({ kind: 'idle' });
        }}
        onSave={save}
        onDiscard={() => {
          personal.reset();
          setSaveState({ kind: 'idle' });
        }}
        onShowFirstProblem={() => {
          const ids = validation.errors.map((issue) => fieldIdForPath(draft, issue.path)).filter((id): id is string => id !== null);
          requestFocus(ids.length > 0 ? ids : ['save-status']);
        }}
      />
      <ImportExport
        policy={draftPolicy}
        current={{ rules: draft.rules.length, environments: draft.environments.length }}
        draft={draftToPolicy(draft)}
        disabled={!loaded.effective.personalAllowed}
        onImport={(policy) => personal.setDraft(replaceDraft(draft, policy))}
      />
      <SyncSettings />
      <TeamPolicy loaded={loaded} status={data.teamStatus} cache={data.teamCache} />
      <AuditTrail entries={data.audit} />
    </>
  );
}
