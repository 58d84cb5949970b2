import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEffectivePolicy } from '../core/policy/effective';
import { parsePolicyText } from '../core/policy/parse';
import { formatIssue } from '../core/policy/types';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, USAGE, runCli } from './cluster-guard';

const EXAMPLE = readFileSync(new URL('../../docs/examples/team-policy.json', import.meta.url), 'utf8');

const INVALID = JSON.stringify({
  version: 1,
  environments: [{ name: 'pay', label: 'PAY', color: 'red', typedConfirmation: true }],
  rules: [
    { match: '(a+)+(?=-prod)', kind: 'regex', environment: 'pay' },
    { match: 'x', kind: 'exact', environment: 'nowhere', patern: 'y' },
  ],
});

/** Runs the CLI against in-memory files; what it printed, and its exit code. */
function run(argv: string[], files: Record<string, string> = {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = runCli(argv, {
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  });
  return { code, stdout, stderr };
}

describe('cluster-guard validate', () => {
  it('a valid file: one ok line, exit 0', () => {
    expect(run(['validate', 'team-policy.json'], { 'team-policy.json': EXAMPLE })).toEqual({
      code: EXIT_OK,
      stdout: ['ok: 4 environments, 5 rules'],
      stderr: [],
    });
  });

  it('warnings do not fail the file', () => {
    const text = JSON.stringify({ version: 1, environments: [], rules: [{ match: 'a-*', kind: 'glob', environment: 'production' }, { match: 'a-1', kind: 'exact', environment: 'staging' }] });
    expect(run(['validate', 'p.json'], { 'p.json': text })).toEqual({
      code: EXIT_OK,
      stdout: ['ok: 0 environments, 2 rules'],
      stderr: ['p.json: warning: rules[1]: never matches: rules[0] (glob "a-*") matches "a-1" first'],
    });
  });

  it('an invalid file: every error as <file>: <path>: <message>, exactly as parsePolicyText formats them; exit 1', () => {
    const parsed = parsePolicyText(INVALID);
    if (parsed.ok) throw new Error('the fixture should be invalid');
    const result = run(['validate', 'bad.json'], { 'bad.json': INVALID });
    expect(result.code).toBe(EXIT_INVALID);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toEqual(parsed.errors.map((issue) => `bad.json: ${formatIssue(issue)}`));
    expect(result.stderr).toEqual([
      'bad.json: environments[0].color: expected a colour like #c5221f',
      expect.stringMatching(/^bad\.json: rules\[0\]\.match: lookahead \(\?= is not supported /),
      'bad.json: rules[1].patern: unknown key',
    ]);
  });

  it('a file that is not JSON', () => {
    const result = run(['validate', 'x.json'], { 'x.json': '{"version": 1,\n  "rules": [}' });
    expect(result.code).toBe(EXIT_INVALID);
    expect(result.stderr).toEqual([expect.stringMatching(/^x\.json: \(root\): invalid JSON at line 2, column 13: /)]);
  });

  it('a missing file: exit 2', () => {
    expect(run(['validate', 'missing.json'])).toEqual({
      code: EXIT_USAGE,
      stdout: [],
      stderr: ["cluster-guard: cannot read missing.json: ENOENT: no such file or directory, open 'missing.json'"],
    });
  });
});

describe('cluster-guard explain', () => {
  const files = { 'team-policy.json': EXAMPLE };

  it('a project a rule of the file matches', () => {
    expect(run(['explain', 'team-policy.json', 'acme-eu-stg'], files)).toEqual({
      code: EXIT_OK,
      stderr: [],
      stdout: [
        'project: acme-eu-stg',
        'matched: rules[3]: glob "acme-*-stg" -> staging',
        'environment: staging (declared in this file)',
        'banner: STG in #f9ab00',
        'guard: typed confirmation on: type "staging" to confirm; applies to gke-cluster, sql-instance, storage-bucket, project, and dialogs of unrecognised kind',
        'personal rules: allowed (they can only add protection, never weaken this policy)',
      ],
    });
  });

  it('a project only a built-in rule matches (useDefaultRules), case-insensitively', () => {
    const { code, stdout } = run(['explain', 'team-policy.json', 'ACME-prod-1'], files);
    expect(code).toBe(EXIT_OK);
    expect(stdout.slice(0, 5)).toEqual([
      'project: acme-prod-1',
      'matched: built-in rule 1 (useDefaultRules is true): regex "(?:.*[-:])?(?:prod|prd|production|live)(?:-.*)?" -> production',
      'environment: production (declared in this file)',
      'banner: PROD in #c5221f',
      'guard: typed confirmation on: type "production" to confirm; applies to all destructive dialogs',
    ]);
  });

  it('a project no rule matches, unmatched null: nothing is marked', () => {
    expect(run(['explain', 'team-policy.json', 'globex-api'], files).stdout).toEqual([
      'project: globex-api',
      'matched: none of the 5 rules nor the built-in ones',
      'unmatched: null',
      'environment: none',
      'banner: none (the console is not marked for this project)',
      'guard: off (destructive dialogs are not blocked)',
      'personal rules: allowed (they can only add protection, never weaken this policy)',
    ]);
  });

  it('a project no rule matches, with unmatched set and the defaults off', () => {
    const text = JSON.stringify({ version: 1, environments: [], rules: [], unmatched: 'development', useDefaultRules: false, allowPersonalRules: false });
    expect(run(['explain', 'p.json', 'acme-prod'], { 'p.json': text }).stdout).toEqual([
      'project: acme-prod',
      'matched: none of the 0 rules (useDefaultRules is false)',
      'unmatched: development',
      'environment: development (built-in)',
      'banner: DEV in #188038',
      'guard: typed confirmation off (destructive dialogs are not blocked)',
      'personal rules: off (allowPersonalRules is false)',
    ]);
  });

  it('an invalid file is reported as by validate, exit 1', () => {
    const result = run(['explain', 'bad.json', 'x'], { 'bad.json': INVALID });
    expect(result.code).toBe(EXIT_INVALID);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toHaveLength(3);
  });
});

describe('explain answers as the extension does', () => {
  it('for every kind of ID, what buildEffectivePolicy(...).classify() decides with the file as the team policy', () => {
    const parsed = parsePolicyText(EXAMPLE);
    if (!parsed.ok) throw new Error(parsed.errors.map(formatIssue).join('; '));
    const effective = buildEffectivePolicy({ managed: null, team: parsed.policy, personal: null });
    const ids = ['acme-eu-stg', 'acme-prod-1', 'globex-api', 'acme-billing', 'ACME-DEV-2', 'payments-prod', 'x', 'acme-us-stg-2', 'sandbox-1'];
    for (const id of ids) {
      const stdout = run(['explain', 'team-policy.json', id], { 'team-policy.json': EXAMPLE }).stdout;
      const environment = effective.classify(id)?.environment ?? null;
      expect(stdout.find((line) => line.startsWith('environment: ')), id).toEqual(environment ? expect.stringMatching(new RegExp(`^environment: ${environment.name} \\(`)) : 'environment: none');
      if (environment) expect(stdout, id).toContain(`banner: ${environment.label} in ${environment.color}`);
    }
  });

  it("the file's unmatched environment applies when no rule matches", () => {
    const text = JSON.stringify({ version: 1, environments: [], rules: [], unmatched: 'staging', useDefaultRules: false });
    expect(run(['explain', 'p.json', 'anything'], { 'p.json': text }).stdout.slice(1, 4)).toEqual([
      'matched: none of the 0 rules (useDefaultRules is false)',
      'unmatched: staging',
      'environment: staging (built-in)',
    ]);
  });
});

describe('docs/team-policy.md', () => {
  it('shows what explain really prints', () => {
    const doc = readFileSync(new URL('../../docs/team-policy.md', import.meta.url), 'utf8');
    const shown = /\$ npx cluster-guard explain team-policy\.json acme-prod-1\n([\s\S]*?)\n```/.exec(doc)?.[1]?.split('\n');
    expect(shown).toEqual(run(['explain', 'team-policy.json', 'acme-prod-1'], { 'team-policy.json': EXAMPLE }).stdout);
  });
});

describe('usage', () => {
  it('--help prints the usage on stdout, exit 0', () => {
    for (const flag of ['--help', '-h', 'help']) expect(run([flag])).toEqual({ code: EXIT_OK, stdout: USAGE, stderr: [] });
  });

  it.each([
    [[], 'cluster-guard: missing command'],
    [['lint', 'x.json'], 'cluster-guard: unknown command "lint"'],
    [['validate'], 'cluster-guard: wrong number of arguments for validate'],
    [['validate', 'a.json', 'b.json'], 'cluster-guard: wrong number of arguments for validate'],
    [['explain', 'a.json'], 'cluster-guard: wrong number of arguments for explain'],
  ])('%j: exit 2 with the usage on stderr', (argv, message) => {
    expect(run(argv, { 'a.json': EXAMPLE, 'x.json': EXAMPLE })).toEqual({ code: EXIT_USAGE, stdout: [], stderr: [message, ...USAGE] });
  });

  it('an empty project ID', () => {
    expect(run(['explain', 'a.json', '  '], { 'a.json': EXAMPLE })).toEqual({ code: EXIT_USAGE, stdout: [], stderr: ['cluster-guard: the project ID is empty'] });
  });

  it.each([['a'.repeat(64)], ['acme_prod'], [`${'a'.repeat(64)}:acme-prod`]])('an ID no console URL can carry (%s): exit 2, no rule is tried', (id) => {
    const result = run(['explain', 'a.json', id], { 'a.json': EXAMPLE });
    expect(result).toEqual({ code: EXIT_USAGE, stdout: [], stderr: [expect.stringMatching(/is not a project ID the console can show/)] });
  });
});
