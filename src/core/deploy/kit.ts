/**
 * The deployment kit `cluster-guard deploy` writes: every file, its path in
 * the output folder, and where an administrator puts it. Pure; the CLI checks
 * the policy first and writes the files.
 */
import { chromeLinuxPolicy, chromeMacProfile, chromeWindowsReg, utf16le, type ChromeTarget, type ProfileIds } from './chrome';
import { firefoxPolicies, type FirefoxTarget } from './firefox';
import { managedValue } from './managed-value';

export interface KitFile {
  /** Relative to the output folder. */
  path: string;
  data: string | Uint8Array;
  /** Where it goes, one line. */
  destination: string;
}

export interface KitInput {
  /** The policy file's JSON object, already validated. */
  policy: unknown;
  chrome: ChromeTarget;
  firefox: FirefoxTarget;
  profile: ProfileIds;
}

export const KIT_FILE_NAME = 'cluster-guard';

export function deploymentKit({ policy, chrome, firefox, profile }: KitInput): KitFile[] {
  const managed = managedValue(policy);
  const linux = chromeLinuxPolicy(chrome, managed);
  return [
    { path: `chrome/linux/${KIT_FILE_NAME}.json`, data: linux, destination: `Google Chrome: /etc/opt/chrome/policies/managed/${KIT_FILE_NAME}.json; Chromium: /etc/chromium/policies/managed/${KIT_FILE_NAME}.json` },
    { path: `chrome/windows/${KIT_FILE_NAME}.reg`, data: utf16le(chromeWindowsReg(chrome, managed)), destination: 'Windows: reg import (as an administrator) or Group Policy Preferences > Registry' },
    { path: `chrome/macos/${KIT_FILE_NAME}.mobileconfig`, data: chromeMacProfile(chrome, managed, profile), destination: 'macOS: upload to your MDM as a custom configuration profile' },
    { path: 'firefox/policies.json', data: firefoxPolicies(firefox, managed), destination: 'Firefox: /etc/firefox/policies/policies.json (Linux), <install dir>/distribution/policies.json (Windows, macOS: Firefox.app/Contents/Resources/distribution/)' },
  ];
}

/** A Chrome extension ID: 32 letters a to p. */
export const isChromeExtensionId = (id: string) => /^[a-p]{32}$/.test(id);

/** A Firefox add-on ID: an e-mail-like ID or a GUID in braces. */
export const isGeckoId = (id: string) => /^(?:[\w.+-]+@[\w.-]+|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/.test(id);

/** An update or install URL: https, or file: and http: for a test machine. */
export const isKitUrl = (url: string) => {
  try {
    return ['https:', 'http:', 'file:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
};
