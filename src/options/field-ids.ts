/**
 * DOM ids of the editors' fields, from the stable key of their row (so ids
 * survive reordering), and from a validation path back to the field to focus.
 */
import type { Draft, RuleField } from './model';

export const ruleFieldId = (key: number, field: RuleField) => `rule-${key}-${field}`;
export const environmentFieldId = (key: number, field: 'name' | 'label' | 'color' | 'typedConfirmation' | 'guards') => `environment-${key}-${field}`;
export const UNMATCHED_FIELD_ID = 'personal-unmatched';

/** The id of the control a validation path points at, or null when it is not one field. */
export function fieldIdForPath(draft: Draft, path: string): string | null {
  const rule = /^rules\[(\d+)\]\.(console|kind|match|environment)$/.exec(path);
  if (rule) {
    const item = draft.rules[Number(rule[1])];
    return item ? ruleFieldId(item.key, rule[2] as RuleField) : null;
  }
  const environment = /^environments\[(\d+)\]\.(name|label|color|typedConfirmation|guards)$/.exec(path);
  if (environment) {
    const item = draft.environments[Number(environment[1])];
    return item ? environmentFieldId(item.key, environment[2] as 'name' | 'label' | 'color' | 'typedConfirmation' | 'guards') : null;
  }
  return path === 'unmatched' ? UNMATCHED_FIELD_ID : null;
}

/** `aria-describedby` for a field's issue list. */
export const issuesId = (fieldId: string) => `${fieldId}-issues`;
