import { describe, expect, it } from 'vitest';
import { readManagedValues } from './managed';

const file = { version: 1, environments: [], rules: [{ kind: 'exact', match: 'm-1', environment: 'production' }] };

describe('readManagedValues', () => {
  it('nothing set is nothing managed', () => {
    expect(readManagedValues(undefined, null)).toEqual({ policy: null, policyUrl: null, problems: [], invalid: { policy: false, policyUrl: false } });
  });

  it('a policy as an object or as JSON text', () => {
    expect(readManagedValues(file, null).policy?.rules).toEqual([{ kind: 'exact', pattern: 'm-1', environment: 'production' }]);
    expect(readManagedValues(JSON.stringify(file), null).policy?.rules).toHaveLength(1);
  });

  it('names what is wrong with a policy and uses none of it', () => {
    expect(readManagedValues({ ...file, rules: [{ kind: 'regex', match: 'prod-\\1', environment: 'production' }] }, null)).toEqual({
      policy: null,
      policyUrl: null,
      problems: [expect.stringMatching(/^managed policy: rules\[0\]\.match: backreference \\1 is not supported/)],
      invalid: { policy: true, policyUrl: false },
    });
    expect(readManagedValues('{not json', null).invalid).toEqual({ policy: true, policyUrl: false });
  });

  it('normalises a valid URL, and keeps an invalid one (it still wins over the user’s) with why', () => {
    expect(readManagedValues(undefined, 'HTTPS://Example.com/p.json')).toEqual({
      policy: null,
      policyUrl: 'https://example.com/p.json',
      problems: [],
      invalid: { policy: false, policyUrl: false },
    });
    const refused = readManagedValues(undefined, 'ftp://example.com/p.json');
    expect(refused.policyUrl).toBe('ftp://example.com/p.json');
    expect(refused.problems).toEqual([expect.stringContaining('only https:// URLs are allowed')]);
    expect(refused.invalid).toEqual({ policy: false, policyUrl: true });
  });
});
