// The store listing kit stays true to the extension: a listing per UI language, a justification per permission, privacy.md matching the manifests and the code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../src/build/manifest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const source = JSON.parse(read('manifest.json')) as Record<string, unknown>;
const built = (['chrome', 'firefox'] as const).map((browser) => manifestFor(browser, source, '1.0.0'));

/** Everything a store reviewer asks a justification for: permissions of every kind and every host the extension touches. */
function accessOf(manifest: Record<string, unknown>): string[] {
  const lists = ['permissions', 'optional_permissions', 'host_permissions', 'optional_host_permissions'].flatMap((key) => (manifest[key] as string[] | undefined) ?? []);
  const scripts = (manifest.content_scripts as Array<{ matches: string[] }> | undefined) ?? [];
  return [...lists, ...scripts.flatMap((script) => script.matches)];
}

/** `### \`name\`` headings and the text under each, up to the next heading. */
function justifications(markdown: string): Map<string, string> {
  const sections = new Map<string, string>();
  for (const match of markdown.matchAll(/^### `([^`]+)`\n([\s\S]*?)(?=^#{2,3} |$(?![\s\S]))/gm)) sections.set(match[1]!, match[2]!.trim());
  return sections;
}

describe('store listing text', () => {
  const locales = readdirSync(join(ROOT, 'public', '_locales'));

  it.each(locales)('%s has a listing with a name, a summary the stores accept and a description', (locale) => {
    const listing = read(`store/listing/${locale}.md`);
    const messages = JSON.parse(read(`public/_locales/${locale}/messages.json`)) as Record<string, { message: string }>;
    expect(listing.split('\n')[0]).toBe(`# ${messages.extName!.message}`);
    const summary = /^## Summary\n\n(.+)\n\n## Description\n\n([\s\S]+)$/m.exec(listing);
    expect(summary, 'sections: # name, ## Summary, ## Description').not.toBeNull();
    // The Chrome Web Store's summary (and the manifest description) holds at most 132 characters.
    expect([...summary![1]!].length).toBeLessThanOrEqual(132);
    expect(summary![2]!.length).toBeGreaterThan(400);
  });

  it('has no listing for a language the extension does not ship', () => {
    expect(readdirSync(join(ROOT, 'store', 'listing')).map((file) => file.replace(/\.md$/, '')).sort()).toEqual([...locales].sort());
  });
});

describe('store/permissions.md', () => {
  const sections = justifications(read('store/permissions.md'));

  it('justifies every permission and host of both built manifests, and nothing they do not ask for', () => {
    const asked = new Set(built.flatMap(accessOf));
    expect(asked.has('storage')).toBe(true);
    expect([...sections.keys()].sort()).toEqual([...asked].sort());
  });

  it('says something for each', () => {
    for (const [name, text] of sections) expect(text.length, name).toBeGreaterThan(15);
  });

  it('the check sees a permission without a justification', () => {
    const withTabs = { ...source, permissions: [...(source.permissions as string[]), 'tabs'] };
    expect(accessOf(manifestFor('chrome', withTabs, '1.0.0')).filter((name) => !sections.has(name))).toEqual(['tabs']);
  });
});

describe('docs/privacy.md', () => {
  const privacy = read('docs/privacy.md');
  const firefox = built[1]!.browser_specific_settings as { gecko: { data_collection_permissions: unknown } };

  it('and the Firefox manifest both say no data is collected', () => {
    expect(firefox.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(privacy).toContain('"data_collection_permissions": { "required": ["none"] }');
    expect(privacy).toMatch(/collects no data/);
  });

  it('names every storage area the code uses', () => {
    const code = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && !file.includes('.test.'))
      .map((file) => read(join('src', file)))
      .join('\n');
    const areas = new Set([...code.matchAll(/storage\.(local|sync|session|managed)\b/g)].map((match) => match[1]!));
    expect(areas.size).toBeGreaterThan(2);
    for (const area of areas) expect(privacy).toContain(`| \`storage.${area}\` |`);
  });

  it('is right that only the team policy sync fetches anything', () => {
    const fetching = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && !file.includes('.test.'))
      .filter((file) => /\bfetch\(|XMLHttpRequest|sendBeacon|WebSocket\(|EventSource\(/.test(read(join('src', file)).replace(/^\s*(\/\/|\*).*$/gm, '')));
    expect(fetching).toEqual(['background/policy-sync.ts']);
    expect(privacy).toMatch(/Only the \*\*team policy URL\*\*/);
  });
});
