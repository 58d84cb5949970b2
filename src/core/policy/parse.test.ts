import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MAX_DEPTH,
  MAX_ENVIRONMENTS,
  MAX_POLICY_BYTES,
  MAX_RULES,
  POLICY_SCHEMA_URL,
  parsePolicyObject,
  parsePolicyText,
  policyToFile,
  serializePolicy,
} from './parse';
import { EMPTY_POLICY, formatIssue, type ParseResult, type Policy } from './types';
import { isProjectId } from '../../consoles/gcp/console-url';
import { compilePattern } from '../rules';

const EXAMPLE_PATH = new URL('../../../docs/examples/team-policy.json', import.meta.url);
const MULTI_CLOUD_PATH = new URL('../../../docs/examples/multi-cloud-policy.json', import.meta.url);

const MINIMAL = { version: 1, environments: [], rules: [] };
const ENV = { name: 'payments', label: 'PAY', color: '#8c1d18', typedConfirmation: true };
const RULE = { match: 'acme-pay-prod', kind: 'exact', environment: 'payments' };
/** A valid document to break one thing at a time. */
const base = () => ({ version: 1, environments: [{ ...ENV }], rules: [{ ...RULE }] });

/** The formatted errors, failing the test if the result is ok. */
function errorsOf(result: ParseResult): string[] {
  if (result.ok) throw new Error(`expected errors, got a policy: ${JSON.stringify(result.policy)}`);
  return result.errors.map(formatIssue);
}

function policyOf(result: ParseResult): Policy {
  if (!result.ok) throw new Error(`expected a policy, got errors:\n${result.errors.map(formatIssue).join('\n')}`);
  return result.policy;
}

const textErrors = (text: string) => errorsOf(parsePolicyText(text));
const objectErrors = (value: unknown) => errorsOf(parsePolicyObject(value));

describe('valid policies', () => {
  it('the minimal file gives the empty policy with defaults filled in', () => {
    const result = parsePolicyText('{"version":1,"environments":[],"rules":[]}');
    expect(result).toStrictEqual({ ok: true, policy: EMPTY_POLICY, warnings: [] });
  });

  it('the documented example (docs/examples/team-policy.json) parses to exactly this', () => {
    const result = parsePolicyText(readFileSync(EXAMPLE_PATH, 'utf8'));
    expect(result).toStrictEqual({
      ok: true,
      warnings: [],
      policy: {
        version: 3,
        environments: [
          { name: 'production', label: 'PROD', color: '#c5221f', typedConfirmation: true },
          { name: 'payments-production', label: 'PCI PROD', color: '#8c1d18', typedConfirmation: true, guards: 'all' },
          { name: 'staging', label: 'STG', color: '#f9ab00', typedConfirmation: true, guards: ['gke-cluster', 'sql-instance', 'storage-bucket', 'project'] },
          { name: 'sandbox', label: 'SBX', color: '#1a73e8', typedConfirmation: false },
        ],
        rules: [
          { kind: 'exact', pattern: 'acme-payments-prod', environment: 'payments-production', note: 'PCI scope: card data lives here' },
          { kind: 'glob', pattern: 'acme-*-prod', environment: 'production' },
          { kind: 'regex', pattern: 'acme-(eu|us)-live-[0-9]+', environment: 'production' },
          { kind: 'glob', pattern: 'acme-*-stg', environment: 'staging' },
          { kind: 'glob', pattern: 'sbx-*', environment: 'sandbox', note: 'Personal sandboxes, wiped every Friday' },
        ],
        unmatched: null,
        useDefaultRules: true,
        allowPersonalRules: true,
      },
    });
  });

  it('docs/team-policy.md shows exactly the example file', () => {
    const doc = readFileSync(new URL('../../../docs/team-policy.md', import.meta.url), 'utf8');
    const block = /## A complete example[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(block).toBe(readFileSync(EXAMPLE_PATH, 'utf8'));
  });

  it('the multi-cloud example (docs/examples/multi-cloud-policy.json, version 2) parses to exactly this', () => {
    const result = parsePolicyText(readFileSync(MULTI_CLOUD_PATH, 'utf8'));
    expect(result).toStrictEqual({
      ok: true,
      warnings: [],
      policy: {
        version: 3,
        environments: [
          { name: 'production', label: 'PROD', color: '#c5221f', typedConfirmation: true },
          { name: 'payments-production', label: 'PCI PROD', color: '#8c1d18', typedConfirmation: true },
          { name: 'sandbox', label: 'SBX', color: '#1a73e8', typedConfirmation: false },
        ],
        rules: [
          { kind: 'exact', pattern: 'acme-payments-prod', environment: 'payments-production', note: 'Google Cloud: a rule without console is for a project ID' },
          { kind: 'exact', pattern: '111122223333', environment: 'payments-production', console: 'aws', note: 'The AWS payments account, by its ID (1111-2222-3333 works too)' },
          { kind: 'glob', pattern: 'acme-*-prod', environment: 'production', console: 'aws', note: 'AWS accounts by alias' },
          { kind: 'glob', pattern: 'acme-sbx-*', environment: 'sandbox', console: 'aws' },
          { kind: 'exact', pattern: '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0', environment: 'production', console: 'azure', note: 'Azure subscription Contoso Production' },
        ],
        unmatched: null,
        useDefaultRules: true,
        allowPersonalRules: true,
      },
    });
    // Written back, it is version 2 again, and says each rule's console only where it is not Google Cloud.
    const file = policyToFile(policyOf(result));
    expect(file.version).toBe(2);
    expect((file.rules as Record<string, unknown>[]).map((rule) => rule.console)).toEqual([undefined, 'aws', 'aws', 'aws', 'azure']);
  });

  it('docs/team-policy.md shows exactly the multi-cloud example file', () => {
    const doc = readFileSync(new URL('../../../docs/team-policy.md', import.meta.url), 'utf8');
    const block = /## A multi-cloud example[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(block).toBe(readFileSync(MULTI_CLOUD_PATH, 'utf8'));
  });

  it('a full file with every optional field set', () => {
    const policy = policyOf(
      parsePolicyObject({
        $schema: './policy.schema.json',
        version: 1,
        environments: [{ ...ENV, guards: ['gke-cluster', 'disk'] }],
        rules: [{ ...RULE, note: 'card data' }, { match: 'ACME-*', kind: 'glob', environment: 'Staging' }],
        unmatched: 'development',
        useDefaultRules: false,
        allowPersonalRules: false,
      }),
    );
    expect(policy).toStrictEqual({
      version: 3,
      environments: [{ ...ENV, guards: ['gke-cluster', 'disk'] }],
      rules: [
        { kind: 'exact', pattern: 'acme-pay-prod', environment: 'payments', note: 'card data' },
        { kind: 'glob', pattern: 'ACME-*', environment: 'Staging' },
      ],
      unmatched: 'development',
      useDefaultRules: false,
      allowPersonalRules: false,
    });
  });

  it('rules may name built-in environments, in any case, and declared ones in any case', () => {
    const doc = { ...MINIMAL, environments: [ENV], rules: [{ ...RULE, environment: 'PAYMENTS' }, { match: 'x-*', kind: 'glob', environment: 'Production' }] };
    expect(parsePolicyObject(doc).ok).toBe(true);
  });

  it('a declared environment may redefine a built-in one', () => {
    const policy = policyOf(parsePolicyObject({ ...MINIMAL, environments: [{ name: 'production', label: 'LIVE', color: '#000000', typedConfirmation: false }] }));
    expect(policy.environments[0]!.label).toBe('LIVE');
  });

  it('accepts a byte order mark and surrounding whitespace', () => {
    expect(parsePolicyText('\ufeff \n{"version":1,"environments":[],"rules":[]}\n\n').ok).toBe(true);
  });

  it('limits are inclusive: 5000 rules, 50 environments, 40-character names, 12-character labels (code points), 500-character matches', () => {
    const environments = Array.from({ length: MAX_ENVIRONMENTS }, (_, i) => ({ ...ENV, name: `env-${i}`.padEnd(40, 'x') }));
    environments[0]!.label = '🔥'.repeat(12);
    const rules = Array.from({ length: MAX_RULES }, (_, i) => ({ match: `p-${i}`, kind: 'exact', environment: 'production' }));
    rules[0]!.match = 'a'.repeat(500);
    const policy = policyOf(parsePolicyObject({ ...MINIMAL, environments, rules }));
    expect(policy.environments).toHaveLength(50);
    expect(policy.rules).toHaveLength(5000);
  });

  it('a file of exactly 256 KiB is not too big', () => {
    const text = JSON.stringify(MINIMAL);
    expect(parsePolicyText(text + ' '.repeat(MAX_POLICY_BYTES - text.length)).ok).toBe(true);
  });

  it('nesting of exactly MAX_DEPTH is not too deep (it is only an unknown key)', () => {
    const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
    // The root object is level 1, so the value of "x" may open MAX_DEPTH - 1 more.
    expect(textErrors(`{"version":1,"environments":[],"rules":[],"x":${nested(MAX_DEPTH - 1)}}`)).toEqual(['x: unknown key']);
    expect(textErrors(`{"version":1,"environments":[],"rules":[],"x":${nested(MAX_DEPTH)}}`)).toEqual([
      '(root): nested more than 20 levels deep; a policy never needs that',
    ]);
  });
});

describe('warnings (the policy is still valid)', () => {
  it('a rule identical to an earlier one never matches (patterns ignore case; regex escapes do not)', () => {
    const result = parsePolicyObject({
      ...MINIMAL,
      rules: [
        { match: 'acme-*', kind: 'glob', environment: 'production' },
        { match: 'ACME-*', kind: 'glob', environment: 'staging' },
        { match: 'a\\d', kind: 'regex', environment: 'production' },
        { match: 'a\\D', kind: 'regex', environment: 'production' },
        { match: 'a\\d', kind: 'regex', environment: 'staging' },
      ],
    });
    expect(result.ok && result.warnings.map(formatIssue)).toEqual([
      'rules[1]: never matches: rules[0] has the same kind and match',
      'rules[4]: never matches: rules[2] has the same kind and match',
    ]);
  });

  it('an exact rule an earlier pattern always beats', () => {
    const result = parsePolicyObject({
      ...MINIMAL,
      rules: [
        { match: 'acme-*', kind: 'glob', environment: 'production' },
        { match: 'acme-dev', kind: 'exact', environment: 'development' },
        { match: 'other-dev', kind: 'exact', environment: 'development' },
      ],
    });
    expect(result.ok && result.warnings.map(formatIssue)).toEqual(['rules[1]: never matches: rules[0] (glob "acme-*") matches "acme-dev" first']);
  });

  it('guards without typed confirmation, and an empty guards list', () => {
    const result = parsePolicyObject({
      ...MINIMAL,
      environments: [
        { ...ENV, name: 'a', typedConfirmation: false, guards: 'all' },
        { ...ENV, name: 'b', guards: [] },
      ],
    });
    expect(result.ok && result.warnings.map(formatIssue)).toEqual([
      'environments[0].guards: has no effect: typedConfirmation is false',
      'environments[1].guards: is empty: typed confirmation only applies to dialogs whose kind is not recognised',
    ]);
  });
});

describe('version', () => {
  it('a newer version is refused with one clear message, before anything else is looked at', () => {
    expect(textErrors('{"version":4,"environments":"whatever","rules":7,"future":true}')).toEqual([
      'version: this file is version 4 but this extension understands up to version 3; update Cluster Guard',
    ]);
    // Even a newer file too deep for this version is told to update.
    expect(objectErrors({ version: 7, x: JSON.parse('['.repeat(30) + ']'.repeat(30)) })).toEqual([
      'version: this file is version 7 but this extension understands up to version 3; update Cluster Guard',
    ]);
  });

  it('a missing version is an error, and the other errors are still collected', () => {
    expect(objectErrors({ environments: [], rules: [], extra: 1 })).toEqual(['version: missing; add "version": 3', 'extra: unknown key']);
  });

  it.each([
    ['"1"', 'version: expected the number 1, 2 or 3 (found "1")'],
    ['1.5', 'version: expected the number 1, 2 or 3 (found 1.5)'],
    ['null', 'version: expected the number 1, 2 or 3 (found null)'],
    ['true', 'version: expected the number 1, 2 or 3 (found true)'],
    ['[1]', 'version: expected the number 1, 2 or 3 (found a list)'],
    ['0', 'version: expected 1, 2 or 3 (found 0)'],
    ['-1', 'version: expected 1, 2 or 3 (found -1)'],
  ])('version %s', (version, message) => {
    expect(textErrors(`{"version":${version},"environments":[],"rules":[]}`)).toEqual([message]);
  });
});

describe('wrong types everywhere', () => {
  it.each<[string, (doc: ReturnType<typeof base>) => unknown, string[]]>([
    ['environments not a list', (doc) => ({ ...doc, environments: {} }), ['environments: expected a list of environments (found an object)', 'rules[0].environment: unknown environment "payments"; declare it under environments or use one of production, staging, development']],
    ['rules not a list', (doc) => ({ ...doc, rules: 'acme' }), ['rules: expected a list of rules (found "acme")']],
    ['environments missing', ({ environments: _, ...doc }) => doc, ['environments: missing', 'rules[0].environment: unknown environment "payments"; declare it under environments or use one of production, staging, development']],
    ['rules missing', ({ rules: _, ...doc }) => doc, ['rules: missing']],
    ['$schema not a string', (doc) => ({ ...doc, $schema: 1 }), ['$schema: expected a URL or path of the schema (found 1)']],
    ['unmatched a number', (doc) => ({ ...doc, unmatched: 0 }), ['unmatched: expected an environment name or null (found 0)']],
    ['useDefaultRules a string', (doc) => ({ ...doc, useDefaultRules: 'yes' }), ['useDefaultRules: expected true or false (found "yes")']],
    ['allowPersonalRules null', (doc) => ({ ...doc, allowPersonalRules: null }), ['allowPersonalRules: expected true or false (found null)']],
    ['an environment that is a string', (doc) => ({ ...doc, environments: ['prod'] }), ['environments[0]: expected an environment object (found "prod")', 'rules[0].environment: unknown environment "payments"; declare it under environments or use one of production, staging, development']],
    ['an environment without a name', (doc) => ({ ...doc, environments: [{ ...ENV, name: undefined }] }), ['environments[0].name: missing', 'rules[0].environment: unknown environment "payments"; declare it under environments or use one of production, staging, development']],
    ['name a number', (doc) => ({ ...doc, environments: [{ ...ENV, name: 7 }] }), ['environments[0].name: expected a name like "production" (found 7)', 'rules[0].environment: unknown environment "payments"; declare it under environments or use one of production, staging, development']],
    ['name empty', (doc) => ({ ...doc, environments: [{ ...ENV, name: '' }] }), ['environments[0].name: must not be empty', 'rules[0].environment: unknown environment "payments"; declare it under environments or use one of production, staging, development']],
    // A misspelt environment is reported once: rules naming it are not reported again.
    ['name with a trailing space', (doc) => ({ ...doc, environments: [{ ...ENV, name: 'payments ' }], rules: [{ ...RULE, environment: 'payments ' }] }), ['environments[0].name: must not start or end with spaces or contain control characters']],
    ['name with a newline', (doc) => ({ ...doc, environments: [{ ...ENV, name: 'pay\nments' }], rules: [] }), ['environments[0].name: must not start or end with spaces or contain control characters']],
    ['name over 40 characters', (doc) => ({ ...doc, environments: [{ ...ENV, name: 'p'.repeat(41) }], rules: [] }), ['environments[0].name: at most 40 characters (found 41)']],
    ['label empty', (doc) => ({ ...doc, environments: [{ ...ENV, label: '' }] }), ['environments[0].label: must not be empty']],
    ['label over 12 characters', (doc) => ({ ...doc, environments: [{ ...ENV, label: '🔥'.repeat(13) }] }), ['environments[0].label: at most 12 characters (found 13)']],
    ['label an array', (doc) => ({ ...doc, environments: [{ ...ENV, label: ['P'] }] }), ['environments[0].label: expected a short label like "PROD" (found a list)']],
    ['colour a name', (doc) => ({ ...doc, environments: [{ ...ENV, color: 'red' }] }), ['environments[0].color: expected a colour like #c5221f']],
    ['colour short', (doc) => ({ ...doc, environments: [{ ...ENV, color: '#c5221' }] }), ['environments[0].color: expected a colour like #c5221f']],
    ['colour with alpha', (doc) => ({ ...doc, environments: [{ ...ENV, color: '#c5221fff' }] }), ['environments[0].color: expected a colour like #c5221f']],
    ['colour a number', (doc) => ({ ...doc, environments: [{ ...ENV, color: 0xc5221f }] }), ['environments[0].color: expected a colour like #c5221f (found 12919327)']],
    ['typedConfirmation a string', (doc) => ({ ...doc, environments: [{ ...ENV, typedConfirmation: 'true' }] }), ['environments[0].typedConfirmation: expected true or false (found "true")']],
    ['guards an unknown word', (doc) => ({ ...doc, environments: [{ ...ENV, guards: 'some' }] }), ['environments[0].guards: expected "all" or a list of dialog kinds (found "some")']],
    ['guards an unknown kind', (doc) => ({ ...doc, environments: [{ ...ENV, guards: ['disk', 'gke-clustr'] }] }), ['environments[0].guards[1]: expected one of gke-cluster, gke-node-pool, gke-workload, gke-namespace, vm-instance, instance-group, disk, snapshot, sql-instance, storage-bucket, project, other (found "gke-clustr")']],
    ['guards true', (doc) => ({ ...doc, environments: [{ ...ENV, guards: true }] }), ['environments[0].guards: expected "all" or a list of dialog kinds (found true)']],
    ['a rule that is null', (doc) => ({ ...doc, rules: [null] }), ['rules[0]: expected a rule object (found null)']],
    ['match a number', (doc) => ({ ...doc, rules: [{ ...RULE, match: 42 }] }), ['rules[0].match: expected a project ID or pattern (found 42)']],
    ['match empty', (doc) => ({ ...doc, rules: [{ ...RULE, match: '' }] }), ['rules[0].match: must not be empty']],
    ['match over 500 characters', (doc) => ({ ...doc, rules: [{ ...RULE, match: 'a'.repeat(501) }] }), ['rules[0].match: at most 500 characters (found 501)']],
    ['kind unknown', (doc) => ({ ...doc, rules: [{ ...RULE, kind: 'wildcard' }] }), ['rules[0].kind: expected one of exact, glob, regex (found "wildcard")']],
    ['environment missing', (doc) => ({ ...doc, rules: [{ match: 'x', kind: 'exact' }] }), ['rules[0].environment: missing']],
    ['note a number', (doc) => ({ ...doc, rules: [{ ...RULE, note: 1 }] }), ['rules[0].note: expected a string (found 1)']],
  ])('%s', (_, mutate, expected) => {
    expect(objectErrors(mutate(base()))).toEqual(expected);
  });
});

describe('cross-field checks', () => {
  it('environment names are unique ignoring case', () => {
    expect(objectErrors({ ...MINIMAL, environments: [ENV, { ...ENV, name: 'Payments' }, { ...ENV, name: 'PAYMENTS' }] })).toEqual([
      'environments[1].name: duplicate environment name "Payments" (environments[0] has it already; names ignore case)',
      'environments[2].name: duplicate environment name "PAYMENTS" (environments[0] has it already; names ignore case)',
    ]);
  });

  it('a rule or unmatched naming an undeclared environment', () => {
    expect(objectErrors({ ...base(), rules: [{ ...RULE, environment: 'prdo' }], unmatched: 'nowhere' })).toEqual([
      'rules[0].environment: unknown environment "prdo"; declare it under environments or use one of production, staging, development',
      'unmatched: unknown environment "nowhere"; declare it under environments or use one of production, staging, development',
    ]);
  });

  it('bad regexes carry the engine message', () => {
    const errors = objectErrors({ ...MINIMAL, rules: [{ match: '(unclosed', kind: 'regex', environment: 'production' }, { match: '[z-a]', kind: 'regex', environment: 'production' }] });
    expect(errors).toHaveLength(2);
    expect(errors[0]).toBe('rules[0].match: invalid regular expression: missing closing ): `(unclosed`');
    expect(errors[1]).toBe('rules[1].match: invalid regular expression: invalid character class range: `z-a`');
  });

  it('a regex that would escape the anchoring group is invalid, as in the extension', () => {
    expect(objectErrors({ ...MINIMAL, rules: [{ match: 'a)|(b', kind: 'regex', environment: 'production' }] })[0]).toMatch(
      /^rules\[0\]\.match: invalid regular expression: /,
    );
  });

  it('patterns backtracking engines cannot run fast are accepted: RE2 runs them in linear time', () => {
    const policy = policyOf(
      parsePolicyObject({
        ...MINIMAL,
        rules: [
          { match: '(a+)+$', kind: 'regex', environment: 'production' },
          { match: '(a|ab)*', kind: 'regex', environment: 'production' },
          { match: '[a-z]*[a-z]*[a-z]*[a-z]*[a-z]*-', kind: 'regex', environment: 'production' },
          { match: '(?i:ACME)-.*', kind: 'regex', environment: 'production' },
          { match: '*a*a*a*a*a*a*b', kind: 'glob', environment: 'production' },
        ],
      }),
    );
    expect(policy.rules).toHaveLength(5);
  });

  it('lookarounds and backreferences are refused, saying what to write instead', () => {
    const errors = objectErrors({
      ...MINIMAL,
      rules: [
        { match: 'ok-.*', kind: 'regex', environment: 'production' },
        { match: '(?!.*-sandbox).*-prod', kind: 'regex', environment: 'production' },
        { match: '.*(?<=-prod)', kind: 'regex', environment: 'production' },
        { match: '(eu|us)-\\1', kind: 'regex', environment: 'production' },
        { match: '(?<r>eu|us)-\\k<r>', kind: 'regex', environment: 'production' },
        { match: '[(?=]x', kind: 'regex', environment: 'production' },
      ],
    });
    expect(errors).toEqual([
      expect.stringMatching(/^rules\[1\]\.match: lookahead \(\?! is not supported \(rules use RE2 syntax.*put a rule for the exception before this one: the first match wins$/),
      expect.stringMatching(/^rules\[2\]\.match: lookbehind \(\?<= is not supported \(rules use RE2 syntax/),
      expect.stringMatching(/^rules\[3\]\.match: backreference \\1 is not supported .*repeat the group's pattern instead/),
      expect.stringMatching(/^rules\[4\]\.match: backreference \\k<…> is not supported/),
    ]);
  });

  it('collects every error in the file, in file order, not just the first', () => {
    const errors = textErrors(
      JSON.stringify({
        version: 1,
        environments: [{ ...ENV, color: 'red' }, { ...ENV, name: 'b', label: '' }],
        rules: [{ ...RULE, kind: 'fuzzy' }, { match: '(a*', kind: 'regex', environment: 'nowhere' }, { ...RULE, patern: 'x' }],
        unmatched: 'ghost',
        useDefaultRules: 1,
      }),
    );
    expect(errors).toEqual([
      'useDefaultRules: expected true or false (found 1)',
      'environments[0].color: expected a colour like #c5221f',
      'environments[1].label: must not be empty',
      'rules[0].kind: expected one of exact, glob, regex (found "fuzzy")',
      'rules[1].match: invalid regular expression: missing closing ): `(a*`',
      'rules[1].environment: unknown environment "nowhere"; declare it under environments or use one of production, staging, development',
      'rules[2].patern: unknown key',
      'unmatched: unknown environment "ghost"; declare it under environments or use one of production, staging, development',
    ]);
  });
});

describe('hostile patterns', () => {
  const HANG = readFileSync(new URL('./testdata/hang.json', import.meta.url), 'utf8');

  it('the 762-byte file that froze the parser (five [a-z]* and a 495-character exact rule) parses at once', () => {
    expect(Buffer.byteLength(HANG)).toBe(762);
    const started = performance.now();
    const result = parsePolicyText(HANG);
    const elapsed = performance.now() - started;
    // Minutes with a backtracking engine; a few milliseconds here. The ceiling is generous: a busy 2-core machine.
    expect(elapsed).toBeLessThan(1000);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings.map(formatIssue)).toEqual([expect.stringMatching(/^rules\[1\]: never matches: "a+…" is not a project ID the console can show/)]);
  });

  it('patterns whose size, not their syntax, would make matching slow are refused with why', () => {
    const errors = objectErrors({
      ...MINIMAL,
      rules: [
        { match: 'x{128}', kind: 'regex', environment: 'production' },
        { match: 'acme-(?:[a-z]{3}-){1,3}prod', kind: 'regex', environment: 'production' },
        { match: 'x{127}'.repeat(20), kind: 'regex', environment: 'production' },
        { match: '[a-z][a-z0-9-]{5,9}', kind: 'regex', environment: 'production' },
      ],
    });
    expect(errors).toEqual([
      'rules[0].match: invalid regular expression: repetition {128} is longer than any project ID (at most 127 characters); use * or + for "any number"',
      'rules[2].match: invalid regular expression: too large once compiled (2542 steps; at most 2000); repetitions multiply the pattern\'s size',
    ]);
  });

  it('the same regex against the longest ID a console URL can carry takes well under a millisecond', () => {
    const test = compilePattern('regex', '[a-z]*[a-z]*[a-z]*[a-z]*[a-z]*-');
    const longest = `${'a'.repeat(63)}:${'a'.repeat(63)}`;
    expect(isProjectId(longest)).toBe(true);
    test(longest);
    const started = performance.now();
    for (let i = 0; i < 100; i++) expect(test(longest)).toBe(false);
    expect((performance.now() - started) / 100).toBeLessThan(5);
  });
});

describe('unknown keys', () => {
  it('are errors naming each of them, at every level', () => {
    expect(
      objectErrors({
        ...base(),
        rule: [],
        'odd key': 1,
        environments: [{ ...ENV, colour: '#000000' }],
        rules: [{ ...RULE, patern: 'x', comment: 'y' }],
      }),
    ).toEqual([
      'rule: unknown key (did you mean "rules"?)',
      '["odd key"]: unknown key',
      'environments[0].colour: unknown key (did you mean "color"?)',
      'rules[0].patern: unknown key',
      'rules[0].comment: unknown key',
    ]);
  });

  it('a misspelt key is reported as such, with the key it replaced as missing', () => {
    const { match: _, ...rule } = RULE;
    expect(objectErrors({ ...base(), rules: [{ ...rule, patern: 'x' }] })).toEqual(['rules[0].match: missing', 'rules[0].patern: unknown key']);
  });
});

describe('hostile input', () => {
  it.each([
    ['[]', '(root): expected an object (found a list)'],
    ['null', '(root): expected an object (found null)'],
    ['"x"', '(root): expected an object (found "x")'],
    ['42', '(root): expected an object (found 42)'],
    ['true', '(root): expected an object (found true)'],
  ])('a non-object root %s', (text, message) => {
    expect(textErrors(text)).toEqual([message]);
    expect(objectErrors(JSON.parse(text))).toEqual([message]);
  });

  it('non-JSON roots given directly', () => {
    expect(objectErrors(undefined)).toEqual(['(root): expected an object (found undefined)']);
    expect(objectErrors(() => 1)).toEqual(['(root): expected an object (found function)']);
  });

  it('a file over 256 KiB is refused before it is parsed, counting UTF-8 bytes', () => {
    const big = `{"version":1,"environments":[],"rules":[],"$schema":"${'x'.repeat(300 * 1024)}"}`;
    expect(textErrors(big)).toEqual(['(root): file is 301 KiB; the limit is 256 KiB']);
    // 140 Ki characters, but 280 KiB of UTF-8: too big.
    expect(textErrors(`"${'é'.repeat(140 * 1024)}"`)).toEqual(['(root): file is 281 KiB; the limit is 256 KiB']);
    // Not even valid JSON: the size is still what is reported.
    expect(textErrors('['.repeat(MAX_POLICY_BYTES + 1))).toEqual(['(root): file is 257 KiB; the limit is 256 KiB']);
  });

  it('5001 rules', () => {
    const rules = Array.from({ length: MAX_RULES + 1 }, (_, i) => ({ match: `p${i}`, kind: 'exact', environment: 'p' }));
    const doc = { ...MINIMAL, environments: [{ ...ENV, name: 'p' }], rules };
    expect(objectErrors(doc)).toEqual(['rules: at most 5000 rules (found 5001)']);
    const text = JSON.stringify(doc);
    expect(text.length).toBeLessThan(MAX_POLICY_BYTES); // so it is the count that is refused
    expect(textErrors(text)).toEqual(['rules: at most 5000 rules (found 5001)']);
  });

  it('51 environments', () => {
    const environments = Array.from({ length: MAX_ENVIRONMENTS + 1 }, (_, i) => ({ ...ENV, name: `e${i}` }));
    expect(objectErrors({ ...MINIMAL, environments })).toEqual(['environments: at most 50 environments (found 51)']);
  });

  it('10,000 levels of [ (and of objects) are refused without blowing the stack', () => {
    expect(textErrors('['.repeat(10_000))).toEqual(['(root): nested more than 20 levels deep; a policy never needs that']);
    expect(textErrors(`{"version":1,"environments":[],"rules":[],"x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`)).toEqual([
      '(root): nested more than 20 levels deep; a policy never needs that',
    ]);
    expect(textErrors('{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000))).toEqual(['(root): nested more than 20 levels deep; a policy never needs that']);
    // Brackets inside strings do not count.
    expect(parsePolicyText(`{"version":1,"environments":[],"rules":[],"$schema":"${'[{'.repeat(5000)}"}`).ok).toBe(true);
  });

  it('deep and circular objects given directly', () => {
    const deep: Record<string, unknown> = { ...MINIMAL };
    let cursor = deep;
    for (let i = 0; i < 100_000; i++) {
      const next: Record<string, unknown> = {};
      cursor.x = next;
      cursor = next;
    }
    expect(objectErrors(deep)).toEqual(['(root): nested more than 20 levels deep; a policy never needs that']);
    const circular: Record<string, unknown> = { ...MINIMAL };
    circular.self = circular;
    expect(objectErrors(circular)).toEqual(['(root): nested more than 20 levels deep; a policy never needs that']);
  });

  it('__proto__ and constructor keys are unknown keys and pollute nothing', () => {
    const text =
      '{"version":1,"environments":[{"name":"x","label":"X","color":"#000000","typedConfirmation":true,"__proto__":{"polluted":1}}],' +
      '"rules":[{"match":"a","kind":"exact","environment":"x","constructor":{"prototype":{"polluted":2}}}],' +
      '"__proto__":{"useDefaultRules":false,"polluted":3},"constructor":{"polluted":4}}';
    expect(textErrors(text)).toEqual([
      '__proto__: unknown key',
      'constructor: unknown key',
      'environments[0].__proto__: unknown key',
      'rules[0].constructor: unknown key',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.prototype).not.toHaveProperty('useDefaultRules');
  });

  it('a __proto__ key cannot smuggle in fields through the prototype', () => {
    // Without the unknown key, an inherited field would be "present" to a careless reader.
    const doc = JSON.parse('{"version":1,"__proto__":{"environments":[],"rules":[]}}');
    expect(objectErrors(doc)).toEqual(['environments: missing', 'rules: missing', '__proto__: unknown key']);
    const inherited = Object.assign(Object.create({ environments: [], rules: [], version: 1 }), {});
    expect(objectErrors(inherited)).toEqual(['version: missing; add "version": 3', 'environments: missing', 'rules: missing']);
  });

  it('values that throw when read are reported, not thrown', () => {
    const hostile = { ...MINIMAL, get environments(): never { throw new Error('boom'); } };
    expect(objectErrors(hostile)).toEqual(['(root): cannot be read: boom']);
  });

  it('the result shares nothing with the input', () => {
    const doc = { ...MINIMAL, environments: [{ ...ENV, guards: ['disk'] }] };
    const policy = policyOf(parsePolicyObject(doc));
    (doc.environments[0]!.guards as string[]).push('project');
    expect(policy.environments[0]!.guards).toEqual(['disk']);
  });
});

describe('invalid JSON says where', () => {
  it('with line and column from the engine position', () => {
    expect(textErrors('{"version": 1,\n  "rules": [}')).toEqual([expect.stringMatching(/^\(root\): invalid JSON at line 2, column 13: /)]);
    expect(textErrors('{"version": 1,}')).toEqual([expect.stringMatching(/^\(root\): invalid JSON at line 1, column 15: /)]);
  });

  it('with line and column found by hand when the engine does not say', () => {
    // V8 reports a bad literal without a position.
    expect(textErrors('{\n  "version": tru\n}')).toEqual([expect.stringMatching(/^\(root\): invalid JSON at line 2, column 17: /)]);
    expect(textErrors('{\n  "a": [1, 2,\n  nul]\n}')).toEqual([expect.stringMatching(/^\(root\): invalid JSON at line 3, column 6: /)]);
  });

  it('an empty file', () => {
    expect(textErrors('')).toEqual([expect.stringMatching(/^\(root\): invalid JSON at line 1, column 1: /)]);
  });

  it('keeps messages on one line', () => {
    for (const message of textErrors('{\n  "version": tru\n}')) expect(message).not.toMatch(/[\n\r]/);
  });
});

describe('writing', () => {
  it('policyToFile is the on-disk shape with $schema first and keys in the documented order', () => {
    const file = policyToFile(policyOf(parsePolicyText(readFileSync(EXAMPLE_PATH, 'utf8'))));
    expect(Object.keys(file)).toEqual(['$schema', 'version', 'environments', 'rules', 'unmatched', 'useDefaultRules', 'allowPersonalRules']);
    expect(file.$schema).toBe(POLICY_SCHEMA_URL);
    expect((file.rules as object[])[0]).toStrictEqual({ match: 'acme-payments-prod', kind: 'exact', environment: 'payments-production', note: 'PCI scope: card data lives here' });
    expect(Object.keys((file.environments as object[])[0]!)).toEqual(['name', 'label', 'color', 'typedConfirmation']);
    expect(Object.keys((file.environments as object[])[2]!)).toEqual(['name', 'label', 'color', 'typedConfirmation', 'guards']);
  });

  it('serializePolicy is indented JSON ending in a newline', () => {
    const text = serializePolicy(EMPTY_POLICY);
    expect(text).toBe(`{\n  "$schema": "${POLICY_SCHEMA_URL}",\n  "version": 1,\n  "environments": [],\n  "rules": [],\n  "unmatched": null,\n  "useDefaultRules": true,\n  "allowPersonalRules": true\n}\n`);
  });

  const ROUND_TRIPS: Policy[] = [
    EMPTY_POLICY,
    policyOf(parsePolicyText(readFileSync(EXAMPLE_PATH, 'utf8'))),
    {
      version: 3,
      environments: [
        { name: 'Prod EU', label: '本番', color: '#ABCDEF', typedConfirmation: true, guards: [] },
        { name: 'x', label: 'X', color: '#000000', typedConfirmation: true, guards: ['other', 'project'] },
      ],
      rules: [
        { kind: 'regex', pattern: '(?:eu|us)-\\d+', environment: 'prod eu' },
        { kind: 'glob', pattern: 'A?C-*', environment: 'X' },
        { kind: 'exact', pattern: 'google.com:prod-api', environment: 'production' },
      ],
      unmatched: 'Prod EU',
      useDefaultRules: false,
      allowPersonalRules: false,
    },
  ];

  it.each(ROUND_TRIPS.map((policy, i) => [i, policy] as const))('parsePolicyText(serializePolicy(p)) gives back p (%i)', (_, policy) => {
    const result = parsePolicyText(serializePolicy(policy));
    expect(policyOf(result)).toStrictEqual(policy);
    expect(parsePolicyObject(policyToFile(policy))).toStrictEqual(result);
  });
});

describe('warnings for rules that do not do what they look like', () => {
  const warningsOf = (rules: unknown[]) => {
    const result = parsePolicyObject({ version: 2, environments: [], rules });
    if (!result.ok) throw new Error(result.errors.map(formatIssue).join('; '));
    return result.warnings.map(formatIssue);
  };

  it('a catch-all rule hides every later rule of its console, and only of its console', () => {
    expect(
      warningsOf([
        { match: 'acme-*', kind: 'glob', environment: 'staging' },
        { match: '*', kind: 'glob', environment: 'production' },
        { match: 'acme-dev-1', kind: 'exact', environment: 'development' },
        { console: 'aws', match: 'acme-dev', kind: 'exact', environment: 'development' },
        { match: 'sbx-.*', kind: 'regex', environment: 'development' },
      ]),
    ).toEqual(['rules[2]: never matches: rules[1] ("*") matches every project first', 'rules[4]: never matches: rules[1] ("*") matches every project first']);
    expect(warningsOf([{ match: '^.*$', kind: 'regex', environment: 'production' }, { match: 'x-*', kind: 'glob', environment: 'staging' }])).toEqual([
      'rules[1]: never matches: rules[0] ("^.*$") matches every project first',
    ]);
    // A catch-all last is how `unmatched` is sometimes written: nothing after it, nothing to say.
    expect(warningsOf([{ match: 'a-*', kind: 'glob', environment: 'staging' }, { match: '.*', kind: 'regex', environment: 'production' }])).toEqual([]);
  });

  it('an AWS account ID with a digit missing is said to be read as an alias', () => {
    expect(warningsOf([{ console: 'aws', match: '11112222333', kind: 'exact', environment: 'production' }])).toEqual([
      'rules[0].match: "11112222333" has 11 digits: an AWS account ID has 12, so this is read as an account alias (a digit missing or extra?)',
    ]);
    expect(warningsOf([{ console: 'aws', match: '1111-2222-3333', kind: 'exact', environment: 'production' }, { console: 'aws', match: 'acme-123', kind: 'exact', environment: 'staging' }])).toEqual([]);
  });
});
