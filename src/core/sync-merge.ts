/**
 * Merging the personal settings of two browsers: this browser's (`local`),
 * the copy another browser put in storage.sync (`remote`), and `base`, the
 * copy both last agreed on (what this browser last read from or wrote to
 * storage.sync; null before the first time, or when the copy there replaced
 * an unreadable one). Pure: no browser globals.
 *
 * The rule (docs/settings-sync.md):
 *  - A rule is known by its console, match type and pattern (the nth rule
 *    with the same ones is a rule of its own); an environment by its name,
 *    ignoring case. A change is anything that differs from `base`.
 *  - What only one side changed (added, edited, deleted) is taken from it.
 *  - A deletion is honoured only when the other side left that rule or
 *    environment as it was in `base`: deleted on one side and edited on the
 *    other, the edited one stays.
 *  - Edited differently on both sides: both versions of a rule stay (this
 *    browser's first); for an environment, the one with typed confirmation,
 *    else this browser's.
 *  - Without a base nothing is deleted: the result has every rule of both.
 *  - An environment a kept rule names is kept, whoever deleted it.
 *  - The policy's single fields (unmatched, built-in rules, banner): what
 *    changed wins; changed on both sides, this browser's, except that the
 *    built-in rules stay on.
 * So no rule is ever lost to a conflict. Order: this browser's rules in its
 * order, each where it stands, then the ones only the other side has, in
 * its order.
 */
import type { Environment } from './environments';
import type { Rule } from './rule-index';
import type { Policy } from './policy/types';

export interface SyncMergeResult {
  policy: Policy;
  /** Rules and environments the other browser added or changed that this one takes. */
  takenFromRemote: number;
  /** Rules and environments the other browser deleted that this one deletes too. */
  deletedByRemote: number;
  /** One line per conflict, saying what was kept. */
  conflicts: string[];
}

const ruleIdentity = (rule: Rule) => JSON.stringify([rule.console ?? 'gcp', rule.kind, rule.pattern]);
const ruleValue = (rule: Rule) => JSON.stringify([rule.console ?? 'gcp', rule.kind, rule.pattern, rule.environment, rule.note ?? '']);
const envIdentity = (env: Environment) => env.name.toLowerCase();
const envValue = (env: Environment) =>
  JSON.stringify([env.name, env.label, env.color, env.typedConfirmation, env.guards === undefined ? null : env.guards, env.alsoGuard === undefined ? null : env.alsoGuard]);

/** Entries keyed by identity; repeats get `#n` so each stands on its own. */
function keyed<T>(items: readonly T[], identity: (item: T) => string): [string, T][] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const id = identity(item);
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    return [`${id}#${n}`, item];
  });
}

interface Side<T> {
  identity: (item: T) => string;
  value: (item: T) => string;
  /** Both sides changed one entry differently: what stays. */
  bothChanged: (local: T, remote: T) => T[];
  describe: (item: T) => string;
}

function mergeList<T>(base: readonly T[] | null, local: readonly T[], remote: readonly T[], side: Side<T>) {
  const baseMap = base ? new Map(keyed(base, side.identity)) : null;
  const localList = keyed(local, side.identity);
  const remoteList = keyed(remote, side.identity);
  const remoteMap = new Map(remoteList);
  const localKeys = new Set(localList.map(([key]) => key));
  const same = (a: T | undefined, b: T | undefined) => (a === undefined ? b === undefined : b !== undefined && side.value(a) === side.value(b));
  let takenFromRemote = 0;
  let deletedByRemote = 0;
  const conflicts: string[] = [];

  const resolve = (key: string, l: T | undefined, r: T | undefined): T[] => {
    if (same(l, r)) return l === undefined ? [] : [l];
    if (baseMap === null) {
      if (l === undefined || r === undefined) {
        if (l === undefined) takenFromRemote++;
        return [(l ?? r)!];
      }
      conflicts.push(`${side.describe(l)}: kept ${describeBoth(side, l, r)}`);
      return side.bothChanged(l, r);
    }
    const b = baseMap.get(key);
    if (same(l, b)) {
      if (r === undefined) deletedByRemote++;
      else takenFromRemote++;
      return r === undefined ? [] : [r];
    }
    if (same(r, b)) return l === undefined ? [] : [l];
    // Both changed it, differently: a deletion gives way to an edit.
    if (l === undefined) {
      conflicts.push(`${side.describe(r!)}: deleted here, changed in another browser; kept`);
      takenFromRemote++;
      return [r!];
    }
    if (r === undefined) {
      conflicts.push(`${side.describe(l)}: deleted in another browser, changed here; kept`);
      return [l];
    }
    conflicts.push(`${side.describe(l)}: changed in both browsers; kept ${describeBoth(side, l, r)}`);
    return side.bothChanged(l, r);
  };

  const merged: T[] = [];
  for (const [key, l] of localList) merged.push(...resolve(key, l, remoteMap.get(key)));
  for (const [key, r] of remoteList) if (!localKeys.has(key)) merged.push(...resolve(key, undefined, r));
  // Entries both sides deleted, or only ever in base, need nothing.
  return { merged, takenFromRemote, deletedByRemote, conflicts };
}

function describeBoth<T>(side: Side<T>, l: T, r: T): string {
  const kept = side.bothChanged(l, r);
  return kept.length > 1 ? 'both versions' : kept[0] === l ? "this browser's version" : "the other browser's version";
}

const RULES: Side<Rule> = {
  identity: ruleIdentity,
  value: ruleValue,
  bothChanged: (l, r) => [l, r],
  describe: (rule) => `rule ${rule.kind} ${JSON.stringify(rule.pattern)}`,
};

const ENVIRONMENTS: Side<Environment> = {
  identity: envIdentity,
  value: envValue,
  bothChanged: (l, r) => (!l.typedConfirmation && r.typedConfirmation ? [r] : [l]),
  describe: (env) => `environment ${JSON.stringify(env.name)}`,
};

function mergeField<T>(base: T | undefined, local: T, remote: T, hasBase: boolean, onConflict: (local: T, remote: T) => T): T {
  const same = (a: T | undefined, b: T | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  if (same(local, remote)) return local;
  if (hasBase && same(local, base)) return remote;
  if (hasBase && same(remote, base)) return local;
  return onConflict(local, remote);
}

export function mergePersonal(base: Policy | null, local: Policy, remote: Policy): SyncMergeResult {
  const rules = mergeList(base?.rules ?? null, local.rules, remote.rules, RULES);
  const envs = mergeList(base?.environments ?? null, local.environments, remote.environments, ENVIRONMENTS);
  const environments = [...envs.merged];
  // An environment a kept rule names stays, from whichever copy still has it.
  const named = new Set(environments.map(envIdentity));
  for (const rule of rules.merged) {
    const id = rule.environment.toLowerCase();
    if (named.has(id)) continue;
    const found = [...local.environments, ...remote.environments, ...(base?.environments ?? [])].find((env) => envIdentity(env) === id);
    if (found) {
      environments.push(found);
      named.add(id);
    }
  }
  const hasBase = base !== null;
  const keepLocal = <T>(l: T) => l;
  const policy: Policy = {
    version: local.version,
    environments,
    rules: rules.merged,
    unmatched: mergeField(base?.unmatched, local.unmatched, remote.unmatched, hasBase, keepLocal),
    useDefaultRules: mergeField(base?.useDefaultRules, local.useDefaultRules, remote.useDefaultRules, hasBase, () => true),
    allowPersonalRules: mergeField(base?.allowPersonalRules, local.allowPersonalRules, remote.allowPersonalRules, hasBase, keepLocal),
  };
  const banner = mergeField(base?.banner, local.banner, remote.banner, hasBase, keepLocal);
  if (banner !== undefined) policy.banner = banner;
  // Sites as one field, like the banner: the options page writes the list whole.
  const sites = mergeField(base?.sites, local.sites, remote.sites, hasBase, keepLocal);
  if (sites?.length) policy.sites = sites;
  return {
    policy,
    takenFromRemote: rules.takenFromRemote + envs.takenFromRemote,
    deletedByRemote: rules.deletedByRemote + envs.deletedByRemote,
    conflicts: [...rules.conflicts, ...envs.conflicts],
  };
}
