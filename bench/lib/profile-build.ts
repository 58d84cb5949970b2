/**
 * The profiling build: Cluster Guard as `npm run build` makes it, except that
 * its content script times its own mutation observer callbacks
 * (src/content/observer-profile.ts, switched on by VITE_OBSERVER_PROFILE=1).
 * Written to dist/bench-profile/, never packaged for release.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pack } from '../../scripts/package.mjs';
import { ROOT } from '../../scripts/lib/paths';

const OUT = join(ROOT, 'dist', 'bench-profile');

export interface ProfileBuild {
  chromeFolder: string;
  firefoxXpi: string;
}

export async function buildProfiled(): Promise<ProfileBuild> {
  const env = { ...process.env, VITE_OBSERVER_PROFILE: '1' };
  for (const mode of ['chrome', 'firefox']) {
    execFileSync('npx', ['vite', 'build', '--mode', mode, '--outDir', join(OUT, mode), '--logLevel', 'warn'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const firefoxXpi = await pack(join(OUT, 'firefox'), 'cluster-guard-firefox-profile.xpi', OUT);
  return { chromeFolder: join(OUT, 'chrome'), firefoxXpi };
}

/** What the profiling build's content script has counted in `page` so far. */
export const OBSERVER_PROFILE_ATTRIBUTE = 'data-cluster-guard-observer-profile';
