/**
 * Chrome enterprise policy for the extension, one writer per platform. Pure:
 * each returns the file's content; the CLI writes it.
 *
 * - `ExtensionSettings` (https://chromeenterprise.google/policies/#ExtensionSettings):
 *   per extension ID, `installation_mode: "force_installed"` with an
 *   `update_url`, and `toolbar_pin: "force_pinned"`.
 * - The extension's own policy, read by storage.managed
 *   (https://www.chromium.org/administrators/configuring-policy-for-extensions/):
 *   Linux JSON `3rdparty.extensions.<id>`; Windows registry
 *   `...\Google\Chrome\3rdparty\extensions\<id>\policy`; macOS the
 *   preference domain `com.google.Chrome.extensions.<id>`.
 * - Windows keeps object values as JSON strings in REG_SZ
 *   (https://www.chromium.org/administrators/complex-policies-on-windows/).
 */
import type { ManagedValue } from './managed-value';
import { plistDocument } from './plist';

/** The Chrome Web Store's update URL, for an extension installed from the store. */
export const CHROME_WEB_STORE_UPDATE_URL = 'https://clients2.google.com/service/update2/crx';

export interface ChromeTarget {
  extensionId: string;
  updateUrl: string;
}

export function extensionSettings({ extensionId, updateUrl }: ChromeTarget) {
  return { [extensionId]: { installation_mode: 'force_installed', update_url: updateUrl, toolbar_pin: 'force_pinned' } };
}

/** One file for /etc/opt/chrome/policies/managed/ (Chromium: /etc/chromium/policies/managed/). */
export function chromeLinuxPolicy(target: ChromeTarget, managed: ManagedValue): string {
  const policy = {
    ExtensionSettings: extensionSettings(target),
    '3rdparty': { extensions: { [target.extensionId]: managed } },
  };
  return `${JSON.stringify(policy, null, 2)}\n`;
}

/** A .reg string value: backslashes and quotes escaped; JSON has no raw line breaks. */
const regString = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

const CHROME_KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome';

/** A registry file for `reg import` (or Group Policy Preferences), text with CRLF line ends. */
export function chromeWindowsReg(target: ChromeTarget, managed: ManagedValue): string {
  const lines = [
    'Windows Registry Editor Version 5.00',
    '',
    `[${CHROME_KEY}]`,
    `"ExtensionSettings"=${regString(JSON.stringify(extensionSettings(target)))}`,
    '',
    `[${CHROME_KEY}\\3rdparty\\extensions\\${target.extensionId}\\policy]`,
    ...Object.entries(managed).map(([name, value]) => `${regString(name)}=${regString(JSON.stringify(value))}`),
    '',
  ];
  return lines.join('\r\n');
}

/** UTF-16 little-endian with a byte order mark: the encoding regedit writes and reads for version 5.00 files. */
export function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 + i * 2] = unit & 0xff;
    bytes[3 + i * 2] = unit >> 8;
  }
  return bytes;
}

export interface ProfileIds {
  /** Reverse-DNS identifier of the profile; a profile with the same one replaces it. */
  identifier: string;
  /** Three UUIDs: the profile, the Chrome payload, the extension payload. */
  uuids: readonly [string, string, string];
}

/** A configuration profile (.mobileconfig) for an MDM: both payloads as managed preferences. */
export function chromeMacProfile(target: ChromeTarget, managed: ManagedValue, ids: ProfileIds): string {
  const [profileUuid, chromeUuid, extensionUuid] = ids.uuids;
  const payload = (type: string, uuid: string, name: string, settings: Record<string, unknown>) => ({
    PayloadType: type,
    PayloadIdentifier: `${ids.identifier}.${type}`,
    PayloadUUID: uuid,
    PayloadVersion: 1,
    PayloadDisplayName: name,
    ...settings,
  });
  return plistDocument({
    PayloadType: 'Configuration',
    PayloadVersion: 1,
    PayloadIdentifier: ids.identifier,
    PayloadUUID: profileUuid,
    PayloadDisplayName: 'Cluster Guard',
    PayloadDescription: 'Installs Cluster Guard in Google Chrome, pins it, and sets its team policy.',
    PayloadScope: 'System',
    PayloadContent: [
      payload('com.google.Chrome', chromeUuid, 'Google Chrome: install Cluster Guard', { ExtensionSettings: extensionSettings(target) }),
      payload(`com.google.Chrome.extensions.${target.extensionId}`, extensionUuid, 'Cluster Guard: team policy', { ...managed }),
    ],
  });
}
