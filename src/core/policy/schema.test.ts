/**
 * public/policy.schema.json (what editors and CI schema checkers see) and
 * parse.ts (what the extension enforces) must describe the same format:
 * the same keys, enums, limits and patterns, and the same verdict on a set of
 * documents, checked with a tiny validator for the keywords the schema uses.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BANNER_KEYS,
  BANNER_SIZES,
  COLOR_PATTERN,
  CONSOLE_IDS,
  DESTRUCTIVE_KINDS,
  ENVIRONMENT_KEYS,
  LABEL_PATTERN,
  MAX_ENVIRONMENTS,
  MAX_LABEL_LENGTH,
  MAX_MATCH_LENGTH,
  MAX_NAME_LENGTH,
  MAX_RULES,
  NAME_PATTERN,
  OPTIONAL_ACTIONS,
  PATTERN_KINDS,
  POLICY_SCHEMA_URL,
  ROOT_KEYS,
  RULE_KEYS,
  parsePolicyObject,
} from './parse';
import { DEFAULT_BANNER_DISPLAY, EMPTY_POLICY, POLICY_VERSION } from './types';

type Schema = Record<string, any>;

const schema: Schema = JSON.parse(readFileSync(new URL('../../../public/policy.schema.json', import.meta.url), 'utf8'));
const example: unknown = JSON.parse(readFileSync(new URL('../../../docs/examples/team-policy.json', import.meta.url), 'utf8'));
const multiCloudExample: Record<string, unknown> = JSON.parse(readFileSync(new URL('../../../docs/examples/multi-cloud-policy.json', import.meta.url), 'utf8'));
/** Chrome's enterprise policy schema for the extension (manifest `storage.managed_schema`). */
const managedSchema: Schema = JSON.parse(readFileSync(new URL('../../../public/managed_schema.json', import.meta.url), 'utf8'));
const environmentSchema: Schema = schema.$defs.environment;
const ruleSchema: Schema = schema.$defs.rule;

// ---------------------------------------------------------------- a tiny validator

const KNOWN_KEYWORDS = new Set([
  '$schema', '$id', '$defs', '$ref', 'title', 'description', 'default', 'type', 'const', 'enum', 'oneOf',
  'properties', 'required', 'additionalProperties', 'items', 'maxItems', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum',
]);

function typeMatches(type: string, value: unknown): boolean {
  switch (type) {
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}

/** Draft 2020-12, only the keywords above (the test below makes sure the schema uses no others). */
function isValid(node: Schema, value: unknown): boolean {
  if (node.$ref) return isValid(schema.$defs[String(node.$ref).replace('#/$defs/', '')], value);
  if (node.type && ![node.type].flat().some((type: string) => typeMatches(type, value))) return false;
  if ('const' in node && node.const !== value) return false;
  if (node.enum && !node.enum.includes(value)) return false;
  if (node.oneOf && node.oneOf.filter((option: Schema) => isValid(option, value)).length !== 1) return false;
  if (typeof value === 'string') {
    const length = [...value].length;
    if (node.minLength !== undefined && length < node.minLength) return false;
    if (node.maxLength !== undefined && length > node.maxLength) return false;
    if (node.pattern !== undefined && !new RegExp(node.pattern, 'u').test(value)) return false;
  }
  if (typeof value === 'number') {
    if (node.minimum !== undefined && value < node.minimum) return false;
    if (node.maximum !== undefined && value > node.maximum) return false;
  }
  if (Array.isArray(value)) {
    if (node.maxItems !== undefined && value.length > node.maxItems) return false;
    if (node.items && !value.every((item) => isValid(node.items, item))) return false;
  }
  if (typeMatches('object', value)) {
    const record = value as Record<string, unknown>;
    if (node.required && !node.required.every((key: string) => Object.hasOwn(record, key))) return false;
    for (const [key, item] of Object.entries(record)) {
      const property = node.properties?.[key];
      if (property ? !isValid(property, item) : node.additionalProperties === false) return false;
    }
  }
  return true;
}

/** Every subschema, with where it is. */
function* walk(node: unknown, path = '#'): Generator<[string, Schema]> {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* walk(item, `${path}/${i}`);
    return;
  }
  yield [path, node as Schema];
  for (const key of ['properties', '$defs']) {
    for (const [name, child] of Object.entries((node as Schema)[key] ?? {})) yield* walk(child, `${path}/${key}/${name}`);
  }
  for (const key of ['items', 'oneOf']) if ((node as Schema)[key]) yield* walk((node as Schema)[key], `${path}/${key}`);
}

// ---------------------------------------------------------------- documents

const ENV = { name: 'payments', label: 'PAY', color: '#8c1d18', typedConfirmation: true };
const RULE = { match: 'acme-pay-prod', kind: 'exact', environment: 'payments' };
const doc = (patch: Record<string, unknown> = {}) => ({ version: 1, environments: [ENV], rules: [RULE], ...patch });
const env = (patch: Record<string, unknown>) => doc({ environments: [{ ...ENV, ...patch }] });
const rule = (patch: Record<string, unknown>) => doc({ rules: [{ ...RULE, ...patch }] });
const without = (record: Record<string, unknown>, key: string) => Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));

const VALID: [string, unknown][] = [
  ['the minimal file', { version: 1, environments: [], rules: [] }],
  ['the documented example', example],
  ['the documented multi-cloud example (version 2)', multiCloudExample],
  ['a simple file', doc()],
  ['every optional field', doc({ $schema: POLICY_SCHEMA_URL, unmatched: 'payments', useDefaultRules: false, allowPersonalRules: false, rules: [{ ...RULE, note: 'why' }] })],
  ['unmatched null', doc({ unmatched: null })],
  ['guards "all"', env({ guards: 'all' })],
  ['guards a list', env({ guards: ['gke-cluster', 'sql-instance', 'other'] })],
  ['alsoGuard stop', env({ alsoGuard: ['stop'] })],
  ['alsoGuard empty', env({ alsoGuard: [] })],
  ['an emoji label of 12 code points', env({ label: '🔥'.repeat(12) })],
  ['a glob and a regex', doc({ rules: [{ ...RULE, kind: 'glob', match: 'acme-*' }, { ...RULE, kind: 'regex', match: 'acme-(eu|us)-[0-9]+' }] })],
  ['uppercase hex colour', env({ color: '#ABCDEF' })],
  ['banner: both fields', doc({ banner: { size: 'tall', tintConsoleHeader: true } })],
  ['banner: empty', doc({ banner: {} })],
  ['version 2 with a rule per console', doc({ version: 2, rules: [{ ...RULE, console: 'gcp' }, { ...RULE, console: 'aws', match: '111122223333' }, { ...RULE, console: 'azure', kind: 'glob', match: '0000*' }] })],
  ['version 2 without console (Google Cloud rules)', doc({ version: 2 })],
  ['version 3 with sites of every scope kind', doc({ version: 3, sites: [
    { match: 'https://argocd.prod.acme.internal/*', name: 'Argo CD (production)', environment: 'payments', note: 'why' },
    { match: 'https://*.grafana.acme.io/*', scope: { from: 'host', label: 1 } },
    { match: 'https://*/k8s/*', scope: { from: 'path', after: 'ns' } },
    { match: 'http://rancher.lab/*', scope: { from: 'path', segment: 3, fragment: false } },
    { match: 'https://dash.acme.internal/*', scope: { from: 'query', param: 'namespace', fragment: true } },
  ] })],
];

const INVALID: [string, unknown][] = [
  ['a newer version', doc({ version: 4 })],
  ['a site without match', doc({ version: 3, sites: [{ environment: 'payments' }] })],
  ['a site pattern without a path', doc({ version: 3, sites: [{ match: 'https://argocd.acme.io' }] })],
  ['a site pattern with a port', doc({ version: 3, sites: [{ match: 'https://argocd.acme.io:8443/*' }] })],
  ['a site host with a wildcard inside', doc({ version: 3, sites: [{ match: 'https://argo*.acme.io/*' }] })],
  ['a site on ftp', doc({ version: 3, sites: [{ match: 'ftp://argocd.acme.io/*' }] })],
  ['a site with an unknown key', doc({ version: 3, sites: [{ match: 'https://argocd.acme.io/*', env: 'payments' }] })],
  ['a scope from the cookie', doc({ version: 3, sites: [{ match: 'https://argocd.acme.io/*', scope: { from: 'cookie' } }] })],
  ['a host label 0', doc({ version: 3, sites: [{ match: 'https://argocd.acme.io/*', scope: { from: 'host', label: 0 } }] })],
  ['a path scope with both after and segment', doc({ version: 3, sites: [{ match: 'https://argocd.acme.io/*', scope: { from: 'path', after: 'ns', segment: 2 } }] })],
  ['a path word with a slash', doc({ version: 3, sites: [{ match: 'https://argocd.acme.io/*', scope: { from: 'path', after: 'k8s/ns' } }] })],
  ['a site name of 61 characters', doc({ version: 3, sites: [{ match: 'https://argocd.acme.io/*', name: 'a'.repeat(61) }] })],
  ['an unknown console', doc({ version: 2, rules: [{ ...RULE, console: 'oci' }] })],
  ['a version string', doc({ version: '1' })],
  ['no version', without(doc(), 'version')],
  ['no rules', without(doc(), 'rules')],
  ['an unknown top-level key', doc({ extra: true })],
  ['an unknown rule key', rule({ patern: 'x' })],
  ['an unknown environment key', env({ colour: '#000000' })],
  ['a colour name', env({ color: 'red' })],
  ['a label of 13 characters', env({ label: 'ABCDEFGHIJKLM' })],
  ['an empty label', env({ label: '' })],
  ['a name with a trailing space', doc({ environments: [{ ...ENV, name: 'payments ' }], rules: [] })],
  ['a name of 41 characters', doc({ environments: [{ ...ENV, name: 'p'.repeat(41) }], rules: [] })],
  ['guards "some"', env({ guards: 'some' })],
  ['guards with an unknown kind', env({ guards: ['gke-clustr'] })],
  ['alsoGuard with an unknown action', env({ alsoGuard: ['reboot'] })],
  ['alsoGuard a string', env({ alsoGuard: 'stop' })],
  ['typedConfirmation missing', doc({ environments: [without(ENV, 'typedConfirmation')] })],
  ['kind "fuzzy"', rule({ kind: 'fuzzy' })],
  ['an empty match', rule({ match: '' })],
  ['a match of 501 characters', rule({ match: 'a'.repeat(501) })],
  ['a note that is a number', rule({ note: 1 })],
  ['useDefaultRules "yes"', doc({ useDefaultRules: 'yes' })],
  ['unmatched 0', doc({ unmatched: 0 })],
  ['$schema a number', doc({ $schema: 1 })],
  ['5001 rules', doc({ rules: Array.from({ length: MAX_RULES + 1 }, (_, i) => ({ ...RULE, match: `p-${i}` })) })],
  ['51 environments', doc({ environments: Array.from({ length: MAX_ENVIRONMENTS + 1 }, (_, i) => ({ ...ENV, name: `e${i}` })), rules: [] })],
  ['a list at the top', []],
  ['banner size "huge"', doc({ banner: { size: 'huge' } })],
  ['banner tint "yes"', doc({ banner: { tintConsoleHeader: 'yes' } })],
  ['banner an unknown key', doc({ banner: { sise: 'tall' } })],
  ['banner a string', doc({ banner: 'tall' })],
];

/** What a schema cannot say; the parser refuses these, the schema lets them through. */
const PARSER_ONLY: [string, unknown][] = [
  ['duplicate environment names', doc({ environments: [ENV, { ...ENV, name: 'PAYMENTS' }] })],
  ['a rule naming an undeclared environment', rule({ environment: 'prdo' })],
  ['unmatched naming an undeclared environment', doc({ unmatched: 'nowhere' })],
  ['an invalid regex', rule({ kind: 'regex', match: '(unclosed' })],
  ['a regex with a lookahead', rule({ kind: 'regex', match: '(?!test-).*-prod' })],
  ['a regex with a backreference', rule({ kind: 'regex', match: '(eu|us)-\\1' })],
  ['a rule with console in a version 1 file', rule({ console: 'aws', match: '111122223333' })],
  ['sites in a version 2 file', doc({ version: 2, sites: [{ match: 'https://argocd.acme.io/*', environment: 'payments' }] })],
  ['a site naming an undeclared environment', doc({ version: 3, sites: [{ match: 'https://argocd.acme.io/*', environment: 'prdo' }] })],
];

describe('public/policy.schema.json', () => {
  it('is draft 2020-12 with the id the parser writes as $schema', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(POLICY_SCHEMA_URL);
  });

  it('uses only keywords the validator in this test understands', () => {
    for (const [path, node] of walk(schema)) {
      for (const key of Object.keys(node)) expect(KNOWN_KEYWORDS.has(key), `${path}: ${key}`).toBe(true);
    }
  });

  it('has the same keys as the parser, at every level, and forbids others', () => {
    expect(Object.keys(schema.properties)).toEqual([...ROOT_KEYS]);
    expect(Object.keys(environmentSchema.properties)).toEqual([...ENVIRONMENT_KEYS]);
    expect(Object.keys(ruleSchema.properties)).toEqual([...RULE_KEYS]);
    expect(Object.keys(schema.properties.banner.properties)).toEqual([...BANNER_KEYS]);
    for (const node of [schema, environmentSchema, ruleSchema, schema.properties.banner]) expect(node.additionalProperties).toBe(false);
  });

  it('describes every property (editors show the descriptions)', () => {
    for (const [path, node] of walk(schema)) {
      if (node.$ref) continue; // described where it points
      expect(typeof node.description === 'string' && node.description.length > 10, path).toBe(true);
    }
  });

  it('requires exactly the keys the parser reports missing', () => {
    const cases: [Schema, Record<string, unknown>, readonly string[], (without: Record<string, unknown>) => unknown, string][] = [
      [schema, doc({ $schema: 'x', unmatched: null, useDefaultRules: true, allowPersonalRules: true }), ROOT_KEYS, (d) => d, ''],
      [environmentSchema, { ...ENV, guards: 'all' }, ENVIRONMENT_KEYS, (e) => doc({ environments: [e], rules: [] }), 'environments[0].'],
      [ruleSchema, { ...RULE, note: 'n' }, RULE_KEYS, (r) => doc({ rules: [r] }), 'rules[0].'],
    ];
    for (const [node, full, keys, wrap, prefix] of cases) {
      for (const key of keys) {
        const result = parsePolicyObject(wrap(without(full, key)));
        const reported = !result.ok && result.errors.some((issue) => issue.path === `${prefix}${key}` && /^missing/.test(issue.message));
        expect(reported, `${prefix}${key}`).toBe(node.required.includes(key));
      }
    }
  });

  it('has the parser\'s enums, limits, patterns, version and defaults', () => {
    expect(schema.properties.version.enum).toEqual([1, 2, POLICY_VERSION]);
    expect(ruleSchema.properties.kind.enum).toEqual([...PATTERN_KINDS]);
    expect(ruleSchema.properties.console.enum).toEqual([...CONSOLE_IDS]);
    const guardOptions = environmentSchema.properties.guards.oneOf;
    expect(guardOptions[0].const).toBe('all');
    expect(guardOptions[1].items.enum).toEqual([...DESTRUCTIVE_KINDS]);
    expect(environmentSchema.properties.alsoGuard.items.enum).toEqual([...OPTIONAL_ACTIONS]);
    expect(schema.properties.rules.maxItems).toBe(MAX_RULES);
    expect(schema.properties.environments.maxItems).toBe(MAX_ENVIRONMENTS);
    expect(environmentSchema.properties.name.maxLength).toBe(MAX_NAME_LENGTH);
    expect(environmentSchema.properties.label.maxLength).toBe(MAX_LABEL_LENGTH);
    expect(ruleSchema.properties.match.maxLength).toBe(MAX_MATCH_LENGTH);
    expect(environmentSchema.properties.color.pattern).toBe(COLOR_PATTERN.source);
    expect(environmentSchema.properties.name.pattern).toBe(NAME_PATTERN.source);
    expect(environmentSchema.properties.label.pattern).toBe(LABEL_PATTERN.source);
    expect(schema.properties.unmatched.default).toBe(EMPTY_POLICY.unmatched);
    expect(schema.properties.useDefaultRules.default).toBe(EMPTY_POLICY.useDefaultRules);
    expect(schema.properties.allowPersonalRules.default).toBe(EMPTY_POLICY.allowPersonalRules);
    expect(schema.properties.banner.properties.size.enum).toEqual([...BANNER_SIZES]);
    expect(schema.properties.banner.properties.size.default).toBe(DEFAULT_BANNER_DISPLAY.size);
    expect(schema.properties.banner.properties.tintConsoleHeader.default).toBe(DEFAULT_BANNER_DISPLAY.tintConsoleHeader);
  });

  it('(the validator itself works)', () => {
    expect(isValid({ type: 'object', required: ['a'], properties: { a: { type: 'integer' } }, additionalProperties: false }, { a: 1 })).toBe(true);
    expect(isValid({ type: 'object', required: ['a'], properties: { a: { type: 'integer' } }, additionalProperties: false }, { a: 1.5 })).toBe(false);
    expect(isValid({ type: 'object', properties: {}, additionalProperties: false }, { b: 1 })).toBe(false);
    expect(isValid({ oneOf: [{ type: 'string' }, { type: 'string', const: 'x' }] }, 'x')).toBe(false);
    expect(isValid({ type: 'string', maxLength: 2 }, '🔥🔥')).toBe(true);
  });
});

describe('the schema and the parser agree', () => {
  it.each(VALID)('both accept %s', (_, value) => {
    expect(isValid(schema, value)).toBe(true);
    const result = parsePolicyObject(value);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it.each(INVALID)('both refuse %s', (_, value) => {
    expect(isValid(schema, value)).toBe(false);
    expect(parsePolicyObject(value).ok).toBe(false);
  });

  it.each(PARSER_ONLY)('only the parser refuses %s (a schema cannot check it)', (_, value) => {
    expect(isValid(schema, value)).toBe(true);
    expect(parsePolicyObject(value).ok).toBe(false);
  });
});

describe('public/managed_schema.json (Chrome enterprise policy) and the parser', () => {
  const policy: Schema = managedSchema.properties.policy;
  /** The keywords Chrome's policy schemas support (a schema with others fails to load, and the extension with it). */
  const CHROME_KEYWORDS = new Set(['type', 'properties', 'items', 'enum', 'title', 'description', 'additionalProperties', 'patternProperties', '$ref', 'id', 'minimum', 'maximum', 'pattern', 'required']);

  /** Keys of `value` its schema does not declare: Chrome drops those from a managed value. */
  function undeclared(node: Schema, value: unknown, path = 'policy'): string[] {
    if (Array.isArray(value)) return node.items ? value.flatMap((item, i) => undeclared(node.items, item, `${path}[${i}]`)) : [];
    if (value === null || typeof value !== 'object') return [];
    return Object.entries(value).flatMap(([key, item]) => {
      const property = node.properties?.[key];
      return property ? undeclared(property, item, `${path}.${key}`) : [`${path}.${key}`];
    });
  }

  it('uses only what Chrome understands: an object at the top, every node typed', () => {
    expect(managedSchema.type).toBe('object');
    expect(managedSchema.additionalProperties).toBeUndefined();
    for (const [path, node] of walk(managedSchema)) {
      for (const key of Object.keys(node)) expect(CHROME_KEYWORDS.has(key), `${path}: ${key}`).toBe(true);
      expect(typeof node.type === 'string' || typeof node.$ref === 'string', path).toBe(true);
    }
  });

  it('declares the keys of a policy file object, at every level ($schema aside), and the consoles', () => {
    expect(Object.keys(policy.properties)).toEqual(ROOT_KEYS.filter((key) => key !== '$schema'));
    expect(Object.keys(policy.properties.environments.items.properties)).toEqual([...ENVIRONMENT_KEYS]);
    expect(Object.keys(policy.properties.rules.items.properties)).toEqual([...RULE_KEYS]);
    expect(Object.keys(policy.properties.banner.properties)).toEqual([...BANNER_KEYS]);
    expect(policy.properties.rules.items.properties.console).toEqual({ type: 'string', enum: [...CONSOLE_IDS] });
  });

  it("takes an administrator's version 2 policy whole: every key kept, every value of the declared type", () => {
    // As docs/team-policy.md says to set it: no $schema, `unmatched` left out for null.
    const { $schema: _schema, unmatched: _unmatched, ...managed } = multiCloudExample;
    expect(undeclared(policy, managed)).toEqual([]);
    expect(isValid(policy, managed)).toBe(true);
    expect(parsePolicyObject(managed).ok).toBe(true);
    const rules = (managed.rules as Record<string, unknown>[]).map((rule) => rule.console);
    expect(rules).toEqual([undefined, 'aws', 'aws', 'aws', 'azure']);
    // A console Chrome's schema refuses is one the parser refuses too.
    expect(isValid(policy, { ...managed, rules: [{ console: 'oci', match: 'x', kind: 'exact', environment: 'production' }] })).toBe(false);
  });
});
