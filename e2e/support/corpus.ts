/**
 * Drives the guard corpus (e2e/fixtures/corpus) in a real browser: builds the page runtime (with
 * @material/web) at test time, opens one console page per language and environment and keeps it for the
 * whole spec file, opens and closes dialogs in it through window.corpus, and performs the routes with
 * real input.
 */
import { expect, type BrowserContext, type Frame, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { buildSync } from 'esbuild';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusCase, Route } from '../fixtures/corpus';
import { CONSOLE } from './console';
import { clearSettings } from './extension-state';
import { FIXTURES } from './paths';
import { closablePages, test as sessionTest } from './test';
import { promptHost, typeName } from './prompt';

export { expect };

export const RUNTIME_PATH = '/__fixtures__/corpus/.build/runtime.js';
/** The guard's prompt is found as a user of assistive tech finds it. */
export const PROMPT_NAME = 'Type production to confirm';
/** How long a guard may take to show its prompt once a dialog is open. */
export const PROMPT_TIMEOUT = 4_000;

let built = false;
/** Bundles e2e/fixtures/corpus/runtime.ts (and @material/web) into the gitignored .build folder. */
export function buildCorpusRuntime(): void {
  if (built) return;
  const outDir = join(FIXTURES, 'corpus', '.build');
  mkdirSync(outDir, { recursive: true });
  const result = buildSync({
    entryPoints: [join(FIXTURES, 'corpus', 'runtime.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const file = join(outDir, 'runtime.js');
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, result.outputFiles[0]!.text);
  renameSync(tmp, file); // atomic: a page never loads half a bundle
  built = true;
}

export type Env = 'prod' | 'stg' | 'dev';
export const PROJECT: Record<Env, string> = { prod: 'acme-prod-123', stg: 'acme-stg-4', dev: 'acme-dev-7' };

/** A console URL as the real console writes it (authuser, hl, supportedpurview). */
export function consoleUrl(o: { env: Env; lang?: string; path?: string; origin?: string }): string {
  const params = new URLSearchParams({ project: PROJECT[o.env], authuser: '1' });
  if (o.lang) params.set('hl', o.lang);
  params.set('supportedpurview', 'project');
  return `${o.origin ?? CONSOLE}${o.path ?? '/kubernetes/list/overview'}?${params}`;
}

/** Loads the corpus runtime into a page or frame showing a console URL. */
export async function loadRuntime(target: Page | Frame): Promise<void> {
  buildCorpusRuntime();
  const origin = new URL(target.url()).origin;
  await target.addScriptTag({ url: `${origin}${RUNTIME_PATH}` });
  await target.waitForFunction(() => Boolean((window as any).corpus));
}

export async function openCorpusPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await loadRuntime(page);
  return page;
}

/** window.corpus of a page or frame. */
export class CorpusDriver {
  constructor(readonly target: Page | Frame) {}
  open(c: CorpusCase, options: { parent?: number } = {}): Promise<number> {
    return this.target.evaluate(([c, o]) => (window as any).corpus.open(c, o), [c, options] as const);
  }
  records(): Promise<{ confirmations: { id: string; via: string }[]; cancellations: { id: string; via: string }[] }> {
    return this.target.evaluate(() => (window as any).corpus.records());
  }
  reset(): Promise<void> {
    return this.target.evaluate(() => (window as any).corpus.reset());
  }
  /** Calls one of window.corpus's handle operations (hide, show, detach, reattach, nativeClose, …). */
  call(method: string, ...args: unknown[]): Promise<unknown> {
    return this.target.evaluate(([m, a]) => (window as any).corpus[m as string](...(a as unknown[])), [method, args] as const);
  }
  isOpen(handle: number): Promise<boolean> {
    return this.target.evaluate((h) => (window as any).corpus.isOpen(h), handle);
  }
  /** Waits two animation frames: lets a guard's per-frame work and any async console handler run. */
  settle(): Promise<void> {
    return this.target.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  }
}

export interface Parts {
  root: Locator;
  confirm: Locator;
  cancel: Locator | null;
  close: Locator | null;
  body: Locator;
  consoleInput: Locator | null;
  prompt: Locator;
}

/** The parts of a case's dialog under `base` (Playwright's CSS pierces open shadow roots). */
export function partsOf(base: Page | Frame | FrameLocator | Locator, c: CorpusCase, promptScope: Page | Frame | FrameLocator | Locator = base): Parts {
  const root = base.locator(c.selectors.root);
  const inRoot = (selector: string | null) => (selector ? root.locator(selector) : null);
  return {
    root,
    confirm: inRoot(c.selectors.confirm)!,
    cancel: inRoot(c.selectors.cancel),
    close: inRoot(c.selectors.close),
    body: inRoot(c.selectors.body)!,
    consoleInput: inRoot(c.selectors.consoleInput),
    prompt: promptHost(promptScope),
  };
}

/** The console's own "type the name" field holds what it wants, so that only the guard can stop the action. */
export async function satisfyConsole(parts: Parts, c: CorpusCase): Promise<void> {
  if (parts.consoleInput && c.requiredConsoleText !== null) await parts.consoleInput.fill(c.requiredConsoleText);
}

/**
 * One route with real input. While locked, clicks are forced (no waiting for the button to look enabled:
 * a guard may mark it disabled) and focus may not land where asked; both are fine, only the console's
 * records decide.
 */
export async function performRoute(page: Page, parts: Parts, route: Route, locked: boolean): Promise<void> {
  switch (route) {
    case 'click':
      await parts.confirm.click(locked ? { force: true, timeout: 4_000 } : { timeout: 4_000 });
      return;
    case 'enter-dialog':
      await parts.body.focus({ timeout: 4_000 });
      await page.keyboard.press('Enter');
      return;
    case 'space':
      await parts.confirm.focus({ timeout: 4_000 });
      await page.keyboard.press('Space');
      return;
    case 'enter-input':
      await parts.consoleInput!.focus({ timeout: 4_000 });
      await page.keyboard.press('Enter');
      return;
  }
}

/** How the console reports a confirmation reached by each route, per the case's form. */
export function expectedVia(c: CorpusCase, route: Route): string[] {
  if (route === 'enter-dialog') return ['enter'];
  if (c.form === 'dialog') return ['close'];
  if (c.form === 'submit') return ['submit'];
  return ['click'];
}

/** Types the environment's name into the guard's prompt with real keystrokes. */
export { typeName };

/**
 * One console page per (language, environment, host), kept for the whole spec file: tests open and close
 * dialogs in it instead of loading a page per case.
 */
export class CorpusPages {
  private readonly pages = new Map<string, Page>();
  private front: Page | null = null;
  constructor(private readonly context: BrowserContext) {}
  async get(o: { env: Env; lang?: string; path?: string; origin?: string }): Promise<{ page: Page; corpus: CorpusDriver }> {
    const url = consoleUrl(o);
    let page = this.pages.get(url);
    if (!page || page.isClosed()) {
      page = await openCorpusPage(this.context, url);
      this.pages.set(url, page);
    }
    // A person works in the tab in front: Firefox does not activate a button on Space in a background tab.
    if (this.front !== page) {
      await page.bringToFront();
      this.front = page;
    }
    const corpus = new CorpusDriver(page);
    await corpus.reset();
    return { page, corpus };
  }
  owns(page: Page): boolean {
    return [...this.pages.values()].includes(page);
  }
  async closeAll(): Promise<void> {
    for (const page of this.pages.values()) await page.close().catch(() => undefined);
    this.pages.clear();
  }
}

/**
 * The corpus specs' `test`: the shared browser session; pages kept across tests (the session's `pages`
 * fixture closes every page after each test; here only the pages a test opened outside CorpusPages go);
 * default settings (no personal rules) before the first page loads. Each spec file closes its kept pages
 * in afterAll so that they do not linger as other tabs while other spec files run.
 */
export const test = sessionTest.extend<{ pages: void }, { corpusPages: CorpusPages }>({
  // An override without options keeps the base fixture's (auto).
  pages: async ({ session, corpusPages }, use) => {
    await use();
    for (const page of closablePages(session)) if (!corpusPages.owns(page)) await page.close().catch(() => undefined);
  },
  corpusPages: [
    async ({ session }, use) => {
      buildCorpusRuntime();
      await clearSettings(session);
      const pages = new CorpusPages(session.context);
      await use(pages);
      await pages.closeAll();
    },
    { scope: 'worker' },
  ],
});
