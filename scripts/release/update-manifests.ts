/**
 * Update manifests for companies that host the extension themselves.
 * Chrome: the gupdate XML of https://developer.chrome.com/docs/extensions/how-to/distribute/host-on-linux
 * (and https://developer.chrome.com/docs/apps/autoupdate). Firefox: updates.json of
 * https://extensionworkshop.com/documentation/manage/updating-your-extension/
 * (MDN Add-ons/Updates: addons.<id>.updates[] with version, update_link, update_hash).
 */

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function chromeUpdateXml({ appId, version, codebase }: { appId: string; version: string; codebase: string }): string {
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>",
    `  <app appid='${escapeXml(appId)}'>`,
    `    <updatecheck codebase='${escapeXml(codebase)}' version='${escapeXml(version)}' />`,
    '  </app>',
    '</gupdate>',
    '',
  ].join('\n');
}

export function firefoxUpdatesJson({ geckoId, version, updateLink, sha256 }: { geckoId: string; version: string; updateLink: string; sha256: string }): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('update_hash needs a SHA-256 digest in lowercase hex');
  const manifest = { addons: { [geckoId]: { updates: [{ version, update_link: updateLink, update_hash: `sha256:${sha256}` }] } } };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * A self-hosted copy must say where its updates are, or the browser asks its store: Chrome's
 * manifest `update_url` (the update.xml), Firefox's `browser_specific_settings.gecko.update_url`
 * (the updates.json; a listed AMO version must not carry it, hence a separate copy).
 */
export function selfHostedManifest(manifest: Record<string, unknown>, browser: 'chrome' | 'firefox', baseUrl: string): Record<string, unknown> {
  const copy = structuredClone(manifest);
  if (browser === 'chrome') return { ...copy, update_url: `${baseUrl}update.xml` };
  const settings = (copy.browser_specific_settings ?? {}) as { gecko?: Record<string, unknown> };
  return { ...copy, browser_specific_settings: { ...settings, gecko: { ...settings.gecko, update_url: `${baseUrl}updates.json` } } };
}
