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
import { Sites } from './components/Sites';
import { SyncSettings } from './components/SyncSettings';
import { TeamPolicy } from './components/TeamPolicy';
import { fieldIdForPath } from './field-ids';
import { readAddRuleHash } from '../core/add-rule-route';
import { addRule, draftToPolicy, environmentChoices, replaceDraft, validateDraft, type Draft } from './model';
import { useFocusRequest } from './use-focus-request';
import { draftWithoutQuietRows, shownValidation } from './quiet-issues';
import { useQuietFields } from './use-quiet-fields';
import { useSaveShortcut } from './use-save-shortcut';
import { PageContents } from './components/PageContents';
import { useOptionsData, type OptionsData } from './use-options-data';
import { usePersonalDraft } from './use-personal-draft';

export function App() {
  const data = useOptionsData();
  useEffect(() => {
    document.title = t('optionsPageTitle');
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

/** Problems in the order the page shows their fields: rules, then environments, then the rest. */
function inPageOrder<T extends { path: string }>(issues: readonly T[]): T[] {
  const rank = (path: string) => (path.startsWith('rules[') ? 0 : path.startsWith('environments[') ? 1 : 2);
  return [...issues].sort((a, b) => rank(a.path) - rank(b.path));
}

function Loaded({ data, loaded }: { data: OptionsData; loaded: CheckedPolicy }) {
  const personal = usePersonalDraft(loaded.settings.settings.personal);
  const { draft } = personal;
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const requestFocus = useFocusRequest();
  const quiet = useQuietFields();

  const authority = useMemo(() => authorityEnvironments(loaded), [loaded]);
  const validation = useMemo(() => validateDraft(draft, authority), [draft, authority]);
  const shown = useMemo(() => shownValidation(draft, validation, quiet.state), [draft, validation, quiet.state]);
  const choices = useMemo(() => environmentChoices(draft, authority), [draft, authority]);
  const valid = validation.errors.length === 0;
  const draftPolicy = useMemo(() => (valid ? draftToPolicy(draft) : null), [draft, valid]);

  // The tester answers for the draft when it is valid (new rows not yet filled in left out), so rules can be tried before saving.
  const tester = useMemo(() => {
    if (!personal.dirty) return { effective: loaded.effective, basis: 'saved' as const };
    const rest = draftPolicy ? draft : draftWithoutQuietRows(draft, validation, quiet.state);
    const policy = draftPolicy ?? (rest && validateDraft(rest, authority).errors.length === 0 ? draftToPolicy(rest) : null);
    if (!policy) return { effective: loaded.effective, basis: 'saved-draft-invalid' as const };
    return { effective: buildEffectivePolicy({ ...loaded.sources, personal: policy }), basis: 'draft' as const };
  }, [loaded, draft, draftPolicy, validation, quiet.state, authority, personal.dirty]);

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

  /** The one way to save (the Save button, Ctrl+S): an invalid draft is never written; trying shows every problem and goes to the first. */
  const save = () => {
    if (!loaded.effective.personalAllowed) return;
    if (!draftPolicy) {
      quiet.revealAll();
      const ids = inPageOrder(validation.errors).map((issue) => fieldIdForPath(draft, issue.path)).filter((id): id is string => id !== null);
      requestFocus([...ids, 'save-status']);
      return;
    }
    if (!personal.dirty || saveState.kind === 'saving') return;
    setSaveState({ kind: 'saving' });
    // The Sites section writes the personal sites itself: the draft keeps the ones saved now.
    const { sites: _draftSites, ...rules } = draftPolicy;
    const sites = loaded.settings.settings.personal.sites;
    const toSave = sites?.length ? { ...rules, sites } : rules;
    storage.settings.set({ ...loaded.settings.settings, personal: toSave }).then(
      () => {
        personal.markSaved(toSave);
        quiet.revealAll();
        setSaveState({ kind: 'saved' });
      },
      (error: unknown) => setSaveState({ kind: 'failed', message: String(error) }),
    );
  };
  useSaveShortcut(save);

  const edit = (next: Draft) => {
    quiet.edited(draft, next);
    personal.setDraft(next);
    if (saveState.kind !== 'idle' && saveState.kind !== 'saving') setSaveState({ kind: 'idle' });
  };

  const problems = [
    ...loaded.managed.problems,
    // A quarantine notice already explains the settings' own problems.
    ...(data.quarantine ? [] : loaded.settings.problems),
    ...loaded.effective.problems,
  ];

  return (
    <>
      <PageContents />
      <Notices quarantine={data.quarantine} protection={data.protection} storageProblem={data.storageProblem} problems={problems} />
      <ProjectTester effective={tester.effective} basis={tester.basis} />
      <PersonalEditor
        loaded={loaded}
        draft={draft}
        validation={shown.shown}
        quietErrors={shown.quietErrors}
        choices={choices}
        dirty={personal.dirty}
        changedElsewhere={personal.changedElsewhere}
        saveState={saveState}
        onChange={edit}
        onTouch={quiet.touch}
        onSave={save}
        onDiscard={() => {
          personal.reset();
          quiet.revealAll();
          setSaveState({ kind: 'idle' });
          // Discard (or Load saved) has just gone or been disabled: the status says what happened.
          requestFocus(['save-status']);
        }}
      />
      <ImportExport
        policy={draftPolicy}
        current={{ rules: draft.rules.length, environments: draft.environments.length }}
        draft={draftToPolicy(draft)}
        disabled={!loaded.effective.personalAllowed}
        onImport={(policy) => edit(replaceDraft(draft, policy))}
      />
      <SyncSettings />
      <TeamPolicy loaded={loaded} status={data.teamStatus} cache={data.teamCache} />
      <Sites loaded={loaded} />
      <AuditTrail entries={data.audit} />
    </>
  );
}
