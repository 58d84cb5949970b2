import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEffectivePolicy } from '../core/policy/effective';
import { parsePolicyText } from '../core/policy/parse';
import { formatIssue } from '../core/policy/types';
import { COST_MESSAGE, maximalRegexFile } from '../core/policy/costly-policies';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, USAGE, runCli } from './cluster-guard';

const EXAMPLE = readFileSync(new URL('../../docs/examples/team-policy.json', import.meta.url), 'utf8');

const SUB = '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';
/** A version 2 file: one rule per console, and an AWS account written as the console shows it. */
const MULTI = JSON.stringify({
  version: 2,
  environments: [{ name: 'pci', label: 'PCI', color: '#8c1d18', typedConfirmation: true }],
  rules: [
    { match: 'acme-*-prod', kind: 'glob', environment: 'production' },
    { console: 'aws', match: '1111-2222-3333', kind: 'exact', environment: 'pci' },
    { console: 'aws', match: 'acme-*-stg', kind: 'glob', environment: 'staging' },
    { console: 'azure', match: SUB, kind: 'exact', environment: 'production' },
  ],
});

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

  it('several files: each checked and named, the exit status is the worst of them', () => {
    const files = { 'a.json': EXAMPLE, 'bad.json': INVALID };
    expect(run(['validate', 'a.json', 'a.json'], files)).toEqual({ code: EXIT_OK, stdout: ['a.json: ok: 4 environments, 5 rules', 'a.json: ok: 4 environments, 5 rules'], stderr: [] });
    const mixed = run(['validate', 'a.json', 'bad.json', 'a.json'], files);
    expect(mixed.code).toBe(EXIT_INVALID);
    expect(mixed.stdout).toEqual(['a.json: ok: 4 environments, 5 rules', 'a.json: ok: 4 environments, 5 rules']);
    expect(mixed.stderr.length).toBeGreaterThan(0);
    expect(mixed.stderr.every((line) => line.startsWith('bad.json: '))).toBe(true);
    expect(run(['validate', 'a.json', 'missing.json', 'bad.json'], files).code).toBe(EXIT_USAGE);
  });

  it('--json: one report for every file on stdout, for CI annotations', () => {
    const result = run(['validate', '--json', 'a.json', 'bad.json', 'missing.json'], { 'a.json': EXAMPLE, 'bad.json': INVALID });
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.stderr).toEqual([]);
    const report = JSON.parse(result.stdout.join('\n')) as { file: string; ok: boolean; errors: { path: string; message: string }[] }[];
    expect(report.map(({ file, ok }) => ({ file, ok }))).toEqual([
      { file: 'a.json', ok: true },
      { file: 'bad.json', ok: false },
      { file: 'missing.json', ok: false },
    ]);
    expect(report[0]).toMatchObject({ errors: [], warnings: [], environments: 4, rules: 5 });
    expect(report[1]!.errors).toContainEqual({ path: 'environments[0].color', message: 'expected a colour like #c5221f' });
    expect(report[2]!.errors).toEqual([{ path: '(file)', message: expect.stringMatching(/^cannot read: ENOENT/) }]);
  });

  it('--format json is --json; --format text is the default', () => {
    const files = { 'a.json': EXAMPLE, 'bad.json': INVALID };
    expect(run(['validate', '--format', 'json', 'a.json', 'bad.json'], files)).toEqual(run(['validate', '--json', 'a.json', 'bad.json'], files));
    expect(run(['validate', '--format=text', 'a.json'], files)).toEqual(run(['validate', 'a.json'], files));
    expect(run(['validate', '--format', 'xml', 'a.json'], files)).toMatchObject({ code: EXIT_USAGE, stderr: [expect.stringContaining('--format: use text, json or github')] });
  });

  it('--format github: one ::error per problem at its line and column, on stdout; ::warning for warnings; the exit status as always', () => {
    const bad = '{\n  "version": 1,\n  "environments": [],\n  "rules": [{ "match": "x", "kind": "exact", "environment": "nowhere" }]\n}';
    const warned = JSON.stringify({ version: 1, environments: [], rules: [{ match: 'a-*', kind: 'glob', environment: 'production' }, { match: 'a-1', kind: 'exact', environment: 'staging' }] });
    const result = run(['validate', '--format', 'github', 'policies/bad.json', 'w.json', 'a.json', 'missing.json'], { 'policies/bad.json': bad, 'w.json': warned, 'a.json': EXAMPLE });
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.stdout).toEqual([
      expect.stringMatching(/^::error file=policies\/bad\.json,line=4,col=61::rules\[0\]\.environment: /),
      expect.stringMatching(/^::warning file=w\.json,line=1,col=\d+::rules\[1\]: never matches/),
      expect.stringMatching(/^::error file=missing\.json::cannot read: ENOENT/),
    ]);
    expect(result.stderr).toEqual([]);
  });

  it('a missing file: exit 2', () => {
    expect(run(['validate', 'missing.json'])).toEqual({
      code: EXIT_USAGE,
      stdout: [],
      stderr: ["cluster-guard: cannot read missing.json: ENOENT: no such file or directory, open 'missing.json'"],
    });
  });
});

describe('cluster-guard validate, version 2', () => {
  it('a version 2 file with rules for every console', () => {
    expect(run(['validate', 'multi.json'], { 'multi.json': MULTI })).toEqual({ code: EXIT_OK, stdout: ['ok: 1 environments, 4 rules'], stderr: [] });
  });

  it('errors with their paths: a console in a version 1 file, an unknown console, an account that never matches', () => {
    const text = JSON.stringify({
      version: 1,
      environments: [],
      rules: [
        { console: 'aws', match: '111122223333', kind: 'exact', environment: 'production' },
        { console: 'gce', match: 'acme-1', kind: 'exact', environment: 'production' },
      ],
    });
    expect(run(['validate', 'p.json'], { 'p.json': text })).toEqual({
      code: EXIT_INVALID,
      stdout: [],
      stderr: ['p.json: rules[0].console: needs "version": 2 (a version 1 file holds Google Cloud rules only)', 'p.json: rules[1].console: expected one of gcp, aws, azure, site (found "gce") (did you mean "gcp"?)'],
    });
    const warned = JSON.stringify({ version: 2, environments: [], rules: [{ console: 'aws', match: 'acme_prod', kind: 'exact', environment: 'production' }] });
    expect(run(['validate', 'w.json'], { 'w.json': warned })).toEqual({
      code: EXIT_OK,
      stdout: ['ok: 0 environments, 1 rules'],
      stderr: [expect.stringMatching(/^w\.json: warning: rules\[0\]: never matches: "acme_prod" is not an AWS account ID/)],
    });
  });
});

describe('cluster-guard explain --console', () => {
  const files = { 'multi.json': MULTI };

  it('an AWS account by its ID, written either way', () => {
    const expected = [
      'AWS account: 1111-2222-3333',
      'matched: rules[1]: aws exact "111122223333" -> pci',
      'environment: pci (declared in this file)',
      'banner: PCI in #8c1d18',
      'guard: typed confirmation on: type "pci" to confirm; applies to all destructive dialogs',
      'personal rules: allowed (they can only add protection, never weaken this policy)',
    ];
    expect(run(['explain', '--console', 'aws', 'multi.json', '111122223333'], files)).toEqual({ code: EXIT_OK, stderr: [], stdout: expected });
    expect(run(['explain', '--console=aws', 'multi.json', '1111-2222-3333'], files).stdout).toEqual(expected);
    expect(run(['explain', 'multi.json', '1111-2222-3333', '--console', 'aws'], files).stdout).toEqual(expected);
  });

  it('an AWS account with its alias: rules are tried against both, the first rule wins', () => {
    expect(run(['explain', '--console', 'aws', '--name', 'acme-eu-stg', 'multi.json', '444455556666'], files).stdout.slice(0, 3)).toEqual([
      'AWS account: acme-eu-stg (4444-5555-6666)',
      'matched: rules[2]: aws glob "acme-*-stg" -> staging',
      'environment: staging (built-in)',
    ]);
    // The ID's rule comes first.
    expect(run(['explain', '--console', 'aws', '--name', 'acme-eu-stg', 'multi.json', '111122223333'], files).stdout[1]).toBe('matched: rules[1]: aws exact "111122223333" -> pci');
  });

  it('an alias alone: the built-in rules read it; rules for account IDs are not tried', () => {
    expect(run(['explain', '--console', 'aws', 'multi.json', 'Acme-EU-Prod'], files).stdout.slice(0, 3)).toEqual([
      'AWS account: acme-eu-prod (account alias only: rules for AWS account IDs are not tried)',
      'matched: built-in rule 1 (useDefaultRules is true): regex "(?:.*[-:])?(?:prod|prd|production|live)(?:-.*)?" -> production',
      'environment: production (built-in)',
    ]);
  });

  it('a bare account ID no rule matches: the built-in rules never read IDs, and the output says how to give the alias', () => {
    expect(run(['explain', '--console', 'aws', 'multi.json', '444455556666'], files).stdout).toEqual([
      'AWS account: 4444-5555-6666',
      'matched: none of the 2 AWS rules (of 4) nor the built-in ones (they read names only: give the account alias with --name)',
      'unmatched: null',
      'environment: none',
      'banner: none (the console is not marked for this AWS account)',
      'guard: off (destructive dialogs are not blocked)',
      'personal rules: allowed (they can only add protection, never weaken this policy)',
    ]);
  });

  it('an Azure subscription, and Google Cloud rules only for Google Cloud', () => {
    expect(run(['explain', '--console', 'azure', 'multi.json', SUB.toUpperCase()], files).stdout.slice(0, 3)).toEqual([
      `Azure subscription: ${SUB}`,
      `matched: rules[3]: azure exact "${SUB}" -> production`,
      'environment: production (built-in)',
    ]);
    expect(run(['explain', '--console', 'gcp', 'multi.json', 'acme-eu-prod'], files).stdout[1]).toBe('matched: rules[0]: glob "acme-*-prod" -> production');
    // The AWS glob does not match a Google Cloud project of the same name.
    expect(run(['explain', 'multi.json', 'acme-eu-stg'], files).stdout[1]).toBe('matched: built-in rule 2 (useDefaultRules is true): regex "(?:.*[-:])?(?:stg|stage|staging|uat|preprod)(?:-.*)?" -> staging');
  });

  it('answers as buildEffectivePolicy(...).classify() does for the scope a tab would have', () => {
    const parsed = parsePolicyText(MULTI);
    if (!parsed.ok) throw new Error(parsed.errors.map(formatIssue).join('; '));
    const effective = buildEffectivePolicy({ managed: null, team: parsed.policy, personal: null });
    const cases: [string[], Parameters<typeof effective.classify>[0]][] = [
      [['--console', 'aws', 'multi.json', '111122223333'], { console: 'aws', id: '111122223333' }],
      [['--console', 'aws', '--name', 'acme-x-stg', 'multi.json', '999988887777'], { console: 'aws', id: '999988887777', name: 'acme-x-stg' }],
      [['--console', 'aws', 'multi.json', '999988887777'], { console: 'aws', id: '999988887777' }],
      [['--console', 'azure', 'multi.json', SUB], { console: 'azure', id: SUB }],
      [['--console', 'azure', 'multi.json', '11111111-2222-3333-4444-555555555555'], { console: 'azure', id: '11111111-2222-3333-4444-555555555555' }],
      [['multi.json', 'acme-eu-prod'], 'acme-eu-prod'],
    ];
    for (const [args, scope] of cases) {
      const stdout = run(['explain', ...args], files).stdout;
      const environment = effective.classify(scope)?.environment ?? null;
      expect(stdout.find((line) => line.startsWith('environment: ')), args.join(' ')).toEqual(environment ? expect.stringMatching(new RegExp(`^environment: ${environment.name} \\(`)) : 'environment: none');
    }
  });

  it.each([
    [['--console', 'gce', 'multi.json', 'x'], 'cluster-guard: unknown console "gce"; use one of gcp, aws, azure, site (did you mean "gcp"?)'],
    [['--console', 'AWS', 'multi.json', 'x'], 'cluster-guard: unknown console "AWS"; use one of gcp, aws, azure, site'],
    [['--console', 'aws', 'multi.json', '   '], 'cluster-guard: the AWS account ID is empty'],
    [['--console', 'azure', 'multi.json', ''], 'cluster-guard: the Azure subscription ID is empty'],
    [['--name', 'acme', 'multi.json', 'acme-1'], 'cluster-guard: --name is for AWS account aliases (--console aws); a Google Cloud project has no name besides its ID'],
    [['--console', 'aws', '--name', 'Not An Alias!', 'multi.json', '111122223333'], 'cluster-guard: --name: "Not An Alias!" is not an AWS account alias (lower-case letters, digits and hyphens, 3 to 63)'],
    [['--console', 'aws', '--name', 'acme', 'multi.json', 'acme-x'], 'cluster-guard: --name goes with the AWS account ID; "acme-x" is not one'],
  ])('%j: exit 2, no rule is tried', (args, message) => {
    expect(run(['explain', ...args], files)).toEqual({ code: EXIT_USAGE, stdout: [], stderr: [message] });
  });

  it('an ID the console never shows: exit 2; with the file and the ID the wrong way round, says so', () => {
    expect(run(['explain', '--console', 'aws', 'multi.json', 'acme_prod'], files)).toEqual({
      code: EXIT_USAGE,
      stdout: [],
      stderr: ['cluster-guard: "acme_prod" is not an AWS account ID (12 digits, or 1111-2222-3333) or account alias (lower-case letters, digits and hyphens, 3 to 63) the console can show'],
    });
    expect(run(['explain', '--console', 'aws', '123456789012', 'multi.json'], files)).toEqual({
      code: EXIT_USAGE,
      stdout: [],
      stderr: [
        'cluster-guard: "multi.json" is not an AWS account ID (12 digits, or 1111-2222-3333) or account alias (lower-case letters, digits and hyphens, 3 to 63) the console can show',
        'cluster-guard: the policy file comes first, then the ID: cluster-guard explain --console aws multi.json 123456789012',
      ],
    });
    expect(run(['explain', 'acme-prod-1', 'team-policy.json'], files).stderr[1]).toBe('cluster-guard: the policy file comes first, then the ID: cluster-guard explain team-policy.json acme-prod-1');
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

  it("the rule's note, in the author's words, right after the rule that decided", () => {
    expect(run(['explain', 'team-policy.json', 'acme-payments-prod'], files).stdout.slice(1, 3)).toEqual([
      'matched: rules[0]: exact "acme-payments-prod" -> payments-production',
      'note: PCI scope: card data lives here',
    ]);
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

  it('shows what explain --console aws really prints for the multi-cloud example', () => {
    const doc = readFileSync(new URL('../../docs/team-policy.md', import.meta.url), 'utf8');
    const files = { 'multi-cloud-policy.json': readFileSync(new URL('../../docs/examples/multi-cloud-policy.json', import.meta.url), 'utf8') };
    const commands = [...doc.matchAll(/^\$ npx cluster-guard (explain --console aws [^\n]*)\n((?:(?!\$ |```)[^\n]*\n)*)/gm)];
    expect(commands.map((match) => match[1])).toEqual([
      'explain --console aws multi-cloud-policy.json 111122223333',
      'explain --console aws --name acme-eu-prod multi-cloud-policy.json 444455556666',
    ]);
    for (const [, command, output] of commands) {
      expect(output!.trimEnd().split('\n'), command).toEqual(run(command!.split(' '), files).stdout);
    }
  });

  it('the CI workflow pins what the multi-cloud example decides', () => {
    const doc = readFileSync(new URL('../../docs/team-policy.md', import.meta.url), 'utf8');
    const files = { 'team-policy.json': readFileSync(new URL('../../docs/examples/multi-cloud-policy.json', import.meta.url), 'utf8') };
    const pins = [...doc.matchAll(/- run: npx cluster-guard (explain --console \S+ team-policy\.json \S+) \| grep -q '\^(environment: [^']*)'/g)];
    expect(pins).toHaveLength(2);
    for (const [, command, expected] of pins) expect(run(command!.split(' '), files).stdout, command).toContainEqual(expect.stringMatching(new RegExp(`^${expected}`)));
  });
});

describe('usage', () => {
  it('documents --console and --name, and an example of each', () => {
    const help = USAGE.join('\n');
    expect(help).toContain('cluster-guard explain [--console gcp|aws|azure|site] [--name <name>] <file> <id>');
    expect(help).toContain('cluster-guard explain --url <address> <file>');
    expect(help).toMatch(/--console aws\s+<id> is an AWS account ID, 123456789012 or 1234-5678-9012; anything else\s+is read as an account alias/);
    expect(help).toContain('e.g. cluster-guard explain --console aws --name acme-prod policy.json 123456789012');
  });

  it('"--" ends the options: a file whose name starts with "--"', () => {
    expect(run(['validate', '--', '--odd.json'], { '--odd.json': EXAMPLE }).stdout).toEqual(['ok: 4 environments, 5 rules']);
  });

  it('--help prints the usage on stdout, exit 0', () => {
    for (const flag of ['--help', '-h', 'help']) expect(run([flag])).toEqual({ code: EXIT_OK, stdout: USAGE, stderr: [] });
  });

  it.each([
    [[], 'cluster-guard: missing command'],
    [['lint', 'x.json'], 'cluster-guard: unknown command "lint"'],
    [['validate'], 'cluster-guard: wrong number of arguments for validate'],
    [['valdate', 'a.json'], 'cluster-guard: unknown command "valdate" (did you mean "validate"?)'],
    [['validate', '--jsn', 'a.json'], 'cluster-guard: unknown option "--jsn" for validate (did you mean "--json"?)'],
    [['explain', 'a.json'], 'cluster-guard: wrong number of arguments for explain'],
    [['explain', '--console', 'aws', 'a.json'], 'cluster-guard: wrong number of arguments for explain'],
    [['explain', 'a.json', 'x', '--console'], 'cluster-guard: --console needs a value'],
    [['explain', '--console', '--name', 'a', 'a.json', 'x'], 'cluster-guard: --console needs a value'],
    [['explain', '--console', 'aws', '--console', 'gcp', 'a.json', 'x'], 'cluster-guard: --console is given twice'],
    [['explain', '--region', 'eu', 'a.json', 'x'], 'cluster-guard: unknown option "--region" for explain'],
    [['validate', '--console', 'aws', 'a.json'], 'cluster-guard: unknown option "--console" for validate'],
  ])('%j: exit 2 with one line on stderr that says what is wrong and where help is', (argv, message) => {
    expect(run(argv, { 'a.json': EXAMPLE, 'x.json': EXAMPLE })).toEqual({ code: EXIT_USAGE, stdout: [], stderr: [`${message} (cluster-guard --help for usage)`] });
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(run(['--version'])).toEqual({ code: EXIT_OK, stdout: [version], stderr: [] });
  });

  it('an unknown console names the likely one', () => {
    expect(run(['explain', '--console', 'gpc', 'a.json', 'acme-1'], { 'a.json': EXAMPLE }).stderr).toEqual([
      'cluster-guard: unknown console "gpc"; use one of gcp, aws, azure, site (did you mean "gcp"?)',
    ]);
  });

  it('an empty project ID', () => {
    expect(run(['explain', 'a.json', '  '], { 'a.json': EXAMPLE })).toEqual({ code: EXIT_USAGE, stdout: [], stderr: ['cluster-guard: the project ID is empty'] });
  });

  it.each([['a'.repeat(64)], ['acme_prod'], [`${'a'.repeat(64)}:acme-prod`]])('an ID no console URL can carry (%s): exit 2, no rule is tried', (id) => {
    const result = run(['explain', 'a.json', id], { 'a.json': EXAMPLE });
    expect(result).toEqual({ code: EXIT_USAGE, stdout: [], stderr: [expect.stringMatching(/is not a project ID the console can show/)] });
  });
});

describe('cluster-guard validate: what a policy may cost', () => {
  it('refuses the 300- and 1,000-rule files of maximal regexes with the cost message, exit 1, as the parser does', () => {
    for (const count of [300, 1000]) {
      const started = performance.now();
      const result = run(['validate', 'costly.json'], { 'costly.json': maximalRegexFile(count) });
      expect(performance.now() - started).toBeLessThan(1000);
      expect(result.code).toBe(EXIT_INVALID);
      expect(result.stdout).toEqual([]);
      expect(result.stderr).toEqual([expect.stringMatching(new RegExp(`^costly\\.json: ${COST_MESSAGE.source.slice(1)}`))]);
    }
  });
});

describe('cluster-guard explain --url', () => {
  const SITES = JSON.stringify({
    version: 3,
    environments: [],
    rules: [{ console: 'site', kind: 'exact', match: 'sandbox', environment: 'development' }],
    sites: [
      { match: 'https://argocd.prod.acme.internal/*', name: 'Argo CD (production)', environment: 'production', scope: { from: 'path', after: 'applications' } },
      { match: 'https://headlamp.acme.io/*', scope: { from: 'path', after: 'namespaces' } },
    ],
  });
  const files = { 's.json': SITES };

  it('a site page whose name no rule matches: the site\'s own environment', () => {
    expect(run(['explain', '--url', 'https://argocd.prod.acme.internal/applications/payments', 's.json'], files)).toEqual({
      code: EXIT_OK,
      stderr: [],
      stdout: [
        'site: Argo CD (production) (sites[0]: https://argocd.prod.acme.internal/*)',
        'access: asked for https://argocd.prod.acme.internal/*; until the person allows it, the site is listed as not protected',
        'name in the address: payments (the path segment after "applications")',
        "matched: no rule for its name; the site's own environment (sites[0].environment) -> production",
        'environment: production (built-in)',
        'banner: PROD in #c5221f',
        'guard: typed confirmation on: type "production" to confirm; applies to all destructive dialogs',
      ],
    });
  });

  it('a site page whose name a site rule or a built-in word classifies', () => {
    expect(run(['explain', '--url', 'https://argocd.prod.acme.internal/applications/sandbox', 's.json'], files).stdout).toContain('matched: rules[0]: site exact "sandbox" -> development');
    const builtIn = run(['explain', '--url=https://headlamp.acme.io/c/main/namespaces/shop-stg/pods', 's.json'], files).stdout;
    expect(builtIn.find((line) => line.startsWith('matched:'))).toMatch(/^matched: built-in rule 2 \(useDefaultRules is true\): regex ".*stg.*" -> staging$/);
    expect(builtIn).toContain('environment: staging (built-in)');
    expect(run(['explain', '--url', 'https://headlamp.acme.io/c/main/namespaces/shop/pods', 's.json'], files).stdout).toContain('environment: none');
  });

  it('a page no site names, a console page, and addresses that are none', () => {
    expect(run(['explain', '--url', 'https://grafana.acme.io/d/x', 's.json'], files).stdout).toEqual([
      'site: none of the 2 sites of this file matches https://grafana.acme.io/d/x',
      'environment: none (the extension does not run on this page)',
    ]);
    expect(run(['explain', '--url', 'https://console.cloud.google.com/kubernetes/list?project=acme-prod-1', 's.json'], files).stdout.slice(0, 2)).toEqual([
      'project: acme-prod-1 (from the address)',
      run(['explain', 's.json', 'acme-prod-1'], files).stdout[1],
    ]);
    expect(run(['explain', '--url', 'https://console.cloud.google.com/kubernetes/list?project=acme-prod-1', 's.json'], files).stdout[1]).toMatch(/^matched: built-in rule 1 /);
    expect(run(['explain', '--url', 'argocd', 's.json'], files)).toMatchObject({ code: EXIT_USAGE, stderr: [expect.stringContaining('is not an address')] });
    expect(run(['explain', '--url', 'ftp://argocd.prod.acme.internal/', 's.json'], files)).toMatchObject({ code: EXIT_USAGE });
    expect(run(['explain', '--url', 'https://a.example/', '--console', 'aws', 's.json'], files)).toMatchObject({ code: EXIT_USAGE });
  });
});
