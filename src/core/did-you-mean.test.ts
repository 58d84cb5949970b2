import { describe, expect, it } from 'vitest';
import { didYouMean, suggestion } from './did-you-mean';

describe('didYouMean', () => {
  it('finds the word a typo was meant to be', () => {
    expect(didYouMean('enviroment', ['console', 'match', 'kind', 'environment', 'note'])).toBe('environment');
    expect(didYouMean('unmached', ['environments', 'rules', 'unmatched', 'useDefaultRules'])).toBe('unmatched');
    expect(didYouMean('glb', ['exact', 'glob', 'regex'])).toBe('glob');
    expect(didYouMean('gpc', ['gcp', 'aws', 'azure'])).toBe('gcp');
    expect(didYouMean('valdate', ['validate', 'explain'])).toBe('validate');
    expect(didYouMean('Prodution', ['production', 'staging', 'development'])).toBe('production');
  });

  it('suggests nothing for words that are not close, or already right', () => {
    expect(didYouMean('colour', ['console', 'match', 'kind', 'environment', 'note'])).toBeNull();
    expect(didYouMean('xyz', ['gcp', 'aws', 'azure'])).toBeNull();
    expect(didYouMean('oci', ['gcp', 'aws', 'azure'])).toBeNull();
    expect(didYouMean('glob', ['exact', 'glob', 'regex'])).toBeNull();
    expect(didYouMean('', ['exact'])).toBeNull();
  });

  it('suggestion() is text to append, and nothing for non-strings', () => {
    expect(suggestion('glb', ['glob'])).toBe(' (did you mean "glob"?)');
    expect(suggestion(3, ['glob'])).toBe('');
  });
});
