/**
 * The installable CLI package, dist/cli-package/: its own package.json (the
 * repository's is private: it is the extension), a launcher, the bundle
 * vite.cli.config.ts built (everything inlined, so no dependencies), the JSON
 * Schema and docs/cli.md as its README. Written after every CLI build.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Scoped, so that nobody else can publish under our name's meaning (docs/cli.md). */
export const CLI_PACKAGE_NAME = '@cluster-guard/cli';

interface RootPackage {
  version: string;
  license?: string;
  engines?: Record<string, string>;
}

export function cliPackageManifest(root: RootPackage): Record<string, unknown> {
  return {
    name: CLI_PACKAGE_NAME,
    version: root.version,
    description: 'Check Cluster Guard team policy files in CI, explain what they do for a project or account, and write the files that deploy the extension with a policy.',
    license: root.license,
    type: 'module',
    bin: { 'cluster-guard': 'bin/cluster-guard.mjs' },
    engines: root.engines,
    files: ['bin/', 'cluster-guard.mjs', 'policy.schema.json', 'README.md'],
    keywords: ['cluster-guard', 'policy', 'validate', 'ci', 'chrome-enterprise', 'firefox-policies'],
  };
}

export const LAUNCHER = `#!/usr/bin/env node
// The cluster-guard command: the bundled CLI beside this folder.
import { main } from '../cluster-guard.mjs';

process.exitCode = main(process.argv.slice(2));
`;

/** Writes dist/cli-package from the built bundle at `bundle`. */
export function writeCliPackage(root: string, bundle: string): void {
  const out = join(root, 'dist/cli-package');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'bin'), { recursive: true });
  const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as RootPackage;
  writeFileSync(join(out, 'package.json'), `${JSON.stringify(cliPackageManifest(rootPackage), null, 2)}\n`);
  writeFileSync(join(out, 'bin/cluster-guard.mjs'), LAUNCHER, { mode: 0o755 });
  copyFileSync(bundle, join(out, 'cluster-guard.mjs'));
  copyFileSync(join(root, 'public/policy.schema.json'), join(out, 'policy.schema.json'));
  copyFileSync(join(root, 'docs/cli.md'), join(out, 'README.md'));
}
