// Packs dist/chrome and dist/firefox into the installable archives named in README,
// with web-ext's `build` (the same tool that lints the Firefox build).
import webExt from 'web-ext';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/** Zips `sourceDir` into dist/`filename`, replacing an older archive. */
export async function pack(sourceDir, filename, artifactsDir = 'dist') {
  const { extensionPath } = await webExt.cmd.build({ sourceDir, artifactsDir, filename, overwriteDest: true }, { shouldExitProgram: false });
  return extensionPath;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `node scripts/package.mjs firefox` packs only that browser (the sources archive's build step).
  const only = process.argv[2];
  for (const [browser, extension] of [['chrome', 'zip'], ['firefox', 'xpi']].filter(([browser]) => !only || browser === only)) {
    console.log(`packed ${await pack(`dist/${browser}`, `cluster-guard-${browser}-${version}.${extension}`)}`);
  }
}
