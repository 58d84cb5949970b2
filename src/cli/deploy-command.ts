/**
 * `cluster-guard deploy`: checks the policy as `validate` does, then writes
 * the deployment kit (core/deploy) under --out. The glue: arguments, IDs,
 * files; what each file holds is decided in core/deploy.
 */
import { CHROME_WEB_STORE_UPDATE_URL } from '../core/deploy/chrome';
import { deploymentKit, isChromeExtensionId, isGeckoId, isKitUrl } from '../core/deploy/kit';
import type { Policy } from '../core/policy/types';
import type { CliIo } from './cluster-guard';
import { EXIT_OK, EXIT_USAGE } from './exit-codes';

export const DEPLOY_OPTIONS = ['--extension-id', '--update-url', '--firefox-id', '--firefox-install-url', '--out'];

/** The add-on ID the Firefox build declares (src/build/manifest.ts GECKO_ID). */
const DEFAULT_GECKO_ID = 'cluster-guard@cluster-guard.dev';

export function deploy(
  file: string,
  options: ReadonlyMap<string, string>,
  io: CliIo,
  load: (file: string) => { policy: Policy; text: string } | { exit: number },
): number {
  const fail = (message: string) => {
    io.stderr(`cluster-guard deploy: ${message} (cluster-guard --help for usage)`);
    return EXIT_USAGE;
  };
  const extensionId = options.get('--extension-id');
  const out = options.get('--out');
  const updateUrl = options.get('--update-url') ?? CHROME_WEB_STORE_UPDATE_URL;
  const addonId = options.get('--firefox-id') ?? DEFAULT_GECKO_ID;
  const installUrl = options.get('--firefox-install-url');
  if (extensionId === undefined) return fail('--extension-id is needed: the Chrome extension ID (32 letters a-p) from the Chrome Web Store or chrome://extensions');
  if (!isChromeExtensionId(extensionId)) return fail(`--extension-id: "${extensionId}" is not a Chrome extension ID (32 letters a-p)`);
  if (out === undefined) return fail('--out is needed: the folder to write the files to');
  if (!isKitUrl(updateUrl)) return fail(`--update-url: "${updateUrl}" is not an https:// URL`);
  if (!isGeckoId(addonId)) return fail(`--firefox-id: "${addonId}" is not a Firefox add-on ID (name@domain or {GUID})`);
  if (installUrl !== undefined && !isKitUrl(installUrl)) return fail(`--firefox-install-url: "${installUrl}" is not an https:// or file:// URL`);
  if (!io.writeFile) return fail('cannot write files here');

  const loaded = load(file);
  if ('exit' in loaded) return loaded.exit;
  const uuid = io.randomUuid ?? (() => globalThis.crypto.randomUUID());
  const kit = deploymentKit({
    policy: JSON.parse(loaded.text.replace(/^\ufeff/, '')),
    chrome: { extensionId, updateUrl },
    firefox: { addonId, ...(installUrl ? { installUrl } : {}) },
    profile: { identifier: `dev.cluster-guard.policy.${extensionId}`, uuids: [uuid(), uuid(), uuid()] },
  });
  io.stdout(`ok: ${loaded.policy.environments.length} environments, ${loaded.policy.rules.length} rules`);
  for (const entry of kit) {
    const path = `${out.replace(/\/+$/, '')}/${entry.path}`;
    io.writeFile(path, entry.data);
    io.stdout(`${path} -> ${entry.destination}`);
  }
  if (!installUrl) io.stderr('cluster-guard deploy: no --firefox-install-url: without one, Firefox force-installs only an add-on listed on addons.mozilla.org; give the xpi\'s URL for a self-hosted one');
  return EXIT_OK;
}
