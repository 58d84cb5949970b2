/**
 * Builds the self-hosted cluster UI fixture (`npm run build:sites` ->
 * dist/site-uis/), served at site URLs (argocd.…, grafana.…, the OpenShift
 * console, headlamp.…, kibana.…) by e2e/support/sites.ts; its files sit
 * under /__sites__/, a path none of those UIs uses.
 *
 * React with Vite's own JSX transform, as e2e/cloud-consoles does (see the
 * reasons there): the pages render the UIs' real component libraries
 * (PatternFly, MUI, @grafana/ui), which are React libraries. One chunk per
 * UI: a page loads only its own library (src/main.tsx imports each on demand).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/__sites__/',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: here('../../dist/site-uis'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 8_000,
    rolldownOptions: {
      // Libraries mark their modules 'use client' for React Server Components; a browser bundle has no server side to keep it for.
      onLog(level, log, handler) {
        if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
      },
    },
  },
});
