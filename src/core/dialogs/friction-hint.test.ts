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
