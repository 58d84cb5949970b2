/**
 * Rule matching speed in Node: bundles src/core/rule-index.ts (the matcher
 * every tab uses) with Vite's build API (library mode, to a temp dir), then
 * indexes 5,000 rules once and times 10,000 lookups. Pure CPU in one
 * process: the figure is µs per ID (median over runs) — it is not compared
 * with a browser run.
 */
import { build } from 'vite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { ROOT } from '../../scripts/lib/paths.ts';
import { PREFIXES, realisticRules, rng } from './rule-sets.ts';

export async function loadRules() {
  const outDir = mkdtempSync(join(tmpdir(), 'cluster-guard-bench-rules-'));
  try {
    await build({
      configFile: false,
      root: ROOT,
      logLevel: 'silent',
      build: {
        outDir,
        emptyOutDir: true,
        write: true,
        minify: false,
        target: 'node20',
        lib: { entry: join(ROOT, 'src', 'core', 'rule-index.ts'), formats: ['es'], fileName: () => 'rules.mjs' },
      },
    });
    return await import(pathToFileURL(join(outDir, 'rules.mjs')).href);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** Lookup IDs with a category each: 30% exact hits, 20% glob hits, 10% regex hits, 40% misses (half of them share the globs' `team-` start). */
function realisticIds(count, { nExact, nGlob, nRegex }, random) {
  const ids = [];
  const pick = (n) => Math.floor(random() * n);
  for (let i = 0; i < count; i++) {
    const r = random();
    if (r < 0.3) {
      const k = pick(nExact);
      ids.push(['exact-hit', `${PREFIXES[k % PREFIXES.length]}-app-${k}-${['prod', 'stg', 'dev'][k % 3]}`]);
    } else if (r < 0.5) ids.push(['glob-hit', `team-${pick(nGlob)}-payments-${pick(99)}-prod`]);
    else if (r < 0.6) ids.push(['regex-hit', `svc-${pick(nRegex)}-${random() < 0.5 ? 'eu' : 'us'}-${pick(1000)}`]);
    else if (r < 0.8) ids.push(['miss-same-start', `team-${pick(nGlob)}-payments-${pick(99)}-dev`]);
    else ids.push(['miss', `${PREFIXES[pick(PREFIXES.length)]}-web-${pick(100000)}-sandbox`]);
  }
  return ids;
}

/** 5,000 globs starting with a wildcard (`*-N-x`): only the literal-suffix index can help. */
function leadingWildcardRules(count) {
  return Array.from({ length: count }, (_, i) => ({ kind: 'glob', pattern: `*-${i}-x`, environment: 'production' }));
}

/** The true worst case: 5,000 globs with no literal prefix or suffix (`*-N-*`): every lookup scans them all. */
function worstRules(count) {
  return Array.from({ length: count }, (_, i) => ({ kind: 'glob', pattern: `*-${i}-*`, environment: 'production' }));
}

function worstIds(count, rules, random) {
  return Array.from({ length: count }, () => {
    const n = Math.floor(random() * rules);
    return random() < 0.5 ? ['hit', `team-${n}-x`] : ['miss', `team-${n}-y`];
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

function timeCase(indexRules, rules, ids, runs) {
  const compileMs = [];
  let compiled;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    compiled = indexRules(rules);
    compileMs.push(performance.now() - t0);
  }
  let sink = 0;
  const lookup = (list) => {
    for (const [, id] of list) if (compiled.match(id)) sink++;
  };
  lookup(ids); // warm-up (JIT)
  const perIdUs = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    lookup(ids);
    perIdUs.push(((performance.now() - t0) * 1000) / ids.length);
  }
  // Per category, for the record.
  const byCategory = {};
  for (const category of new Set(ids.map(([c]) => c))) {
    const subset = ids.filter(([c]) => c === category);
    const t0 = performance.now();
    lookup(subset);
    byCategory[category] = { ids: subset.length, us_per_id: round(((performance.now() - t0) * 1000) / subset.length) };
  }
  const matched = ids.filter(([, id]) => compiled.match(id)).length;
  return { compileMs, perIdUs, byCategory, matched, sink };
}

export async function ruleMatchFigures({ ruleCount = 5000, lookups = 10000, worstLookups = 500, runs = 5 } = {}) {
  const t0 = performance.now();
  const { indexRules } = await loadRules();
  const bundleMs = performance.now() - t0;
  const random = rng(20240601);

  const realistic = realisticRules(ruleCount, random);
  const ids = realisticIds(lookups, realistic, random);
  const r = timeCase(indexRules, realistic.rules, ids, runs);

  const worst = worstRules(ruleCount);
  const wIds = worstIds(worstLookups, ruleCount, random);
  const w = timeCase(indexRules, worst, wIds, runs);
  const leading = leadingWildcardRules(ruleCount);
  const l = timeCase(indexRules, leading, worstIds(lookups, ruleCount, random), runs);

  const common = { unit: 'us_per_id', rules: ruleCount, lookups, runs, method: 'node: vite-bundled src/core/rule-index.ts, indexRules once (patterns compile lazily, on first use), performance.now() around all match() calls after a warm-up pass; median of runs', node: process.version, bundle_ms: round(bundleMs, 0) };
  return [
    {
      figure: 'rule_match_us_per_id',
      browser: 'node',
      value: round(median(r.perIdUs), 3),
      goal: '< 20',
      pass: median(r.perIdUs) < 20,
      ...common,
      runs_us_per_id: r.perIdUs.map((v) => round(v, 3)),
      compile_ms_first: round(r.compileMs[0]),
      compile_ms_median: round(median(r.compileMs)),
      rule_mix: { exact: realistic.nExact, glob: realistic.nGlob, regex: realistic.nRegex },
      lookup_mix_us_per_id: r.byCategory,
      lookups_matched: r.matched,
    },
    {
      figure: 'rule_match_us_per_id_leading_wildcard',
      browser: 'node',
      value: round(median(l.perIdUs), 3),
      goal: '< 20',
      pass: median(l.perIdUs) < 20,
      ...common,
      rule_mix: { glob_leading_wildcard: ruleCount, example: leading[0].pattern },
      runs_us_per_id: l.perIdUs.map((v) => round(v, 3)),
      compile_ms_median: round(median(l.compileMs)),
      lookup_mix_us_per_id: l.byCategory,
      lookups_matched: l.matched,
    },
    {
      figure: 'rule_match_us_per_id_worst',
      browser: 'node',
      value: round(median(w.perIdUs), 3),
      goal: '< 20',
      pass: median(w.perIdUs) < 20,
      ...common,
      lookups: worstLookups,
      lookups_note: `${worstLookups} lookups (not ${lookups}) to keep the run short: each one scans every rule`,
      rule_mix: { glob_no_literal_prefix_or_suffix: ruleCount, example: worst[0].pattern },
      note: 'patterns with no literal prefix or suffix cannot be indexed; each lookup tries them all, in order',
      runs_us_per_id: w.perIdUs.map((v) => round(v, 3)),
      compile_ms_first: round(w.compileMs[0]),
      compile_ms_median: round(median(w.compileMs)),
      lookup_mix_us_per_id: w.byCategory,
      lookups_matched: w.matched,
    },
  ];
}
