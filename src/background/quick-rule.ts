/**
 * The popup's quick rule, planned and saved here (core/quick-rule): the
 * popup carries no validator, so it sends the scope and the chosen
 * environment and shows the answer. Saving writes the personal settings as
 * the options page does; the publisher checks and publishes them, and the
 * tabs are marked again.
 *
 * A request is checked like anything from outside: the scope must be an ID
 * its console shows, the environment one the effective policy knows.
 */
import { CONSOLES } from '../consoles/urls';
import { isConsoleId, type Scope } from '../consoles/ids';
import { outcomeOf, planQuickRule, type QuickRuleAnswer } from '../core/quick-rule';
import { settingsWith } from '../core/quick-rule-settings';
import { readCheckedPolicy } from '../platform/checked-policy';
import { storage } from '../platform/storage';

export interface QuickRuleRequest {
  scope: Scope;
  /** null: only the environments and whether a rule may be added. */
  environment: string | null;
  save: boolean;
  /** The person confirmed taking protection away. */
  confirmDowngrade: boolean;
}

const validScope = (scope: unknown): scope is Scope => {
  const { console, id } = (scope ?? {}) as Partial<Scope>;
  return isConsoleId(console) && typeof id === 'string' && id.length <= 300 && CONSOLES[console].isScopeId(id);
};

export async function answerQuickRule({ scope, environment, save, confirmDowngrade }: QuickRuleRequest): Promise<QuickRuleAnswer> {
  const checked = await readCheckedPolicy();
  const environments = [...checked.effective.environments.values()].map(({ name, label, color, typedConfirmation }) => ({ name, label, color, typedConfirmation }));
  const answer = (outcome: QuickRuleAnswer['outcome']): QuickRuleAnswer => ({ environments, outcome });
  if (!validScope(scope)) return answer({ kind: 'refused', problems: ['not an ID this console shows'] });
  if (!checked.effective.personalAllowed) return answer({ kind: 'personal-off' });
  if (checked.settings.corrupt || checked.settings.migratedFrom !== null) return answer({ kind: 'settings-unusable' });
  if (environment === null) return answer({ kind: 'ready' });
  if (typeof environment !== 'string' || !checked.effective.environments.has(environment.toLowerCase())) {
    return answer({ kind: 'refused', problems: [`unknown environment ${JSON.stringify(environment)}`] });
  }
  const plan = planQuickRule(checked.sources, scope, environment);
  const outcome = outcomeOf(plan);
  if (!save || plan.kind !== 'ready' || (plan.downgrade && !confirmDowngrade)) return answer(outcome);
  const written = settingsWith(checked.settings.settings, plan.personal);
  if (!written.ok) return answer({ kind: 'refused', problems: written.problems });
  await storage.settings.set(written.settings);
  return answer({ kind: 'saved', environment });
}
