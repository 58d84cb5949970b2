import '../patterns/re2'; // the background publishes with RE2 at hand
import { describe, expect, it } from 'vitest';
import { percentile, runFuzz } from './testdata/fuzz';

describe('seeded fuzz: generated and mutated policies through parse, merge and match', () => {
  it('nothing throws, tabs and the background agree, and nothing comes near a freeze', () => {
    const figures = runFuzz({ seed: 20261201, policies: 2000, idsPerPolicy: 10 });
    console.log(
      `fuzz: ${figures.policies} files, ${figures.valid} valid; parse max ${percentile(figures.parseMs, 100).toFixed(2)} ms, p99 ${percentile(figures.parseMs, 99).toFixed(2)} ms;` +
        ` match (${figures.matchMs.length} IDs) max ${percentile(figures.matchMs, 100).toFixed(3)} ms, p99 ${percentile(figures.matchMs, 99).toFixed(4)} ms; slowest file ${JSON.stringify(figures.slowest)}`,
    );
    expect(figures.failures).toEqual([]);
    // Not a vacuous run: plenty of files parse, plenty do not, and IDs were matched.
    expect(figures.valid).toBeGreaterThan(300);
    expect(figures.valid).toBeLessThan(figures.policies);
    expect(figures.matchMs.length).toBeGreaterThan(3000);
    // Generous ceilings for a busy 2-core machine (figures: npm run bench): a freeze would be seconds or minutes.
    expect(percentile(figures.parseMs, 100)).toBeLessThan(1500);
    expect(percentile(figures.matchMs, 99)).toBeLessThan(1);
    expect(percentile(figures.matchMs, 100)).toBeLessThan(250);
  }, 120_000);
});
