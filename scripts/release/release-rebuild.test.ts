/**
 * The release end to end, in a throwaway copy of the repository: refusals,
 * then `npm run release` for real (commit, tag, builds, archives, update
 * manifests), then the xpi rebuilt from the sources archive alone, compared
 * file by file with the released one. node_modules is this checkout's, linked:
 * `npm ci` from the cache would take minutes, and the lock file is the same.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID, GECKO_ID, manifestFor } from '../../src/build/manifest';
import { unzip } from './unzip';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const VERSION = '9.8.7';
const BASE = 'https://example.internal/cluster-guard/';
const work = mkdtempSync(join(tmpdir(), 'cluster-guard-release-'));
const repo = join(work, 'repo');
const rebuilt = join(work, 'from-sources');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A reviewer's shell: none of the test runner's variables (its NODE_ENV=test changes what Preact's JSX compiles to). */
const shell = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
const release = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/release/release.ts', ...args], { cwd: repo, encoding: 'utf8', env: shell });
const linkModules = (dir: string) => symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(dir, 'node_modules'));

/** This checkout's files as git sees them (tracked and new, not ignored), committed in a fresh repository. */
function copyRepository(): void {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(repo, file)), { recursive: true });
    try {
      cpSync(join(ROOT, file), join(repo, file));
    } catch {
      // a tracked file deleted in the worktree
    }
  }
  git('init', '--quiet');
  writeFileSync(join(repo, '.git', 'info', 'exclude'), 'node_modules\n');
  git('config', 'user.email', 'release-test@cluster-guard.invalid');
  git('config', 'user.name', 'Release test');
  git('add', '-A');
  git('commit', '--quiet', '-m', 'sources');
  linkModules(repo);
}

beforeAll(() => {
  mkdirSync(repo, { recursive: true });
  copyRepository();
}, 60_000);

describe('npm run release refuses', () => {
  it('a bad version, in one line, touching nothing', () => {
    const result = release('1.2');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^release: "1\.2" is not a semantic version[^\n]*$/);
    expect(git('status', '--porcelain')).toBe('');
  }, 30_000);

  it('a dirty tree, in one line', () => {
    writeFileSync(join(repo, 'stray.txt'), 'x');
    const result = release(VERSION);
    rmSync(join(repo, 'stray.txt'));
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('release: the working tree has uncommitted changes: commit or stash them first');
  }, 30_000);
});

describe('npm run release', () => {
  const dist = (name: string) => join(repo, 'dist', name);
  beforeAll(() => {
    const result = release(VERSION, '--update-base-url', BASE);
    if (result.status !== 0) throw new Error(`release failed:\n${result.stdout}\n${result.stderr}`);
  }, 120_000);

  it('sets the version in package.json only, commits and tags it, and dates the changelog', () => {
    expect(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version).toBe(VERSION);
    expect(JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8')).version).toBe(VERSION);
    expect(JSON.parse(readFileSync(join(repo, 'manifest.json'), 'utf8'))).not.toHaveProperty('version');
    expect(readFileSync(join(repo, 'CHANGELOG.md'), 'utf8')).toMatch(new RegExp(`^## \\[Unreleased\\]\\n\\n## \\[${VERSION}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
    expect(git('tag', '--points-at', 'HEAD').trim()).toBe(`v${VERSION}`);
    expect(git('status', '--porcelain')).toBe('');
  });

  it('builds both browsers\' manifests with package.json\'s version, asking for what manifestFor gives (store/permissions.md is checked against it)', () => {
    const source = JSON.parse(readFileSync(join(repo, 'manifest.json'), 'utf8'));
    for (const [browser, archive] of [['chrome', `cluster-guard-chrome-${VERSION}.zip`], ['firefox', `cluster-guard-firefox-${VERSION}.xpi`]] as const) {
      const manifest = JSON.parse(unzip(readFileSync(dist(archive))).get('manifest.json')!.toString('utf8'));
      expect(manifest).toMatchObject({ version: VERSION, version_name: VERSION });
      const expected = manifestFor(browser, source, VERSION);
      for (const key of ['permissions', 'optional_permissions', 'host_permissions', 'optional_host_permissions', 'browser_specific_settings']) expect(manifest[key], key).toEqual(expected[key]);
      const matches = (m: Record<string, unknown>) => (m.content_scripts as Array<{ matches: string[] }> | undefined)?.flatMap((script) => script.matches);
      expect(matches(manifest)).toEqual(matches(expected));
    }
  });

  it('uploads to the Chrome Web Store the Chrome build without its key, which the store refuses', () => {
    const chrome = unzip(readFileSync(dist(`cluster-guard-chrome-${VERSION}.zip`)));
    const store = unzip(readFileSync(dist(`cluster-guard-chrome-${VERSION}-webstore.zip`)));
    expect([...store.keys()].sort()).toEqual([...chrome.keys()].sort());
    const { key, ...rest } = JSON.parse(chrome.get('manifest.json')!.toString('utf8'));
    expect(key).toEqual(expect.any(String));
    expect(JSON.parse(store.get('manifest.json')!.toString('utf8'))).toEqual(rest);
  });

  it('writes the self-hosting update manifests for the base URL, and copies that look for updates there', () => {
    expect(readFileSync(dist('update.xml'), 'utf8')).toContain(`<app appid='${CHROME_EXTENSION_ID}'>\n    <updatecheck codebase='${BASE}cluster-guard-${VERSION}.crx' version='${VERSION}' />`);
    const xpi = readFileSync(dist(`cluster-guard-firefox-${VERSION}-selfhosted.xpi`));
    const sha256 = createHash('sha256').update(xpi).digest('hex');
    expect(JSON.parse(readFileSync(dist('updates.json'), 'utf8')).addons[GECKO_ID].updates).toEqual([
      { version: VERSION, update_link: `${BASE}cluster-guard-firefox-${VERSION}-selfhosted.xpi`, update_hash: `sha256:${sha256}` },
    ]);
    const firefox = JSON.parse(unzip(xpi).get('manifest.json')!.toString('utf8'));
    expect(firefox.browser_specific_settings.gecko).toMatchObject({ id: GECKO_ID, update_url: `${BASE}updates.json` });
    const chrome = JSON.parse(readFileSync(dist('chrome-selfhosted/manifest.json'), 'utf8'));
    expect(chrome).toMatchObject({ update_url: `${BASE}update.xml`, key: expect.any(String), version: VERSION });
    const listed = JSON.parse(unzip(readFileSync(dist(`cluster-guard-firefox-${VERSION}.xpi`))).get('manifest.json')!.toString('utf8'));
    expect(listed.browser_specific_settings.gecko).not.toHaveProperty('update_url');
  });

  it('builds, from the sources archive alone and as SOURCE-BUILD.md says, an xpi with the released files byte for byte', () => {
    const sources = unzip(readFileSync(dist(`cluster-guard-${VERSION}-sources.zip`)));
    expect(sources.get('SOURCE-BUILD.md')?.toString('utf8')).toContain('npm ci\nnpm run build:firefox\n');
    expect([...sources.keys()].filter((name) => /^(e2e|demo|bench|docs)\/|\.test\.ts$/.test(name))).toEqual([]);
    for (const [name, bytes] of sources) {
      mkdirSync(dirname(join(rebuilt, name)), { recursive: true });
      writeFileSync(join(rebuilt, name), bytes);
    }
    linkModules(rebuilt);
    execFileSync('npm', ['run', 'build:firefox', '--silent'], { cwd: rebuilt, stdio: 'pipe', env: shell });

    const released = unzip(readFileSync(dist(`cluster-guard-firefox-${VERSION}.xpi`)));
    const fromSources = unzip(readFileSync(join(rebuilt, 'dist', `cluster-guard-firefox-${VERSION}.xpi`)));
    expect([...fromSources.keys()].sort()).toEqual([...released.keys()].sort());
    const differing = [...released].filter(([name, bytes]) => !fromSources.get(name)?.equals(bytes)).map(([name]) => name);
    expect(differing).toEqual([]);
    expect(released.size).toBeGreaterThan(10);
  }, 60_000);
});
