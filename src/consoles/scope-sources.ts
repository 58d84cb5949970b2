/**
 * One scope from several sources that each may name it: the URL (an AWS
 * multi-session host) and what the page shows (AWS: session data, the
 * account ID control, the account menu's text), best first. The best source
 * names the scope; every other source present must agree with it, on the
 * ID and on the name where both show one. When they disagree nothing says
 * which is right (a stale menu, a page that rewrote one of them), so the
 * scope is unknown and the tab guards as if protected (fail closed). Pure.
 */
import type { ConsoleId, Scope } from './ids';

export interface ScopeSource {
  /** Where it was read, for people: `session data`, `account menu`. */
  from: string;
  id: string;
  name?: string;
}

export type SourcesVerdict =
  | { kind: 'scope'; scope: Scope }
  /** No source names a scope yet. */
  | { kind: 'unknown' }
  /** Two sources name different scopes: treated as unknown; `why` says which. */
  | { kind: 'conflict'; why: string };

export function decideScope(console: ConsoleId, sources: readonly ScopeSource[], show: (id: string) => string = (id) => id): SourcesVerdict {
  const best = sources[0];
  if (!best) return { kind: 'unknown' };
  const otherId = sources.find((source) => source.id !== best.id);
  if (otherId) return { kind: 'conflict', why: `the ${best.from} says ${show(best.id)}, the ${otherId.from} ${show(otherId.id)}` };
  const named = sources.filter((source) => source.name);
  const firstName = named[0];
  const otherName = named.find((source) => source.name !== firstName?.name);
  if (firstName && otherName) return { kind: 'conflict', why: `the ${firstName.from} says ${firstName.name}, the ${otherName.from} ${otherName.name}` };
  return { kind: 'scope', scope: firstName ? { console, id: best.id, name: firstName.name } : { console, id: best.id } };
}

/** A stable key for a list of sources: the watcher reports only changes. */
export function sourcesKey(sources: readonly ScopeSource[]): string {
  return sources.map((source) => `${source.from}\u0000${source.id}\u0000${source.name ?? ''}`).join('\u0001');
}
