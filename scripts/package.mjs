// Packs dist/chrome and dist/firefox into the installable archives named in README.
import { readFileSync } from 'node:fs';
import { zipDirectory } from './zip.mjs';

const { version } = JSON.parse(readFileSync('manifest.json', 'utf8'));
for (const [browser, extension] of [['chrome', 'zip'], ['firefox', 'xpi']]) {
  const out = `dist/cluster-guard-${browser}-${version}.${extension}`;
  const count = zipDirectory(`dist/${browser}`, out);
  console.log(`packed ${count} files -> ${out}`);
}
