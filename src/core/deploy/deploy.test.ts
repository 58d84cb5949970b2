import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { isRecord } from '../is-record';
import { parsePolicyText } from '../policy/parse';
import { readManagedValues } from '../policy/managed';
import type { Policy } from '../policy/types';
import { CHROME_WEB_STORE_UPDATE_URL, chromeLinuxPolicy, chromeMacProfile, chromeWindowsReg, extensionSettings, utf16le } from './chrome';
import { firefoxPolicies } from './firefox';
import { deploymentKit, isChromeExtensionId, isGeckoId } from './kit';
import { managedValue } from './managed-value';
import { plistValue } from './plist';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const EXAMPLES = ['docs/examples/team-policy.json', 'docs/examples/multi-cloud-policy.json'].map((path) => JSON.parse(read(path)) as Record<string, unknown>);
const SCHEMA = JSON.parse(read('public/managed_schema.json')) as Schema;
const ID = 'abcdefghijklmnopabcdefghijklmnop';
const chrome = { extensionId: ID, updateUrl: CHROME_WEB_STORE_UPDATE_URL };
const GECKO = 'cluster-guard@cluster-guard.dev';
const POLICY = { version: 1, environments: [], rules: [{ match: 'acme-"prod"\\1', kind: 'exact', environment: 'production' }], unmatched: null, allowPersonalRules: false };

interface Schema { type: string; properties?: Record<string, Schema>; items?: Schema; enum?: unknown[] }

/** Problems of `value` against a Chrome managed-storage schema (types, known properties): what Chrome would drop. */
function schemaProblems(value: unknown, schema: Schema, path = ''): string[] {
  const type = Array.isArray(value) ? 'array' : value === null ? 'null' : Number.isInteger(value) ? 'integer' : typeof value;
  if (type !== schema.type && !(schema.type === 'number' && type === 'integer')) return [`${path}: ${type} is not ${schema.type}`];
  if (schema.enum && !schema.enum.includes(value)) return [`${path}: not in enum`];
  if (Array.isArray(value)) return value.flatMap((item, i) => schemaProblems(item, schema.items!, `${path}[${i}]`));
  if (isRecord(value)) return Object.entries(value).flatMap(([key, item]) => (schema.properties?.[key] ? schemaProblems(item, schema.properties[key], `${path}.${key}`) : [`${path}.${key}: not in the schema`]));
  return [];
}

describe('the managed value: what storage.managed holds', () => {
  it('is { policy } with nulls dropped (absent means the same), and the extension reads it back as the same policy', () => {
    expect(managedValue(POLICY)).toEqual({ policy: { version: 1, environments: [], rules: POLICY.rules, allowPersonalRules: false } });
    const back = readManagedValues(managedValue(POLICY).policy, null);
    const direct = parsePolicyText(JSON.stringify(POLICY));
    expect(back.problems).toEqual([]);
    expect(direct.ok && back.policy).toEqual(direct.ok && direct.policy);
  });

  it('the documented examples fit the extension\'s managed_schema.json exactly, so Chrome drops nothing, and mean the same policy', () => {
    for (const example of EXAMPLES) {
      expect(schemaProblems(managedValue(example), SCHEMA)).toEqual([]);
      const direct = parsePolicyText(JSON.stringify(example));
      const back = readManagedValues(managedValue(example).policy, null);
      // guards absent and "all" are one meaning (environments guardsKind).
      const allGuards = (policy: Policy | null | false) => policy && { ...policy, environments: policy.environments.map((env) => ({ ...env, guards: env.guards ?? 'all' })) };
      expect(allGuards(direct.ok && back.policy)).toEqual(allGuards(direct.ok && direct.policy));
    }
    // The check can fail: a key the schema does not know.
    expect(schemaProblems({ policy: { ...managedValue(EXAMPLES[0]).policy, extra: 1 } }, SCHEMA)).toEqual(['.policy.extra: not in the schema']);
  });
});

describe('Chrome', () => {
  it('ExtensionSettings: force installed from the update URL, pinned', () => {
    expect(extensionSettings(chrome)).toEqual({ [ID]: { installation_mode: 'force_installed', update_url: 'https://clients2.google.com/service/update2/crx', toolbar_pin: 'force_pinned' } });
  });

  it('Linux: one JSON file with ExtensionSettings and 3rdparty.extensions.<id>', () => {
    expect(JSON.parse(chromeLinuxPolicy(chrome, managedValue(POLICY)))).toEqual({
      ExtensionSettings: extensionSettings(chrome),
      '3rdparty': { extensions: { [ID]: managedValue(POLICY) } },
    });
  });

  it('Windows: a version 5 .reg, ExtensionSettings and policy as JSON strings, escaped for .reg, CRLF, UTF-16LE with a BOM', () => {
    const text = chromeWindowsReg(chrome, managedValue(POLICY));
    const lines = text.split('\r\n');
    expect(lines.slice(0, 3)).toEqual(['Windows Registry Editor Version 5.00', '', '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome]']);
    expect(lines).toContain(`[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${ID}\\policy]`);
    expect(text).not.toMatch(/[^\r]\n/);
    const values = Object.fromEntries(lines.filter((line) => line.startsWith('"')).map((line) => {
      const [, name, raw] = /^"(\w+)"="(.*)"$/.exec(line)!;
      return [name, JSON.parse(raw!.replace(/\\(.)/g, '$1'))];
    }));
    expect(values).toEqual({ ExtensionSettings: extensionSettings(chrome), policy: managedValue(POLICY).policy });
    expect(text).toContain('\\"match\\":\\"acme-\\\\\\"prod\\\\\\"\\\\\\\\1\\"');
    expect([...utf16le('Wé')]).toEqual([0xff, 0xfe, 0x57, 0, 0xe9, 0]);
  });

  it('macOS: a configuration profile with a com.google.Chrome payload and the extension\'s own preference domain', () => {
    const xml = chromeMacProfile(chrome, managedValue(POLICY), { identifier: 'com.example.cluster-guard', uuids: ['U1', 'U2', 'U3'] });
    const root = readPlist(xml) as Record<string, unknown> & { PayloadContent: Record<string, unknown>[] };
    expect(root).toMatchObject({ PayloadType: 'Configuration', PayloadVersion: 1, PayloadIdentifier: 'com.example.cluster-guard', PayloadUUID: 'U1' });
    expect(root.PayloadContent).toEqual([
      expect.objectContaining({ PayloadType: 'com.google.Chrome', PayloadUUID: 'U2', PayloadVersion: 1, ExtensionSettings: extensionSettings(chrome) }),
      expect.objectContaining({ PayloadType: `com.google.Chrome.extensions.${ID}`, PayloadUUID: 'U3', policy: managedValue(POLICY).policy }),
    ]);
  });

  it('plist values: dict, array, integer, real, booleans, escaped strings; null refused', () => {
    expect(plistValue({ a: [1, 2.5, true, false], 'b<': 'x&y', c: [], d: {} })).toBe(
      ['<dict>', '  <key>a</key>', '  <array>', '    <integer>1</integer>', '    <real>2.5</real>', '    <true/>', '    <false/>', '  </array>', '  <key>b&lt;</key>', '  <string>x&amp;y</string>', '  <key>c</key>', '  <array/>', '  <key>d</key>', '  <dict/>', '</dict>'].join('\n'),
    );
    expect(() => plistValue(null)).toThrow('null');
  });
});

describe('Firefox', () => {
  it('policies.json: ExtensionSettings force_installed with the install URL, and 3rdparty.Extensions.<id>', () => {
    expect(JSON.parse(firefoxPolicies({ addonId: GECKO, installUrl: 'https://example.com/cg.xpi' }, managedValue(POLICY)))).toEqual({
      policies: {
        ExtensionSettings: { [GECKO]: { installation_mode: 'force_installed', install_url: 'https://example.com/cg.xpi' } },
        '3rdparty': { Extensions: { [GECKO]: managedValue(POLICY) } },
      },
    });
    expect(JSON.parse(firefoxPolicies({ addonId: GECKO }, managedValue(POLICY))).policies.ExtensionSettings[GECKO]).toEqual({ installation_mode: 'force_installed' });
  });
});

describe('the kit', () => {
  it('four files, each with where it goes', () => {
    const kit = deploymentKit({ policy: POLICY, chrome, firefox: { addonId: GECKO }, profile: { identifier: 'x', uuids: ['1', '2', '3'] } });
    expect(kit.map((file) => file.path)).toEqual(['chrome/linux/cluster-guard.json', 'chrome/windows/cluster-guard.reg', 'chrome/macos/cluster-guard.mobileconfig', 'firefox/policies.json']);
    expect(kit[0]!.destination).toContain('/etc/opt/chrome/policies/managed/');
    expect(kit[1]!.data).toBeInstanceOf(Uint8Array);
  });

  it('IDs', () => {
    expect(isChromeExtensionId(ID)).toBe(true);
    expect(isChromeExtensionId('abc')).toBe(false);
    expect(isGeckoId(GECKO)).toBe(true);
    expect(isGeckoId('{01234567-89ab-cdef-0123-456789abcdef}')).toBe(true);
    expect(isGeckoId('nope')).toBe(false);
  });
});

/** An XML property list read back into JSON values, with a real XML parser. */
function readPlist(xml: string): unknown {
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(xml, 'application/xml');
  const read = (node: Element): unknown => {
    const children = [...node.children] as Element[];
    switch (node.tagName.toLowerCase()) {
      case 'dict': {
        const out: Record<string, unknown> = {};
        for (let i = 0; i < children.length; i += 2) out[children[i]!.textContent!] = read(children[i + 1]!);
        return out;
      }
      case 'array': return children.map(read);
      case 'string': return node.textContent;
      case 'integer': case 'real': return Number(node.textContent);
      case 'true': return true;
      case 'false': return false;
      default: throw new Error(`unexpected <${node.tagName}>`);
    }
  };
  const plist = doc.documentElement as unknown as Element;
  return read(plist.children[0] as Element);
}
