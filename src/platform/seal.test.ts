import { describe, expect, it } from 'vitest';
import { canonicalJson, digestOf } from './seal';

describe('seal', () => {
  it('gives a value the same digest whatever order its keys come back in (Chrome sorts them)', async () => {
    const written = { schemaVersion: 2, teamPolicyUrl: null, personal: { version: 1, rules: [{ match: 'b' }, { match: 'a' }], banner: { size: 'tall' } } };
    const readBack = { personal: { banner: { size: 'tall' }, rules: [{ match: 'b' }, { match: 'a' }], version: 1 }, schemaVersion: 2, teamPolicyUrl: null };
    expect(await digestOf(readBack)).toBe(await digestOf(written));
  });

  it('still tells different values apart, list order included', async () => {
    expect(await digestOf({ rules: ['a', 'b'] })).not.toBe(await digestOf({ rules: ['b', 'a'] }));
    expect(await digestOf({ a: 1 })).not.toBe(await digestOf({ a: 2 }));
    expect(canonicalJson({ b: 1, a: { d: 1, c: 2 } })).toBe('{"a":{"c":2,"d":1},"b":1}');
  });
});
