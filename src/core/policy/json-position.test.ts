import { describe, expect, it } from 'vitest';
import { jsonPositions } from './json-position';

const TEXT = `{
  "version": 1,
  "environments": [
    { "name": "pay", "color": "red" }
  ],
  "rules": [
    {"match": "a", "kind": "exact"},
    {
      "match": "b\\"c",
      "odd key": [1, [2, 3]]
    }
  ]
}`;

describe('jsonPositions: where each path of a JSON text is, as parsePolicyText names paths', () => {
  const at = jsonPositions(TEXT);

  it('top-level keys and values, 1-based line and column', () => {
    expect(at.get('version')).toEqual({ key: { line: 2, column: 3 }, value: { line: 2, column: 14 } });
    expect(at.get('(root)')).toEqual({ value: { line: 1, column: 1 } });
  });

  it('nested paths through arrays', () => {
    expect(at.get('environments[0]')?.value).toEqual({ line: 4, column: 5 });
    expect(at.get('environments[0].color')).toEqual({ key: { line: 4, column: 22 }, value: { line: 4, column: 31 } });
    expect(at.get('rules[1].match')?.value).toEqual({ line: 9, column: 16 });
  });

  it('keys that need quoting, and arrays inside arrays', () => {
    expect(at.get('rules[1]["odd key"]')?.key).toEqual({ line: 10, column: 7 });
    expect(at.get('rules[1]["odd key"][1][0]')?.value).toEqual({ line: 10, column: 23 });
  });

  it('a duplicated key is where JSON.parse takes it from: the last one', () => {
    expect(jsonPositions('{"a": 1,\n"a": 2}').get('a')?.value).toEqual({ line: 2, column: 6 });
  });

  it('a byte order mark is not a column; invalid JSON gives what was read so far', () => {
    expect(jsonPositions('\ufeff{"a": 1}').get('a')?.value).toEqual({ line: 1, column: 7 });
    expect(jsonPositions('{"a": 1, "b": ').get('a')?.value).toEqual({ line: 1, column: 7 });
  });
});
