/** What "Download the kept-aside settings" saves: the value exactly as it was stored. */
import type { SettingsQuarantine } from '../core/stored-settings';

export function quarantineFileText(quarantine: SettingsQuarantine): string {
  return JSON.stringify(quarantine.value, null, 2) ?? 'null';
}
