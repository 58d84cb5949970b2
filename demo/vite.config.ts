/**
 * Builds the demo console (`npm run build:demo` -> dist/demo-console/), served
 * at the real console URLs by scripts/lib/console-pages.ts; its files sit
 * under /__demo__/, a path the real console does not use.
 *
 * Why just-in-time compilation with Vite rather than Angular's own builder:
 * `@angular/build` and `@angular/compiler-cli` 22 need Node 22.22+ and
 * TypeScript 6.0, while this project runs on Node 20 and TypeScript 5.9 (the
 * extension's toolchain, shared by everyone working on it). The Angular
 * runtime packages have no such requirement. So components are plain
 * decorated classes (string templates, `inject()`), Vite's own TypeScript
 * transform handles the decorators (`experimentalDecorators` in
 * demo/tsconfig.json), and `@angular/compiler`, imported first in
 * demo/src/main.ts, compiles them, and links Material's partially compiled
 * declarations, when the page starts. The price: the compiler in the bundle
 * and the compilation at every start (about a second; several on a busy
 * 2-core machine), and no signal inputs or signal queries (`input()`,
 * `viewChild()`), which only the ahead-of-time compiler sees: the app reads
 * route parameters from ActivatedRoute and queries with `@ViewChild`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Material's M2 theme with the console's colours: Google Blue for the theme's
 * indigo and pink, Google Red for its warn red; Arial (Roboto's metric twin on
 * most machines) before the generic fallback. Applied to the emitted style
 * sheet, where demo/src/styles.css has the theme inlined.
 */
function consoleColours(): Plugin {
  const swaps: [RegExp, string][] = [
    [/#3f51b5/gi, '#1a73e8'],
    [/#ff4081/gi, '#1a73e8'],
    [/#7986cb|#f06292/gi, '#8ab4f8'],
    [/rgba\((?:63, ?81, ?181|255, ?64, ?129), ?/g, 'rgba(26, 115, 232, '],
    [/#f44336/gi, '#d93025'],
    [/#e57373/gi, '#ee675c'],
    [/rgba\(244, ?67, ?54, ?/g, 'rgba(217, 48, 37, '],
    [/Roboto, ?sans-serif/g, "'Google Sans', Roboto, Arial, sans-serif"],
  ];
  return {
    name: 'console-colours',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'asset' && file.fileName.endsWith('.css')) {
          file.source = swaps.reduce((css, [from, to]) => css.replace(from, to), String(file.source));
        }
      }
    },
  };
}

export default defineConfig({
  root: here('.'),
  base: '/__demo__/',
  logLevel: 'warn',
  plugins: [consoleColours()],
  // The globals Angular's own builder defines for a production build compiled just in time:
  // development-mode checks off, no server rendering, no hot reload.
  define: { ngDevMode: 'false', ngJitMode: 'true', ngServerMode: 'false', ngHmrMode: 'false' },
  build: {
    outDir: here('../dist/demo-console'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2_500,
  },
});
