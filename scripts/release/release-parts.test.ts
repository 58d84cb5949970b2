// The release's pure parts: arguments, changelog, update manifests, sources archive list.
import { describe, expect, it } from 'vitest';
import { parseReleaseArgs } from './args';
import { changelogSection, hasRelease, releaseChangelog } from './changelog';
import { artifactNames, sourceBuildReadme, sourcesPathspecs } from './sources';
import { chromeUpdateXml, firefoxUpdatesJson, selfHostedManifest } from './update-manifests';

describe('parseReleaseArgs', () => {
  it('takes a semantic version and an optional base URL', () => {
    expect(parseReleaseArgs(['1.2.3'])).toEqual({ version: '1.2.3', updateBaseUrl: undefined });
    expect(parseReleaseArgs(['1.2.3-beta.1', '--update-base-url', 'https://example.internal/cluster-guard/'])).toEqual({
      version: '1.2.3-beta.1',
      updateBaseUrl: 'https://example.internal/cluster-guard/',
    });
  });

  it('refuses a bad version in one line', () => {
    for (const bad of ['v1.2.3', '1.2', '01.2.3', '1.2.3.4', 'latest']) expect(() => parseReleaseArgs([bad])).toThrow(/^"[^"]+" is not a semantic version[^\n]*$/);
    expect(() => parseReleaseArgs([])).toThrow(/usage/);
  });

  it('refuses a base URL that is not https or does not end in a slash', () => {
    expect(() => parseReleaseArgs(['1.0.0', '--update-base-url', 'http://x/'])).toThrow(/https/);
    expect(() => parseReleaseArgs(['1.0.0', '--update-base-url', 'https://x/updates'])).toThrow(/ending in/);
    expect(() => parseReleaseArgs(['1.0.0', '--update-base-url'])).toThrow(/https/);
  });
});

describe('releaseChangelog', () => {
  const text = '# Changelog\n\nIntro.\n\n## [Unreleased]\n\n### Added\n- Thing.\n\n## [0.1.0] - 2026-01-01\n\n### Added\n- First.\n';

  it('moves the Unreleased notes under the version and date, leaving Unreleased empty', () => {
    expect(releaseChangelog(text, '0.2.0', '2026-12-07')).toBe(
      '# Changelog\n\nIntro.\n\n## [Unreleased]\n\n## [0.2.0] - 2026-12-07\n\n### Added\n- Thing.\n\n## [0.1.0] - 2026-01-01\n\n### Added\n- First.\n',
    );
  });

  it('works when Unreleased is the only section', () => {
    expect(releaseChangelog('# C\n\n## [Unreleased]\n- A.\n', '1.0.0', '2026-12-07')).toBe('# C\n\n## [Unreleased]\n\n## [1.0.0] - 2026-12-07\n\n- A.\n');
  });

  it('refuses no Unreleased section, an empty one, or a version already there', () => {
    expect(() => releaseChangelog('# C\n', '1.0.0', 'd')).toThrow(/no "## \[Unreleased\]"/);
    expect(() => releaseChangelog('# C\n\n## [Unreleased]\n\n## [0.1.0] - x\n', '1.0.0', 'd')).toThrow(/empty/);
    expect(() => releaseChangelog(text, '0.1.0', 'd')).toThrow(/already/);
  });

  it('tells a released version from one that is not', () => {
    expect(hasRelease(text, '0.1.0')).toBe(true);
    expect(hasRelease(text, '0.2.0')).toBe(false);
    expect(hasRelease('## [0x1x0] - 2026-01-01', '0.1.0')).toBe(false);
  });

  it('gives one version\'s notes for the GitHub release', () => {
    expect(changelogSection(releaseChangelog(text, '0.2.0', '2026-12-07'), '0.2.0')).toBe('### Added\n- Thing.\n');
    expect(changelogSection(text, '0.1.0')).toBe('### Added\n- First.\n');
    expect(() => changelogSection(text, '0.3.0')).toThrow(/no section/);
  });

  it('the repository changelog has an Unreleased section and a dated 0.1.0', async () => {
    const { readFileSync } = await import('node:fs');
    const real = readFileSync(new URL('../../CHANGELOG.md', import.meta.url), 'utf8');
    expect(real).toMatch(/^## \[Unreleased\]$/m);
    expect(hasRelease(real, '0.1.0')).toBe(true);
  });
});

describe('update manifests', () => {
  it('writes Chrome\'s gupdate XML as documented (developer.chrome.com, Autoupdating)', () => {
    expect(chromeUpdateXml({ appId: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', version: '2.0', codebase: 'https://myhost.com/mytestextension/mte_v2.crx' })).toBe(
      "<?xml version='1.0' encoding='UTF-8'?>\n" +
        "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>\n" +
        "  <app appid='aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'>\n" +
        "    <updatecheck codebase='https://myhost.com/mytestextension/mte_v2.crx' version='2.0' />\n" +
        '  </app>\n' +
        '</gupdate>\n',
    );
  });

  it('escapes what would break the XML', () => {
    expect(chromeUpdateXml({ appId: 'a', version: '1', codebase: "https://h/x.crx?a=1&b='2'" })).toContain("codebase='https://h/x.crx?a=1&amp;b=&apos;2&apos;'");
  });

  it('writes Firefox\'s updates.json as documented (MDN Add-ons/Updates)', () => {
    const sha256 = 'fe93c2156f05f20621df1723b0f39c8ab28cdbeec342efa95535d3abff932096';
    expect(JSON.parse(firefoxUpdatesJson({ geckoId: 'addon@example.com', version: '0.2', updateLink: 'https://example.com/addon-0.2.xpi', sha256 }))).toEqual({
      addons: { 'addon@example.com': { updates: [{ version: '0.2', update_link: 'https://example.com/addon-0.2.xpi', update_hash: `sha256:${sha256}` }] } },
    });
    expect(() => firefoxUpdatesJson({ geckoId: 'a@b', version: '1', updateLink: 'https://x', sha256: 'XYZ' })).toThrow(/SHA-256/);
  });
});

describe('selfHostedManifest', () => {
  const base = 'https://example.internal/cluster-guard/';

  it('points Chrome at update.xml', () => {
    expect(selfHostedManifest({ name: 'x', key: 'k' }, 'chrome', base)).toEqual({ name: 'x', key: 'k', update_url: `${base}update.xml` });
  });

  it('points Firefox at updates.json, keeping the gecko settings', () => {
    const manifest = { name: 'x', browser_specific_settings: { gecko: { id: 'a@b', data_collection_permissions: { required: ['none'] } } } };
    expect(selfHostedManifest(manifest, 'firefox', base)).toEqual({
      name: 'x',
      browser_specific_settings: { gecko: { id: 'a@b', data_collection_permissions: { required: ['none'] }, update_url: `${base}updates.json` } },
    });
    expect(manifest.browser_specific_settings.gecko).not.toHaveProperty('update_url');
  });
});

describe('sources archive', () => {
  it('keeps everything tracked but tests, demo, benches, docs, store and CI files', () => {
    expect(sourcesPathspecs()).toEqual([
      '.',
      ':(exclude)e2e',
      ':(exclude)bench',
      ':(exclude)demo',
      ':(exclude)docs',
      ':(exclude)store',
      ':(exclude).github',
      ':(exclude).ci',
      ':(exclude)CHANGELOG.md',
      ':(exclude,glob)**/*.test.ts',
    ]);
  });

  it('tells a reviewer the OS, Node, npm and the two commands', () => {
    const readme = sourceBuildReadme({ version: '1.2.3', node: '20.20.2', npm: '11.19.1' });
    expect(readme).toContain('Node.js 20.20.2');
    expect(readme).toContain('npm 11.19.1');
    expect(readme).toMatch(/Linux/);
    expect(readme).toContain('npm ci\nnpm run build:firefox\n');
    expect(readme).toContain('dist/cluster-guard-firefox-1.2.3.xpi');
  });

  it('names the files a release writes', () => {
    expect(artifactNames('1.2.3')).toEqual({
      chrome: 'cluster-guard-chrome-1.2.3.zip',
      chromeWebStore: 'cluster-guard-chrome-1.2.3-webstore.zip',
      firefox: 'cluster-guard-firefox-1.2.3.xpi',
      sources: 'cluster-guard-1.2.3-sources.zip',
      crx: 'cluster-guard-1.2.3.crx',
      firefoxSelfHosted: 'cluster-guard-firefox-1.2.3-selfhosted.xpi',
    });
  });
});
