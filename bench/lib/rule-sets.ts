/** Rule sets the benchmark times, the same in every run. */
import type { Rule } from '../../src/core/rule-index';

/** Deterministic PRNG (mulberry32), so every run uses the same rules and IDs. */
export function rng(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(list: T[], random: () => number): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

const ENVS = ['production', 'staging', 'development'] as const;
export const PREFIXES = ['acme', 'globex', 'initech', 'umbrella', 'hooli', 'stark', 'wayne', 'pied', 'vandelay', 'wonka'];

/** 60% exact IDs, 30% globs `team-N-*-prod`, 10% regexes `svc-N-(eu|us)-[0-9]+`, shuffled. */
export function realisticRules(count: number, random: () => number): { rules: Rule[]; nExact: number; nGlob: number; nRegex: number } {
  const rules: Rule[] = [];
  const nExact = Math.round(count * 0.6);
  const nGlob = Math.round(count * 0.3);
  const nRegex = count - nExact - nGlob;
  for (let i = 0; i < nExact; i++) {
    rules.push({ kind: 'exact', pattern: `${PREFIXES[i % PREFIXES.length]}-app-${i}-${['prod', 'stg', 'dev'][i % 3]}`, environment: ENVS[i % 3]! });
  }
  for (let i = 0; i < nGlob; i++) rules.push({ kind: 'glob', pattern: `team-${i}-*-prod`, environment: 'production' });
  for (let i = 0; i < nRegex; i++) rules.push({ kind: 'regex', pattern: `svc-${i}-(eu|us)-[0-9]+`, environment: 'production' });
  return { rules: shuffle(rules, random), nExact, nGlob, nRegex };
}
