import { describe, expect, it } from 'vitest';
import { EMPTY_POLICY } from './policy/types';
import { emptySettings, readSettings, settingsToStored, SETTINGS_SCHEMA_VERSION } from './settings';

const env = { name: 'shared', label: 'SHR', color: '#1A73E8', typedConfirmation: false };
const rule = { kind: 'glob', pattern: 'acme-*', environment: 'shared' };

describe('readSettings', () => {
  it('reads nothing stored as the defaults with no problems', () => {
    for (const stored of [undefined, null]) {
      expect(readSettings(stored)).toEqual({ settings: emptySettings(), problems: [], corrupt: false, migratedFrom: null });
    }
  });

  it.each([['a string', 'settings'], ['a number', 42], ['a boolean', true], ['an array', [{ schemaVersion: 1 }]]])(
    'reads %s as corrupt',
    (_, stored) => {
      const result = readSettings(stored);
      expect(result.corrupt).toBe(true);
      expect(result.settings).toEqual(emptySettings());
      expect(result.problems).toEqual(['settings: expected an object; using the built-in defaults']);
    },
  );

  it.each([[3], [0], ['1'], [undefined], [null]])('reads schemaVersion %j as corrupt', (schemaVersion) => {
    const result = readSettings({ schemaVersion, rules: [rule], environments: [env] });
    expect(result.corrupt).toBe(true);
    expect(result.settings).toEqual(emptySettings());
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^settings\.schemaVersion: .* is not supported; using the built-in defaults$/);
  });

  it('names the unsupported version', () => {
    expect(readSettings({ schemaVersion: 3 }).problems).toEqual(['settings.schemaVersion: 3 is not supported; using the built-in defaults']);
  });

  it('reads a minimal version 1 object as the defaults, migrated', () => {
    expect(readSettings({ schemaVersion: 1 })).toEqual({ settings: emptySettings(), problems: [], corrupt: false, migratedFrom: 1 });
  });

  it('migrates full version 1 settings keeping every rule, trimming names and lowercasing colours', () => {
    const result = readSettings({
      schemaVersion: 1,
      useDefaultRules: false,
      environments: [{ ...env, name: '  shared ', label: ' SHR ' }],
      rules: [{ ...rule, environment: ' shared ' }, { kind: 'regex', pattern: '(?:x|y)-.*', environment: 'production' }],
    });
    expect(result).toEqual({
      settings: {
        schemaVersion: SETTINGS_SCHEMA_VERSION,
        teamPolicyUrl: null,
        personal: {
          ...EMPTY_POLICY,
          useDefaultRules: false,
          environments: [{ name: 'shared', label: 'SHR', color: '#1a73e8', typedConfirmation: false }],
          rules: [
            { kind: 'glob', pattern: 'acme-*', environment: 'shared' },
            { kind: 'regex', pattern: '(?:x|y)-.*', environment: 'production' },
          ],
        },
      },
      problems: [],
      corrupt: false,
      migratedFrom: 1,
    });
  });

  it('drops unknown fields', () => {
    const result = readSettings({ schemaVersion: 1, rules: [{ ...rule, extra: 1 }], environments: [{ ...env, extra: 2 }], other: 3 });
    expect(result.settings.personal.rules[0]).toEqual(rule);
    expect(Object.keys(result.settings.personal.environments[0] ?? {}).sort()).toEqual(['color', 'label', 'name', 'typedConfirmation']);
    expect(Object.keys(result.settings).sort()).toEqual(['personal', 'schemaVersion', 'teamPolicyUrl']);
  });

  it('defaults useDefaultRules to true unless it is exactly false', () => {
    expect(readSettings({ schemaVersion: 1 }).settings.personal.useDefaultRules).toBe(true);
    expect(readSettings({ schemaVersion: 1, useDefaultRules: true }).settings.personal.useDefaultRules).toBe(true);
    expect(readSettings({ schemaVersion: 1, useDefaultRules: false }).settings.personal.useDefaultRules).toBe(false);
    expect(readSettings({ schemaVersion: 1, useDefaultRules: 'false' }).settings.personal.useDefaultRules).toBe(true);
    expect(readSettings({ schemaVersion: 1, useDefaultRules: 0 }).settings.personal.useDefaultRules).toBe(true);
  });

  it('skips bad rules with path-named problems and keeps the good ones', () => {
    const good2 = { kind: 'exact', pattern: 'acme-prod', environment: 'production' };
    const result = readSettings({
      schemaVersion: 1,
      rules: [rule, { kind: 'fuzzy', pattern: 'x', environment: 'production' }, good2, 'acme-*', { kind: 'glob', pattern: '', environment: 'x' }, { kind: 'regex', pattern: 'x', environment: '  ' }, { kind: 'exact', pattern: 7, environment: 'x' }, null],
    });
    expect(result.corrupt).toBe(false);
    expect(result.settings.personal.rules).toEqual([rule, good2]);
    expect(result.problems).toEqual([
      'settings.rules[1].kind: expected one of exact, glob, regex',
      'settings.rules[3]: expected an object',
      'settings.rules[4].pattern: expected a non-empty string',
      'settings.rules[5].environment: expected an environment name',
      'settings.rules[6].pattern: expected a non-empty string',
      'settings.rules[7]: expected an object',
    ]);
  });

  it('never migrates a rule whose pattern may not run, and says why', () => {
    const result = readSettings({ schemaVersion: 1, rules: [{ kind: 'regex', pattern: '(?!x)prod-.*', environment: 'production' }, { kind: 'regex', pattern: '(unclosed', environment: 'production' }, rule] });
    expect(result.settings.personal.rules).toEqual([rule]);
    expect(result.problems).toEqual([
      expect.stringMatching(/^settings\.rules\[0\]\.pattern: lookahead \(\?! is not supported \(rules use RE2 syntax/),
      'settings.rules[1].pattern: invalid regular expression: missing closing ): `(unclosed`',
    ]);
  });

  it('rejects a rule kind inherited from Object.prototype or given as a non-string', () => {
    const result = readSettings({ schemaVersion: 1, rules: [{ kind: 'toString', pattern: 'x', environment: 'y' }, { kind: ['glob'], pattern: 'x', environment: 'y' }] });
    expect(result.settings.personal.rules).toEqual([]);
    expect(result.problems).toEqual([
      'settings.rules[0].kind: expected one of exact, glob, regex',
      'settings.rules[1].kind: expected one of exact, glob, regex',
    ]);
  });

  it('skips bad environments with path-named problems and keeps the good ones', () => {
    const result = readSettings({
      schemaVersion: 1,
      environments: [
        { ...env, name: '' },
        env,
        { ...env, label: 3 },
        { ...env, color: 'red' },
        { ...env, color: '#fff' },
        { ...env, color: '#1a73e8ff' },
        { ...env, color: '1a73e8' },
        { ...env, color: '#gggggg' },
        { ...env, typedConfirmation: 'yes' },
        [],
      ],
    });
    expect(result.settings.personal.environments).toEqual([{ ...env, color: '#1a73e8' }]);
    expect(result.problems).toEqual([
      'settings.environments[0].name: expected a non-empty string',
      'settings.environments[2].label: expected a non-empty string',
      'settings.environments[3].color: expected a colour like #c5221f',
      'settings.environments[4].color: expected a colour like #c5221f',
      'settings.environments[5].color: expected a colour like #c5221f',
      'settings.environments[6].color: expected a colour like #c5221f',
      'settings.environments[7].color: expected a colour like #c5221f',
      'settings.environments[8].typedConfirmation: expected true or false',
      'settings.environments[9]: expected an object',
    ]);
    expect(result.corrupt).toBe(false);
  });

  it('reports lists that are not lists and keeps the rest', () => {
    const result = readSettings({ schemaVersion: 1, environments: { 0: env }, rules: [rule] });
    expect(result.problems).toEqual(['settings.environments: expected a list']);
    expect(result.settings.personal.environments).toEqual([]);
    expect(result.settings.personal.rules).toEqual([rule]);
    expect(readSettings({ schemaVersion: 1, rules: 'acme-*' }).problems).toEqual(['settings.rules: expected a list']);
  });

  it('does not hand out shared lists', () => {
    const result = readSettings({ schemaVersion: 1 });
    expect(result.settings.personal.rules).not.toBe(EMPTY_POLICY.rules);
    expect(readSettings(undefined).settings.personal.rules).not.toBe(readSettings(undefined).settings.personal.rules);
  });

  it('never throws on odd input', () => {
    const odd: unknown[] = [
      Object.create(null),
      { schemaVersion: 1, rules: [Object.create(null)] },
      { schemaVersion: 1, environments: [new Date()] },
      new Map(),
      () => 1,
      Symbol('x'),
      10n,
    ];
    for (const stored of odd) expect(() => readSettings(stored)).not.toThrow();
  });
});

describe('settings version 2', () => {
  const personalFile = {
    version: 1,
    environments: [{ name: 'shared', label: 'SHR', color: '#1a73e8', typedConfirmation: false }],
    rules: [{ match: 'acme-*', kind: 'glob', environment: 'shared' }],
  };

  it('round-trips through settingsToStored', () => {
    const migrated = readSettings({ schemaVersion: 1, environments: [env], rules: [rule] }).settings;
    const again = readSettings(JSON.parse(JSON.stringify(settingsToStored({ ...migrated, teamPolicyUrl: 'https://example.com/p.json' }))));
    expect(again).toMatchObject({ corrupt: false, migratedFrom: null, problems: [] });
    expect(again.settings).toEqual({ ...migrated, teamPolicyUrl: 'https://example.com/p.json' });
  });

  it('reads a valid personal policy', () => {
    const result = readSettings({ schemaVersion: 2, personal: personalFile, teamPolicyUrl: null });
    expect(result.corrupt).toBe(false);
    expect(result.settings.personal.rules).toEqual([{ kind: 'glob', pattern: 'acme-*', environment: 'shared' }]);
  });

  it('salvages a broken personal policy, says why, and marks it for keeping aside', () => {
    const broken = { ...personalFile, rules: [...personalFile.rules, { match: 'x', kind: 'fuzzy', environment: 'shared' }], extra: true };
    const result = readSettings({ schemaVersion: 2, personal: broken });
    expect(result.corrupt).toBe(true);
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems.every((p) => p.startsWith('settings.personal.'))).toBe(true);
    expect(result.settings.personal.rules).toEqual([{ kind: 'glob', pattern: 'acme-*', environment: 'shared' }]);
    expect(result.settings.personal.environments).toHaveLength(1);
  });

  it('reads a team URL as the team sync judges it: trimmed and normalised (core/policy/team-url)', () => {
    const result = readSettings({ schemaVersion: 2, personal: personalFile, teamPolicyUrl: ' HTTPS://Config.example.com/p.json ' });
    expect(result.settings.teamPolicyUrl).toBe('https://config.example.com/p.json');
    expect(result.problems).toEqual([]);
  });

  it('refuses a team URL with a user name and password, as the sync does', () => {
    expect(readSettings({ schemaVersion: 2, personal: personalFile, teamPolicyUrl: 'https://a:b@example.com/p.json' }).settings.teamPolicyUrl).toBeNull();
  });

  it('never salvages a rule whose pattern may not run', () => {
    const broken = { ...personalFile, rules: [...personalFile.rules, { match: '(?<!test-)prod', kind: 'regex', environment: 'shared' }] };
    const result = readSettings({ schemaVersion: 2, personal: broken });
    expect(result.corrupt).toBe(true);
    expect(result.problems).toEqual([expect.stringMatching(/^settings\.personal\.rules\[1\]\.match: lookbehind \(\?<! is not supported/)]);
    expect(result.settings.personal.rules).toEqual([{ kind: 'glob', pattern: 'acme-*', environment: 'shared' }]);
  });

  it('refuses a non-https team URL', () => {
    const result = readSettings({ schemaVersion: 2, personal: personalFile, teamPolicyUrl: 'http://example.com/p.json' });
    expect(result.settings.teamPolicyUrl).toBeNull();
    expect(result.problems).toEqual(['settings.teamPolicyUrl: expected an https:// URL']);
  });
});
