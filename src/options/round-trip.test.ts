/**
 * A policy that goes through the options page (import, edit, export) comes
 * back with every field it had: every example file in docs/examples/, and a
 * file that sets every property public/policy.schema.json defines (checked
 * against the schema itself, so a new field without a round trip fails here).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicyText } from '../core/policy/parse';
import { EMPTY_POLICY } from '../core/policy/types';
import { draftFromPolicy, draftToPolicy, exportFileText, replaceDraft, updateRule } from './model';

const EXAMPLES = new URL('../../docs/examples/', import.meta.url);
const SCHEMA = JSON.parse(readFileSync(new URL('../../public/policy.schema.json', import.meta.url), 'utf8'));

/** A file that uses every field of the schema, each with a value other than its default. */
const EVERY_FIELD = {
  $schema: './policy.schema.json',
  version: 3,
  environments: [
    { name: 'payments-production', label: 'PCI', color: '#8c1d18', typedConfirmation: true, guards: ['gke-cluster', 'project'], alsoGuard: ['stop'] },
    { name: 'sandbox', label: 'SBX', color: '#1a73e8', typedConfirmation: false },
  ],
  rules: [
    { match: 'acme-payments-prod', kind: 'exact', environment: 'payments-production', note: 'PCI scope: card data lives here' },
    { console: 'aws', match: 'acme-*-sbx', kind: 'glob', environment: 'sandbox', note: 'Wiped every Friday' },
    { console: 'azure', match: '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0', kind: 'exact', environment: 'payments-production' },
  ],
  unmatched: 'sandbox',
  useDefaultRules: false,
  allowPersonalRules: false,
  banner: { size: 'tall', tintConsoleHeader: false },
  sites: [
    { match: 'https://argocd.prod.acme.internal/*', name: 'Argo CD (production)', environment: 'payments-production', note: 'Deploys card services' },
    { match: 'https://*/k8s/*', scope: { from: 'path', after: 'ns' }, environment: 'sandbox' },
  ],
};

/** Every property path the schema defines (`rules[].note`), following `$ref`s into `definitions`/`$defs`. */
function schemaPaths(node: Record<string, unknown>, prefix = '', seen = new Set<string>()): string[] {
  const ref = node.$ref;
  if (typeof ref === 'string') {
    if (seen.has(ref)) return [];
    const target = ref.replace(/^#\//, '').split('/').reduce<Record<string, unknown>>((at, key) => at[key] as Record<string, unknown>, SCHEMA);
    return schemaPaths(target, prefix, new Set([...seen, ref]));
  }
  const paths: string[] = [];
  const properties = node.properties as Record<string, Record<string, unknown>> | undefined;
  for (const [key, child] of Object.entries(properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    paths.push(path, ...schemaPaths(child, path, seen));
  }
  if (node.items && typeof node.items === 'object') paths.push(...schemaPaths(node.items as Record<string, unknown>, `${prefix}[]`, seen));
  return paths;
}

/** Every property path a value sets. */
function valuePaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => valuePaths(item, `${prefix}[]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...valuePaths(child, path)];
  });
}

/** Import into an options page that already had other rules, touch a rule (an edit that changes nothing), export. */
function throughOptionsPage(text: string): string {
  const parsed = parsePolicyText(text);
  if (!parsed.ok) throw new Error(parsed.errors.map((issue) => issue.message).join('; '));
  const before = draftFromPolicy({ ...EMPTY_POLICY, rules: [{ kind: 'exact', pattern: 'old-project', environment: 'production' }] });
  const imported = replaceDraft(before, parsed.policy);
  const edited = imported.rules.length ? updateRule(imported, 0, { ...imported.rules[0]!.value }) : imported;
  return exportFileText(draftToPolicy(edited));
}

/** The file as data, without `$schema`, which an export always writes as the schema's own URL. */
const content = (text: string) => {
  const { $schema: _schema, ...rest } = JSON.parse(text) as Record<string, unknown>;
  return rest;
};

describe('import, edit, export: nothing is lost', () => {
  it('the every-field file sets every property the schema defines', () => {
    const set = new Set(valuePaths(EVERY_FIELD));
    expect(schemaPaths(SCHEMA).filter((path) => !set.has(path))).toEqual([]);
  });

  const files = readdirSync(EXAMPLES).filter((name) => name.endsWith('.json'));
  it('docs/examples/ has example files', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  for (const name of files) {
    it(`docs/examples/${name}`, () => {
      const text = readFileSync(new URL(name, EXAMPLES), 'utf8');
      expect(content(throughOptionsPage(text))).toEqual(content(text));
    });
  }

  it('the every-field file', () => {
    const text = JSON.stringify(EVERY_FIELD);
    expect(content(throughOptionsPage(text))).toEqual(content(text));
  });
});
