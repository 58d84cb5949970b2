#!/usr/bin/env node
// The `cluster-guard` command: a thin launcher for the bundled CLI, which
// `vite build --config vite.cli.config.ts` writes to dist/cli/cluster-guard.mjs
// (source: src/cli/cluster-guard.ts).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli/cluster-guard.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('cluster-guard: dist/cli/cluster-guard.mjs is missing; run npm run build first\n');
  process.exit(2);
}
const { main } = await import(bundle.href);
process.exitCode = main(process.argv.slice(2));
