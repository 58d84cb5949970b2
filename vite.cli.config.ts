/**
 * The `cluster-guard` CLI (src/cli/cluster-guard.ts) as one ES module for
 * Node 20: `vite build --config vite.cli.config.ts` -> dist/cli/cluster-guard.mjs,
 * run by bin/cluster-guard.mjs. Dependencies (valibot) are bundled; Node's
 * built-ins stay imports.
 */
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

export default defineConfig({
  // Nothing from public/ belongs next to the CLI.
  publicDir: false,
  build: {
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    lib: {
      entry: 'src/cli/cluster-guard.ts',
      formats: ['es'],
      fileName: () => 'cluster-guard.mjs',
    },
    rolldownOptions: {
      external: [...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
    },
  },
});
