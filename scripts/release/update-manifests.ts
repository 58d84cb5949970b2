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
