// Lint: typescript-eslint's recommended rules, plus the bans that keep injected
// UI safe on Google pages (Trusted Types): no HTML strings into the DOM from src/.
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
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
);
