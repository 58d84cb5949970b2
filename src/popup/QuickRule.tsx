/**
 * The popup's quick rule: choose an environment for the tab's project,
 * account or subscription and save, without leaving the popup. What saving
 * would do is worked out first (core/quick-rule): a team or managed rule the
 * personal rule cannot override is said, protection taken away needs an
 * explicit confirmation. The background plans and writes (the popup carries
 * no validator): the personal settings as the options page writes them,
 * checked and published for the tabs, which are marked again without a
 * reload.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Scope } from '../consoles/ids';
import { readableTextColor } from '../core/contrast';
import type { QuickRuleAnswer, QuickRuleEnvironment } from '../core/quick-rule';
import { t } from '../platform/i18n';
import { send } from '../platform/messages';
import { sourceName } from '../platform/words';

type Outcome = QuickRuleAnswer['outcome'];

async function ask(scope: Scope, environment: string | null, save: boolean, confirmDowngrade: boolean): Promise<QuickRuleAnswer> {
  const answer = await send('quick-rule', { scope, environment, save, confirmDowngrade });
  if (!answer) throw new Error('no answer from the background');
  return answer;
}

export function QuickRule({ scope, current, onSaved, onCancel, onMoreOptions }: {
  scope: Scope;
  /** The tab's environment now, chosen to begin with. */
  current: string | null;
  onSaved: (environment: string) => void;
  onCancel: () => void;
  onMoreOptions: () => void;
}) {
  const [environments, setEnvironments] = useState<QuickRuleEnvironment[] | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [choice, setChoice] = useState<string | null>(current);
  const [confirmed, setConfirmed] = useState(false);
  const [chooseFirst, setChooseFirst] = useState(false);
  const saving = useRef(false);
  const form = useRef<HTMLFormElement>(null);
  const enteredPicker = useRef(false);

  const show = (answer: QuickRuleAnswer) => {
    setEnvironments(answer.environments);
    setOutcome(answer.outcome);
    setError(null);
    return answer.outcome;
  };
  const failed = (reason: unknown) => setError(String(reason));

  // What choosing this environment would do, asked again at each choice.
  useEffect(() => {
    ask(scope, choice, false, false).then(show, failed);
  }, [choice]);

  const blocked = outcome?.kind === 'personal-off' || outcome?.kind === 'settings-unusable';

  // Into the picker as soon as it shows: the chosen environment, or the first.
  useEffect(() => {
    if (!environments || enteredPicker.current) return;
    enteredPicker.current = true;
    const radios = [...(form.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [])];
    (radios.find((radio) => radio.checked) ?? radios[0])?.focus();
  }, [environments]);

  const focus = (selector: string) => requestAnimationFrame(() => form.current?.querySelector<HTMLElement>(selector)?.focus());

  const save = async (event: Event) => {
    event.preventDefault();
    if (saving.current) return;
    if (!choice) {
      setChooseFirst(true);
      focus('input[type="radio"]');
      return;
    }
    saving.current = true;
    try {
      // The background plans again on what is stored now, and saves only what needs no word first.
      const result = show(await ask(scope, choice, true, confirmed));
      if (result.kind === 'saved') onSaved(result.environment);
      else if (result.kind === 'downgrade') focus('#quick-rule-confirm');
    } catch (reason) {
      failed(reason);
    } finally {
      saving.current = false;
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Closes this form only; the popup stays open.
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  };

  return (
    <form id="quick-rule" class="quick-rule" ref={form} onSubmit={(event) => void save(event)} onKeyDown={onKeyDown} noValidate>
      {!environments ? (
        error ? (
          <p class="problem" role="alert">
            {t('popupLoadFailed', [error])}
          </p>
        ) : (
          <p role="status">{t('popupLoading')}</p>
        )
      ) : blocked ? (
        <p class="problem" role="status">
          {outcome.kind === 'personal-off' ? t('popupQuickPersonalOff') : t('popupQuickSettingsProblem')}
        </p>
      ) : (
        <>
          <fieldset>
            <legend>{t('popupQuickLegend', [scope.id])}</legend>
            {environments.map((environment) => (
              <EnvironmentChoice
                key={environment.name}
                environment={environment}
                checked={choice === environment.name}
                onChoose={() => {
                  setChoice(environment.name);
                  setConfirmed(false);
                  setChooseFirst(false);
                }}
              />
            ))}
          </fieldset>
          <OutcomeNotice outcome={outcome} scope={scope} confirmed={confirmed} onConfirm={setConfirmed} />
        </>
      )}
      <div class="quick-actions">
        {environments && !blocked && (
          <button type="submit" disabled={outcome?.kind === 'decided-elsewhere'}>
            {t('popupQuickSave')}
          </button>
        )}
        <button type="button" class="secondary" onClick={onCancel}>
          {t('popupQuickCancel')}
        </button>
        <button type="button" class="link-button" onClick={onMoreOptions}>
          {t('popupQuickMoreOptions')}
        </button>
      </div>
      <p role="status" class="problem">
        {chooseFirst && t('popupQuickChooseFirst')}
        {environments && error && t('popupQuickFailed', [error])}
        {outcome?.kind === 'refused' && t('popupQuickFailed', [outcome.problems.join('; ')])}
      </p>
    </form>
  );
}

function EnvironmentChoice({ environment, checked, onChoose }: { environment: QuickRuleEnvironment; checked: boolean; onChoose: () => void }) {
  return (
    <label class="choice">
      <input type="radio" name="quick-rule-environment" value={environment.name} checked={checked} onChange={onChoose} />
      <span class="label" style={{ background: environment.color, color: readableTextColor(environment.color) }}>
        {environment.label}
      </span>{' '}
      <span>{environment.name}</span>
      {environment.typedConfirmation && <span class="protected"> {t('popupQuickProtected', [environment.name])}</span>}
    </label>
  );
}

/** What saving the chosen environment would do, when it is more than marking the tab. */
function OutcomeNotice({ outcome, scope, confirmed, onConfirm }: { outcome: Outcome | null; scope: Scope; confirmed: boolean; onConfirm: (yes: boolean) => void }) {
  if (outcome?.kind === 'decided-elsewhere') {
    return (
      <p class="problem" role="status" data-testid="quick-rule-decided">
        {t('popupQuickDecidedElsewhere', [sourceName(outcome.source), outcome.environment])}
      </p>
    );
  }
  if (outcome?.kind !== 'downgrade') return null;
  const { from, to } = outcome;
  return (
    <div class="downgrade" data-testid="quick-rule-downgrade">
      <p class="problem" role="status">
        {outcome.stillGuarded ? t('popupQuickDowngradeNarrower', [scope.id, to, from]) : t('popupQuickDowngrade', [scope.id, to, from])}
      </p>
      <label class="choice">
        <input id="quick-rule-confirm" type="checkbox" checked={confirmed} onChange={(event) => onConfirm((event.currentTarget as HTMLInputElement).checked)} />{' '}
        {t('popupQuickDowngradeConfirm')}
      </label>
    </div>
  );
}
