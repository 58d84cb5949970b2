/** Under a one-line field: its error when it has one, else its hint; the field's aria-describedby names whichever shows. */

export const errorOrHintId = (fieldId: string, error: string | null): string => (error ? `${fieldId}-issue` : `${fieldId}-hint`);

export function ErrorOrHint({ fieldId, error, hint }: { fieldId: string; error: string | null; hint: string }) {
  return error ? (
    <ul class="field-issues" id={errorOrHintId(fieldId, error)}>
      <li class="issue issue-error">{error}</li>
    </ul>
  ) : (
    <p class="hint" id={errorOrHintId(fieldId, error)}>
      {hint}
    </p>
  );
}
