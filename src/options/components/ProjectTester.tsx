/**
 * "Test a project, account or subscription": for a console and an ID (or an
 * AWS alias; an Azure tab knows only the subscription ID, so a name typed
 * for Azure is answered with that and tried against nothing), which rule decides, from which
 * source, the environment, a banner preview and what the guard will ask,
 * against the policies in force plus the draft (when the draft is valid).
 */
import { useState } from 'preact/hooks';
import type { ConsoleId } from '../../consoles/ids';
import { guardsKind, type Environment } from '../../core/environments';
import type { Classification, EffectivePolicy } from '../../core/policy/effective';
import { readTypedScope, typedScopeText, type TypedScope } from '../../core/typed-scope';
import { t } from '../../platform/i18n';
import { CONSOLE_IDS, GUARDABLE_KINDS } from '../model';
import { consoleName, dialogKindName, formatList, patternKindName, sourceName } from '../../platform/words';
import { BannerPreview } from './BannerPreview';
import { SiteVerdict } from './SiteVerdict';

interface Props {
  effective: EffectivePolicy;
  /** Which personal rules the answer reflects. */
  basis: 'saved' | 'draft' | 'saved-draft-invalid';
}

const PLACEHOLDER: Record<ConsoleId, string> = { gcp: 'acme-prod-1', aws: '1111-2222-3333', azure: '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0', site: 'https://argocd.prod.acme.internal/applications/payments' };

/** What the text field asks for: a project ID; an account ID or alias; a subscription ID or name. */
function idLabel(console: ConsoleId): string {
  switch (console) {
    case 'gcp':
      return t('optionsTesterLabel');
    case 'aws':
      return t('optionsTesterLabelAws');
    case 'azure':
      return t('optionsTesterLabelAzure');
    case 'site':
      return t('optionsTesterLabelSite');
  }
}

/** The text is nothing this console ever shows: no rule is tried. */
function notScopeText(console: ConsoleId, text: string): string {
  const shown = text.length > 80 ? `${text.slice(0, 80)}…` : text;
  switch (console) {
    case 'gcp':
      return t('optionsTesterNotProjectId', [shown]);
    case 'aws':
      return t('optionsTesterNotAwsAccount', [shown]);
    case 'azure':
      return t('optionsTesterNotAzureSubscription', [shown]);
    case 'site':
      return t('optionsTesterNotSite', [shown]);
  }
}

export function ProjectTester({ effective, basis }: Props) {
  const [console, setConsole] = useState<ConsoleId>('gcp');
  const [text, setText] = useState('');
  const id = text.trim();
  // Only what a console can show, as a tab sees it: no matcher meets longer input.
  const typed = readTypedScope(console, id);
  const result = typed.ok ? effective.classify(typed.scope) : null;
  // A site's page is decided by its whole address: which site it is, and the name its URL shows.
  const siteReading = console === 'site' && id ? effective.classifySite(id) : null;
  return (
    <section class="card" aria-labelledby="tester-heading">
      <h2 id="tester-heading">{t('optionsTesterHeading')}</h2>
      <div class="tester-fields">
        <div class="field">
          <label for="tester-console">{t('optionsTesterConsole')}</label>
          <select id="tester-console" value={console} onChange={(e) => setConsole(e.currentTarget.value as ConsoleId)}>
            {CONSOLE_IDS.map((value) => (
              <option key={value} value={value}>
                {consoleName(value)}
              </option>
            ))}
          </select>
        </div>
        <div class="field grow">
          <label for="tester-project">{idLabel(console)}</label>
          <input
            id="tester-project"
            type="text"
            class="mono"
            spellcheck={false}
            autocomplete="off"
            autocapitalize="off"
            placeholder={PLACEHOLDER[console]}
            value={text}
            aria-describedby="tester-basis"
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </div>
      </div>
      <p class="hint" id="tester-basis">
        {basis === 'draft' ? t('optionsTesterBasisDraft') : basis === 'saved-draft-invalid' ? t('optionsTesterBasisInvalid') : t('optionsTesterBasisSaved')}
      </p>
      <div class="tester-result" aria-live="polite" data-testid="tester-result">
        {console === 'site' ? (
          !id ? null : siteReading ? (
            <SiteVerdict reading={siteReading} />
          ) : (
            <p data-testid="tester-not-project">{notScopeText(console, id)}</p>
          )
        ) : !typed.ok ? (
          typed.reason === 'empty' ? null : (
            <p data-testid="tester-not-project">{notScopeText(console, id)}</p>
          )
        ) : result ? (
          <Verdict typed={typed} result={result} />
        ) : (
          <>
            <p>{t('optionsTesterNoMatch', [typedScopeText(typed)])}</p>
            {typed.scope.console !== 'gcp' && typed.by === 'id' && effective.sources.includes('default') ? (
              <p class="hint" data-testid="tester-names-only">
                {t('optionsTesterBuiltInNamesOnly')}
              </p>
            ) : null}
          </>
        )}
        {console !== 'site' && typed.ok && typed.by === 'name' ? (
          <p class="hint" data-testid="tester-name-only">
            {t('optionsTesterNameOnly', [typed.scope.id])}
          </p>
        ) : null}
      </div>
    </section>
  );
}

export function ruleDescription(result: Classification): string {
  if (result.site) return t('optionsTesterSiteEnvironmentApplied', [sourceName(result.site.source), String(result.site.index + 1)]);
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

function Verdict({ typed, result }: { typed: Extract<TypedScope, { ok: true }>; result: Classification }) {
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
      {result.overridden?.ruleIndex != null ? (
        <p class="notice notice-info" data-testid="tester-overridden">
          {t('optionsTesterOverridden', [String(result.overridden.ruleIndex + 1), result.overridden.environment.name, env.name])}
        </p>
      ) : null}
      <BannerPreview label={env.label} name={env.name} color={env.color} project={typedScopeText(typed)} console={typed.scope.console} />
    </>
  );
}
