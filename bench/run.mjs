/**
 * Cluster Guard benchmark: `npm run bench` (builds first) or `npx tsx bench/run.mjs`
 * after `npm run build`. Prints ONE JSON line per figure to stdout and
 * nothing else (diagnostics go to stderr). See bench/README.md.
 *
 * Every speed figure is a RATIO against the same browser launched WITHOUT the
 * extension (same flags), measured in the same run with the repetitions
 * interleaved; the median ratio and the spread are reported.
 *
 * Options (env): BENCH_BROWSERS=chromium,firefox  BENCH_STORM_PAIRS=3  BENCH_ONLY=storm,click
 *   BENCH_STORM_NODES_PER_SECOND=40000
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { CONSOLE, launch, waitForMarkers } from './lib/browsers.ts';
import { SITE_ORIGIN } from './lib/site-access.ts';
import { busiest, firefoxContentProcesses, snapshot } from './lib/proc.mjs';
import { ruleMatchFigures } from './lib/rules-bench.mjs';
import { contentScriptSize, policyLoadFigure, startupFigure } from './lib/content-figures.ts';
import { fuzzFigures, hostileFileFigures } from './lib/fuzz-figures.ts';
import { buildProfiled, OBSERVER_PROFILE_ATTRIBUTE } from './lib/profile-build.ts';

// stdout carries our JSON lines only: anything else that writes there goes to stderr.
const stdoutWrite = process.stdout.write.bind(process.stdout);
process.stdout.write = process.stderr.write.bind(process.stderr);
const emit = (line) => stdoutWrite(JSON.stringify(line) + '\n');
const log = (...args) => console.error('[bench]', ...args);

const BROWSERS = (process.env.BENCH_BROWSERS ?? 'chromium,firefox').split(',').map((s) => s.trim()).filter(Boolean);
// BENCH_BROWSERS= (empty) runs only the browser-free figures.
for (const kind of BROWSERS) {
  if (kind !== 'chromium' && kind !== 'firefox') throw new Error(`BENCH_BROWSERS: unknown browser "${kind}" (use chromium, firefox, or leave it empty)`);
}
const STORM_PAIRS = Number(process.env.BENCH_STORM_PAIRS ?? 3);
// BENCH_ONLY=storm,click runs only those groups (node, startup, policy, paint, spa, click, storm); unset: all.
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((s) => s.trim())) : null;
const wanted = (group) => !ONLY || ONLY.has(group);
const STORM_MS = 5000;
const STORM_NODES_PER_SECOND = Number(process.env.BENCH_STORM_NODES_PER_SECOND ?? 40000);
const PAINT_LOADS = 20;
const PAINT_CONTROL_LOADS = 10; // without the extension, interleaved with the first loads
const NAV_REPEATS = 30;
const CLICK_RUNS = 100;

const PROD = { project: 'acme-prod-1', label: 'PROD' };
const DEV = { project: 'acme-dev-1', label: 'DEV' };
/** A production site the person let the extension into (an Argo CD host; bench/lib/site-access). */
const SITE = { site: true, label: 'PROD' };

const median = (values) => {
  const sorted = values.filter((v) => v != null).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value, digits = 3) => (value == null ? null : Math.round(value * 10 ** digits) / 10 ** digits);
const spread = (values) => {
  const present = values.filter((v) => v != null);
  return present.length ? { min: round(Math.min(...present)), max: round(Math.max(...present)) } : null;
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let failures = 0;
async function figure(names, browser, fn) {
  const name = [names].flat().join('+');
  const t0 = performance.now();
  try {
    const lines = await fn();
    for (const line of [lines].flat()) emit(line);
  } catch (error) {
    failures++;
    log(`${name} (${browser}) crashed:`, error);
    for (const one of [names].flat()) emit({ figure: one, browser, value: null, pass: false, error: String(error?.message ?? error).split('\n')[0] });
  }
  log(`${name} (${browser}) took ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const url = (page, { project, site }, extra = '') => (site ? `${SITE_ORIGIN}/bench/${page}?site=1${extra}` : `${CONSOLE}/bench/${page}?project=${project}${extra}`);

// ---------------------------------------------------------------- (a)

async function bannerBeforeFirstPaint(kind, withExt, bare) {
  const pages = { with: await withExt.context.newPage(), bare: await bare.context.newPage() };
  const loads = { with: [], bare: [] };
  for (let i = 0; i < PAINT_LOADS; i++) {
    // Interleaved, alternating which goes first, so the FCP ratio sees the same machine load.
    const sides = i < PAINT_CONTROL_LOADS ? (i % 2 ? ['bare', 'with'] : ['with', 'bare']) : ['with'];
    for (const side of sides) {
      const page = pages[side];
      await page.goto(url('paint.html', PROD, `&authuser=1&n=${i}`));
      await page.waitForFunction(() => window.__paint && window.__paint.done, null, { timeout: 10_000 });
      loads[side].push(await page.evaluate(() => window.__paint));
    }
  }
  await pages.with.close();
  await pages.bare.close();

  const hasFirstPaint = loads.with.some((l) => l.firstPaint != null);
  const hasFcp = loads.with.some((l) => l.firstContentfulPaint != null);
  const paintOf = (l) => (hasFirstPaint ? l.firstPaint : l.firstContentfulPaint);
  const ok = (l) =>
    l.rafLabel === PROD.label && l.bannerSeenAt != null && (hasFirstPaint || hasFcp ? paintOf(l) != null && l.bannerSeenAt <= paintOf(l) : true);
  const count = loads.with.filter(ok).length;
  const fcpRatios = loads.bare.map((b, i) =>
    loads.with[i].firstContentfulPaint != null && b.firstContentfulPaint ? loads.with[i].firstContentfulPaint / b.firstContentfulPaint : null,
  );
  const method = hasFirstPaint
    ? "inline script first in <head> checks for the banner synchronously (MutationObserver timestamp otherwise) and in the first requestAnimationFrame callback (runs before the first paint); PerformanceObserver 'paint' first-paint: banner must be present in the first rAF AND its timestamp <= first-paint startTime"
    : hasFcp
      ? "no 'first-paint' entry in this browser: inline script first in <head> checks for the banner synchronously and in the first requestAnimationFrame callback (runs before the first paint, the primary test); also banner timestamp <= 'first-contentful-paint' startTime"
      : 'no paint timing in this browser: inline script first in <head> checks the banner synchronously and in the first requestAnimationFrame callback (which runs before the first paint)';
  return {
    figure: 'banner_before_first_paint',
    browser: kind,
    value: count === PAINT_LOADS,
    goal: true,
    pass: count === PAINT_LOADS,
    loads: PAINT_LOADS,
    present_before_first_paint: count,
    present_at_first_script: loads.with.filter((l) => l.syncLabel === PROD.label).length,
    present_in_first_raf: loads.with.filter((l) => l.rafLabel === PROD.label).length,
    paint_entry_used: hasFirstPaint ? 'first-paint' : hasFcp ? 'first-contentful-paint' : null,
    paint_entry_types_supported: loads.with[0]?.paintTimingSupported ?? [],
    method,
    project: PROD.project,
    control_without_extension: {
      loads: loads.bare.length,
      banner_in_first_raf: loads.bare.filter((l) => l.rafLabel != null).length,
      note: 'same probe, same browser without the extension: must be 0 (probe has no false positives)',
    },
    fcp_ratio_with_vs_without: {
      median: round(median(fcpRatios)),
      spread: spread(fcpRatios),
      pairs: fcpRatios.filter((r) => r != null).length,
      note: 'first-contentful-paint time with / without the extension, interleaved loads (informational)',
    },
  };
}

// ---------------------------------------------------------------- (b)

async function framesAfterPushState(kind, withExt) {
  const page = await withExt.context.newPage();
  await page.goto(url('spa.html', DEV));
  await waitForMarkers(page, DEV.label, true);
  await page.waitForFunction(() => document.title.startsWith('[DEV] '));
  const results = [];
  for (let i = 0; i < NAV_REPEATS; i++) {
    const target = i % 2 === 0 ? PROD : DEV;
    results.push({ to: target.label, ...(await page.evaluate(([p, l]) => window.__navigate(p, l, 120), [target.project, target.label])) });
  }
  await page.close();
  const frames = results.map((r) => r.frames);
  const missing = frames.filter((f) => f == null).length;
  const max = missing ? null : Math.max(...frames);
  return {
    figure: 'frames_to_update_after_pushState',
    browser: kind,
    value: max,
    goal: 0,
    pass: max === 0,
    median: median(frames),
    max,
    repeats: NAV_REPEATS,
    updated_synchronously_after_pushState: results.filter((r) => r.sync).length,
    never_updated_within_120_frames: missing,
    histogram: frames.reduce((acc, f) => ((acc[String(f)] = (acc[String(f)] ?? 0) + 1), acc), {}),
    method:
      "page on ?project=acme-dev-1 does history.pushState to ?project=acme-prod-1 (then back, alternating), rewrites document.title in a microtask like the console; checks banner label and '[LABEL] ' title prefix synchronously after pushState and in each rAF callback; frames = index of the first rAF callback that saw both, minus 1 (0 = correct before the next paint)",
  };
}

// ---------------------------------------------------------------- (e)

async function clickSameTask(kind, withExt, bare) {
  const run = async (session, env) => {
    const page = await session.context.newPage();
    await page.goto(url('dialog.html', env, '&authuser=1'));
    await waitForMarkers(page, env.label, session.withExtension);
    const result = await page.evaluate((n) => window.__clickRuns(n), CLICK_RUNS);
    await page.close();
    return result;
  };
  const prod = await run(withExt, PROD);
  const dev = await run(withExt, DEV);
  const control = await run(bare, PROD);
  return {
    figure: 'click_same_task_as_insertion_blocked',
    browser: kind,
    value: prod.blocked / prod.runs,
    goal: 1,
    pass: prod.blocked === prod.runs,
    blocked: prod.blocked,
    runs: prod.runs,
    project: PROD.project,
    method:
      'page script builds body > .cdk-overlay-container > .cdk-overlay-pane > mat-dialog-container[role=dialog] "Delete cluster" with DOM calls (container recreated every other run) and calls .click() on " Delete " in the same task; a click listener on the button records whether it ran',
    control_dev_project_blocked: `${dev.blocked}/${dev.runs}`,
    control_without_extension_blocked: `${control.blocked}/${control.runs}`,
    controls_note: 'dev project (no typed confirmation) and no extension: must both be 0 — the probe can see a click get through',
  };
}

// ---------------------------------------------------------------- (c)

/** One storm on a fresh page; returns main-thread busy ms for the window plus page-side stats. */
async function stormOnce(session, env, { profiled = false } = {}) {
  const page = await session.context.newPage();
  await page.goto(url('storm.html', env, '&authuser=1'));
  await waitForMarkers(page, env.label, session.withExtension);
  await sleep(300); // let load-time work settle
  const observerTotals = async () => JSON.parse((await page.evaluate((name) => document.documentElement.getAttribute(name), OBSERVER_PROFILE_ATTRIBUTE)) ?? 'null');
  const observersBefore = profiled ? await observerTotals() : null;
  let busyMs;
  let detail = {};
  if (session.kind === 'chromium') {
    const cdp = await session.context.newCDPSession(page);
    let timeDomain = 'threadTicks';
    try {
      await cdp.send('Performance.enable', { timeDomain });
    } catch {
      timeDomain = 'timeTicks';
      await cdp.send('Performance.enable');
    }
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const before = await metrics();
    const stats = await page.evaluate(([ms, nps]) => window.__storm(ms, nps), [STORM_MS, STORM_NODES_PER_SECOND]);
    const after = await metrics();
    const delta = (name) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
    busyMs = delta('TaskDuration');
    detail = { timeDomain, scriptMs: delta('ScriptDuration'), layoutMs: delta('LayoutDuration'), styleMs: delta('RecalcStyleDuration'), stats };
    await cdp.detach().catch(() => undefined);
  } else {
    const pids = firefoxContentProcesses(session.profile);
    const before = snapshot(pids);
    const stats = await page.evaluate(([ms, nps]) => window.__storm(ms, nps), [STORM_MS, STORM_NODES_PER_SECOND]);
    const after = snapshot(pids);
    const top = busiest(before, after);
    if (!top) throw new Error('no Firefox content process found to measure');
    busyMs = top.cpuMs;
    detail = { pid: top.pid, stats };
  }
  if (profiled) {
    await sleep(600); // the profiling build publishes its totals every 250 ms
    const after = await observerTotals();
    if (!observersBefore || !after) throw new Error('the profiling build published no observer totals: is dist/bench-profile current?');
    const delta = (now, before) => ({ ms: now.ms - (before?.ms ?? 0), calls: now.calls - (before?.calls ?? 0), records: now.records - (before?.records ?? 0) });
    detail.observers = delta(after, observersBefore);
    detail.observers.busiest = Object.entries(after.byObserver)
      .map(([name, tally]) => ({ name, ...delta(tally, observersBefore.byObserver[name]) }))
      .filter((tally) => tally.calls > 0)
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3)
      .map((tally) => ({ ...tally, ms: round(tally.ms, 1) }));
  }
  await page.close();
  if (detail.stats.batches !== detail.stats.expectedBatches) throw new Error(`storm did ${detail.stats.batches}/${detail.stats.expectedBatches} batches`);
  return { busyMs, ...detail };
}

/**
 * Chromium only, one extra run WITH the extension under CDP tracing: the
 * extension's own JavaScript (FunctionCall events whose script is
 * chrome-extension://...) as a share of the page's main-thread task time in
 * that same run. Low-noise (one run, no cross-run comparison) but partial:
 * it does not see rendering costs the extension causes. Tracing adds overhead
 * to both terms. Informational, next to the with/without ratio.
 */
async function extensionJsShare(session, env) {
  const page = await session.context.newPage();
  await page.goto(url('storm.html', env, '&authuser=1'));
  await waitForMarkers(page, env.label, true);
  await sleep(300);
  const cdp = await session.context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await page.evaluate(([ms, nps]) => window.__storm(ms, nps), [STORM_MS, STORM_NODES_PER_SECOND]);
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  const pageCall = events.find((e) => e.name === 'FunctionCall' && String(e.args?.data?.url ?? '').includes('/bench/storm.html'));
  if (!pageCall) throw new Error('no page FunctionCall in the trace');
  const onMain = (e) => e.pid === pageCall.pid && e.tid === pageCall.tid && e.ph === 'X';
  // Thread time (tdur) where the trace has it, so time the thread spent descheduled does not count; nested events merged.
  const useThreadTime = events.some((e) => onMain(e) && e.name === 'RunTask' && e.tdur != null);
  const total = (list) => {
    let sum = 0;
    let until = -Infinity;
    for (const e of list.sort((a, b) => a.ts - b.ts)) {
      const end = e.ts + (e.dur ?? 0);
      if (e.ts < until) continue; // nested in the previous one: already counted
      sum += useThreadTime ? (e.tdur ?? e.dur ?? 0) : (e.dur ?? 0);
      until = end;
    }
    return sum;
  };
  const busyUs = total(events.filter((e) => onMain(e) && e.name === 'RunTask'));
  const calls = events.filter((e) => onMain(e) && e.name === 'FunctionCall' && String(e.args?.data?.url ?? '').startsWith('chrome-extension://'));
  const extUs = total(calls);
  return { share: extUs / busyUs, extension_js_ms: round(extUs / 1000, 1), extension_calls: calls.length, traced_busy_ms: round(busyUs / 1000, 0), clock: useThreadTime ? 'thread time' : 'wall time' };
}

/** The storm's three arms, run in the same session, interleaved. */
const STORM_ARMS = [
  { arm: 'guard', env: PROD, withExtension: true, note: 'production: markers and dialog guard' },
  { arm: 'markers', env: DEV, withExtension: true, note: 'development: markers, no typed confirmation; the watcher still finds dialogs (one may name a production project)' },
  { arm: 'site', env: SITE, withExtension: true, note: 'a production site (Argo CD host) the person let the extension into: markers and dialog guard, from the run-time registered content script' },
  { arm: 'none', env: PROD, withExtension: false, note: 'no extension' },
  { arm: 'none_again', env: PROD, withExtension: false, note: 'no extension, a second identical arm: the noise floor' },
];

/**
 * One extra launch of the profiling build (bench/lib/profile-build): the
 * extension's own mutation observer callbacks, timed inside the content
 * script, as a share of the main thread's busy time over the same storm.
 * Low-noise (one run, no cross-run comparison) and the same in both
 * browsers; it does not see rendering or bookkeeping costs the observers
 * cause, which the ratios do.
 */
async function observerShare(kind, build) {
  const session = await launch(kind, true, build);
  try {
    const result = {};
    for (const [name, env] of [['guard', PROD], ['markers', DEV]]) {
      const runs = [];
      for (let i = 0; i < 2; i++) runs.push(await stormOnce(session, env, { profiled: true }));
      const share = median(runs.map((run) => run.observers.ms / run.busyMs));
      result[name] = {
        value: round(share, 4),
        observer_ms: runs.map((run) => round(run.observers.ms, 1)),
        observer_calls: runs.map((run) => run.observers.calls),
        records_delivered: runs.map((run) => run.observers.records),
        busiest_observers: runs.map((run) => run.observers.busiest),
        busy_ms: runs.map((run) => round(run.busyMs, 0)),
      };
    }
    return result;
  } finally {
    await session.close();
  }
}

async function mutationStorm(kind, withExt, bare, profileBuild) {
  const reps = [];
  for (let i = 0; i < STORM_PAIRS; i++) {
    // Rotate the order so each arm runs first, second and third equally often.
    const order = STORM_ARMS.map((_, k) => STORM_ARMS[(k + i) % STORM_ARMS.length]);
    const rep = { load1: loadavg()[0] };
    for (const arm of order) rep[arm.arm] = await stormOnce(arm.withExtension ? withExt : bare, arm.env);
    reps.push(rep);
    log(`storm ${kind} rep ${i + 1}: ${STORM_ARMS.map((a) => `${a.arm} ${rep[a.arm].busyMs.toFixed(0)} ms (batch ${rep[a.arm].stats.batchMsMedian.toFixed(3)} ms)`).join(', ')}`);
  }
  let observers = null;
  if (profileBuild) {
    observers = await observerShare(kind, profileBuild).catch((error) => ({ error: String(error?.message ?? error) }));
    log(`storm ${kind} observer share (profiling build): ${JSON.stringify(observers)}`);
  }
  const aa = reps.map((r) => r.none_again.busyMs / r.none.busyMs);
  const noiseFloor = { median: round(median(aa)), ratios: aa.map((r) => round(r)), spread: spread(aa), note: 'the same comparison between two identical arms without the extension, interleaved with the others: how far apart identical runs land on this machine now' };
  const attribution = {};
  if (kind === 'chromium') {
    for (const [name, env] of [['markers', DEV], ['guard', PROD]]) {
      attribution[name] = await extensionJsShare(withExt, env).catch((error) => ({ error: String(error?.message ?? error) }));
      log(`storm ${kind} ${name} traced: extension JS share ${JSON.stringify(attribution[name])}`);
    }
  }
  const method =
    kind === 'chromium'
      ? 'CDP Performance.getMetrics TaskDuration delta (renderer main thread; threadTicks = thread CPU time when supported) over the 5 s storm, fresh page per run'
      : 'no CDP in Firefox: OS-level CPU time of the main thread of the content process running the page (/proc/<pid>/task/<pid>/schedstat; the content process with the largest delta) over the 5 s storm, fresh page per run';
  const line = (figureName, arm, base, note) => {
    const ratios = reps.map((r) => r[arm].busyMs / r[base].busyMs);
    const pageSide = reps.map((r) => r[arm].stats.workMs / r[base].stats.workMs);
    const batchRatios = reps.map((r) => r[arm].stats.batchMsMedian / r[base].stats.batchMsMedian);
    const med = median(ratios);
    const range = Math.max(...ratios) - Math.min(...ratios);
    const load = reps.map((r) => round(r.load1, 2));
    const traced = attribution[arm];
    return {
      figure: figureName,
      browser: kind,
      value: round(med),
      goal: '<= 1.05',
      pass: med <= 1.05,
      ratios: ratios.map((r) => round(r)),
      spread: spread(ratios),
      ...(range > 0.1
        ? { noise_note: `ratios span ${round(range, 2)}, more than the 0.05 margin of the goal: the machine was busy (1-min load average ${Math.max(...load)} on 2 cores); read the median with that uncertainty` }
        : {}),
      repetitions: ratios.length,
      noise_floor: noiseFloor,
      within_noise: med <= Math.max(1.05, noiseFloor.spread?.max ?? 1),
      ...(observers?.[arm] ? { extension_observer_share_of_busy: { ...observers[arm], note: 'profiling build, one extra launch: the content script\'s own mutation observer callbacks, timed inside it, / main-thread busy time of the same storm (median of 2)' } } : {}),
      compared: `${arm} (${STORM_ARMS.find((a) => a.arm === arm).note}) / ${base} (${STORM_ARMS.find((a) => a.arm === base).note})`,
      active: note,
      method,
      workload: `${STORM_NODES_PER_SECOND} nodes/s inserted and as many removed for ${STORM_MS / 1000} s: 10-node rows in batches every 10 ms (catching up when late, so the total work is fixed) into a fixed-size contain:strict live list (like cdk-virtual-scroll-viewport) whose layout is read once per batch, 5 visible cell texts rewritten per batch, an overlay tooltip toggled every 250 ms, a body-level live-announcer toggled every 1 s (bench/pages/storm.html); the four arms (guard, markers, none, none again) run interleaved in rotating order`,
      load_average_1min_per_rep: load,
      busy_ms: Object.fromEntries([arm, base].map((a) => [a, reps.map((r) => round(r[a].busyMs, 0))])),
      page_batch_ratio: {
        median: round(median(batchRatios)),
        ratios: batchRatios.map((r) => round(r)),
        spread: spread(batchRatios),
        batch_ms_median: Object.fromEntries([arm, base].map((a) => [a, reps.map((r) => round(r[a].stats.batchMsMedian, 3))])),
        note: "the page's own measure, both browsers: median wall time of one storm batch (the page's DOM work plus the microtask checkpoint that delivers every world's mutation observers), per timer tick; excludes rendering. Wall time: when other processes take the cores it measures them, so it is informational next to the CPU-time ratio",
      },
      page_side_ratio: {
        median: round(median(pageSide)),
        ratios: pageSide.map((r) => round(r)),
        spread: spread(pageSide),
        page_ms: Object.fromEntries([arm, base].map((a) => [a, reps.map((r) => round(r[a].stats.workMs, 0))])),
        note: 'total wall time of the page\'s batches incl. the observer checkpoint, with / without; includes time the OS descheduled the thread, so noisy on a shared machine; informational',
      },
      ...(kind === 'chromium'
        ? {
            time_domain: reps[0][arm].timeDomain,
            script_ms_difference: reps.map((r) => round(r[arm].scriptMs - r[base].scriptMs, 1)),
            ...(traced
              ? {
                  extension_js_share_of_busy: traced.share != null
                    ? { value: round(traced.share, 4), ...traced, share: undefined, note: 'one extra traced run with the extension: its own JS (FunctionCall from chrome-extension://) / main-thread RunTask time in that run; excludes rendering costs it causes' }
                    : traced,
                }
              : {}),
          }
        : {}),
      timer_late_mean_ms: Object.fromEntries([arm, base].map((a) => [a, reps.map((r) => round(r[a].stats.timerLateMeanMs, 2))])),
    };
  };
  return [
    line('mutation_storm_cost_ratio', 'markers', 'none', 'markers and the dialog watcher (development: no typed confirmation)'),
    line('mutation_storm_cost_ratio_guard_active', 'guard', 'none', 'markers and dialog guard (production)'),
    line('mutation_storm_guard_vs_inactive_ratio', 'guard', 'markers', "the guard's own share: production tab / development tab, same extension"),
    line('mutation_storm_cost_ratio_site', 'site', 'none', 'markers and dialog guard on a production site (Argo CD host)'),
    line('mutation_storm_site_vs_console_ratio', 'site', 'guard', 'a production site tab / a production Google Cloud tab, same extension: in line with the clouds'),
  ];
}

// ---------------------------------------------------------------- main

async function benchBrowser(kind, profileBuild) {
  log(`launching ${kind} with and without the extension`);
  let withExt;
  let bare;
  try {
    withExt = await launch(kind, true);
    bare = await launch(kind, false);
  } catch (error) {
    failures++;
    log(`${kind} launch failed:`, error);
    for (const name of ['content_script_startup_ms', 'policy_load_ms_5000_rules', 'banner_before_first_paint', 'frames_to_update_after_pushState', 'click_same_task_as_insertion_blocked', 'mutation_storm_cost_ratio', 'mutation_storm_cost_ratio_guard_active', 'mutation_storm_guard_vs_inactive_ratio', 'mutation_storm_cost_ratio_site', 'mutation_storm_site_vs_console_ratio']) {
      emit({ figure: name, browser: kind, value: null, pass: false, error: `launch failed: ${String(error?.message ?? error).split('\n')[0]}` });
    }
    await withExt?.close().catch(() => undefined);
    return;
  }
  try {
    if (wanted('startup')) await figure('content_script_startup_ms', kind, () => startupFigure(kind, withExt, bare));
    if (wanted('policy')) await figure('policy_load_ms_5000_rules', kind, () => policyLoadFigure(kind, bare));
    if (wanted('paint')) await figure('banner_before_first_paint', kind, () => bannerBeforeFirstPaint(kind, withExt, bare));
    if (wanted('spa')) await figure('frames_to_update_after_pushState', kind, () => framesAfterPushState(kind, withExt));
    if (wanted('click')) await figure('click_same_task_as_insertion_blocked', kind, () => clickSameTask(kind, withExt, bare));
    if (wanted('storm')) await figure(['mutation_storm_cost_ratio', 'mutation_storm_cost_ratio_guard_active', 'mutation_storm_guard_vs_inactive_ratio', 'mutation_storm_cost_ratio_site', 'mutation_storm_site_vs_console_ratio'], kind, () => mutationStorm(kind, withExt, bare, profileBuild));
  } finally {
    await withExt.close().catch((e) => log('close failed', e));
    await bare.close().catch((e) => log('close failed', e));
  }
}

const started = performance.now();
if (wanted('node')) await figure('content_script_gzip_bytes', 'node', () => contentScriptSize());
if (wanted('node')) await figure(['rule_match_us_per_id', 'rule_match_us_per_id_worst'], 'node', () => ruleMatchFigures());
if (wanted('node')) await figure(['hang_file_parse_ms', 'policy_parse_ms_largest_regex_file'], 'node', () => hostileFileFigures());
if (wanted('node')) await figure(['fuzz_parse_ms', 'fuzz_match_ms_per_id'], 'node', () => fuzzFigures());
// The storm's attribution figure needs the profiling build (about 20 s to make); without it the ratios still run.
let profileBuild = null;
if (wanted('storm') && BROWSERS.length > 0) {
  try {
    profileBuild = await buildProfiled();
  } catch (error) {
    log('the profiling build failed; the storm runs without its observer-share figure:', error);
  }
}
for (const kind of BROWSERS) await benchBrowser(kind, profileBuild);
log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = failures ? 1 : 0;
