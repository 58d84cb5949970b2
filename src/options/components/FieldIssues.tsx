/** The inline messages under one field; the field points at them with aria-describedby. */
import type { DraftIssue } from '../model';
import { issuesId } from '../field-ids';
import { issueText } from '../text';

interface Props {
  fieldId: string;
  errors: readonly DraftIssue[];
  warnings?: readonly DraftIssue[];
}

export function FieldIssues({ fieldId, errors, warnings = [] }: Props) {
  if (errors.length === 0 && warnings.length === 0) return null;
  return (
    <ul class="field-issues" id={issuesId(fieldId)}>
      {errors.map((issue, i) => (
        <li key={`e${i}`} class="issue issue-error">
          {issueText(issue)}
        </li>
      ))}
      {warnings.map((issue, i) => (
        <li key={`w${i}`} class="issue issue-warning">
          {issueText(issue)}
        </li>
      ))}
    </ul>
  );
}

/** Props for the field itself: invalid state and the link to its messages. */
export function fieldA11y(fieldId: string, errors: readonly DraftIssue[], warnings: readonly DraftIssue[] = []) {
  return {
    id: fieldId,
    'aria-invalid': errors.length > 0 ? ('true' as const) : undefined,
    'aria-describedby': errors.length + warnings.length > 0 ? issuesId(fieldId) : undefined,
  };
}
