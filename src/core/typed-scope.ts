/**
 * A scope someone typed (the options page's tester, `cluster-guard explain`,
 * the popup's "add a rule" link read back): what a console tab would match
 * rules against for it. Pure.
 *
 * The text is the scope's ID when the console could show it as one (an AWS
 * account written either way, 111122223333 or 1111-2222-3333, is the same
 * account); otherwise its name, where the console has names (an AWS account
 * alias): then rules are tried against the name only, as no account ID can
 * match it. An Azure tab knows only the subscription ID (any case, braces
 * allowed when typed): a name typed for Azure is refused with why. Google Cloud has no
 * names besides the project ID. Anything else is refused before any rule
 * sees it (isScopeKey): nothing matches longer input than a tab can give.
 */
import type { ConsoleId, Scope } from '../consoles/ids';
import { CONSOLES, isScopeKey, scopeText } from '../consoles/urls';
import { canonicalSubscriptionId } from './subscription-id';

export type TypedScope =
  /** `by`: whether the text was the scope's ID or only its name. */
  | { ok: true; scope: Scope; by: 'id' | 'name' }
  /** `azureName`: not a subscription ID, and an Azure tab never knows anything else (docs/team-policy.md, Consoles). */
  | { ok: false; reason: 'empty' | 'notScope' | 'azureName' };

/** Names as a console shows them: AWS aliases are lower case; Azure names keep theirs (matching ignores case anyway). */
function nameOf(console: ConsoleId, text: string): string | null {
  if (console === 'azure') return null;
  const urls = CONSOLES[console];
  if (console === 'aws') return urls.isScopeName(text.toLowerCase()) ? text.toLowerCase() : null;
  return urls.isScopeName(text) ? text : null;
}

/**
 * The scope for `text` typed for `console`; `name`, when given, is the
 * scope's name beside an ID (an AWS alias shown next to the account): rules
 * are then tried against both, first rule wins, as in a tab.
 */
export function readTypedScope(console: ConsoleId, text: string, name?: string): TypedScope {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, reason: 'empty' };
  if (console === 'azure') {
    const subscription = canonicalSubscriptionId(trimmed);
    return subscription ? { ok: true, scope: { console, id: subscription }, by: 'id' } : { ok: false, reason: 'azureName' };
  }
  const id = CONSOLES[console].canonicalId(trimmed);
  if (id) {
    const given = name === undefined ? null : nameOf(console, name.trim());
    return { ok: true, scope: given && given !== id ? { console, id, name: given } : { console, id }, by: 'id' };
  }
  const onlyName = isScopeKey(console, trimmed) ? nameOf(console, trimmed) : null;
  // A name alone stands for the scope: rules see only it (no ID rule can match a name).
  return onlyName ? { ok: true, scope: { console, id: onlyName, name: onlyName }, by: 'name' } : { ok: false, reason: 'notScope' };
}

/** Whether `name` could be a name of one of `console`'s scopes a tab knows (an AWS alias; Azure tabs know none). */
export function isTypedName(console: ConsoleId, name: string): boolean {
  return nameOf(console, name.trim()) !== null;
}

/** How a typed scope is written for people: `acme-prod (1111-2222-3333)`, `1111-2222-3333`, or a name given alone. */
export function typedScopeText(typed: { scope: Scope; by: 'id' | 'name' }): string {
  return typed.by === 'name' ? typed.scope.id : scopeText(typed.scope);
}
