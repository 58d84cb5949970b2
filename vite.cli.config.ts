/**
 * The `cluster-guard` CLI (src/cli/cluster-guard.ts) as one ES module for
 * Node 20: `vite build --config vite.cli.config.ts` -> dist/cli/cluster-guard.mjs,
 * run by bin/cluster-guard.mjs; then the installable package around it,
 * dist/cli-package (scripts/lib/cli-package.ts). Dependencies (valibot) are
 * bundled; Node's built-ins stay imports.
 */
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { writeCliPackage } from './scripts/lib/cli-package.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  // Nothing from public/ belongs next to the CLI.
  publicDir: false,
  plugins: [{ name: 'cli-package', apply: 'build', closeBundle: () => writeCliPackage(root, `${root}dist/cli/cluster-guard.mjs`) }],
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
