import { describe, expect, it } from 'vitest';
import { bundleContentScript } from './content-bundle';

describe('the content script bundle', () => {
  it('carries no validator and no RE2: content scripts read policies the background already checked and compiled', async () => {
    const { modules } = await bundleContentScript();
    // Not vacuous: the modules a tab does need are found.
    expect(modules).toEqual(expect.arrayContaining(['src/content/main.iife.ts', 'src/core/rule-index.ts', 'src/core/policy/lenient.ts', 'src/platform/policy-in-tab.ts', 'src/core/patterns/program.ts']));
    const validators = modules.filter((path) =>
      /node_modules\/(valibot|re2js)\/|src\/core\/patterns\/re2\.ts$|src\/core\/policy\/(parse|managed|sync-state)\.ts$|src\/core\/(rules|settings)\.ts$|src\/platform\/checked-policy\.ts$/.test(path),
    );
    expect(validators).toEqual([]);
  }, 30_000);
});
