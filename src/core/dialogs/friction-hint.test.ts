import { describe, expect, it } from 'vitest';
import { isFrictionPlaceholder } from './friction-hint';
import { judgeDialog } from './judge';

describe('isFrictionPlaceholder', () => {
  it.each(['delete', 'Delete', 'permanently delete', ' delete me ', '削除', 'löschen'])('the word to type: %s', (placeholder) => {
    expect(isFrictionPlaceholder(placeholder)).toBe(true);
  });

  it('the resource name the surface names', () => {
    expect(isFrictionPlaceholder('payments-logs', ['payments-logs'])).toBe(true);
    expect(isFrictionPlaceholder('payments-logs', [null, 'other'])).toBe(false);
  });

  it.each(['Type "Delete" to confirm', 'Tapez « delete » pour confirmer', '「削除」と入力'])('the word to type, quoted in a sentence: %s', (placeholder) => {
    expect(isFrictionPlaceholder(placeholder)).toBe(true);
  });

  it("the resource name, quoted in a sentence (Argo CD's \"Please type 'payments' to confirm\")", () => {
    expect(isFrictionPlaceholder("Please type 'payments' to confirm the deletion of the application", ['payments'])).toBe(true);
    expect(isFrictionPlaceholder("Please type 'payments' to confirm", ['other'])).toBe(false);
  });

  it.each(['Search "logs"', 'Filter by "name"', 'Type "production" to confirm'])('a quoted word that is neither: %s', (placeholder) => {
    expect(isFrictionPlaceholder(placeholder, ['payments'])).toBe(false);
  });

  it.each(['', 'Search', 'Find buckets', 'Enter a value', 'delete old objects after', 'e.g. my-bucket'])('anything else: %s', (placeholder) => {
    expect(isFrictionPlaceholder(placeholder, ['payments-logs'])).toBe(false);
  });
});

describe('the friction placeholder in the judge', () => {
  // Words no table knows (a new language): only language-independent hints speak.
  const unknown = { title: 'Xyzzy plugh', accessibleName: '', buttons: [{ label: 'Frobnicate', inActions: true }, { label: 'Cancel', inActions: true }] };

  it('alone never guards: a "delete" placeholder also shows on harmless forms', () => {
    expect(judgeDialog({ ...unknown, typeToConfirm: true }).destructive).toBe(false);
  });

  it('with a second hint (a danger-styled action) it guards', () => {
    const verdict = judgeDialog({ ...unknown, typeToConfirm: true, buttons: [{ label: 'Frobnicate', inActions: true, warn: true }, { label: 'Cancel', inActions: true }] });
    expect(verdict).toMatchObject({ destructive: true, decidedBy: 'signals', buttonRoles: ['action', 'free'] });
  });
});
