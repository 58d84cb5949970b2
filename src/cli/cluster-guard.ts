/**
 * `cluster-guard`: check a team policy file in CI and explain what it does
 * for one project, with exactly the parser and matcher the extension uses.
 *
 *   cluster-guard validate <file>
 *   cluster-guard explain <file> <project-id>
 *
 * The logic is `runCli`, pure apart from the `io` it is given; `main` wires it
 * to the file system and the process. bin/cluster-guard.mjs runs the bundle
 * built by `vite build --config vite.cli.config.ts`.
 */
import { readFileSync } from 'node:fs';
import { isProjectId } from '../core/console-url';
import type { Environment } from '../core/environments';
import { buildEffectivePolicy } from '../core/policy/effective';
import { parsePolicyText } from '../core/policy/parse';
import { formatIssue, type Policy } from '../core/policy/types';

export interface CliIo {
  /** The file's text; throws when it cannot be read. */
  readFile(path: string): string;
  stdout(line: string): void;
  stderr(line: string): void;
}

export const EXIT_OK = 0;
/** The policy has errors. */
export const EXIT_INVALID = 1;
/** Bad arguments or an unreadable file. */
export const EXIT_USAGE = 2;

export const USAGE = [
  'Usage:',
  '  cluster-guard validate <file>                 check a team policy file; exit 1 if it has errors',
  '  cluster-guard explain <file> <project-id>     show which rule classifies a project, and what the console will do',
  '  cluster-guard --help                          show this help',
  '',
  'Exit status: 0 valid, 1 invalid policy, 2 usage error or unreadable file.',
  'Format: docs/team-policy.md; JSON Schema: public/policy.schema.json.',
];

export function runCli(argv: readonly string[], io: CliIo): number {
  const [command, ...args] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    USAGE.forEach((line) => io.stdout(line));
    return EXIT_OK;
  }
  if (command === 'validate' && args.length === 1) return validate(args[0]!, io);
  if (command === 'explain' && args.length === 2) return explain(args[0]!, args[1]!, io);

  if (command === undefined) io.stderr('cluster-guard: missing command');
  else if (command === 'validate' || command === 'explain') io.stderr(`cluster-guard: wrong number of arguments for ${command}`);
  else io.stderr(`cluster-guard: unknown command "${command}"`);
  USAGE.forEach((line) => io.stderr(line));
  return EXIT_USAGE;
}

/** The parsed policy (warnings reported), or the exit code after reporting why there is none. */
function load(file: string, io: CliIo): { policy: Policy } | { exit: number } {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    io.stderr(`cluster-guard: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return { exit: EXIT_USAGE };
  }
  const result = parsePolicyText(text);
  if (!result.ok) {
    for (const issue of result.errors) io.stderr(`${file}: ${formatIssue(issue)}`);
    return { exit: EXIT_INVALID };
  }
  for (const issue of result.warnings) io.stderr(`${file}: warning: ${formatIssue(issue)}`);
  return { policy: result.policy };
}

function validate(file: string, io: CliIo): number {
  const loaded = load(file, io);
  if ('exit' in loaded) return loaded.exit;
  io.stdout(`ok: ${loaded.policy.environments.length} environments, ${loaded.policy.rules.length} rules`);
  return EXIT_OK;
}

/**
 * What the extension would do for `projectId` with this file as the team
 * policy, asked of the same buildEffectivePolicy(...).classify() every
 * console tab uses: precedence is decided in one place only.
 */
function explain(file: string, rawProjectId: string, io: CliIo): number {
  const projectId = rawProjectId.trim().toLowerCase();
  if (!projectId) {
    io.stderr('cluster-guard: the project ID is empty');
    return EXIT_USAGE;
  }
  // Explained only as a console tab would see it: rules never meet anything else.
  if (!isProjectId(projectId)) {
    io.stderr(`cluster-guard: "${projectId.length > 80 ? `${projectId.slice(0, 80)}…` : projectId}" is not a project ID the console can show (letters, digits and hyphens, at most 63, after an optional "domain:" prefix)`);
    return EXIT_USAGE;
  }
  const loaded = load(file, io);
  if ('exit' in loaded) return loaded.exit;
  const { policy } = loaded;
  const effective = buildEffectivePolicy({ managed: null, team: policy, personal: null });
  const found = effective.classify(projectId);

  io.stdout(`project: ${projectId}`);
  if (found?.rule && found.ruleIndex !== null) {
    const which = found.source === 'default' ? `built-in rule ${found.ruleIndex + 1} (useDefaultRules is true)` : `rules[${found.ruleIndex}]`;
    io.stdout(`matched: ${which}: ${found.rule.kind} ${JSON.stringify(found.rule.pattern)} -> ${found.rule.environment}`);
  } else {
    const tried = policy.useDefaultRules ? `none of the ${policy.rules.length} rules nor the built-in ones` : `none of the ${policy.rules.length} rules (useDefaultRules is false)`;
    io.stdout(`matched: ${tried}`);
    io.stdout(policy.unmatched === null ? 'unmatched: null' : `unmatched: ${policy.unmatched}`);
  }

  if (!found) {
    io.stdout('environment: none');
    io.stdout('banner: none (the console is not marked for this project)');
    io.stdout('guard: off (destructive dialogs are not blocked)');
  } else {
    const env = found.environment;
    const origin = effective.environments.get(env.name.toLowerCase())?.source === 'default' ? 'built-in' : 'declared in this file';
    io.stdout(`environment: ${env.name} (${origin})`);
    io.stdout(`banner: ${env.label} in ${env.color}`);
    io.stdout(`guard: ${describeGuard(env)}`);
  }
  io.stdout(
    policy.allowPersonalRules
      ? 'personal rules: allowed (they can only add protection, never weaken this policy)'
      : 'personal rules: off (allowPersonalRules is false)',
  );
  return EXIT_OK;
}

function describeGuard(env: Environment): string {
  if (!env.typedConfirmation) return 'typed confirmation off (destructive dialogs are not blocked)';
  const guards = env.guards ?? 'all';
  const kinds = guards === 'all' ? 'all destructive dialogs' : `${guards.length ? guards.join(', ') : 'no listed kinds'}, and dialogs of unrecognised kind`;
  const also = (env.alsoGuard ?? []).includes('stop') ? ', and to stopping or suspending VMs (alsoGuard)' : '';
  return `typed confirmation on: type "${env.name}" to confirm; applies to ${kinds}${also}`;
}

/** The process side: real files, real streams; returns the exit code. */
export function main(argv: readonly string[] = process.argv.slice(2)): number {
  // `cluster-guard explain ... | grep -q ...` closes the pipe early: stop quietly, not with a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
  return runCli(argv, {
    readFile: (path) => readFileSync(path, 'utf8'),
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
  });
}
