/**
 * The installable CLI (dist/cli-package, built by vite.cli.config.ts): packed
 * with npm, installed from the tarball into an empty folder with no network,
 * and run with npx on every documented example.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = new URL('..', import.meta.url).pathname;
const PACKAGE = join(ROOT, 'dist/cli-package');
const EXAMPLES = join(ROOT, 'docs/examples');
const rootPackage = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; engines: unknown };

let work = '';
let tarball = '';
const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
const cli = (args: string[]) => spawnSync('npx', ['--no', '--', 'cluster-guard', ...args], { cwd: join(work, 'app'), encoding: 'utf8' });

beforeAll(() => {
  execFileSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'pipe' });
  work = mkdtempSync(join(tmpdir(), 'cluster-guard-cli-package-'));
  const packed = JSON.parse(npm(['pack', PACKAGE, '--json', '--pack-destination', work], work)) as { filename: string }[];
  tarball = join(work, packed[0]!.filename);
  execFileSync('mkdir', [join(work, 'app')]);
  writeFileSync(join(work, 'app/package.json'), JSON.stringify({ name: 'policy-repo', private: true }));
  npm(['install', '--offline', '--no-audit', '--no-fund', '--save-dev', tarball], join(work, 'app'));
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the CLI package', () => {
  it('is public, scoped, versioned with the extension, bundles everything (no dependencies)', () => {
    const manifest = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8'));
    expect(manifest).toMatchObject({ name: '@cluster-guard/cli', version: rootPackage.version, bin: { 'cluster-guard': 'bin/cluster-guard.mjs' }, engines: rootPackage.engines, type: 'module' });
    expect(manifest.private).toBeUndefined();
    expect(manifest.dependencies).toBeUndefined();
  });

  it('a git URL install builds it: the repository\'s prepare script runs the CLI build', () => {
    const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; bin: Record<string, string> };
    expect(root.scripts.prepare).toMatch(/vite build --config vite\.cli\.config\.ts/);
    expect(root.bin).toEqual({ 'cluster-guard': 'bin/cluster-guard.mjs' });
  });

  it('the tarball holds only the launcher, the bundle, the JSON Schema, the README and package.json', () => {
    const listed = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
    expect(listed).toEqual(['package/README.md', 'package/bin/cluster-guard.mjs', 'package/cluster-guard.mjs', 'package/package.json', 'package/policy.schema.json']);
    expect(readFileSync(join(work, 'app/node_modules/@cluster-guard/cli/policy.schema.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'public/policy.schema.json'), 'utf8'));
  });

  it('installed from the tarball, npx cluster-guard validates and explains every documented example', () => {
    const examples = readdirSync(EXAMPLES).filter((name) => name.endsWith('.json'));
    expect(examples.length).toBeGreaterThan(0);
    for (const name of examples) {
      const file = join(EXAMPLES, name);
      const validated = cli(['validate', file]);
      expect(validated.stderr, name).toBe('');
      expect(validated.stdout, name).toMatch(/^ok: \d+ environments, \d+ rules\n$/);
      expect(validated.status, name).toBe(0);
      const explained = cli(['explain', file, 'acme-payments-prod']);
      expect(explained.status, name).toBe(0);
      expect(explained.stdout, name).toMatch(/^project: acme-payments-prod\nmatched: /);
    }
    expect(cli(['--version']).stdout).toBe(`${rootPackage.version}\n`);
  }, 45_000);

  it('an invalid policy: exit 1 and the problem, as GitHub annotations too', () => {
    const bad = join(work, 'bad.json');
    writeFileSync(bad, '{\n  "version": 1,\n  "environments": [],\n  "rules": [{ "match": "x", "kind": "exact", "environment": "nowhere" }]\n}');
    const result = cli(['validate', '--format', 'github', bad]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`^::error file=${bad.replace(/[.]/g, '\\.')},line=4,col=61::rules\\[0\\]\\.environment: unknown environment "nowhere"`));
   }, 15_000);
});

describe('action.yml\'s validate step, run as written with the installed CLI', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { runs: { steps: { name?: string; run?: string }[] } };
  const script = action.runs.steps.find((step) => step.name === 'Validate the policy files')!.run!;
  const runStep = (repo: string, files: string) =>
    spawnSync('bash', ['-e', '-c', script], { cwd: repo, encoding: 'utf8', env: { ...process.env, FILES: files, CLUSTER_GUARD: join(work, 'app/node_modules/@cluster-guard/cli/bin/cluster-guard.mjs') } });

  it('annotates every problem of every matching file, nested folders too, and fails the job; passes when all are valid', () => {
    const repo = join(work, 'policy-repo');
    mkdirSync(join(repo, 'policies/payments'), { recursive: true });
    copyFileSync(join(EXAMPLES, 'team-policy.json'), join(repo, 'policies/team-policy.json'));
    writeFileSync(join(repo, 'policies/payments/bad.json'), '{\n  "version": 1,\n  "environments": [],\n  "rules": [{ "match": "x", "kind": "exact", "environment": "nowhere" }]\n}');
    const failing = runStep(repo, 'policies/**/*.json');
    expect(failing.status).toBe(1);
    expect(failing.stdout).toMatch(/^::error file=policies\/payments\/bad\.json,line=4,col=61::rules\[0\]\.environment: unknown environment "nowhere"/);
    rmSync(join(repo, 'policies/payments/bad.json'));
    expect(runStep(repo, 'policies/**/*.json')).toMatchObject({ status: 0, stdout: '' });
    const none = runStep(repo, 'nothing/**/*.json');
    expect(none.status).toBe(1);
    expect(none.stdout).toBe('::error::no policy file matches nothing/**/*.json\n');
  }, 20_000);
});
