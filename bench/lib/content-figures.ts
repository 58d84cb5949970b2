/**
 * The content script's own figures: its size as shipped, how long it takes
 * at document_start, and how long a tab takes to load a 5,000-rule policy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import type { LaunchedBrowser } from '../../scripts/lib/browsers';
import { CHROME_BUILD, ROOT } from '../../scripts/lib/paths';
import { bundleContentScript } from '../../src/build/content-bundle';
import { EMPTY_POLICY, type Policy } from '../../src/core/policy/types';
import '../../src/core/patterns/re2'; // publishes as the background does: regex rules with their RE2 programs
import { storage } from '../../src/platform/storage';
import type { PolicyLoadTiming } from './policy-load-entry';
import { CONSOLE, waitForMarkers } from './browsers';
import { realisticRules, rng } from './rule-sets';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;
const gzipBytes = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

// ---------------------------------------------------------------- size

const VALIDATOR = /node_modules\/valibot\/|src\/core\/policy\/(parse|managed|sync-state)\.ts$|src\/core\/(rules|settings)\.ts$|src\/platform\/checked-policy\.ts$/;

export async function contentScriptSize() {
  const shipped = readFileSync(join(CHROME_BUILD, 'src', 'content', 'main.iife.js'));
  const [plain, minified] = await Promise.all([bundleContentScript(), bundleContentScript({ minify: true })]);
  const validators = plain.modules.filter((module) => VALIDATOR.test(module));
  return {
    figure: 'content_script_gzip_bytes',
    browser: 'node',
    value: gzipBytes(shipped),
    goal: 'no validator in the bundle',
    pass: validators.length === 0,
    file: 'dist/chrome/src/content/main.iife.js',
    bytes: shipped.length,
    gzip_bytes: gzipBytes(shipped),
    minified_gzip_bytes: gzipBytes(minified.code),
    minified_note: 'the build ships it unminified (readable for store review); the same bundle minified, for comparison',
    validator_modules: validators,
    modules: plain.modules.length,
    largest_modules: plain.moduleBytes.slice(0, 8).map(({ module, bytes }) => ({ module, bytes })),
    method: 'gzip -9 of the built content script; minified: the same entry bundled by Vite with minify on; modules from the bundle',
  };
}

// ---------------------------------------------------------------- start-up

const STARTUP_LOADS = 15;
const PROD = 'acme-prod-1';

/** Chromium: the content script's EvaluateScript (compile and run, synchronously at document_start) from a trace, thread time. */
async function tracedStartupMs(page: Page, cdp: CDPSession, url: string): Promise<number | null> {
  type TraceEvent = { name: string; ph: string; dur?: number; tdur?: number; args?: { data?: { url?: string } } };
  const events: TraceEvent[] = [];
  const collect = (event: { value: object[] }) => events.push(...(event.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await page.goto(url);
  await waitForMarkers(page, 'PROD', true);
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  const evaluate = events.find((e) => e.name === 'EvaluateScript' && e.ph === 'X' && String(e.args?.data?.url ?? '').endsWith('/src/content/main.iife.js'));
  return evaluate ? (evaluate.tdur ?? evaluate.dur ?? 0) / 1000 : null;
}

/** How late the page's first script runs after the response started: content scripts at document_start run before it. */
async function firstScriptDelayMs(page: Page, url: string): Promise<{ delayMs: number; bannerPresent: boolean }> {
  await page.goto(url);
  const probe = await page.evaluate(() => (window as unknown as { __startup: { firstScriptMs: number; responseStartMs: number | null; bannerPresent: boolean } }).__startup);
  return { delayMs: probe.firstScriptMs - (probe.responseStartMs ?? 0), bannerPresent: probe.bannerPresent };
}

export async function startupFigure(kind: 'chromium' | 'firefox', withExt: LaunchedBrowser, bare: LaunchedBrowser) {
  const pages = { with: await withExt.context.newPage(), bare: await bare.context.newPage() };
  const url = (n: number) => `${CONSOLE}/bench/startup.html?project=${PROD}&n=${n}`;
  const delays: { with: number[]; bare: number[] } = { with: [], bare: [] };
  let bannerBeforeFirstScript = 0;
  for (let i = 0; i < STARTUP_LOADS; i++) {
    for (const side of i % 2 ? (['bare', 'with'] as const) : (['with', 'bare'] as const)) {
      const { delayMs, bannerPresent } = await firstScriptDelayMs(pages[side], url(i));
      delays[side].push(delayMs);
      if (side === 'with' && bannerPresent) bannerBeforeFirstScript++;
    }
  }
  const delta = median(delays.with) - median(delays.bare);

  let traced: number[] = [];
  if (kind === 'chromium') {
    const page = await withExt.context.newPage();
    const cdp = await withExt.context.newCDPSession(page);
    for (let i = 0; i < STARTUP_LOADS; i++) {
      const ms = await tracedStartupMs(page, cdp, url(100 + i));
      if (ms !== null) traced.push(ms);
    }
    await cdp.detach().catch(() => undefined);
    await page.close();
    if (traced.length === 0) traced = [];
  }
  await pages.with.close();
  await pages.bare.close();

  const value = kind === 'chromium' && traced.length > 0 ? median(traced) : delta;
  return {
    figure: 'content_script_startup_ms',
    browser: kind,
    value: round(value, 2),
    goal: 'informational',
    pass: true,
    project: PROD,
    loads: STARTUP_LOADS,
    ...(kind === 'chromium'
      ? { traced_evaluate_script_ms: { median: round(median(traced), 2), min: round(Math.min(...traced), 2), max: round(Math.max(...traced), 2), runs: traced.length } }
      : {}),
    first_script_delay_ms: { with_extension: round(median(delays.with), 2), without: round(median(delays.bare), 2), difference: round(delta, 2) },
    banner_present_at_first_page_script: `${bannerBeforeFirstScript}/${STARTUP_LOADS}`,
    method:
      kind === 'chromium'
        ? "production page; value: the content script's EvaluateScript trace event (compile + synchronous run at document_start, thread time), median of fresh loads. Also: how much later the page's first inline script runs after responseStart with the extension than without (interleaved loads, medians)"
        : "production page; no trace in Firefox: how much later the page's first inline script (first in <head>) runs after responseStart with the extension than without (interleaved loads, medians); content scripts at document_start run before it",
  };
}

// ---------------------------------------------------------------- policy load

const POLICY_RULES = 5000;
const POLICY_LOADS = 10;

async function policyLoadScript(): Promise<string> {
  const result = (await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    publicDir: false,
    build: { write: false, minify: false, target: 'es2022', lib: { entry: join(ROOT, 'bench', 'lib', 'policy-load-entry.ts'), formats: ['iife'], name: 'policyLoad', fileName: () => 'policy-load.js' } },
  })) as Rolldown.RolldownOutput[];
  return (result[0]!.output[0] as Rolldown.OutputChunk).code;
}

/** A team policy of 5,000 rules (60 % exact IDs, 30 % globs, 10 % regexes), as the background publishes it. */
function publishedPolicy(): { stored: unknown; hit: string; miss: string } {
  const { rules } = realisticRules(POLICY_RULES, rng(7));
  const team: Policy = { ...structuredClone(EMPTY_POLICY), rules };
  const stored = JSON.parse(JSON.stringify(storage.policyForTabs.write({ sources: { managed: null, team, personal: null }, problems: [] })));
  return { stored, hit: 'team-42-payments-prod', miss: 'unrelated-web-7-sandbox' };
}

type PageApi = { __clusterGuardPolicyLoad(value: unknown, projectId: string): PolicyLoadTiming; __clusterGuardStart(projectId: string): void };

/** One fresh page: start as the content script does, then load `stored` and classify `projectId`. */
async function loadInFreshPage(session: LaunchedBrowser, script: string, stored: unknown, projectId: string, n: number): Promise<PolicyLoadTiming> {
  const page = await session.context.newPage();
  try {
    await page.goto(`${CONSOLE}/bench/blank.html?n=${n}`);
    await page.addScriptTag({ content: script });
    return await page.evaluate(
      ([value, id]) => {
        const api = globalThis as unknown as PageApi;
        api.__clusterGuardStart(id);
        return api.__clusterGuardPolicyLoad(value, id);
      },
      [stored, projectId] as const,
    );
  } finally {
    await page.close();
  }
}

export async function policyLoadFigure(kind: 'chromium' | 'firefox', session: LaunchedBrowser) {
  const script = await policyLoadScript();
  const { stored, hit, miss } = publishedPolicy();
  const empty = JSON.parse(JSON.stringify(storage.policyForTabs.write({ sources: { managed: null, team: { ...structuredClone(EMPTY_POLICY) }, personal: null }, problems: [] })));
  const runs: { miss: PolicyLoadTiming; hit: PolicyLoadTiming; empty: PolicyLoadTiming }[] = [];
  for (let i = 0; i < POLICY_LOADS; i++) {
    // Fresh pages: code as cold as in a new tab (each run starts as the content script does).
    runs.push({
      miss: await loadInFreshPage(session, script, stored, miss, i),
      hit: await loadInFreshPage(session, script, stored, hit, 100 + i),
      empty: await loadInFreshPage(session, script, empty, miss, 200 + i),
    });
  }
  const first = runs[0]!;
  if (first.miss.rules !== POLICY_RULES) throw new Error(`the page read ${first.miss.rules} rules, not ${POLICY_RULES}`);
  if (first.hit.environment !== 'production' || first.miss.environment !== 'development') {
    throw new Error(`unexpected classification: hit ${first.hit.environment}, miss ${first.miss.environment}`);
  }
  const totals = (key: 'miss' | 'hit' | 'empty') => runs.map((run) => run[key].totalMs);
  const part = (key: keyof Pick<PolicyLoadTiming, 'readMs' | 'buildMs' | 'firstClassifyMs'>) => round(median(runs.map((run) => run.miss[key])), 3);
  const value = median(totals('miss'));
  return {
    figure: 'policy_load_ms_5000_rules',
    browser: kind,
    value: round(value, 3),
    goal: '< 1',
    pass: value < 1,
    rules: POLICY_RULES,
    loads: POLICY_LOADS,
    ms_per_load: totals('miss').map((ms) => round(ms, 3)),
    parts_ms: { read_leniently: part('readMs'), build_effective_policy: part('buildMs'), first_classify: part('firstClassifyMs') },
    project_a_team_rule_matches_ms: round(median(totals('hit')), 3),
    control_no_rules_ms: round(median(totals('empty')), 3),
    project: miss,
    load_average_1min: round(loadavg()[0]!, 2),
    method:
      "the content script's own modules (the tab policy's lenient reader, policyFrom, classify), bundled by Vite and run in a fresh console-URL page per load, after doing what the content script does at document_start (built-in-only policy, classify); a team policy of 5,000 rules (60 % exact, 30 % glob, 10 % regex) as the background publishes it (with its rule index), structured-cloned in as the background's message hands it over; value: median over loads of reading it, building the effective policy and classifying a project no team rule matches (the built-in rules decide). Control: the same with a team policy of no rules. the message itself (the browser's IPC and deserialisation) is not included",
  };
}
