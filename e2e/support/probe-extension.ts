/**
 * The test-only probe extension (e2e/probe-extension): loaded beside Cluster Guard in the end-to-end
 * tests so that they can read the guard's prompt, whose shadow root is closed to the page. Chromium
 * loads its folder; Firefox installs an .xpi, packed once per run with web-ext, the tool that packs
 * the released add-on (scripts/package.mjs).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pack } from '../../scripts/package.mjs';
import type { ExtraExtension } from '../../scripts/lib/browsers';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'probe-extension');
const GECKO_ID: string = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;

let packed: Promise<ExtraExtension> | null = null;

/** The probe, for scripts/lib/browsers' `extraExtensions`. */
export function probeExtension(): Promise<ExtraExtension> {
  packed ??= pack(DIR, `${GECKO_ID}.xpi`, mkdtempSync(join(tmpdir(), 'cluster-guard-probe-'))).then((xpi: string) => ({ folder: DIR, xpi, geckoId: GECKO_ID }));
  return packed;
}
