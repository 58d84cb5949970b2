/**
 * Which problems the page shows yet. A row the person has just added says
 * nothing about a field until they have typed in it or left it, or tried to
 * save: an empty new rule is not yet a mistake. Only what is shown waits;
 * Save still refuses every error (fail closed), and trying reveals them all.
 */
import { fieldIdForPath } from './field-ids';
import type { Draft, DraftIssue, DraftValidation } from './model';

export interface QuietState {
  /** Keys of rows added on this page that no save attempt has revealed yet. */
  freshRows: ReadonlySet<number>;
  /** Ids of the controls typed in, changed or left. */
  touched: ReadonlySet<string>;
}

export const NOTHING_QUIET: QuietState = { freshRows: new Set(), touched: new Set() };

function rowKeyOf(draft: Draft, path: string): number | null {
  const row = /^(rules|environments)\[(\d+)\]/.exec(path);
  if (!row) return null;
  const items = row[1] === 'rules' ? draft.rules : draft.environments;
  return items[Number(row[2])]?.key ?? null;
}

/** A field counts as touched when it, or a control inside it (a group's radio buttons: `<id>-all`), was. */
function touchedField(state: QuietState, id: string): boolean {
  for (const touched of state.touched) if (touched === id || touched.startsWith(`${id}-`)) return true;
  return false;
}

export function isQuiet(draft: Draft, state: QuietState, issue: DraftIssue): boolean {
  const key = rowKeyOf(draft, issue.path);
  if (key === null || !state.freshRows.has(key)) return false;
  const id = fieldIdForPath(draft, issue.path);
  return id === null || !touchedField(state, id);
}

export interface ShownValidation {
  /** What the editors and the save bar show. */
  shown: DraftValidation;
  /** Errors held back: the draft still cannot be saved while there are any. */
  quietErrors: number;
}

export function shownValidation(draft: Draft, validation: DraftValidation, state: QuietState): ShownValidation {
  const errors = validation.errors.filter((issue) => !isQuiet(draft, state, issue));
  const warnings = validation.warnings.filter((issue) => !isQuiet(draft, state, issue));
  return { shown: { errors, warnings }, quietErrors: validation.errors.length - errors.length };
}

/**
 * The draft without the new rows whose only problems are held back, for the
 * tester: an untouched empty rule does not stop it from trying the rest.
 * Null when a shown error remains.
 */
export function draftWithoutQuietRows(draft: Draft, validation: DraftValidation, state: QuietState): Draft | null {
  const quiet = validation.errors.filter((issue) => isQuiet(draft, state, issue));
  if (quiet.length !== validation.errors.length) return null;
  const rows = new Set(quiet.map((issue) => rowKeyOf(draft, issue.path)));
  return { ...draft, rules: draft.rules.filter((item) => !rows.has(item.key)), environments: draft.environments.filter((item) => !rows.has(item.key)) };
}

/** The key of the row an edit added (Add rule, Add environment), or null. */
export function addedRowKey(before: Draft, after: Draft): number | null {
  if (after.nextKey !== before.nextKey + 1) return null;
  const added = [...after.rules, ...after.environments].find((item) => item.key === before.nextKey);
  return added ? added.key : null;
}
