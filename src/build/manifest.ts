/**
 * Derives each browser's manifest from the one `manifest.json` at the root
 * and the version in package.json (the one place it lives).
 * Used by vite.config.ts at build time; unit-tested. Chrome gets the source
 * as it is; Firefox differences live here, in code, not in a second copy.
 */

export type TargetBrowser = 'chrome' | 'firefox';

export const GECKO_ID = 'cluster-guard@cluster-guard.dev';
/** The `key` in manifest.json pins the Chrome extension ID so admins can target it by policy. */
export const CHROME_EXTENSION_ID = 'enfljjncggdageoemneelmmjdidfhjna';

type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
};

const SEMVER = /^(\d+\.\d+\.\d+)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** Browsers take only dotted numbers as `version`; `version_name` shows the whole semver (a pre-release included). */
export function manifestVersion(semver: string): { version: string; version_name: string } {
  const core = SEMVER.exec(semver)?.[1];
  if (!core) throw new Error(`"${semver}" is not a version (x.y.z)`);
  return { version: core, version_name: semver };
}

export function manifestFor(browser: TargetBrowser, source: Manifest, version: string): Manifest {
  const manifest: Manifest = { ...structuredClone(source), ...manifestVersion(version) };
  if (browser === 'chrome') return manifest;

  // Firefox MV3 runs background scripts in an event page, not a service worker.
  const entry = manifest.background?.service_worker;
  if (entry) manifest.background = { scripts: [entry], type: 'module' };
  delete manifest.key; // Chrome-only; Firefox identifies the add-on by its gecko id.
  delete manifest.minimum_chrome_version;
  // Firefox reads managed storage from policies.json / native manifests, not a schema file.
  delete manifest.storage;
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    },
  };
  return manifest;
}
