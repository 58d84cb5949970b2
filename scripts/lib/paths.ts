/** Where things are in this repository, for tools, tests and the benchmark. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CHROME_BUILD = join(ROOT, 'dist', 'chrome');
export const FIREFOX_BUILD = join(ROOT, 'dist', 'firefox');
export const VERSION: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
export const CHROME_ZIP = join(ROOT, 'dist', `cluster-guard-chrome-${VERSION}.zip`);
export const FIREFOX_XPI = join(ROOT, 'dist', `cluster-guard-firefox-${VERSION}.xpi`);
/** Fake console pages and dialogs (used by the end-to-end tests and the demo). */
export const FIXTURES = join(ROOT, 'e2e', 'fixtures');
/** The demo console app (demo/), as `npm run build:demo` writes it. */
export const DEMO_CONSOLE = join(ROOT, 'dist', 'demo-console');
/** The cloud-console fixture (e2e/cloud-consoles: AWS console and Azure portal pages), as `npm run build:clouds` writes it. */
export const CLOUD_CONSOLES = join(ROOT, 'dist', 'cloud-consoles');
