import { CONSOLES } from '../consoles/urls';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID, GECKO_ID, manifestFor, manifestVersion } from './manifest';

type Json = Record<string, unknown>;

const MANIFEST_PATH = fileURLToPath(new URL('../../manifest.json', import.meta.url));
const RAW = readFileSync(MANIFEST_PATH, 'utf8');
const load = (): Json => JSON.parse(RAW) as Json;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('the real manifest.json', () => {
  const source = load();

  it('is Manifest V3 with a background service worker', () => {
    expect(source.manifest_version).toBe(3);
    expect(source.background).toEqual({ service_worker: expect.any(String), type: 'module' });
  });

  it('asks for no broad access at install: no <all_urls>, no tabs, no host permissions', () => {
    expect(RAW).not.toContain('<all_urls>');
    expect(source.permissions).not.toContain('tabs');
    expect(source).not.toHaveProperty('host_permissions');
    // `scripting` grants no host: it registers the content script only where a host permission was granted.
    expect(source.permissions).toEqual(['storage', 'alarms', 'scripting']);
  });

  it('asks for hosts only at run time: the team policy host (https) and the sites a policy names (https or http)', () => {
    expect(source.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(RAW).not.toMatch(/"\*:\/\/\*\/\*"/);
  });

  it('runs its content script on every console host, and only there', () => {
    const scripts = source.content_scripts as Array<{ matches: string[] }>;
    expect(scripts.flatMap((s) => s.matches)).toEqual(Object.values(CONSOLES).flatMap((urls) => urls.matches));
  });

  it('guards console pages in frames too, about:blank and srcdoc frames included', () => {
    const [script] = source.content_scripts as Array<Record<string, unknown>>;
    expect(script).toMatchObject({ all_frames: true, match_about_blank: true, match_origin_as_fallback: true, run_at: 'document_start' });
  });

  it('carries no version of its own: package.json is the one place it lives', () => {
    expect(source).not.toHaveProperty('version');
    expect(source).not.toHaveProperty('version_name');
  });

  it('pins the Chrome extension ID with its key', () => {
    // Chrome's ID: the first 128 bits of SHA-256 of the public key, as hex digits written a-p.
    const digest = createHash('sha256').update(Buffer.from(source.key as string, 'base64')).digest('hex').slice(0, 32);
    const id = [...digest].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
    expect(id).toBe(CHROME_EXTENSION_ID);
  });
});

describe('manifestVersion', () => {
  it('gives the browsers the numeric core and shows the whole version', () => {
    expect(manifestVersion('1.2.3')).toEqual({ version: '1.2.3', version_name: '1.2.3' });
    expect(manifestVersion('2.0.0-beta.1')).toEqual({ version: '2.0.0', version_name: '2.0.0-beta.1' });
  });

  it('refuses what is not a version', () => {
    expect(() => manifestVersion('1.2')).toThrow(/not a version/);
    expect(() => manifestVersion('v1.2.3')).toThrow(/not a version/);
  });
});

describe('manifestFor chrome', () => {
  it('returns the source with the version, as a deep copy', () => {
    const source = load();
    const manifest = manifestFor('chrome', source, '1.2.3');
    expect(manifest).toEqual({ ...load(), version: '1.2.3', version_name: '1.2.3' });
    expect(manifest).not.toBe(source);
    expect(manifest.background).not.toBe(source.background);
    expect(manifest.content_scripts).not.toBe(source.content_scripts);
    expect(manifest.permissions).not.toBe(source.permissions);
  });

  it('keeps the Chrome-only fields', () => {
    const manifest = manifestFor('chrome', load(), '1.2.3');
    expect(manifest.key).toBe(load().key);
    expect(manifest.minimum_chrome_version).toBe(load().minimum_chrome_version);
    expect(manifest).not.toHaveProperty('browser_specific_settings');
  });

  it('does not mutate the source', () => {
    const source = deepFreeze(load());
    expect(() => manifestFor('chrome', source, '1.2.3')).not.toThrow();
    expect(source).toEqual(load());
  });
});

describe('manifestFor firefox', () => {
  const source = load();
  const serviceWorker = (source.background as { service_worker: string }).service_worker;
  const manifest = manifestFor('firefox', source, '1.2.3');

  it('runs the service worker entry as a background script', () => {
    expect(serviceWorker).toMatch(/\.ts$/);
    expect(manifest.background?.scripts).toEqual([serviceWorker]);
    expect(manifest.background).not.toHaveProperty('service_worker');
    expect(manifest.background?.type).toBe('module');
  });

  it('carries the version it is given', () => {
    expect(manifest).toMatchObject({ version: '1.2.3', version_name: '1.2.3' });
  });

  it('drops the Chrome-only fields', () => {
    expect(source).toHaveProperty('key');
    expect(source).toHaveProperty('minimum_chrome_version');
    expect(manifest).not.toHaveProperty('key');
    expect(manifest).not.toHaveProperty('minimum_chrome_version');
  });

  it('identifies the add-on with its gecko id and a minimum version', () => {
    const gecko = (manifest.browser_specific_settings as { gecko: Json }).gecko;
    expect(gecko.id).toBe(GECKO_ID);
    expect(GECKO_ID).toMatch(/^[a-z0-9-]+@[a-z0-9.-]+$/);
    expect(gecko.strict_min_version).toMatch(/^\d+\.\d+$/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('keeps everything else as it is', () => {
    const changed = ['version', 'version_name', 'background', 'key', 'minimum_chrome_version', 'browser_specific_settings', 'storage'];
    const rest = (m: Json) => Object.fromEntries(Object.entries(m).filter(([k]) => !changed.includes(k)));
    expect(rest(manifest)).toEqual(rest(load()));
    expect(Object.keys(rest(manifest)).length).toBeGreaterThan(5);
  });

  it('does not mutate the source', () => {
    const frozen = deepFreeze(load());
    expect(() => manifestFor('firefox', frozen, '1.2.3')).not.toThrow();
    expect(frozen).toEqual(load());
    expect(source).toEqual(load());
  });

  it('copies rather than shares nested objects', () => {
    const fresh = load();
    const derived = manifestFor('firefox', fresh, '1.2.3');
    expect(derived.content_scripts).toEqual(fresh.content_scripts);
    expect(derived.content_scripts).not.toBe(fresh.content_scripts);
  });

  it('leaves a manifest without a service worker without background', () => {
    const { background: _background, ...noBackground } = load();
    expect(manifestFor('firefox', noBackground, '1.2.3')).not.toHaveProperty('background');
  });
});
