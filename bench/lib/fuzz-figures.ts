/**
 * Hostile input, in Node: the seeded fuzz run of src/core/policy/testdata/fuzz
 * (generated and mutated policy files through parse, merge and match), the
 * 762-byte file that once froze the parser, and the largest policy the
 * format allows (5,000 regular expressions) checked as the background does.
 * Max and p99 are reported; the unit test asserts only generous ceilings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { MAX_POLICY_BYTES, parsePolicyText } from '../../src/core/policy/parse';
import { percentile, runFuzz } from '../../src/core/policy/testdata/fuzz';
import { ROOT } from '../../scripts/lib/paths';

const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

export function fuzzFigures(): Record<string, unknown>[] {
  const figures = runFuzz({ seed: 20261201, policies: 3000, idsPerPolicy: 12 });
  const common = { files: figures.policies, valid: figures.valid, failures: figures.failures.length, seed: 20261201 };
  return [
    {
      figure: 'fuzz_parse_ms',
      browser: 'node',
      value: round(percentile(figures.parseMs, 99)),
      max: round(percentile(figures.parseMs, 100)),
      p50: round(percentile(figures.parseMs, 50)),
      goal: 'p99 < 100',
      pass: percentile(figures.parseMs, 99) < 100 && figures.failures.length === 0,
      slowest: figures.slowest,
      ...common,
    },
    {
      figure: 'fuzz_match_ms_per_id',
      browser: 'node',
      value: round(percentile(figures.matchMs, 99), 4),
      max: round(percentile(figures.matchMs, 100), 3),
      p50: round(percentile(figures.matchMs, 50), 4),
      goal: 'p99 < 1',
      pass: percentile(figures.matchMs, 99) < 1 && figures.failures.length === 0,
      ids: figures.matchMs.length,
      note: 'each ID classified twice, as the background and as a tab (from the published policy), and the two answers compared',
      ...common,
    },
  ];
}

function timeParse(text: string, runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    parsePolicyText(text);
    times.push(performance.now() - started);
  }
  return times;
}

export function hostileFileFigures(): Record<string, unknown>[] {
  const hang = readFileSync(join(ROOT, 'src/core/policy/testdata/hang.json'), 'utf8');
  const hangTimes = timeParse(hang, 5);
  // As many regex rules as 256 KiB holds; distinct patterns each run, so the compile cache does not answer.
  const biggest = (tag: number) => {
    const rules: unknown[] = [];
    const text = () => JSON.stringify({ version: 1, environments: [], rules });
    for (let i = 0; rules.length < 5000; i++) {
      rules.push({ kind: 'regex', match: `a${tag}-${i}-(eu|us)-[0-9]+`, environment: 'production' });
      if (i % 100 === 0 && Buffer.byteLength(text()) > MAX_POLICY_BYTES - 8_000) break;
    }
    return { text: text(), rules: rules.length };
  };
  const runs = [0, 1, 2].map((tag) => {
    const { text, rules } = biggest(tag);
    const started = performance.now();
    const parsed = parsePolicyText(text);
    if (!parsed.ok) throw new Error(`the largest policy did not parse: ${parsed.errors[0]?.message}`);
    return { ms: performance.now() - started, rules };
  });
  const bigTimes = runs.map((run) => run.ms);
  return [
    {
      figure: 'hang_file_parse_ms',
      browser: 'node',
      value: round(Math.min(...hangTimes)),
      max: round(Math.max(...hangTimes)),
      goal: '< 100 (minutes with a backtracking engine)',
      pass: Math.max(...hangTimes) < 100,
      file: 'src/core/policy/testdata/hang.json',
    },
    {
      figure: 'policy_parse_ms_largest_regex_file',
      browser: 'node',
      value: round([...bigTimes].sort((a, b) => a - b)[1]!),
      runs: bigTimes.map((t) => round(t)),
      rules: runs[0]!.rules,
      goal: '—',
      pass: true,
      note: 'a 256 KiB file (the size limit) of regex rules, every pattern compiled once: the background checks a policy once per change',
    },
  ];
}
