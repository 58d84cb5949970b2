import { describe, expect, it } from 'vitest';
import { promptDirection, textDirection } from './text-direction';

describe('promptDirection', () => {
  it('is right to left for an Arabic or Hebrew console, whatever the dialog says', () => {
    expect(promptDirection('ar', null)).toBe('rtl');
    expect(promptDirection('ar-EG', 'en')).toBe('rtl');
    expect(promptDirection('he', null)).toBe('rtl');
    expect(promptDirection('iw', null)).toBe('rtl');
  });

  it('is right to left for an Arabic or Hebrew dialog on a page that names no language', () => {
    expect(promptDirection('', 'ar')).toBe('rtl');
    expect(promptDirection('', 'he')).toBe('rtl');
  });

  it('is left to right otherwise', () => {
    expect(promptDirection('en', null)).toBe('ltr');
    expect(promptDirection('hi', 'hi')).toBe('ltr');
    expect(promptDirection('', null)).toBe('ltr');
    expect(promptDirection('arn', null)).toBe('ltr');
  });
});

describe('textDirection (the extension pages and the banner follow the language of their strings)', () => {
  it.each([
    ['ar', 'rtl'],
    ['he', 'rtl'],
    ['pt-BR', 'ltr'],
    ['zh-CN', 'ltr'],
    ['de', 'ltr'],
    ['', 'ltr'],
    [undefined, 'ltr'],
  ] as const)('%s -> %s', (language, direction) => {
    expect(textDirection(language)).toBe(direction);
  });
});
