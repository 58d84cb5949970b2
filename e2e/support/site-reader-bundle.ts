/**
 * Bundles site-reader-probe.ts (the guard's pure dialog reader) into one
 * script a test adds to a fixture page. Built in memory from the current
 * sources when a spec starts, so the test always judges the reader as it is.
 */
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { ROOT } from '../../scripts/lib/paths';

let bundled: Promise<string> | null = null;

export function readerBundle(): Promise<string> {
  bundled ??= (async () => {
    const result = await build({
      configFile: false,
      logLevel: 'warn',
      root: ROOT,
      build: {
        write: false,
        minify: false,
        target: 'es2022',
        lib: { entry: join(ROOT, 'e2e/support/site-reader-probe.ts'), formats: ['iife'], name: 'siteReaderProbe', fileName: () => 'probe.js' },
      },
    });
    const output = (Array.isArray(result) ? result[0] : result) as Rolldown.RolldownOutput;
    const chunk = output.output.find((item) => item.type === 'chunk');
    if (!chunk || chunk.type !== 'chunk') throw new Error('the reader bundle has no script');
    return chunk.code;
  })();
  return bundled;
}
