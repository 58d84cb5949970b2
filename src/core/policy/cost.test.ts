import { describe, expect, it } from 'vitest';
import { realisticRules, rng } from '../../../bench/lib/rule-sets';
import { buildEffectivePolicy } from './effective';
import { MAX_PUBLISHED_BYTES, MAX_STEPS_PER_ID, PolicyCost, publishedBytes, rulesWithinCost } from './cost';
import { COST_MESSAGE, maximalRegexFile } from './costly-policies';
import { parsePolicyObject, parsePolicyText } from './parse';
import { EMPTY_POLICY, formatIssue, type Policy } from './types';
import type { Rule } from '../rule-index';

const errorsOf = (text: string) => {
  const result = parsePolicyText(text);
  if (result.ok) throw new Error('expected errors');
  return result.errors.map(formatIssue);
};
const policyOf = (rules: Rule[]): Policy => ({ ...EMPTY_POLICY, rules });
const accepted = (rules: Rule[]) => {
  const result = parsePolicyObject({ version: 2, environments: [], rules: rules.map((rule) => ({ match: rule.pattern, kind: rule.kind, environment: rule.environment, ...(rule.console ? { console: rule.console } : {}) })) });
  if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
  return result.policy;
};
/**
 * The time of one classify of each ID, in milliseconds: the median of many,
 * and the best of three such medians (other work on a shared machine only
 * ever slows a run down).
 */
function classifyMs(policy: Policy, ids: readonly string[], everySource = false): number {
  const effective = buildEffectivePolicy({ managed: everySource ? policy : null, team: policy, personal: everySource ? policy : null });
  for (const id of ids) effective.classify(id); // warm: programs made ready, JIT
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const times: number[] = [];
    for (let round = 0; round < 30; round++) {
      for (const id of ids) {
        const started = performance.now();
        effective.classify(id);
        times.push(performance.now() - started);
      }
    }
    times.sort((a, b) => a - b);
    best = Math.min(best, times[Math.floor(times.length / 2)]!);
  }
  return best;
}
/** IDs a tab can show at the longest (127 characters), that no costly rule matches. */
const LONG_IDS = ['a'.repeat(127), `${'a'.repeat(63)}:${'a'.repeat(63)}`, `${'ab-'.repeat(42)}z`];

/** Distinct anywhere regexes (no literal start or end) like `pattern`, as many as the budget takes. */
function anywhereRegexes(pattern: string): Rule[] {
  const cost = new PolicyCost();
  const rules: Rule[] = [];
  for (let i = 0; ; i++) {
    const rule: Rule = { kind: 'regex', pattern: `${pattern}${'(?:)'.repeat(i)}`, environment: 'production' };
    cost.add(rule);
    if (cost.steps() > MAX_STEPS_PER_ID) return rules;
    rules.push(rule);
  }
}

describe('what a policy may cost', () => {
  it('the 26 KB file of 300 maximal regexes (published as 14.5 MiB before) is refused by its cost, at once', () => {
    const text = maximalRegexFile(300);
    expect(text.length).toBeGreaterThan(20_000);
    const started = performance.now();
    const errors = errorsOf(text);
    const elapsed = performance.now() - started;
    expect(errors).toEqual([expect.stringMatching(COST_MESSAGE)]);
    expect(elapsed).toBeLessThan(1000);
  });

  it('the 1,000-rule file is refused before its rules are all compiled (was 2.4 s)', () => {
    const text = maximalRegexFile(1000);
    const started = performance.now();
    const errors = errorsOf(text);
    const elapsed = performance.now() - started;
    expect(errors).toEqual([expect.stringMatching(COST_MESSAGE)]);
    console.info(`cost: the 1,000-rule file is refused in ${elapsed.toFixed(1)} ms`);
    expect(elapsed).toBeLessThan(1000);
  });

  it('regexes that each fit but publish too much together are refused by size, before all compile', () => {
    // Each with its own literal start: tried only for its IDs, so cheap per ID, but about 6 kB each published.
    const rules = Array.from({ length: 5000 }, (_, i) => ({ match: `t${String(i).padStart(4, '0')}-[a-z0-9]{0,30}`, kind: 'regex', environment: 'production' }));
    const result = parsePolicyObject({ version: 1, environments: [], rules });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map(formatIssue)).toEqual([expect.stringMatching(/^rules: this policy would take at least 2\.0 MiB published for console tabs, with its regular expressions compiled \(limit 2\.0 MiB\)/)]);
  });

  it('a large but reasonable policy is accepted: the 5,000 rules the bench loads (exact IDs, globs, 500 regexes)', () => {
    const { rules } = realisticRules(5000, rng(1));
    const policy = accepted(rules);
    const bytes = publishedBytes(policy);
    const ms = classifyMs(policy, ['svc-42-eu-123', 'team-7-x-prod', 'acme-app-0-prod', ...LONG_IDS]);
    console.info(`cost: 5,000 realistic rules publish ${(bytes / 1024).toFixed(0)} KiB, classify median ${(ms * 1000).toFixed(1)} µs`);
    expect(bytes).toBeLessThan(MAX_PUBLISHED_BYTES / 2);
  });

  it('the costliest policies accepted classify the longest IDs in under 1 ms (each source; a tab tries three)', () => {
    const worst: [string, Rule[]][] = [
      ['one large program that never dies', anywhereRegexes('(?:[a-z0-9:-]*[a-z0-9:-]?){17}[xy]').slice(0, 1)],
      ['many small programs that never die', anywhereRegexes('(?:a|aa)*(?:a|aa)*[bc]')],
      ['unanchored .* regexes', anywhereRegexes('.*(?:prod|prd|live).*[0-9]')],
      ['unanchored globs', Array.from({ length: 5 }, (_, i) => ({ kind: 'glob' as const, pattern: `*${'a*'.repeat(60)}${'b'.repeat(i + 1)}?`, environment: 'production' }))],
    ];
    const figures: string[] = [];
    let slowest = 0;
    let slowestThree = 0;
    for (const [what, rules] of worst) {
      const cost = new PolicyCost();
      rules.forEach((rule) => cost.add(rule));
      expect(cost.steps(), what).toBeLessThanOrEqual(MAX_STEPS_PER_ID);
      expect(cost.steps(), what).toBeGreaterThan(MAX_STEPS_PER_ID * 0.75);
      const policy = accepted(rules);
      const ms = classifyMs(policy, LONG_IDS);
      slowest = Math.max(slowest, ms);
      // Three such sources, managed, team and personal: still under the millisecond.
      const three = classifyMs(policy, LONG_IDS, true);
      slowestThree = Math.max(slowestThree, three);
      figures.push(`${what}: ${cost.steps()} steps, ${(ms * 1000).toFixed(0)} µs (three such sources ${(three * 1000).toFixed(0)} µs), ${(publishedBytes(policy) / 1024).toFixed(0)} KiB`);
    }
    console.info(`cost: worst accepted policies, per classify of a 127-character ID:\n  ${figures.join('\n  ')}`);
    expect(slowest).toBeLessThan(0.5);
    expect(slowestThree).toBeLessThan(1);
  });

  it('a salvaged stored policy keeps its rules only as far as they fit', () => {
    const rules: Rule[] = [{ kind: 'exact', pattern: 'a', environment: 'production' }, ...Array.from({ length: 5 }, (_, i) => ({ kind: 'regex' as const, pattern: `(?:[a-z0-9-]{0,127}){7}-t${i}`, environment: 'production' }))];
    expect(rulesWithinCost(rules)).toEqual(rules.slice(0, 1));
    expect(rulesWithinCost(policyOf(realisticRules(200, rng(2)).rules).rules)).toHaveLength(200);
  });
});
