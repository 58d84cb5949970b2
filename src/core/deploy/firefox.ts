/**
 * Firefox enterprise policy (policies.json), as mozilla/policy-templates
 * documents it (https://mozilla.github.io/enterprise-admin-reference/,
 * policies ExtensionSettings and 3rdparty): `ExtensionSettings.<add-on id>`
 * with `installation_mode: "force_installed"` and the `install_url` of the
 * xpi (needed unless the add-on is on addons.mozilla.org), and the add-on's
 * managed storage under `3rdparty.Extensions.<add-on id>`. Firefox reads the
 * file when it starts.
 */
import type { ManagedValue } from './managed-value';

export interface FirefoxTarget {
  addonId: string;
  installUrl?: string;
}

export function firefoxPolicies({ addonId, installUrl }: FirefoxTarget, managed: ManagedValue): string {
  const settings = { installation_mode: 'force_installed', ...(installUrl ? { install_url: installUrl } : {}) };
  const policies = {
    policies: {
      ExtensionSettings: { [addonId]: settings },
      '3rdparty': { Extensions: { [addonId]: managed } },
    },
  };
  return `${JSON.stringify(policies, null, 2)}\n`;
}
