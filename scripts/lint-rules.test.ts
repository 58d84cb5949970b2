// Proves the lint rules of eslint.config.js really fire (a rule that never fires protects nothing).
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

// The first lint loads the whole config and its plugins (7 s on a busy 2-core machine): once, outside any test's time.
beforeAll(() => eslint.lintText('', { filePath: 'src/content/example.ts' }), 60_000);

async function messagesFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.message);
}

describe('lint bans HTML strings in injected code', () => {
  it.each([
    ['innerHTML', 'document.body.innerHTML = "<b>x</b>";'],
    ['outerHTML', 'document.body.outerHTML = "<b>x</b>";'],
    ['insertAdjacentHTML', 'document.body.insertAdjacentHTML("beforeend", "<b>x</b>");'],
    ['document.write', 'document.write("<b>x</b>");'],
  ])('%s is an error in src/', async (name, code) => {
    const messages = await messagesFor(code, 'src/content/example.ts');
    expect(messages.some((m) => m.includes(name))).toBe(true);
  });

  it('DOM calls are fine', async () => {
    const messages = await messagesFor('const el = document.createElement("b"); el.textContent = "x"; document.body.append(el);\n', 'src/content/example.ts');
    expect(messages).toEqual([]);
  });
});

/** The rules of one kind that fire for `code` as if it were in `filePath`. */
async function firing(code: string, filePath: string, rule: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === rule).map((m) => m.message);
}

describe('lint keeps src/core pure', () => {
  it.each([
    ["import browser from 'webextension-polyfill';\nexport const id = browser.runtime.id;\n"],
    ["import { storage } from '../platform/storage';\nexport const s = storage;\n"],
    ["import { storage } from '../../platform/storage';\nexport const s = storage;\n"],
    ["import { dialogGuard } from '../content/guard/dialog-guard';\nexport const g = dialogGuard;\n"],
    ["import { h } from 'preact';\nexport const x = h;\n"],
  ])('refuses %s', async (code) => {
    const messages = await firing(code, 'src/core/policy/example.ts', 'no-restricted-imports');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/src\/core is pure|Contexts never import each other/);
  });

  it.each(['chrome.runtime.id', 'browser.runtime.id', 'document.title', 'window.name', 'location.href', 'navigator.language'])('refuses the browser global in %s', async (expression) => {
    expect(await firing(`export const x = ${expression};\n`, 'src/core/example.ts', 'no-restricted-globals')).toEqual([expect.stringContaining('src/core is pure')]);
  });

  it('allows core importing core', async () => {
    const [result] = await eslint.lintText("import { isRecord } from './is-record';\nexport const f = isRecord;\n", { filePath: 'src/core/example.ts' });
    expect(result!.messages).toEqual([]);
  });
});

describe('lint keeps contexts apart', () => {
  it.each([
    ['src/content/example.ts', "import { recordAudit } from '../background/audit-store';"],
    ['src/content/guard/example.ts', "import { App } from '../../options/App';"],
    ['src/background/example.ts', "import { reportTabState } from '../content/tab-reporter';"],
    ['src/background/example.ts', "import { App } from '../options/App';"],
    ['src/options/example.ts', "import { recordAudit } from '../background/audit-store';"],
    ['src/options/components/example.tsx', "import { reportTabState } from '../../content/tab-reporter';"],
    ['src/platform/example.ts', "import { recordAudit } from '../background/audit-store';"],
    ['src/popup/example.tsx', "import { App } from '../options/App';"],
    ['src/options/example.ts', "import { Popup } from '../popup/Popup';"],
  ])('%s: %s', async (filePath, line) => {
    expect(await firing(`${line}\nexport const x = 1;\n`, filePath, 'no-restricted-imports')).toEqual([expect.stringContaining('Contexts never import each other')]);
  });

  it.each([
    "import { parsePolicyText } from '../core/policy/parse';",
    "import { checkPattern } from '../../core/rules';",
    "import { compileRules } from '../core/rules';",
    "import { readSettings } from '../core/settings';",
    "import { readCheckedPolicy } from '../platform/checked-policy';",
    "import * as v from 'valibot';",
    "import { RE2JS } from 're2js';",
    "import { compileRegex } from '../../core/patterns/re2';",
  ])('content scripts import no validator: %s', async (line) => {
    expect(await firing(`${line}\nexport const x = 1;\n`, 'src/content/guard/example.ts', 'no-restricted-imports')).toEqual([expect.stringContaining('Content scripts carry no validator')]);
  });

  it('allows what each context needs', async () => {
    for (const [filePath, line] of [
      ['src/content/example.ts', "import { loadPolicy } from '../platform/policy-in-tab';"],
      ['src/content/example.ts', "import { indexRules } from '../core/rule-index';"],
      ['src/background/example.ts', "import { readCheckedPolicy } from '../platform/checked-policy';"],
      ['src/options/example.ts', "import { parsePolicyText } from '../core/policy/parse';"],
      ['src/popup/example.tsx', "import { formatTime } from '../platform/words';"],
    ]) {
      expect(await firing(`${line}\nexport const x = 1;\n`, filePath!, 'no-restricted-imports'), `${filePath}: ${line}`).toEqual([]);
    }
  });
});

describe('lint keeps one owner for storage and messages', () => {
  it.each([
    ['src/background/example.ts', "import browser from 'webextension-polyfill';\nexport const get = () => browser.storage.local.get('settings');\n"],
    ['src/options/example.ts', "export const get = () => chrome.storage.local.get('settings');\n"],
    ['src/platform/example.ts', "import { extensionApi } from './extension-api';\nexport const get = () => extensionApi().storage.session.get('x');\n"],
  ])('%s reaches storage only through platform/storage', async (filePath, code) => {
    expect(await firing(code, filePath, 'no-restricted-syntax')).toEqual([expect.stringContaining('src/platform/storage.ts')]);
  });

  it.each([
    ['src/content/example.ts', "export const ping = () => chrome.runtime.sendMessage({ type: 'audit' });\n"],
    ['src/options/example.ts', "import browser from 'webextension-polyfill';\nexport const ping = () => browser.runtime.sendMessage({ type: 'team-policy-sync' });\n"],
  ])('%s sends messages only with send()', async (filePath, code) => {
    expect(await firing(code, filePath, 'no-restricted-syntax')).toEqual([expect.stringContaining('src/platform/messages.ts')]);
  });

  it('key names are for tests, not extension code', async () => {
    expect(await firing("import { LOCAL_KEYS } from '../platform/storage-keys';\nexport const k = LOCAL_KEYS;\n", 'src/background/example.ts', 'no-restricted-imports')).toEqual([
      expect.stringContaining('Key names are for end-to-end tests'),
    ]);
  });

  it('the owners themselves may', async () => {
    const [storageModule] = await eslint.lintText("import { extensionApi } from './extension-api';\nexport const get = () => extensionApi().storage.local.get('x');\n", { filePath: 'src/platform/storage.ts' });
    expect(storageModule!.messages.filter((m) => m.ruleId === 'no-restricted-syntax')).toEqual([]);
    const [messagesModule] = await eslint.lintText("import { extensionApi } from './extension-api';\nexport const ping = () => extensionApi().runtime.sendMessage({});\n", { filePath: 'src/platform/messages.ts' });
    expect(messagesModule!.messages.filter((m) => m.ruleId === 'no-restricted-syntax')).toEqual([]);
  });
});

describe('lint keeps the layers one-way', () => {
  it.each([
    ['src/consoles/gcp/example.ts', "import { PRODUCTION } from '../../core/environments';"],
    ['src/consoles/example.ts', "import { buildEffectivePolicy } from '../core/policy/effective';"],
    ['src/consoles/page-scope.ts', "import { PRODUCTION } from '../core/environments';"],
  ])('src/consoles never imports src/core: %s', async (filePath, line) => {
    expect(await firing(`${line}\nexport const x = 1;\n`, filePath, 'no-restricted-imports')).toEqual([expect.stringContaining('src/consoles sits below src/core')]);
  });

  it.each([
    ['scripts/lib/example.ts', "import { FX } from '../../e2e/support/clouds';"],
    ['scripts/example.ts', "import { launch } from '../e2e/support/launch';"],
    ['bench/lib/example.mjs', "import { launch } from '../../e2e/support/launch';"],
  ])('tools never import tests: %s', async (filePath, line) => {
    expect(await firing(`${line}\nexport const x = 1;\n`, filePath, 'no-restricted-imports')).toEqual([expect.stringContaining('Tools never import tests')]);
  });

  it('allows core reading consoles, and tools their own library', async () => {
    for (const [filePath, line] of [
      ['src/core/example.ts', "import { readConsoleUrl } from '../consoles/urls';"],
      ['scripts/lib/example.ts', "import { FX } from './cloud-fixture-url';"],
      ['e2e/example.spec.ts', "import { FX } from '../scripts/lib/cloud-fixture-url';"],
    ]) {
      expect(await firing(`${line}\nexport const x = 1;\n`, filePath!, 'no-restricted-imports'), `${filePath}: ${line}`).toEqual([]);
    }
  });
});
