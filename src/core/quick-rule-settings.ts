/**
 * The settings the popup's quick rule writes (core/quick-rule), read back as
 * the background reads stored settings: anything it would set aside is
 * refused before it is written, so nothing is lost. Pure.
 */
import type { Policy } from './policy/types';
import { readSettings, settingsToStored, type Settings } from './settings';

/** The settings to write with `personal` in them, or the problems reading them back would find. */
export function settingsWith(settings: Settings, personal: Policy): { ok: true; settings: Settings } | { ok: false; problems: string[] } {
  const next: Settings = { ...settings, personal };
  const read = readSettings(JSON.parse(JSON.stringify(settingsToStored(next))));
  if (read.corrupt || read.problems.length > 0) return { ok: false, problems: read.problems.length > 0 ? read.problems : ['settings could not be read back'] };
  return { ok: true, settings: next };
}
