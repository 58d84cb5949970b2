import { describe, expect, it } from 'vitest';
import { pluralForm } from './plural';

describe('pluralForm', () => {
  it('English: one for 1 only', () => {
    expect([0, 1, 2, 11, 21].map((n) => pluralForm('en', n))).toEqual(['other', 'one', 'other', 'other', 'other']);
  });

  it('Japanese: always the one form it has', () => {
    expect([0, 1, 2].map((n) => pluralForm('ja', n))).toEqual(['other', 'other', 'other']);
  });

  it('French counts 0 as one; an unknown or missing language still answers', () => {
    expect(pluralForm('fr', 0)).toBe('one');
    expect(pluralForm(undefined, 1)).toBe('one');
    expect(pluralForm('not a language tag!', 1)).toBe('one');
  });
});
