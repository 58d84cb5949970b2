/** How `explain` writes a rule and a guard, for both its forms (an ID, an address). */
import { DEFAULT_CONSOLE } from '../consoles/ids';
import type { Environment } from '../core/environments';
import { ruleConsole, type Rule } from '../core/rule-index';

/** `exact "acme-1"`, `aws glob "acme-*"`: a rule as the file has it. */
export function ruleText(rule: Rule): string {
  const console = ruleConsole(rule);
  return `${console === DEFAULT_CONSOLE ? '' : `${console} `}${rule.kind} ${JSON.stringify(rule.pattern)}`;
}

export function describeGuard(env: Environment): string {
  if (!env.typedConfirmation) return 'typed confirmation off (destructive dialogs are not blocked)';
  const guards = env.guards ?? 'all';
  const kinds = guards === 'all' ? 'all destructive dialogs' : `${guards.length ? guards.join(', ') : 'no listed kinds'}, and dialogs of unrecognised kind`;
  const also = (env.alsoGuard ?? []).includes('stop') ? ', and to stopping or suspending VMs (alsoGuard)' : '';
  return `typed confirmation on: type "${env.name}" to confirm; applies to ${kinds}${also}`;
}
