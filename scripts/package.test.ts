// The archives are made by web-ext's build: check that one holds exactly the files of its folder.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { pack } from './package.mjs';

const work = mkdtempSync(join(tmpdir(), 'cluster-guard-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Names and contents of a ZIP archive's entries, from its central directory. */
function unzip(archive: Buffer): Map<string, string> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = archive.readUInt16LE(end + 10);
  let offset = archive.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const method = archive.readUInt16LE(offset + 10);
    const size = archive.readUInt32LE(offset + 20);
    const nameLength = archive.readUInt16LE(offset + 28);
    const extra = archive.readUInt16LE(offset + 30) + archive.readUInt16LE(offset + 32);
    const local = archive.readUInt32LE(offset + 42);
    const name = archive.toString('utf8', offset + 46, offset + 46 + nameLength);
    const dataStart = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = archive.subarray(dataStart, dataStart + size);
    if (!name.endsWith('/')) files.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    offset += 46 + nameLength + extra;
  }
  return files;
}

describe('packaging', () => {
  it('zips every file of the build folder, paths relative to it', async () => {
    const source = join(work, 'build');
    mkdirSync(join(source, 'src', 'content'), { recursive: true });
    writeFileSync(join(source, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'x', version: '1.2.3' }));
    writeFileSync(join(source, 'src', 'content', 'main.iife.js'), 'console.log("hi");\n'.repeat(50));
    const archive = await pack(source, 'x.zip', work);
    const files = unzip(readFileSync(archive));
    expect([...files.keys()].sort()).toEqual(['manifest.json', 'src/content/main.iife.js']);
    expect(files.get('src/content/main.iife.js')).toBe('console.log("hi");\n'.repeat(50));
  }, 30_000);
});
