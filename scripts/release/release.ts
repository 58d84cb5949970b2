/**
 * `npm run release -- <version> [--update-base-url https://host/path/]`
 *
 * From a clean tree: sets the version in package.json (the manifests take it
 * at build time), moves CHANGELOG.md's Unreleased notes under the version,
 * commits and tags v<version>; on a tree already at that version (the tag's
 * checkout in CI) it only builds. Then writes to dist/ the Chrome zip, the
 * Firefox xpi, the AMO sources archive and the version's changelog notes
 * (RELEASE-NOTES.md), and with a base URL the self-hosting update manifests. Pushing the commit and tag stays a person's step.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_EXTENSION_ID, GECKO_ID, manifestVersion } from '../../src/build/manifest';
import { pack } from '../package.mjs';
import { parseReleaseArgs } from './args';
import { changelogSection, hasRelease, releaseChangelog } from './changelog';
import { artifactNames, sourceBuildReadme, sourcesPathspecs } from './sources';
import { chromeUpdateXml, firefoxUpdatesJson, selfHostedManifest } from './update-manifests';

const root = process.cwd();
const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const fail = (message: string): never => {
  console.error(`release: ${message}`);
  process.exit(1);
};

/** dist/<from> copied to dist/<to> with its manifest edited: the store and self-hosted variants of a build. */
function variant(from: string, to: string, edit: (manifest: Record<string, unknown>) => Record<string, unknown>): string {
  const folder = join(root, 'dist', to);
  rmSync(folder, { recursive: true, force: true });
  cpSync(join(root, 'dist', from), folder, { recursive: true });
  const manifest = edit(JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')));
  writeFileSync(join(folder, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return folder;
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseReleaseArgs(process.argv.slice(2));
  } catch (error) {
    return fail((error as Error).message);
  }
  const { version, updateBaseUrl } = args;
  if (run('git', ['status', '--porcelain']).trim() !== '') fail('the working tree has uncommitted changes: commit or stash them first');

  const pkgPath = join(root, 'package.json');
  const changelogPath = join(root, 'CHANGELOG.md');
  const changelog = readFileSync(changelogPath, 'utf8');
  const current = JSON.parse(readFileSync(pkgPath, 'utf8')).version as string;
  if (current === version && hasRelease(changelog, version)) {
    console.log(`release: ${version} is already committed; building it`);
  } else {
    const date = new Date().toISOString().slice(0, 10);
    let next;
    try {
      next = releaseChangelog(changelog, version, date);
    } catch (error) {
      return fail((error as Error).message);
    }
    run('npm', ['version', version, '--no-git-tag-version', '--allow-same-version']);
    writeFileSync(changelogPath, next);
    run('git', ['add', 'package.json', 'package-lock.json', 'CHANGELOG.md']);
    run('git', ['commit', '--quiet', '-m', `Release ${version}`]);
    run('git', ['tag', `v${version}`]);
    console.log(`release: committed and tagged v${version} (push with: git push --follow-tags)`);
  }

  const names = artifactNames(version);
  // Any other NODE_ENV (a test runner's "test") makes Preact's JSX carry absolute source paths.
  const build = { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } } as const;
  execFileSync('npx', ['vite', 'build', '--mode', 'chrome', '--logLevel', 'warn'], build);
  execFileSync('npx', ['vite', 'build', '--mode', 'firefox', '--logLevel', 'warn'], build);
  execFileSync('node', ['scripts/package.mjs'], build);

  // The Chrome Web Store refuses a manifest with `key` (it assigns the item's ID).
  await pack(variant('chrome', 'chrome-webstore', ({ key: _key, ...manifest }) => manifest), names.chromeWebStore);
  writeFileSync(join(root, 'dist', 'RELEASE-NOTES.md'), changelogSection(readFileSync(changelogPath, 'utf8'), version));
  const readme = sourceBuildReadme({ version, node: process.versions.node, npm: run('npm', ['--version']).trim() });
  const readmePath = join(root, 'dist', 'SOURCE-BUILD.md');
  writeFileSync(readmePath, readme);
  // git 2.39 has no --add-virtual-file: the archive gets SOURCE-BUILD.md from the worktree through --add-file.
  run('git', ['archive', '--format=zip', `--output=dist/${names.sources}`, `--add-file=${readmePath}`, 'HEAD', '--', ...sourcesPathspecs()]);
  console.log(`release: wrote dist/${names.chrome} (and ${names.chromeWebStore} for the Chrome Web Store), dist/${names.firefox}, dist/${names.sources}`);

  if (updateBaseUrl) {
    const { version: numeric } = manifestVersion(version);
    variant('chrome', 'chrome-selfhosted', (manifest) => selfHostedManifest(manifest, 'chrome', updateBaseUrl));
    const xpi = await pack(variant('firefox', 'firefox-selfhosted', (manifest) => selfHostedManifest(manifest, 'firefox', updateBaseUrl)), names.firefoxSelfHosted);
    const sha256 = createHash('sha256').update(readFileSync(xpi)).digest('hex');
    writeFileSync(join(root, 'dist', 'update.xml'), chromeUpdateXml({ appId: CHROME_EXTENSION_ID, version: numeric, codebase: `${updateBaseUrl}${names.crx}` }));
    writeFileSync(join(root, 'dist', 'updates.json'), firefoxUpdatesJson({ geckoId: GECKO_ID, version: numeric, updateLink: `${updateBaseUrl}${names.firefoxSelfHosted}`, sha256 }));
    console.log(
      `release: wrote dist/update.xml and dist/updates.json for ${updateBaseUrl}, dist/${names.firefoxSelfHosted}, and dist/chrome-selfhosted/ to pack into ${names.crx} (docs/release.md)`,
    );
  }
}

await main();
