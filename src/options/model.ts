/**
 * The options page's editing model: a draft of the personal policy that the
 * editors change, pure operations on it, and its validation into inline
 * issues keyed by the same paths core/policy/parse reports
 * (`rules[2].match`, `environments[0].color`). Pure: no browser globals, no
 * strings for people (issue codes are turned into text in text.ts).
 */
import { CONSOLE_IDS, DEFAULT_CONSOLE, type ConsoleId } from '../consoles/ids';
import { CONSOLES } from '../consoles/urls';
import { DEFAULT_ENVIRONMENTS, type Environment } from '../core/environments';
import { DESTRUCTIVE_KINDS, type DestructiveKind } from '../core/dialogs';
import { compilePattern, PATTERN_KINDS, type Rule } from '../core/rules';
import { policyToFile, serializePolicy } from '../core/policy/file';
import { parsePolicyObject } from '../core/policy/parse';
import { PolicyCost } from '../core/policy/cost';
import { canonicalSubscriptionId } from '../core/subscription-id';
import { validateTeamUrl } from '../core/policy/team-url';
import type { BannerDisplay, BannerSize, Policy, PolicyIssue } from '../core/policy/types';

/** A list item with a key that survives reordering (for rendering and focus). */
export interface Keyed<T> {
  key: number;
  value: T;
}

export interface Draft {
  /** Fields the page does not edit (version, allowPersonalRules) pass through untouched. */
  base: Policy;
  environments: Keyed<Environment>[];
  rules: Keyed<Rule>[];
  unmatched: string | null;
  useDefaultRules: boolean;
  /** The personal banner display: only the fields the user chose (absent ones: the team's, or the default). */
  banner: BannerDisplay;
  nextKey: number;
}

export { CONSOLE_IDS, PATTERN_KINDS };

/** Kinds a user can limit typed confirmation to; `other` (unrecognised dialogs) is always guarded. */
export const GUARDABLE_KINDS: readonly Exclude<DestructiveKind, 'other'>[] = DESTRUCTIVE_KINDS.filter(
  (kind): kind is Exclude<DestructiveKind, 'other'> => kind !== 'other',
);

export const NEW_ENVIRONMENT_COLOR = '#1a73e8';

export function draftFromPolicy(policy: Policy): Draft {
  const copy = structuredClone(policy);
  let nextKey = 1;
  return {
    base: copy,
    environments: copy.environments.map((value) => ({ key: nextKey++, value })),
    rules: copy.rules.map((value) => ({ key: nextKey++, value })),
    unmatched: copy.unmatched,
    useDefaultRules: copy.useDefaultRules,
    banner: copy.banner ?? {},
    nextKey,
  };
}

/**
 * An exact rule's ID as the policy keeps it: an AWS account typed as the
 * console shows it (1111-2222-3333) is 111122223333, an Azure subscription
 * pasted in braces or upper case is the bare lower-case GUID, as core/policy/parse
 * reads it back (so a saved draft reads back unchanged); anything else as typed.
 */
function ruleAsSaved(rule: Rule): Rule {
  if (rule.kind !== 'exact' || !rule.console || rule.console === DEFAULT_CONSOLE) return rule;
  const id = rule.console === 'azure' ? canonicalSubscriptionId(rule.pattern) : CONSOLES[rule.console].canonicalId(rule.pattern);
  return id && id !== rule.pattern ? { ...rule, pattern: id } : rule;
}

export function draftToPolicy(draft: Draft): Policy {
  const { banner: _unused, ...base } = draft.base;
  const banner = Object.keys(draft.banner).length > 0 ? { banner: draft.banner } : {};
  return structuredClone({
    ...base,
    environments: draft.environments.map((item) => item.value),
    rules: draft.rules.map((item) => ruleAsSaved(item.value)),
    unmatched: draft.unmatched,
    useDefaultRules: draft.useDefaultRules,
    ...banner,
  });
}

/** Same content, whatever the keys: what decides "unsaved changes". */
export function samePolicy(a: Policy, b: Policy): boolean {
  return JSON.stringify(policyToFile(a)) === JSON.stringify(policyToFile(b));
}

// ---- list operations (shared by rules and environments) ----

function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const copy = [...items];
  const [item] = copy.splice(index, 1);
  copy.splice(target, 0, item!);
  return copy;
}

/** The item at `from` taken out and put at `to` (a drop onto another row): the rows between shift by one. */
function moveItemTo<T>(items: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return [...items];
  return moveItem(items, from, to - from);
}

// ---- rules ----

export function addRule(draft: Draft, rule: Partial<Rule> = {}): Draft {
  const value: Rule = { kind: 'glob', pattern: '', environment: 'production', ...rule };
  return { ...draft, rules: [...draft.rules, { key: draft.nextKey, value }], nextKey: draft.nextKey + 1 };
}

export function updateRule(draft: Draft, index: number, patch: Partial<Rule>): Draft {
  return { ...draft, rules: draft.rules.map((item, i) => (i === index ? { key: item.key, value: withoutEmptyNote({ ...item.value, ...patch }) } : item)) };
}

/** A cleared note is no note: the exported file then has no `"note": ""`. */
function withoutEmptyNote(rule: Rule): Rule {
  if (rule.note === undefined || rule.note.trim()) return rule;
  const { note: _empty, ...rest } = rule;
  return rest;
}

/** The rule's console; Google Cloud is the default, so its rules name none (as in a version 1 file). */
export function setRuleConsole(draft: Draft, index: number, console: ConsoleId): Draft {
  return {
    ...draft,
    rules: draft.rules.map((item, i) => {
      if (i !== index) return item;
      const { console: _old, ...rest } = item.value;
      return { key: item.key, value: console === DEFAULT_CONSOLE ? rest : { ...rest, console } };
    }),
  };
}

export function moveRule(draft: Draft, index: number, delta: number): Draft {
  return { ...draft, rules: moveItem(draft.rules, index, delta) };
}

export function moveRuleTo(draft: Draft, from: number, to: number): Draft {
  return { ...draft, rules: moveItemTo(draft.rules, from, to) };
}

export function deleteRule(draft: Draft, index: number): Draft {
  return { ...draft, rules: draft.rules.filter((_, i) => i !== index) };
}

// ---- environments ----

export function addEnvironment(draft: Draft, environment: Partial<Environment> = {}): Draft {
  const value: Environment = { name: '', label: '', color: NEW_ENVIRONMENT_COLOR, typedConfirmation: false, ...environment };
  return { ...draft, environments: [...draft.environments, { key: draft.nextKey, value }], nextKey: draft.nextKey + 1 };
}

const lower = (name: string) => name.trim().toLowerCase();

/**
 * Changes an environment. A rename carries the rules (and `unmatched`) that
 * named it along, but only while both names are unambiguous: renaming onto
 * another environment's name, or away from a name two environments share,
 * leaves the rules alone (validation then points at them).
 */
export function updateEnvironment(draft: Draft, index: number, patch: Partial<Environment>): Draft {
  const current = draft.environments[index];
  if (!current) return draft;
  const next: Environment = { ...current.value, ...patch };
  if (next.guards === undefined) delete next.guards;
  if (next.alsoGuard === undefined) delete next.alsoGuard;
  const environments = draft.environments.map((item, i) => (i === index ? { key: item.key, value: next } : item));
  let { rules, unmatched } = draft;
  const oldName = current.value.name;
  if (patch.name !== undefined && lower(patch.name) !== lower(oldName) && oldName.trim()) {
    const others = draft.environments.filter((_, i) => i !== index).map((item) => lower(item.value.name));
    const unambiguous = !others.includes(lower(oldName)) && !others.includes(lower(next.name)) && next.name.trim() !== '';
    if (unambiguous) {
      rules = rules.map((item) => (lower(item.value.environment) === lower(oldName) ? { key: item.key, value: { ...item.value, environment: next.name.trim() } } : item));
      if (unmatched !== null && lower(unmatched) === lower(oldName)) unmatched = next.name.trim();
    }
  }
  return { ...draft, environments, rules, unmatched };
}

export function moveEnvironment(draft: Draft, index: number, delta: number): Draft {
  return { ...draft, environments: moveItem(draft.environments, index, delta) };
}

export function deleteEnvironment(draft: Draft, index: number): Draft {
  return { ...draft, environments: draft.environments.filter((_, i) => i !== index) };
}

/** How many rules (and whether `unmatched`) name this environment: shown before deleting it. */
export function environmentUse(draft: Draft, name: string): { rules: number; unmatched: boolean } {
  return {
    rules: draft.rules.filter((item) => lower(item.value.environment) === lower(name)).length,
    unmatched: draft.unmatched !== null && lower(draft.unmatched) === lower(name),
  };
}

export function setUnmatched(draft: Draft, unmatched: string | null): Draft {
  return { ...draft, unmatched };
}

export function setUseDefaultRules(draft: Draft, useDefaultRules: boolean): Draft {
  return { ...draft, useDefaultRules };
}

export function setBannerSize(draft: Draft, size: BannerSize): Draft {
  return { ...draft, banner: { ...draft.banner, size } };
}

export function setTintConsoleHeader(draft: Draft, tintConsoleHeader: boolean): Draft {
  return { ...draft, banner: { ...draft.banner, tintConsoleHeader } };
}

/** Replaces everything the page edits with an imported policy; keys stay unique. */
export function replaceDraft(draft: Draft, policy: Policy): Draft {
  const fresh = draftFromPolicy(policy);
  const shift = (item: Keyed<unknown>) => item.key + draft.nextKey;
  return {
    ...fresh,
    environments: fresh.environments.map((item) => ({ key: shift(item), value: item.value })),
    rules: fresh.rules.map((item) => ({ key: shift(item), value: item.value })),
    nextKey: fresh.nextKey + draft.nextKey,
  };
}

// ---- environment names in force ----

export interface EnvironmentChoice {
  name: string;
  label: string;
  color: string;
  typedConfirmation: boolean;
  /** Where its definition comes from, for the rule editor's list. */
  from: 'managed' | 'team' | 'personal' | 'default';
}

/**
 * Every environment in force, by name, with where its definition comes from
 * (an authority's definition wins, as in core/policy/effective).
 */
export function environmentChoices(draft: Draft, authority: readonly (Environment & { source: 'managed' | 'team' })[]): EnvironmentChoice[] {
  const byName = new Map<string, EnvironmentChoice>();
  const put = (env: Environment, from: EnvironmentChoice['from']) => {
    if (!env.name.trim()) return;
    byName.set(lower(env.name), { name: env.name.trim(), label: env.label, color: env.color, typedConfirmation: env.typedConfirmation, from });
  };
  for (const env of DEFAULT_ENVIRONMENTS) put(env, 'default');
  for (const item of draft.environments) put(item.value, 'personal');
  // Team before managed, so the managed definition ends up on top.
  for (const env of authority.filter((e) => e.source === 'team')) put(env, 'team');
  for (const env of authority.filter((e) => e.source === 'managed')) put(env, 'managed');
  return [...byName.values()];
}

/**
 * The environments a personal rule may name: the built-in ones and the
 * draft's own. (A personal policy is a policy file of its own: it is stored
 * and exported without the team's, so it cannot lean on the team's names.)
 */
export function ruleEnvironmentChoices(draft: Draft, choices: readonly EnvironmentChoice[]): EnvironmentChoice[] {
  const names = personalNames(draft);
  return choices.filter((choice) => names.has(lower(choice.name)));
}

function personalNames(draft: Draft): Set<string> {
  return new Set([...DEFAULT_ENVIRONMENTS.map((env) => lower(env.name)), ...draft.environments.map((item) => lower(item.value.name)).filter(Boolean)]);
}

// ---- validation ----

export type IssueCode =
  | 'required'
  | 'invalidRegex'
  | 'unsupportedRegex'
  | 'unknownEnvironment'
  | 'badColor'
  | 'duplicateName'
  | 'noGuardKinds'
  | 'definedByTeam'
  | 'policy'
  | 'policyWarning';

export interface DraftIssue {
  /** A parse-style path: `rules[0].match`, `environments[1].color`, `unmatched`, or '' for the whole policy. */
  path: string;
  code: IssueCode;
  /** Extra detail for the message: the engine's regex error, the unknown name, the parser's message. */
  detail?: string;
}

export interface DraftValidation {
  /** Blocking problems: while there are any, the draft cannot be saved or exported. */
  errors: DraftIssue[];
  /** Worth knowing, not blocking. */
  warnings: DraftIssue[];
}

const COLOR = /^#[0-9a-f]{6}$/i;

export type RuleField = 'console' | 'match' | 'kind' | 'environment' | 'note';

export function ruleKey(index: number, field: RuleField): string {
  return `rules[${index}].${field}`;
}

export function environmentKey(index: number, field: 'name' | 'label' | 'color' | 'typedConfirmation' | 'guards'): string {
  return `environments[${index}].${field}`;
}

/** The paths an editor shows a message next to; anything else is listed above the Save button. */
export function isFieldPath(path: string): boolean {
  return /^rules\[\d+\]\.(?:console|match|kind|environment)$/.test(path) || /^environments\[\d+\]\.(?:name|label|color|typedConfirmation|guards)$/.test(path) || path === 'unmatched';
}

/**
 * Parser paths may point inside a field (`environments[0].guards[2]`) or at a
 * whole item (`rules[3]`: shown at its pattern, `environments[1]`: at its name).
 */
function fieldPathOf(path: string): string {
  const field = /^(rules\[\d+\]\.(?:console|match|kind|environment)|environments\[\d+\]\.(?:name|label|color|typedConfirmation|guards)|unmatched)/.exec(path)?.[1];
  if (field) return field;
  const rule = /^rules\[(\d+)\]$/.exec(path);
  if (rule) return ruleKey(Number(rule[1]), 'match');
  const environment = /^environments\[(\d+)\]$/.exec(path);
  if (environment) return environmentKey(Number(environment[1]), 'name');
  return path;
}

/** RE2's reason, as in `missing closing ): \`acme-(\``. */
function regexErrorDetail(message: string): string {
  return message.replace(/^invalid regular expression: /, '');
}

/**
 * Validates the draft as the user types. Our own checks give specific
 * messages; then the whole draft goes through the same parser that reads
 * stored settings and policy files, and whatever it still refuses is shown
 * next to the field it names (or above Save).
 */
export function validateDraft(draft: Draft, authority: readonly (Environment & { source: 'managed' | 'team' })[] = []): DraftValidation {
  const errors: DraftIssue[] = [];
  const warnings: DraftIssue[] = [];
  const known = personalNames(draft);
  const authorityNames = new Set(authority.map((env) => lower(env.name)));

  const seen = new Map<string, number>();
  draft.environments.forEach(({ value: env }, i) => {
    if (!env.name.trim()) errors.push({ path: environmentKey(i, 'name'), code: 'required' });
    else if (seen.has(lower(env.name))) errors.push({ path: environmentKey(i, 'name'), code: 'duplicateName', detail: env.name.trim() });
    else {
      seen.set(lower(env.name), i);
      if (authorityNames.has(lower(env.name))) warnings.push({ path: environmentKey(i, 'name'), code: 'definedByTeam', detail: env.name.trim() });
    }
    if (!env.label.trim()) errors.push({ path: environmentKey(i, 'label'), code: 'required' });
    if (!COLOR.test(env.color.trim())) errors.push({ path: environmentKey(i, 'color'), code: 'badColor', detail: env.color });
    if (env.typedConfirmation && Array.isArray(env.guards) && env.guards.length === 0) warnings.push({ path: environmentKey(i, 'guards'), code: 'noGuardKinds' });
  });

  // Past what a policy may cost, the rest are not compiled: the parser below says why once.
  const cost = new PolicyCost();
  draft.rules.forEach(({ value: rule }, i) => {
    if (!rule.pattern) errors.push({ path: ruleKey(i, 'match'), code: 'required' });
    else if (!cost.refusal(false)) {
      let problem: DraftIssue | null = null;
      try {
        compilePattern(rule.kind, rule.pattern);
        cost.add(rule);
      } catch (error) {
        const message = (error as Error).message;
        problem = /^invalid regular expression: /.test(message)
          ? { path: ruleKey(i, 'match'), code: 'invalidRegex', detail: regexErrorDetail(message) }
          : { path: ruleKey(i, 'match'), code: 'unsupportedRegex', detail: message };
      }
      if (problem) errors.push(problem);
    }
    if (!rule.environment.trim()) errors.push({ path: ruleKey(i, 'environment'), code: 'required' });
    else if (!known.has(lower(rule.environment))) errors.push({ path: ruleKey(i, 'environment'), code: 'unknownEnvironment', detail: rule.environment });
  });

  if (draft.unmatched !== null && !known.has(lower(draft.unmatched))) errors.push({ path: 'unmatched', code: 'unknownEnvironment', detail: draft.unmatched });

  const ownPaths = new Set([...errors, ...warnings].map((issue) => issue.path));
  const addParserIssues = (issues: readonly PolicyIssue[], into: DraftIssue[], code: 'policy' | 'policyWarning') => {
    for (const issue of issues) {
      const path = fieldPathOf(issue.path);
      if (ownPaths.has(path)) continue; // already explained in our own words
      if (into.some((other) => other.path === path && other.detail === issue.message)) continue;
      into.push({ path, code, detail: issue.message });
    }
  };
  const parsed = parsePolicyObject(policyToFile(draftToPolicy(draft)));
  if (!parsed.ok) addParserIssues(parsed.errors, errors, 'policy');
  else addParserIssues(parsed.warnings, warnings, 'policyWarning');
  return { errors, warnings };
}

// ---- export ----

/**
 * The file "Export to a file" saves: the draft as a policy file of the
 * lowest version that holds it (core/policy/file), so an export without AWS
 * or Azure rules stays a version 1 file older extensions read.
 */
export function exportFileText(policy: Policy): string {
  return serializePolicy(policy);
}

/** Issues for one path, for the field that shows them. */
export function issuesAt(issues: readonly DraftIssue[], path: string): DraftIssue[] {
  return issues.filter((issue) => issue.path === path);
}

// ---- team policy URL ----

export type TeamUrlInput = { ok: true; url: string; origin: string } | { ok: false; code: 'required' | 'notHttps' | 'invalidUrl' };

/** The team policy URL a user typed, judged by core/policy/team-url; the origin is what host permission is asked for. */
export function checkTeamUrl(text: string): TeamUrlInput {
  const checked = validateTeamUrl(text);
  if (checked.ok) return { ok: true, url: checked.url, origin: new URL(checked.url).origin };
  return { ok: false, code: checked.code === 'credentials' ? 'invalidUrl' : checked.code };
}
