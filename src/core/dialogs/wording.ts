/**
 * The language tables (./languages) compiled once into matchers. Pure.
 *
 * Every table is tried on every text, whatever `hl` or the browser says: the
 * console follows both, and a dialog may mix languages (a product name in
 * English inside a Japanese title). Text is normalised first (NFC, lower
 * case, invisible characters dropped, whitespace collapsed), then the
 * `harmless` phrases of every language are blanked out, then the actions are
 * looked for. Patterns are fixed data written by us, never user input.
 */
import { DESTRUCTIVE_KINDS, type DestructiveKind } from './kinds';
import { LANGUAGES } from './languages';
import type { ActionClass, LanguageTable, Sourced } from './languages/types';

export interface ActionMatch {
  action: ActionClass;
  /** The words that matched, as written in the text. */
  verb: string;
  lang: string;
}

const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/g;
const LETTER_OR_DIGIT = '[\\p{L}\\p{N}\\p{M}]';

/** How every matcher sees text: NFC, lower case, no invisible characters, single spaces. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function escapeLiteral(text: string): string {
  // Only what is syntax outside a class: `u` mode refuses needless escapes such as `\-`.
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+');
}

/** A form found inside running text: whole words in spaced scripts, anywhere in unspaced ones. */
function inTextSource(form: string, script: LanguageTable['script']): string {
  const open = form.startsWith('*');
  const close = form.endsWith('*') && form.length > 1;
  const core = escapeLiteral(form.slice(open ? 1 : 0, close ? -1 : undefined));
  if (script === 'unspaced') return core;
  return `${open ? '' : `(?<!${LETTER_OR_DIGIT})`}${core}${close ? '' : `(?!${LETTER_OR_DIGIT})`}`;
}

/** A form that is a whole label; `*` stands for anything. */
function wholeLabelSource(form: string): string {
  return form
    .split('*')
    .map((part) => escapeLiteral(part))
    .join('.*');
}

function anyOf(sources: readonly string[], flags: string): RegExp | null {
  return sources.length > 0 ? new RegExp(sources.map((source) => `(?:${source})`).join('|'), flags) : null;
}

function formsOf(entries: readonly Sourced[]): string[] {
  return entries.flatMap((entry) => entry.forms.map((form) => normaliseText(form)).filter(Boolean));
}

interface ActionMatcher {
  action: ActionClass;
  lang: string;
  regex: RegExp;
}

interface Compiled {
  harmless: RegExp | null;
  actions: ActionMatcher[];
  outcomes: ActionMatcher[];
  leave: RegExp | null;
  confirm: RegExp | null;
  safe: RegExp | null;
  resources: { kind: DestructiveKind; regex: RegExp }[];
}

function compile(tables: readonly LanguageTable[]): Compiled {
  const actionMatchers = (pick: (table: LanguageTable) => LanguageTable['actions']): ActionMatcher[] =>
    tables.flatMap((table) =>
      pick(table)
        .map((entry) => ({ action: entry.action, lang: table.lang, regex: anyOf(formsOf([entry]).map((form) => inTextSource(form, table.script)), 'u') }))
        .filter((matcher): matcher is ActionMatcher => matcher.regex !== null),
    );
  const wholeLabels = (pick: (table: LanguageTable) => readonly Sourced[]) => {
    const sources = tables.flatMap((table) => formsOf(pick(table)).map(wholeLabelSource));
    return sources.length > 0 ? new RegExp(`^(?:${sources.join('|')})$`, 'u') : null;
  };
  const resources = DESTRUCTIVE_KINDS.flatMap((kind) => {
    const sources = tables.flatMap((table) => formsOf(table.resources.filter((entry) => entry.kind === kind)).map((form) => inTextSource(form, table.script)));
    const regex = anyOf(sources, 'u');
    return regex ? [{ kind, regex }] : [];
  });
  // Resource nouns are tried in priority order: `other` (APIs, keys) and the most specific first.
  resources.sort((a, b) => KIND_PRIORITY.indexOf(a.kind) - KIND_PRIORITY.indexOf(b.kind));
  return {
    harmless: anyOf(
      tables.flatMap((table) => formsOf(table.harmless).map((form) => inTextSource(form, table.script))),
      'gu',
    ),
    actions: actionMatchers((table) => table.actions),
    outcomes: actionMatchers((table) => table.outcomes),
    leave: wholeLabels((table) => table.leave),
    confirm: wholeLabels((table) => table.confirm),
    safe: wholeLabels((table) => table.safeActions),
    resources,
  };
}

/** A node pool is not a cluster, an instance group is not an instance: most specific first. */
const KIND_PRIORITY: readonly DestructiveKind[] = [
  'other',
  'gke-node-pool',
  'gke-namespace',
  'gke-workload',
  'instance-group',
  'sql-instance',
  'gke-cluster',
  'snapshot',
  'disk',
  'storage-bucket',
  'vm-instance',
  'project',
];

let compiled: Compiled | null = null;
/** Compiled on first use, so a page without dialogs never pays for it. */
function tables(): Compiled {
  return (compiled ??= compile(LANGUAGES));
}

/** `text` normalised, with every language's harmless phrases blanked out. */
export function withoutHarmless(text: string): string {
  const normalised = normaliseText(text);
  const harmless = tables().harmless;
  return harmless ? normaliseText(normalised.replace(harmless, ' ')) : normalised;
}

/** The harmless phrases `text` contains ("reset columns"), normalised. */
export function harmlessPhrasesIn(text: string): string[] {
  const harmless = tables().harmless;
  return harmless ? [...normaliseText(text).matchAll(harmless)].map((found) => found[0]) : [];
}

function firstMatch(matchers: readonly ActionMatcher[], text: string): ActionMatch | null {
  if (!text) return null;
  let optional: ActionMatch | null = null;
  for (const { action, lang, regex } of matchers) {
    const found = regex.exec(text);
    if (!found) continue;
    const match = { action, lang, verb: found[0] };
    // A destructive class wins over `stop` (optional), wherever each appears.
    if (action !== 'stop') return match;
    optional ??= match;
  }
  return optional;
}

/** The destructive (or optional) action a title, name or button label asks for. */
export function findAction(text: string): ActionMatch | null {
  return firstMatch(tables().actions, withoutHarmless(text));
}

/** The action a description announces ("will be permanently deleted"), actions included. */
export function findAnnouncedAction(text: string): ActionMatch | null {
  const cleaned = withoutHarmless(text);
  return firstMatch(tables().actions, cleaned) ?? firstMatch(tables().outcomes, cleaned);
}

/** Developer names (data-prober, custom element names): `kubernetes-node-pool-delete-confirm` -> words. */
export function findActionInIdentifiers(identifiers: string): ActionMatch | null {
  const words = identifiers
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_.:/]+/g, ' ')
    .trim();
  return words ? findAction(words) : null;
}

const wholeLabel = (regex: RegExp | null, label: string) => {
  const text = normaliseText(label);
  return regex !== null && text !== '' && regex.test(text);
};

/** Cancel, Close, No, Back...: a button that only leaves the dialog. */
export const isLeaveLabel = (label: string): boolean => wholeLabel(tables().leave, label);
/** OK, Yes, Confirm, Continue...: says nothing of what happens. */
export const isConfirmLabel = (label: string): boolean => wholeLabel(tables().confirm, label);
/** Restore, Undelete, Undo, Enable, Create...: the safe direction. */
export const isSafeLabel = (label: string): boolean => wholeLabel(tables().safe, label);

export function findResourceKind(text: string): DestructiveKind | null {
  const cleaned = normaliseText(text);
  if (!cleaned) return null;
  return tables().resources.find(({ regex }) => regex.test(cleaned))?.kind ?? null;
}
