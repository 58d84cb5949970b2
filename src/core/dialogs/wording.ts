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
import type { ConsoleId } from '../../consoles/ids';
import type { DestructiveKind } from './kinds';
import { LANGUAGES } from './languages';
import type { ActionClass, ActionWords, LanguageTable, Sourced } from './languages/types';
import { PhraseIndex } from './phrase-index';

export interface ActionMatch {
  action: ActionClass;
  /** The words that matched, as written in the text. */
  verb: string;
  lang: string;
}

const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/g;
/** Turkish "İ" lower-cases to "i" + a combining dot: the dot says nothing once lower case. */
const DOTTED_I = /i\u0307/g;
/** How every matcher sees text: NFC, lower case, no invisible characters, single spaces. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').toLowerCase().replace(DOTTED_I, 'i').replace(/\s+/g, ' ').trim();
}

function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A form that is a whole label; `*` stands for anything. */
function wholeLabelSource(form: string): string {
  return form
    .split('*')
    .map((part) => escapeLiteral(part))
    .join('.*');
}

function formsOf(entries: readonly Sourced[]): string[] {
  return entries.flatMap((entry) => entry.forms.map((form) => normaliseText(form)).filter(Boolean));
}

interface ActionValue {
  action: ActionClass;
  lang: string;
  /** Words one of which must also be said (see ActionWords.context). */
  context: PhraseIndex<true> | null;
  /** Where the entry holds (see ActionWords.consoles); null: everywhere. */
  consoles: readonly ConsoleId[] | null;
}

interface Compiled {
  harmless: PhraseIndex<true>;
  actions: PhraseIndex<ActionValue>;
  outcomes: PhraseIndex<ActionValue>;
  resources: PhraseIndex<DestructiveKind>;
  uiNouns: PhraseIndex<true>;
  leave: RegExp | null;
  confirm: RegExp | null;
  safe: RegExp | null;
}

function compile(tables: readonly LanguageTable[]): Compiled {
  const compiled: Compiled = {
    harmless: new PhraseIndex(),
    actions: new PhraseIndex(),
    outcomes: new PhraseIndex(),
    resources: new PhraseIndex(),
    uiNouns: new PhraseIndex(),
    leave: wholeLabels(tables, (table) => table.leave),
    confirm: wholeLabels(tables, (table) => table.confirm),
    safe: wholeLabels(tables, (table) => table.safeActions),
  };
  for (const table of tables) {
    const unspaced = table.script === 'unspaced';
    for (const form of formsOf(table.harmless)) compiled.harmless.add(form, unspaced, true);
    for (const form of formsOf(table.uiNouns)) compiled.uiNouns.add(form, unspaced, true);
    const value = (entry: ActionWords): ActionValue => {
      let context: PhraseIndex<true> | null = null;
      if (entry.context) {
        context = new PhraseIndex();
        for (const form of entry.context) context.add(normaliseText(form), unspaced, true);
      }
      return { action: entry.action, lang: table.lang, context, consoles: entry.consoles ?? null };
    };
    for (const entry of table.actions) for (const form of formsOf([entry])) compiled.actions.add(form, unspaced, value(entry));
    for (const entry of table.outcomes) for (const form of formsOf([entry])) compiled.outcomes.add(form, unspaced, value(entry));
    for (const entry of table.resources) for (const form of formsOf([entry])) compiled.resources.add(form, unspaced, entry.kind);
  }
  return compiled;
}

function wholeLabels(tables: readonly LanguageTable[], pick: (table: LanguageTable) => readonly Sourced[]): RegExp | null {
  const sources = tables.flatMap((table) => formsOf(pick(table)).map(wholeLabelSource));
  return sources.length > 0 ? new RegExp(`^(?:${sources.join('|')})$`) : null;
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
  const spans = tables().harmless.findAll(normalised);
  if (spans.length === 0) return normalised;
  // Spans are UTF-16 offsets: blank by code unit, then rejoin.
  const units = normalised.split('');
  for (const { start, end } of spans) for (let i = start; i < end; i++) units[i] = ' ';
  return normaliseText(units.join(''));
}

/** The harmless phrases `text` contains ("reset columns"), normalised. */
export function harmlessPhrasesIn(text: string): string[] {
  const normalised = normaliseText(text);
  return tables().harmless.findAll(normalised).map(({ start, end }) => normalised.slice(start, end));
}

/**
 * The first destructive match in `text` (in reading order), else the first `stop`. `around` is where context
 * words may also be. `where`: the console the dialog is on; unknown, every console's wording applies.
 */
function firstAction(index: PhraseIndex<ActionValue>, text: string, around: string, where?: ConsoleId): ActionMatch | null {
  if (!text) return null;
  const found = index
    .findAll(text)
    .filter(({ value }) => !where || !value.consoles || value.consoles.includes(where))
    .filter(({ value }) => !value.context || value.context.findAll(`${text} ${around}`).length > 0)
    .sort((a, b) => a.start - b.start);
  const pick = found.find(({ value }) => value.action !== 'stop') ?? found[0];
  return pick ? { action: pick.value.action, lang: pick.value.lang, verb: text.slice(pick.start, pick.end) } : null;
}

/**
 * The destructive (or optional) action a title, name or button label asks for. `around`: the dialog's title,
 * where a verb's context words (ActionWords.context) may be instead; `where`: the console it is on.
 */
export function findAction(text: string, around = '', where?: ConsoleId): ActionMatch | null {
  return firstAction(tables().actions, withoutHarmless(text), normaliseText(around), where);
}

/** The action words in `text` as written, harmless phrases NOT blanked ("reset columns" -> reset). */
export function findActionVerbatim(text: string): ActionMatch | null {
  return firstAction(tables().actions, normaliseText(text), '');
}

/** Does `text` say anything beyond its harmless phrases (any letter left; numbers say nothing)? */
export function saysMoreThanHarmless(text: string): boolean {
  return /\p{L}/u.test(withoutHarmless(text));
}

/** The action a description announces ("will be permanently deleted"), actions included. */
export function findAnnouncedAction(text: string, around = '', where?: ConsoleId): ActionMatch | null {
  const cleaned = withoutHarmless(text);
  const context = normaliseText(around);
  return firstAction(tables().actions, cleaned, context, where) ?? firstAction(tables().outcomes, cleaned, context, where);
}

/** Developer names (data-prober, custom element names): `kubernetes-node-pool-delete-confirm` -> words. */
export function findActionInIdentifiers(identifiers: string, where?: ConsoleId): ActionMatch | null {
  const words = identifiers
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_.:/]+/g, ' ')
    .trim();
  return words ? findAction(words, '', where) : null;
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

/** Does `text` name a thing on the screen (columns, layout, notifications) rather than a resource? */
export function namesScreenThing(text: string): boolean {
  return tables().uiNouns.findAll(normaliseText(text)).length > 0;
}

export function findResourceKind(text: string): DestructiveKind | null {
  const cleaned = normaliseText(text);
  if (!cleaned) return null;
  const kinds = new Set(tables().resources.findAll(cleaned).map(({ value }) => value));
  return KIND_PRIORITY.find((kind) => kinds.has(kind)) ?? null;
}
