import { describe, expect, it } from 'vitest';
import { annotation, escapeData, escapeProperty, githubAnnotations } from './github-annotations';

describe('GitHub workflow commands, escaped as actions/toolkit does', () => {
  it('the message escapes %, CR and LF; properties also : and ,', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('dir,a/b:c%.json')).toBe('dir%2Ca/b%3Ac%25.json');
  });

  it('one command per line', () => {
    expect(annotation('error', { file: 'p,1.json', line: 3, col: 5 }, 'bad: x')).toBe('::error file=p%2C1.json,line=3,col=5::bad: x');
    expect(annotation('warning', { file: 'p.json' }, 'w')).toBe('::warning file=p.json::w');
  });
});

const TEXT = `{
  "version": 1,
  "environments": [{ "name": "pay", "label": "PAY", "color": "red", "typedConfirmation": true }],
  "rules": [
    { "match": "x", "kind": "exact", "environment": "pay", "patern": "y" }
  ]
}`;

describe('githubAnnotations: each problem at the line and column of the value it is about', () => {
  it('errors point at the value; an unknown key at the key', () => {
    expect(githubAnnotations('p.json', TEXT, { ok: false, errors: [
      { path: 'environments[0].color', message: 'expected a colour like #c5221f' },
      { path: 'rules[0].patern', message: 'unknown key' },
      { path: 'rules[3]', message: 'missing' },
    ] })).toEqual([
      '::error file=p.json,line=3,col=62::environments[0].color: expected a colour like #c5221f',
      '::error file=p.json,line=5,col=60::rules[0].patern: unknown key',
      // No such value: the nearest enclosing one that exists.
      '::error file=p.json,line=4,col=12::rules[3]: missing',
    ]);
  });

  it('warnings as ::warning; invalid JSON at the line and column the parser gave', () => {
    expect(githubAnnotations('p.json', TEXT, { ok: true, warnings: [{ path: 'rules[0].match', message: 'never matches' }] })).toEqual([
      '::warning file=p.json,line=5,col=16::rules[0].match: never matches',
    ]);
    expect(githubAnnotations('p.json', '{\n  "a": }', { ok: false, errors: [{ path: '(root)', message: 'invalid JSON at line 2, column 8: Unexpected token' }] })).toEqual([
      '::error file=p.json,line=2,col=8::(root): invalid JSON at line 2, column 8: Unexpected token',
    ]);
  });
});
