/**
 * action.yml (the reusable check for policy repositories) and the example
 * workflow in docs/policy-repository.md, validated by GitHub's own parser
 * for action metadata and workflows (@actions/workflow-parser).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parse } from 'yaml';

const ROOT = new URL('..', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');

// The action parser is not in the package's exports; its file is.
const { parseAction } = (await import(new URL('node_modules/@actions/workflow-parser/dist/actions/action-parser.js', ROOT).href)) as {
  parseAction: typeof parseWorkflow;
};

const errorsOf = (result: ReturnType<typeof parseWorkflow>) => result.context.errors.getErrors().map((error) => error.message);
const actionErrors = (content: string) => errorsOf(parseAction({ name: 'action.yml', content }, new NoOperationTraceWriter()));
const workflowErrors = (content: string) => errorsOf(parseWorkflow({ name: '.github/workflows/check.yml', content }, new NoOperationTraceWriter()));

/** The YAML block under "## The check" in docs/policy-repository.md. */
export function exampleWorkflow(): string {
  const docs = read('docs/policy-repository.md');
  const section = docs.slice(docs.indexOf('## The check'));
  return /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
}

describe('action.yml', () => {
  const text = read('action.yml');

  it('is valid action metadata for GitHub', () => {
    expect(actionErrors(text)).toEqual([]);
  });

  it('the validator catches a broken action (a composite run step needs its shell)', () => {
    expect(actionErrors(text.replace('      shell: bash\n      env:', '      env:')).join('\n')).toMatch(/shell/);
  });

  it('a composite action with inputs files and node-version, running the CLI with --format github', () => {
    const action = parse(text) as { runs: { using: string; steps: { run?: string }[] }; inputs: Record<string, { default: string }> };
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(['files', 'node-version']);
    expect(action.inputs.files!.default).toBe('policies/**/*.json');
    expect(action.runs.steps.at(-1)!.run).toContain('validate --format github');
  });
});

describe('the example policy repository workflow (docs/policy-repository.md)', () => {
  it('is a valid workflow that uses the action in one step', () => {
    const workflow = exampleWorkflow();
    expect(workflowErrors(workflow)).toEqual([]);
    const steps = (parse(workflow) as { jobs: { check: { steps: { uses?: string; with?: Record<string, string> }[] } } }).jobs.check.steps;
    expect(steps.map((step) => step.uses)).toEqual(['actions/checkout@v4', 'OWNER/cluster-guard@v0.1.0']);
    expect(steps[1]!.with).toEqual({ files: 'policies/**/*.json' });
  });

  it('the validator catches a broken workflow (a job without runs-on)', () => {
    expect(workflowErrors(exampleWorkflow().replace('    runs-on: ubuntu-latest\n', '')).join('\n')).toMatch(/runs-on/);
  });
});
