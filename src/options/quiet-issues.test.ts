import { describe, expect, it } from 'vitest';
import { EMPTY_POLICY, type Policy } from '../core/policy/types';
import { environmentFieldId, ruleFieldId } from './field-ids';
import { addEnvironment, addRule, draftFromPolicy, replaceDraft, updateRule, validateDraft } from './model';
import { addedRowKey, draftWithoutQuietRows, NOTHING_QUIET, shownValidation, type QuietState } from './quiet-issues';

const saved: Policy = { ...structuredClone(EMPTY_POLICY), rules: [{ kind: 'glob', pattern: 'acme-*', environment: 'production' }] };

describe('quiet issues of rows just added', () => {
  const before = draftFromPolicy(saved);
  const draft = addRule(before);
  const key = addedRowKey(before, draft)!;
  const fresh: QuietState = { freshRows: new Set([key]), touched: new Set() };

  it('knows the row Add rule or Add environment made, and not an import', () => {
    expect(key).toBe(draft.rules[1]!.key);
    const withEnvironment = addEnvironment(draft);
    expect(addedRowKey(draft, withEnvironment)).toBe(withEnvironment.environments[0]!.key);
    expect(addedRowKey(draft, updateRule(draft, 0, { pattern: 'x' }))).toBeNull();
    expect(addedRowKey(draft, replaceDraft(draft, saved))).toBeNull();
  });

  it('a new empty rule: an error that blocks Save, but not shown until its pattern is touched', () => {
    const validation = validateDraft(draft);
    expect(validation.errors).toHaveLength(1);
    expect(shownValidation(draft, validation, fresh)).toEqual({ shown: { errors: [], warnings: [] }, quietErrors: 1 });
    const touched = { ...fresh, touched: new Set([ruleFieldId(key, 'match')]) };
    expect(shownValidation(draft, validation, touched).shown.errors).toEqual([{ path: 'rules[1].match', code: 'required' }]);
    // Another field of the row touched: the pattern still waits.
    expect(shownValidation(draft, validation, { ...fresh, touched: new Set([ruleFieldId(key, 'kind')]) }).quietErrors).toBe(1);
    // A save attempt reveals the row (it is no longer fresh).
    expect(shownValidation(draft, validation, NOTHING_QUIET).shown.errors).toHaveLength(1);
  });

  it('the same problem on a row that was not just added shows at once', () => {
    const emptied = updateRule(draft, 0, { pattern: '' });
    const shown = shownValidation(emptied, validateDraft(emptied), fresh);
    expect(shown.shown.errors.map((issue) => issue.path)).toEqual(['rules[0].match']);
    expect(shown.quietErrors).toBe(1);
  });

  it('a new environment: a group counts as touched through its own controls', () => {
    const withEnvironment = addEnvironment(before);
    const envKey = withEnvironment.environments[0]!.key;
    const state: QuietState = { freshRows: new Set([envKey]), touched: new Set([`${environmentFieldId(envKey, 'name')}`]) };
    const shown = shownValidation(withEnvironment, validateDraft(withEnvironment), state);
    expect(shown.shown.errors.map((issue) => issue.path)).toEqual(['environments[0].name']);
    expect(shown.quietErrors).toBe(1); // the label
    expect(shownValidation(withEnvironment, validateDraft(withEnvironment), { ...state, touched: new Set([`${environmentFieldId(envKey, 'label')}`]) }).quietErrors).toBe(1);
  });

  it('the tester tries the draft without the quiet rows, and nothing while a shown error remains', () => {
    const validation = validateDraft(draft);
    expect(draftWithoutQuietRows(draft, validation, fresh)?.rules.map((item) => item.value.pattern)).toEqual(['acme-*']);
    expect(draftWithoutQuietRows(draft, validation, NOTHING_QUIET)).toBeNull();
  });
});
