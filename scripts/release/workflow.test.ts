// The release workflow cannot run here: GitHub's own parser (the schema Actions validates with) checks it instead.
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const WORKFLOW = readFileSync(new URL('../../.github/workflows/release.yml', import.meta.url), 'utf8');
const errorsOf = (content: string) =>
  parseWorkflow({ name: 'release.yml', content }, new NoOperationTraceWriter()).context.errors.getErrors().map((error) => error.message);

describe('.github/workflows/release.yml', () => {
  it('is a valid workflow by GitHub\'s schema', () => {
    expect(errorsOf(WORKFLOW)).toEqual([]);
  });

  it('the check fails on a broken workflow', () => {
    expect(errorsOf(WORKFLOW.replace('runs-on:', 'runs_on:'))).not.toEqual([]);
    expect(errorsOf(WORKFLOW.replace("tags: ['v*']", "tags: ['v*']\n    branchez: [main]"))).not.toEqual([]);
    expect(errorsOf(WORKFLOW.replace('${{ secrets.AMO_JWT_SECRET }}', '${{ secrets.AMO_JWT_SECRET }'))).not.toEqual([]);
  });

  it('runs on v* tags, tests before it releases, and submits to both stores', () => {
    expect(WORKFLOW).toMatch(/on:\n  push:\n    tags: \['v\*'\]/);
    const order = ['npm run setup', 'npm test', 'npm run release', 'softprops/action-gh-release', 'web-ext sign', 'chrome-webstore-upload-cli@'];
    const steps = WORKFLOW.slice(WORKFLOW.indexOf('\njobs:'));
    const positions = order.map((step) => steps.indexOf(step));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(WORKFLOW).toMatch(/--channel listed/);
    expect(WORKFLOW).toMatch(/--upload-source-code "dist\/cluster-guard-\$\{VERSION\}-sources\.zip"/);
    expect(WORKFLOW).toMatch(/chrome-webstore-upload-cli@\d+\.\d+\.\d+ /);
  });

  it('takes every credential from a named secret', () => {
    for (const name of ['AMO_JWT_ISSUER', 'AMO_JWT_SECRET', 'CWS_EXTENSION_ID', 'CWS_CLIENT_ID', 'CWS_CLIENT_SECRET', 'CWS_REFRESH_TOKEN', 'CWS_PUBLISHER_ID']) {
      expect(WORKFLOW).toContain(`\${{ secrets.${name} }}`);
    }
    const credentials = WORKFLOW.split('\n').filter((line) => /^\s+(CLIENT_ID|CLIENT_SECRET|REFRESH_TOKEN|EXTENSION_ID|PUBLISHER_ID|AMO_JWT_\w+):/.test(line));
    expect(credentials.length).toBe(7);
    for (const line of credentials) expect(line).toMatch(/: \$\{\{ secrets\.\w+ \}\}$/);
  });
});
