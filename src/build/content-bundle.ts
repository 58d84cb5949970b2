/**
 * The modules that end up in the content script, as the production build
 * bundles them (Vite, one IIFE), without writing anything. Used by the test
 * that keeps the validator out of console tabs, and by the benchmark.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CONTENT_ENTRY = 'src/content/main.iife.ts';

export interface ContentBundle {
  /** Repository-relative paths (node_modules included), sorted. */
  modules: string[];
  /** Bytes each module contributes to the (unminified) bundle, largest first. */
  moduleBytes: { module: string; bytes: number }[];
  code: string;
}

export async function bundleContentScript({ minify = false }: { minify?: boolean } = {}): Promise<ContentBundle> {
  const result = (await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      minify,
      target: 'chrome120',
      lib: { entry: CONTENT_ENTRY, formats: ['iife'], name: 'clusterGuard', fileName: () => 'main.js' },
    },
  })) as Rolldown.RolldownOutput[];
  const chunk = result[0]!.output.find((item): item is Rolldown.OutputChunk => item.type === 'chunk')!;
  const name = (id: string) => relative(ROOT, id).split('\\').join('/');
  const ids = chunk.moduleIds.filter((id) => !id.startsWith('\0'));
  const moduleBytes = ids.map((id) => ({ module: name(id), bytes: chunk.modules[id]?.renderedLength ?? 0 })).sort((a, b) => b.bytes - a.bytes);
  return { modules: ids.map(name).sort(), moduleBytes, code: chunk.code };
}
