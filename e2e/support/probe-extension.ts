/**
 * The test-only probe extension (e2e/probe-extension): loaded beside Cluster Guard in the end-to-end
 * tests so that they can read the guard's prompt, whose shadow root is closed to the page. Chromium
 * loads its folder; Firefox installs an .xpi, zipped here at launch (stored entries, no dependency).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import type { ExtraExtension } from '../../scripts/lib/browsers';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'probe-extension');
const GECKO_ID: string = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;

/** A zip archive of `files`, each stored uncompressed. */
function storedZip(files: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const crc = crc32(file.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(file.data.length, 18);
    local.writeUInt32LE(file.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(file.data.length, 20);
    central.writeUInt32LE(file.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, file.data);
    centrals.push(central, name);
    offset += local.length + name.length + file.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

let xpi: string | null = null;

/** The probe, for scripts/lib/browsers' `extraExtensions`. */
export function probeExtension(): ExtraExtension {
  if (!xpi) {
    xpi = join(mkdtempSync(join(tmpdir(), 'cluster-guard-probe-')), `${GECKO_ID}.xpi`);
    writeFileSync(xpi, storedZip(readdirSync(DIR).map((name) => ({ name, data: readFileSync(join(DIR, name)) }))));
  }
  return { folder: DIR, xpi, geckoId: GECKO_ID };
}
