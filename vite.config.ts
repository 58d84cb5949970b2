/**
 * One config, two builds: `vite build --mode chrome` -> dist/chrome,
 * `vite build --mode firefox` -> dist/firefox (see `npm run build`).
 */
import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import sourceManifest from './manifest.json' with { type: 'json' };
import packageJson from './package.json' with { type: 'json' };
import { manifestFor, type TargetBrowser } from './src/build/manifest.ts';

export default defineConfig(({ mode }) => {
  const browser: TargetBrowser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      // crx types its manifest strictly; ours is checked by the browsers and by web-ext lint.
      crx({ manifest: manifestFor(browser, sourceManifest, packageJson.version) as never, browser }),
    ],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: browser === 'firefox' ? 'firefox140' : 'chrome120',
      minify: false,
      sourcemap: false,
    },
  };
});
