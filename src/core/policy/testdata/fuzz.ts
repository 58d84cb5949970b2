/**
 * Seeded fuzzing of the policy pipeline: generated and mutated policy files
 * through parse, merge (the effective policy, as the background builds it
 * and as a tab builds it from what was published) and match. Shared by the
 * unit test (src/core/policy/fuzz.test.ts, which asserts no exception and a
 * generous time ceiling) and `npm run bench` (which reports max and p99).
 */
import { isProjectId } from '../../../consoles/gcp/console-url';
import { buildEffectivePolicy, type EffectivePolicy } from '../effective';
import { parsePolicyText } from '../parse';
import { readTabPolicy, tabPolicyToStored } from '../tab-policy';
import type { Policy } from '../types';

/** Park–Miller: the same seed gives the same run on every machine. */
export function seeded(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const int = (random: Random, max: number) => Math.floor(random() * max);

const ID_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789-';
/** Pieces of regular expressions, ordinary and hostile: nested quantifiers, lookarounds, backreferences, Unicode classes, huge repeats. */
const REGEX_TOKENS = [
  'a', 'b', 'prod', 'acme-', '-', '.', '.*', '.+', '?', '*', '+', '{2}', '{1,3}', '{0,}', '{127}', '{128}', '{1000}', '|', '(', ')', '(?:',
  '(?i:', '(?i)', '[a-z]', '[a-z0-9-]', '[^a]', '[]', '[z-a]', '\\d', '\\w', '\\s', '\\b', '\\1', '\\k<n>', '(?P<n>', '(?<n>', '(?=', '(?!', '(?<=',
  '(?<!', '(a+)+', '(a|ab)*', '(.*a){5}', '[a-z]*[a-z]*[a-z]*', '\\pL', '\\p{Greek}', '\\PN', '[[:alpha:]]', '\\Q-x\\E', '\\x{41}', '\\u0041',
  '^', '$', 'é', '🔥', '\\', '{', '}', '[',
];
const GLOB_TOKENS = ['*', '?', 'a', 'acme-', '-prod', 'x', '.', '(', '[', '\\', '{', '🔥', '*'.repeat(8)];
/** What people write: most files are made of these, so most files parse and their rules match. */
const PLAIN_REGEX_TOKENS = ['acme-', 'prod', 'stg', '-', '[a-z]+', '[0-9]{1,3}', '(?:eu|us)', '.*', '[a-z0-9-]*', '(?i:app)', 'x?', '\\d+'];
const PLAIN_GLOB_TOKENS = ['acme-', '*', '-prod', '?', 'team-', 'x'];
const PLAIN_NAMES = ['production', 'staging', 'development', 'payments', 'sandbox', 'ops'];
const NAMES = ['production', 'staging', 'development', 'payments', 'PRODUCTION', 'sandbox', ' spaced ', '', 'x'.repeat(41), 'policy-unavailable'];

function randomId(random: Random, maxLength = 30): string {
  const length = 1 + int(random, maxLength);
  let id = pick(random, 'abcdefghijklmnopqrstuvwxyz'.split(''));
  while (id.length < length) id += pick(random, ID_CHARS.split(''));
  return id;
}

function randomPattern(random: Random, kind: string, hostile: boolean): string {
  if (kind === 'exact') return hostile && random() < 0.2 ? 'a'.repeat(1 + int(random, 500)) : randomId(random, 40);
  const tokens = hostile ? (kind === 'glob' ? GLOB_TOKENS : REGEX_TOKENS) : kind === 'glob' ? PLAIN_GLOB_TOKENS : PLAIN_REGEX_TOKENS;
  let pattern = '';
  const count = 1 + int(random, random() < 0.1 ? 60 : 8);
  for (let i = 0; i < count; i++) pattern += pick(random, tokens);
  return pattern.slice(0, 520);
}

function randomEnvironment(random: Random, hostile: boolean): Record<string, unknown> {
  if (!hostile) {
    const env: Record<string, unknown> = { name: pick(random, PLAIN_NAMES), label: pick(random, ['PROD', 'STG', 'PAY', '🔥']), color: pick(random, ['#c5221f', '#ABCDEF', '#188038']), typedConfirmation: random() < 0.6 };
    if (random() < 0.3) env.guards = pick(random, ['all', ['gke-cluster', 'project'], []]);
    if (random() < 0.2) env.alsoGuard = pick(random, [['stop'], []]);
    return env;
  }
  const env: Record<string, unknown> = {
    name: random() < 0.8 ? pick(random, NAMES) : randomId(random, 12),
    label: pick(random, ['PROD', 'STG', '', 'ABCDEFGHIJKLM', '🔥']),
    color: pick(random, ['#c5221f', '#ABCDEF', 'red', '#12345']),
    typedConfirmation: random() < 0.6,
  };
  if (random() < 0.3) env.guards = pick(random, ['all', ['gke-cluster', 'project'], [], ['nope'], 'some']);
  if (random() < 0.2) env.alsoGuard = pick(random, [['stop'], [], ['reboot'], 'stop']);
  return env;
}

/** A policy object: ordinary most of the time, hostile (odd names, broken and costly patterns) a third of the time. */
export function randomPolicyObject(random: Random): Record<string, unknown> {
  const hostile = random() < 0.35;
  const environments = Array.from({ length: int(random, hostile ? 6 : 4) }, () => randomEnvironment(random, hostile));
  // Unique names in ordinary files, as people write them.
  const declared = hostile ? environments : environments.filter((env, i) => environments.findIndex((other) => other.name === env.name) === i);
  const ruleCount = random() < 0.05 ? 200 + int(random, 800) : int(random, 30);
  const names = [...declared.map((env) => env.name), 'production', 'staging', 'development', ...(hostile ? ['nowhere'] : [])];
  const rules = Array.from({ length: ruleCount }, () => {
    const kind = pick(random, hostile ? ['exact', 'exact', 'glob', 'regex', 'regex', 'fuzzy'] : ['exact', 'exact', 'glob', 'regex']);
    return { kind, match: randomPattern(random, kind, hostile), environment: pick(random, names) };
  });
  const policy: Record<string, unknown> = { version: random() < 0.97 ? 1 : pick(random, [0, 2, '1']), environments: declared, rules };
  if (random() < 0.3) policy.unmatched = pick(random, [...names, null]);
  if (random() < 0.3) policy.useDefaultRules = random() < 0.5;
  if (random() < 0.3) policy.allowPersonalRules = random() < 0.5;
  if (random() < 0.2) {
    policy.banner = hostile
      ? pick(random, [{ size: 'tall' }, { size: 'huge' }, { tintConsoleHeader: 'yes' }, 'tall', [], null, { sise: 'tall' }])
      : pick(random, [{ size: 'tall' }, { size: 'compact', tintConsoleHeader: true }, { tintConsoleHeader: false }, {}]);
  }
  return policy;
}

/** Breaks a policy file's text the ways files get broken: cut, doubled, spliced, retyped, nested. */
export function mutateText(random: Random, text: string): string {
  const at = int(random, text.length + 1);
  switch (int(random, 7)) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1 + int(random, 20));
    case 1:
      return text.slice(0, at) + pick(random, ['"', '{', '}', '[', ']', ',', ':', '\\', 'null', '1e309', '"\\ud800"', '\u0000']) + text.slice(at);
    case 2:
      return text.slice(0, at) + text.slice(Math.max(0, at - 40), at) + text.slice(at);
    case 3:
      return text.slice(0, at);
    case 4:
      return text.replace(/"(?:environments|rules)":\s*\[/, (found) => found + '['.repeat(int(random, 40)));
    case 5:
      return text.replace(/"match":\s*"[^"]*"/, `"match": ${JSON.stringify(randomPattern(random, 'regex', true))}`);
    default:
      return text.replace(/"(?:kind|environment|color|typedConfirmation)":\s*("[^"]*"|true|false)/, (found) => found.replace(/:.*$/, `: ${pick(random, ['null', '7', '[]', '{}', '"exact"'])}`));
  }
}

export interface FuzzFigures {
  policies: number;
  valid: number;
  /** Time to parse each file, ms. */
  parseMs: number[];
  /** Time to classify one ID, background and tab, ms. */
  matchMs: number[];
  /** The slowest file to parse: its time, size and rule count. */
  slowest?: { ms: number; bytes: number; rules: number };
  /** Anything that threw, or where the tab and the background disagreed. */
  failures: string[];
}

/** IDs to classify: random ones up to the longest a console URL can carry, and the policy's own exact IDs. */
function idsFor(random: Random, policy: Policy, count: number): string[] {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const long = random() < 0.2;
    const id = long ? `${randomId(random, 63)}:${randomId(random, 63)}`.slice(0, 127) : randomId(random, 30);
    ids.push(id);
  }
  for (const rule of policy.rules.slice(0, 5)) if (rule.kind === 'exact' && isProjectId(rule.pattern)) ids.push(rule.pattern.toLowerCase());
  return ids.filter(isProjectId);
}

const verdict = (effective: EffectivePolicy, id: string) => {
  const found = effective.classify(id);
  return found ? `${found.source}:${found.ruleIndex}:${found.environment.name}` : 'none';
};

export function runFuzz({ seed = 20261201, policies = 3000, idsPerPolicy = 12 } = {}): FuzzFigures {
  const random = seeded(seed);
  const figures: FuzzFigures = { policies, valid: 0, parseMs: [], matchMs: [], failures: [] };
  let previous: Policy | null = null;
  for (let n = 0; n < policies; n++) {
    const object = randomPolicyObject(random);
    let text = JSON.stringify(object, null, random() < 0.5 ? 2 : 0);
    const mutations = random() < 0.6 ? 0 : 1 + int(random, 3);
    for (let m = 0; m < mutations; m++) text = mutateText(random, text);
    try {
      const started = performance.now();
      const parsed = parsePolicyText(text);
      const took = performance.now() - started;
      figures.parseMs.push(took);
      if (took > (figures.slowest?.ms ?? 0)) figures.slowest = { ms: took, bytes: text.length, rules: Array.isArray(object.rules) ? object.rules.length : 0 };
      if (!parsed.ok) continue;
      figures.valid++;
      // Merged as the background does (this file as the team policy, the previous one as managed or personal), and as a tab does from what was published.
      const sources = { managed: random() < 0.3 ? previous : null, team: parsed.policy, personal: random() < 0.5 ? previous : null };
      const background = buildEffectivePolicy(sources);
      void background.problems;
      const tab = readTabPolicy(JSON.parse(JSON.stringify(tabPolicyToStored({ sources, problems: [] }))));
      const inTab = buildEffectivePolicy(tab.sources, tab.indexes);
      for (const id of idsFor(random, parsed.policy, idsPerPolicy)) {
        const t0 = performance.now();
        const expected = verdict(background, id);
        const t1 = performance.now();
        const actual = verdict(inTab, id);
        const t2 = performance.now();
        figures.matchMs.push(t1 - t0, t2 - t1);
        if (expected !== actual) figures.failures.push(`policy ${n}, ${id}: background ${expected}, tab ${actual}`);
      }
      if (JSON.stringify(background.display) !== JSON.stringify(inTab.display)) {
        figures.failures.push(`policy ${n}: display: background ${JSON.stringify(background.display)}, tab ${JSON.stringify(inTab.display)}`);
      }
      previous = parsed.policy;
    } catch (error) {
      figures.failures.push(`policy ${n}: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n${text.slice(0, 300)}`);
    }
  }
  return figures;
}

/** The p-th percentile (0–100) of `values`. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
