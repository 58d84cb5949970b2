/**
 * Builds the cloud-console fixture (`npm run build:clouds` ->
 * dist/cloud-consoles/), served at the real AWS console and Azure portal
 * URLs by scripts/lib/console-pages.ts; its files sit under /__clouds__/, a
 * path neither console uses.
 *
 * Why React with Vite's own JSX transform rather than @vitejs/plugin-react:
 * the fixture renders the consoles' real component libraries, Cloudscape
 * (AWS) and Fluent UI v9 (Azure), which are React libraries, so React and
 * react-dom are in the bundle, not the Preact the extension uses (the root
 * vite.config.ts and tsconfig.json speak Preact; this folder has its own
 * tsconfig.json). Vite 8 compiles TSX with Oxc by itself; the plugin would
 * only add Fast Refresh for a dev server, and its optional Babel peers
 * conflict with the Babel already installed here. So this config just tells
 * Oxc to use React's automatic JSX runtime.
 *
 * One chunk per console: an AWS page loads Cloudscape and its global styles,
 * an Azure page Fluent UI, never both (src/main.tsx imports each on demand).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/__clouds__/',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: here('../../dist/cloud-consoles'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2_500,
    rolldownOptions: {
      // Fluent UI marks its modules 'use client' for React Server Components; a browser bundle has no server side to keep it for.
      onLog(level, log, handler) {
        if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
      },
    },
  },
});
