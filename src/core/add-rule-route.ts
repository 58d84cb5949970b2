/**
 * The options page's "add a rule" route, which the popup opens for the
 * scope of a tab no rule matched: `#add-rule=<console>:<id>`
 * (`#add-rule=aws:111122223333`, `#add-rule=gcp:acme-shop-1`). The older
 * form without a console, `#add-rule=<project>`, still means a Google Cloud
 * project (one with a domain prefix, `google.com:acme-1`, included: only
 * `gcp`, `aws` and `azure` are read as a console). Pure.
 */
import { DEFAULT_CONSOLE, isConsoleId, type ConsoleId } from '../consoles/ids';
import type { Rule } from './rule-index';
import { readTypedScope } from './typed-scope';

/** The hash that asks the options page for a new exact rule for `id` of `console`. */
export function addRuleHash(console: ConsoleId, id: string): string {
  return `#add-rule=${console}:${encodeURIComponent(id)}`;
}

/** Bounded like anything a console can show (and then some). */
const ROUTE = /^#add-rule=(.{1,300})$/s;

/**
 * The new rule a hash asks for: an exact rule for the ID (an AWS account
 * written 1111-2222-3333 is 111122223333), Google Cloud unless the hash names
 * another console; null when the hash is not this route. An ID the console
 * never shows is kept as given: the rules editor says it never matches.
 */
export function readAddRuleHash(hash: string): Pick<Rule, 'kind' | 'pattern' | 'console'> | null {
  const match = ROUTE.exec(hash);
  if (!match) return null;
  let text: string;
  try {
    text = decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
  const colon = text.indexOf(':');
  const prefix = colon < 0 ? '' : text.slice(0, colon);
  const console: ConsoleId = isConsoleId(prefix) ? prefix : DEFAULT_CONSOLE;
  const given = (isConsoleId(prefix) ? text.slice(colon + 1) : text).trim();
  if (!given || given.length > 200) return null;
  const typed = readTypedScope(console, given);
  const pattern = typed.ok ? typed.scope.id : given;
  return console === DEFAULT_CONSOLE ? { kind: 'exact', pattern } : { kind: 'exact', pattern, console };
}
