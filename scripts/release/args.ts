/** `npm run release -- <version> [--update-base-url <https URL ending in />]`, checked before anything is touched. */

export interface ReleaseArgs {
  version: string;
  updateBaseUrl?: string;
}

/** Semantic Versioning 2.0.0 (https://semver.org/), without a leading "v". */
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

export function parseReleaseArgs(argv: readonly string[]): ReleaseArgs {
  const args = [...argv];
  let updateBaseUrl: string | undefined;
  const flag = args.indexOf('--update-base-url');
  if (flag !== -1) {
    const url = args[flag + 1];
    if (!url || !/^https:\/\/[^/]+\/(?:.*\/)?$/.test(url)) throw new Error('--update-base-url needs an https:// URL ending in "/"');
    updateBaseUrl = url;
    args.splice(flag, 2);
  }
  if (args.length !== 1) throw new Error('usage: npm run release -- <version> [--update-base-url https://host/path/]');
  const version = args[0]!;
  if (!SEMVER.test(version)) throw new Error(`"${version}" is not a semantic version (x.y.z, e.g. 1.2.0)`);
  return { version, updateBaseUrl };
}
