import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CHROME_BUILD = join(ROOT, 'dist', 'chrome');
export const FIREFOX_BUILD = join(ROOT, 'dist', 'firefox');
export const VERSION: string = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')).version;
export const FIREFOX_XPI = join(ROOT, 'dist', `cluster-guard-firefox-${VERSION}.xpi`);
export const FIXTURES = join(ROOT, 'e2e', 'fixtures');
