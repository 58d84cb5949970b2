/**
 * "Test a project ID": which rule decides, from which source, the
 * environment, a banner preview and what the guard will ask, against the
 * policies in force plus the draft (when the draft is valid).
 */
import { useState } from 'preact/hooks';
import { isProjectId } from '../../core/console-url';
import { guardsKind, type Environment } from '../../core/environments';
import type { Classification, EffectivePolicy } from '../../core/policy/effective';
import { t } from '../../platform/i18n';
import { GUARDABLE_KINDS } from '../model';
import { dialogKindName, formatList, patternKindName, sourceName } from '../../platform/words';
import { BannerPreview } from './BannerPreview';

interface Props {
  effective: EffectivePolicy;
  /** Which personal rules the answer reflects. */
  basis: 'saved' | 'draft' | 'saved-draft-invalid';
}

export function ProjectTester({ effective, basis }: Props) {
  const [projectId, setProjectId] = useState('');
  const id = projectId.trim();
  // Only what a console URL can carry, as a tab sees it: no matcher meets longer input.
  const valid = isProjectId(id);
  const result = valid ? effective.classify(id) : null;
  return (
    <section class="card" aria-labelledby="tester-heading">
      <h2 id="tester-heading">{t('optionsTesterHeading')}</h2>
      <div class="field">
        <label for="tester-project">{t('optionsTesterLabel')}</label>
        <input
          id="tester-project"
          type="text"
          class="mono"
          spellcheck={false}
          autocomplete="off"
          autocapitalize="off"
          placeholder="acme-prod-1"
          value={projectId}
          aria-describedby="tester-basis"
          onInput={(e) => setProjectId(e.currentTarget.value)}
        />
      </div>
      <p class="hint" id="tester-basis">
        {basis === 'draft' ? t('optionsTesterBasisDraft') : basis === 'saved-draft-invalid' ? t('optionsTesterBasisInvalid') : t('optionsTesterBasisSaved')}
      </p>
      <div class="tester-result" aria-live="polite" data-testid="tester-result">
        {!id ? null : !valid ? (
          <p data-testid="tester-not-project">{t('optionsTesterNotProjectId', [id.length > 80 ? `${id.slice(0, 80)}…` : id])}</p>
        ) : result ? (
          <Verdict projectId={id} result={result} />
        ) : (
          <p>{t('optionsTesterNoMatch', [id])}</p>
        )}
      </div>
    </section>
  );
}

function ruleDescription(result: Classification): string {
  if (!result.rule || result.ruleIndex === null) return t('optionsTesterUnmatchedApplied', [sourceName(result.source)]);
  return t('optionsTesterRule', [String(result.ruleIndex + 1), patternKindName(result.rule.kind), result.rule.pattern]);
}

export function guardDescription(environment: Environment): string {
  if (!environment.typedConfirmation) return t('optionsTesterGuardNone');
  const guards = environment.guards ?? 'all';
  if (guards === 'all') return t('optionsTesterGuardAll', [environment.name]);
  const kinds = GUARDABLE_KINDS.filter((kind) => guardsKind(environment, kind)).map(dialogKindName);
  return t('optionsTesterGuardSome', [environment.name, formatList(kinds)]);
}

function Verdict({ projectId, result }: { projectId: string; result: Classification }) {
  const env = result.environment;
  return (
    <>
      <dl class="facts">
        <dt>{t('optionsTesterEnvironment')}</dt>
        <dd data-testid="tester-environment">
          {env.name} ({env.label})
        </dd>
        <dt>{t('optionsTesterSource')}</dt>
        <dd data-testid="tester-source">{sourceName(result.source)}</dd>
        <dt>{t('optionsTesterMatchedRule')}</dt>
        <dd data-testid="tester-rule">
          {ruleDescription(result)}
        </dd>
        <dt>{t('optionsTesterGuard')}</dt>
        <dd data-testid="tester-guard">{guardDescription(env)}</dd>
      </dl>
      {result.overridden ? (
        <p class="notice notice-info" data-testid="tester-overridden">
          {t('optionsTesterOverridden', [String(result.overridden.ruleIndex + 1), result.overridden.environment.name, env.name])}
        </p>
      ) : null}
      <BannerPreview label={env.label} name={env.name} color={env.color} project={projectId} />
    </>
  );
}
