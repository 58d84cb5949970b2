// The archives are made by web-ext's build: check that one holds exactly the files of its folder.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pack } from './package.mjs';
import { unzip as unzipFiles } from './release/unzip';

const work = mkdtempSync(join(tmpdir(), 'cluster-guard-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Names and contents (as text) of a ZIP archive's entries. */
const unzip = (archive: Buffer): Map<string, string> => new Map([...unzipFiles(archive)].map(([name, data]) => [name, data.toString('utf8')]));

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
