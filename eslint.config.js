// Lint: typescript-eslint's recommended rules, plus the rules that keep the house:
//  - no HTML strings into the DOM from src/ (injected UI on Google pages must pass Trusted Types);
//  - src/core is pure: no browser API, no polyfill, no import from a context or platform;
//  - contexts (content, background, options, popup) never import each other, and content scripts
//    never import a validator (they read policies the background checked);
//  - storage is reached only through src/platform/storage, messages only through src/platform/messages;
//  - src/consoles (what each console's URL and page say) sits below src/core: core reads consoles, never the reverse;
//  - tools (scripts/, bin/, bench/) never import tests (e2e/): what both need lives in scripts/lib.
// scripts/lint-rules.test.ts proves each rule fires.
import tseslint from 'typescript-eslint';

const HTML_SINKS = [
  { selector: "MemberExpression[property.name='innerHTML']", message: 'innerHTML is banned in src/: build nodes with createElement/textContent (Trusted Types).' },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'outerHTML is banned in src/: build nodes with createElement/textContent (Trusted Types).' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'insertAdjacentHTML is banned in src/ (Trusted Types).' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: 'document.write is banned in src/.' },
  { selector: "CallExpression[callee.property.name='createContextualFragment']", message: 'createContextualFragment is banned in src/ (Trusted Types).' },
  { selector: "CallExpression[callee.property.name='setHTMLUnsafe']", message: 'setHTMLUnsafe is banned in src/ (Trusted Types).' },
  { selector: "CallExpression[callee.property.name='parseFromString']", message: 'DOMParser.parseFromString is banned in src/ (Trusted Types).' },
];

const STORAGE_ACCESS = {
  selector: "MemberExpression[property.name='storage']",
  message: 'Storage is reached only through the items of src/platform/storage.ts (one owner per key).',
};
const MESSAGE_SENDING = {
  selector: "MemberExpression[property.name='sendMessage']",
  message: 'Messages are sent only with `send` from src/platform/messages.ts (typed by its message map).',
};

const context = (name) => ({ group: [`**/${name}/**`, `../${name}/*`, `../../${name}/*`], message: `Contexts never import each other: src/${name} is another context.` });
const PLATFORM = { group: ['**/platform/**', '../platform/*', '../../platform/*'], message: 'src/core is pure: no browser glue (src/platform).' };
const CORE = { group: ['**/core/**', '../core/*', '../../core/*', '../../../core/*'], message: 'src/consoles sits below src/core: core imports consoles, never the reverse.' };
const E2E = { group: ['**/e2e/**', '../e2e/*', '../../e2e/*'], message: 'Tools never import tests: put what scripts and e2e share in scripts/lib.' };
const STORAGE_KEY_NAMES = { group: ['**/platform/storage-keys'], message: 'Key names are for end-to-end tests; extension code uses the items of src/platform/storage.' };
const VALIDATORS = {
  group: [
    'valibot',
    '**/core/policy/parse',
    '**/core/policy/managed',
    '**/core/policy/sync-state',
    '**/core/rules',
    '**/core/settings',
    '**/platform/checked-policy',
    're2js',
    '**/core/patterns/re2',
  ],
  message: 'Content scripts carry no validator and no RE2: they read what the background checked and compiled (src/platform/policy-in-tab).',
};
const BROWSER_APIS = {
  group: ['webextension-polyfill', '@wxt-dev/*', '@webext-core/*', 'preact', 'preact/*'],
  message: 'src/core is pure: no browser API, polyfill or UI library.',
};

const BROWSER_GLOBALS = ['chrome', 'browser', 'window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest', 'self'].map(
  (name) => ({ name, message: `src/core is pure: no browser global (${name}); take what is needed as a parameter.` }),
);

const restrictImports = (...patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'e2e/fixtures/**', 'bench/pages/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', ...HTML_SINKS],
      'no-restricted-properties': ['error', { object: 'document', property: 'write' }, { object: 'document', property: 'writeln' }],
      'no-restricted-imports': restrictImports(STORAGE_KEY_NAMES),
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  // Extension code reaches storage and messages through their one owner each.
  {
    files: ['src/{content,background,options,popup,platform}/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...HTML_SINKS, STORAGE_ACCESS, MESSAGE_SENDING] },
  },
  { files: ['src/platform/storage.ts', 'src/background/storage-integrity.ts', 'src/background/storage-access.ts'], rules: { 'no-restricted-syntax': ['error', ...HTML_SINKS, MESSAGE_SENDING] } },
  { files: ['src/platform/messages.ts'], rules: { 'no-restricted-syntax': ['error', ...HTML_SINKS, STORAGE_ACCESS] } },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrictImports(BROWSER_APIS, PLATFORM, context('content'), context('background'), context('options'), context('popup')),
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
    },
  },
  {
    // src/consoles: each console's URL and scope logic is pure like core (core uses it) and imports
    // nothing of core; only the page readers (page.ts, page-scope.ts) touch the DOM, for the content script.
    files: ['src/consoles/**/*.ts'],
    ignores: ['src/consoles/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrictImports(CORE, BROWSER_APIS, PLATFORM, context('content'), context('background'), context('options'), context('popup')),
    },
  },
  {
    files: ['src/consoles/**/*.ts'],
    ignores: ['src/consoles/**/*.test.ts', 'src/consoles/**/page.ts', 'src/consoles/page-scope.ts'],
    rules: { 'no-restricted-globals': ['error', ...BROWSER_GLOBALS] },
  },
  {
    files: ['scripts/**/*.{ts,mjs,js}', 'bin/**/*.{ts,mjs,js}', 'bench/**/*.{ts,mjs,js}'],
    rules: { 'no-restricted-imports': restrictImports(E2E) },
  },
  {
    files: ['src/content/**/*.ts'],
    ignores: ['src/content/**/*.test.ts'],
    rules: { 'no-restricted-imports': restrictImports(STORAGE_KEY_NAMES, VALIDATORS, context('background'), context('options'), context('popup')) },
  },
  {
    files: ['src/background/**/*.ts'],
    ignores: ['src/background/**/*.test.ts'],
    rules: { 'no-restricted-imports': restrictImports(STORAGE_KEY_NAMES, context('content'), context('options'), context('popup')) },
  },
  {
    files: ['src/options/**/*.{ts,tsx}'],
    ignores: ['src/options/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrictImports(STORAGE_KEY_NAMES, context('content'), context('background'), context('popup')) },
  },
  {
    files: ['src/popup/**/*.{ts,tsx}'],
    ignores: ['src/popup/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrictImports(STORAGE_KEY_NAMES, VALIDATORS, context('content'), context('background'), context('options')) },
  },
  {
    files: ['src/platform/**/*.ts'],
    ignores: ['src/platform/**/*.test.ts', 'src/platform/storage-keys.ts'],
    rules: { 'no-restricted-imports': restrictImports(STORAGE_KEY_NAMES, context('content'), context('background'), context('options'), context('popup')) },
  },
);
