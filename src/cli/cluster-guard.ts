/**
 * `cluster-guard`: check a team policy file in CI and explain what it does
 * for one project, AWS account or Azure subscription, with exactly the
 * parser and matcher the extension uses.
 *
 *   cluster-guard validate [--format text|json|github] <file>...
 *   cluster-guard explain [--console gcp|aws|azure] [--name <name>] <file> <id>
 *   cluster-guard deploy <file> --extension-id <id> --out <dir> [...]
 *
 * The logic is `runCli`, pure apart from the `io` it is given; `main` wires it
 * to the file system and the process. bin/cluster-guard.mjs runs the bundle
 * built by `vite build --config vite.cli.config.ts`.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CONSOLE_IDS, DEFAULT_CONSOLE, isConsoleId, type ConsoleId } from '../consoles/ids';
import { SCOPE_NOUNS } from '../consoles/urls';
import { buildEffectivePolicy } from '../core/policy/effective';
import { parsePolicyText } from '../core/policy/parse';
import { formatIssue, type Policy } from '../core/policy/types';
import { ruleConsole } from '../core/rule-index';
import { AZURE_NAME_ANSWER } from '../core/policy/azure-name';
import { isTypedName, readTypedScope, typedScopeText } from '../core/typed-scope';
import { suggestion } from '../core/did-you-mean';
import { version as VERSION } from '../../package.json';
import { annotation, githubAnnotations } from './github-annotations';
import { DEPLOY_OPTIONS, deploy } from './deploy-command';
import { explainUrl } from './explain-url';
import { describeGuard, ruleText } from './explain-words';

export interface CliIo {
  /** The file's text; throws when it cannot be read. */
  readFile(path: string): string;
  /** Writes a file, making its folders; only `deploy` writes. */
  writeFile?(path: string, data: string | Uint8Array): void;
  randomUuid?(): string;
  stdout(line: string): void;
  stderr(line: string): void;
}

import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from './exit-codes';
export { EXIT_INVALID, EXIT_OK, EXIT_USAGE };

export const USAGE = [
  'Usage:',
  '  cluster-guard validate <file>...     check policy files (versions 1 to 3); exit 1 if one has errors',
  '                  --format json       one JSON report on stdout: [{file, ok, errors, warnings}] (also --json)',
  '                  --format github     one GitHub Actions annotation per problem, at its line and column',
  '  cluster-guard explain [--console gcp|aws|azure|site] [--name <name>] <file> <id>',
  '                                       show which rule classifies a project, AWS account or Azure',
  '                                       subscription, and what the console will do',
  '  cluster-guard explain --url <address> <file>',
  '                                       the same for one page: a site the file names (Argo CD,',
  '                                       Grafana: which site, the name its address shows, its',
  '                                       environment) or a cloud console address',
  '  cluster-guard deploy <file> --extension-id <id> --out <dir> [--update-url <url>]',
  '                  [--firefox-id <id>] [--firefox-install-url <url>]',
  '                                       check the policy, then write what Chrome and Firefox',
  '                                       management takes to force-install the extension with it',
  '                                       (docs/deploy.md)',
  '  cluster-guard --help                 show this help',
  '  cluster-guard --version              show the version',
  '',
  'explain:',
  '  --console gcp     <id> is a Google Cloud project ID (the default)',
  '  --console aws     <id> is an AWS account ID, 123456789012 or 1234-5678-9012; anything else',
  '                    is read as an account alias (then rules for account IDs are not tried)',
  '  --console azure   <id> is an Azure subscription ID (a GUID, any case, braces allowed): an',
  '                    Azure tab knows only the ID the portal\'s URL carries, never a name',
  '  --console site    <id> is the name a site\'s address shows (a namespace, a project)',
  '  --url <address>   a whole page address instead of an ID: https://argocd.prod.acme.internal/applications/x',
  '  --name <name>     the account alias (aws) the console shows beside the ID: rules are',
  '                    tried against both, first rule wins, as in a console tab',
  '  e.g. cluster-guard explain --console aws --name acme-prod policy.json 123456789012',
  '',
  'Exit status: 0 valid, 1 invalid policy, 2 usage error or unreadable file.',
  'Format: docs/team-policy.md; JSON Schema: public/policy.schema.json (policy.schema.json in the @cluster-guard/cli package).',
];

/** The options each command takes, and what they were given. */
const OPTIONS: Readonly<Record<string, readonly string[]>> = { validate: ['--format'], explain: ['--console', '--name', '--url'], deploy: DEPLOY_OPTIONS };
/** Options that take no value. */
const FLAGS: Readonly<Record<string, readonly string[]>> = { validate: ['--json'], explain: [], deploy: [] };
const COMMANDS = ['validate', 'explain', 'deploy'];

/** `--console aws`, `--console=aws`, anywhere after the command; `--` ends the options. */
function readArgs(command: string, args: readonly string[]): { positional: string[]; options: Map<string, string> } | { error: string } {
  const allowed = OPTIONS[command] ?? [];
  const flags = FLAGS[command] ?? [];
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg.length === 2) {
      positional.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals < 0 ? arg : arg.slice(0, equals);
    if (flags.includes(name) && equals < 0) {
      options.set(name, 'true');
      continue;
    }
    if (!allowed.includes(name)) return { error: `unknown option "${name}" for ${command}${suggestion(name, [...allowed, ...flags])}` };
    const value = equals < 0 ? args[++i] : arg.slice(equals + 1);
    if (value === undefined || (equals < 0 && value.startsWith('--'))) return { error: `${name} needs a value` };
    if (options.has(name)) return { error: `${name} is given twice` };
    options.set(name, value);
  }
  return { positional, options };
}

export function runCli(argv: readonly string[], io: CliIo): number {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    USAGE.forEach((line) => io.stdout(line));
    return EXIT_OK;
  }
  if (command === '--version' || command === '-V') {
    io.stdout(VERSION);
    return EXIT_OK;
  }
  // One line that says what is wrong and where help is; the whole help only when asked for.
  const usage = (message: string) => {
    io.stderr(`cluster-guard: ${message} (cluster-guard --help for usage)`);
    return EXIT_USAGE;
  };
  if (command === undefined) return usage('missing command');
  if (!COMMANDS.includes(command)) return usage(`unknown command "${command}"${suggestion(command, COMMANDS)}`);
  const read = readArgs(command, rest);
  if ('error' in read) return usage(read.error);
  const { positional: args, options } = read;
  if (command === 'validate' && args.length >= 1) {
    const format = options.get('--format') ?? (options.has('--json') ? 'json' : 'text');
    if (!isFormat(format)) return usage(`--format: use ${FORMATS.join(', ').replace(/, (?=[^,]*$)/, ' or ')}${suggestion(format, FORMATS)}`);
    return validate(args, format, io);
  }
  if (command === 'explain' && options.has('--url')) {
    if (args.length !== 1) return usage('explain --url takes one policy file: cluster-guard explain --url <address> <file>');
    if (options.has('--console') || options.has('--name')) return usage('--url names the page: --console and --name do not go with it');
    return explainAddress(args[0]!, options.get('--url')!, io);
  }
  if (command === 'explain' && args.length === 2) {
    const console = options.get('--console') ?? DEFAULT_CONSOLE;
    if (!isConsoleId(console)) {
      io.stderr(`cluster-guard: unknown console "${console}"; use one of ${CONSOLE_IDS.join(', ')}${suggestion(console, CONSOLE_IDS)}`);
      return EXIT_USAGE;
    }
    return explain(args[0]!, args[1]!, console, options.get('--name'), io);
  }
  if (command === 'deploy' && args.length === 1) return deploy(args[0]!, options, io, (file) => load(file, io));
  return usage(`wrong number of arguments for ${command}`);
}

const FORMATS = ['text', 'json', 'github'] as const;
type Format = (typeof FORMATS)[number];
const isFormat = (value: string): value is Format => (FORMATS as readonly string[]).includes(value);

/** One file checked: its policy, or why there is none. */
type Checked =
  | { file: string; readError: string }
  | { file: string; text: string; result: ReturnType<typeof parsePolicyText> };

function check(file: string, io: CliIo): Checked {
  try {
    const text = io.readFile(file);
    return { file, text, result: parsePolicyText(text) };
  } catch (error) {
    return { file, readError: error instanceof Error ? error.message : String(error) };
  }
}

/** The parsed policy (warnings reported), or the exit code after reporting why there is none. */
function load(file: string, io: CliIo): { policy: Policy; text: string } | { exit: number } {
  const checked = check(file, io);
  report(checked, io);
  if ('readError' in checked) return { exit: EXIT_USAGE };
  return checked.result.ok ? { policy: checked.result.policy, text: checked.text } : { exit: EXIT_INVALID };
}

/** Errors and warnings on stderr, each line naming its file. */
function report(checked: Checked, io: CliIo): void {
  if ('readError' in checked) return io.stderr(`cluster-guard: cannot read ${checked.file}: ${checked.readError}`);
  const { file, result } = checked;
  if (!result.ok) for (const issue of result.errors) io.stderr(`${file}: ${formatIssue(issue)}`);
  else for (const issue of result.warnings) io.stderr(`${file}: warning: ${formatIssue(issue)}`);
}

const exitOf = (checked: Checked) => ('readError' in checked ? EXIT_USAGE : checked.result.ok ? EXIT_OK : EXIT_INVALID);

/** Every file is checked, whatever the earlier ones gave; the exit status is the worst of them. */
function validate(files: readonly string[], format: Format, io: CliIo): number {
  const all = files.map((file) => check(file, io));
  if (format === 'json') {
    io.stdout(JSON.stringify(all.map(toJson), null, 2));
  } else if (format === 'github') {
    for (const checked of all) {
      const lines =
        'readError' in checked
          ? [annotation('error', { file: checked.file }, `cannot read: ${checked.readError}`)]
          : githubAnnotations(checked.file, checked.text, checked.result);
      lines.forEach((line) => io.stdout(line));
    }
  } else {
    for (const checked of all) {
      report(checked, io);
      if ('result' in checked && checked.result.ok) {
        const { policy } = checked.result;
        // One file reads as it always did; several say which file each line is about.
        io.stdout(`${files.length > 1 ? `${checked.file}: ` : ''}ok: ${policy.environments.length} environments, ${policy.rules.length} rules`);
      }
    }
  }
  return Math.max(...all.map(exitOf));
}

/** The machine-readable report of one file, for CI annotations. */
function toJson(checked: Checked) {
  if ('readError' in checked) return { file: checked.file, ok: false, errors: [{ path: '(file)', message: `cannot read: ${checked.readError}` }], warnings: [] };
  const { result } = checked;
  return result.ok
    ? { file: checked.file, ok: true, errors: [], warnings: result.warnings, environments: result.policy.environments.length, rules: result.policy.rules.length }
    : { file: checked.file, ok: false, errors: result.errors, warnings: [] };
}

/** What each console's IDs and names look like, for "is not ..." messages. */
const NOT_A_SCOPE: Record<ConsoleId, string> = {
  gcp: 'a project ID the console can show (letters, digits and hyphens, at most 63, after an optional "domain:" prefix)',
  aws: 'an AWS account ID (12 digits, or 1111-2222-3333) or account alias (lower-case letters, digits and hyphens, 3 to 63) the console can show',
  azure: 'an Azure subscription ID (a GUID) the portal can show',
  site: "a name a site's URL can show (a namespace, a project: 1 to 253 characters)",
};
type NamedConsole = Exclude<ConsoleId, 'gcp'>;
const NAMES: Record<NamedConsole, string> = { aws: 'account alias', azure: 'subscription name', site: 'name' };
const NOT_A_NAME: Record<'aws', string> = { aws: 'an AWS account alias (lower-case letters, digits and hyphens, 3 to 63)' };
const RULE_WORDS: Record<ConsoleId, string> = { gcp: 'Google Cloud', aws: 'AWS', azure: 'Azure', site: 'site' };

const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 80)}…` : text);

/**
 * What the extension would do for the scope `rawId` (with its `name`) of
 * `console`, with this file as the team policy, asked of the same
 * buildEffectivePolicy(...).classify() every console tab uses: precedence
 * is decided in one place only.
 */
function explain(file: string, rawId: string, console: ConsoleId, name: string | undefined, io: CliIo): number {
  const noun = SCOPE_NOUNS[console];
  const fail = (message: string) => {
    io.stderr(`cluster-guard: ${message}`);
    return EXIT_USAGE;
  };
  if (name !== undefined) {
    if (console === 'gcp') return fail('--name is for AWS account aliases (--console aws); a Google Cloud project has no name besides its ID');
    if (console === 'azure') return fail(`--name: ${AZURE_NAME_ANSWER}`);
    if (!isTypedName(console, name)) return fail(`--name: "${shorten(name.trim())}" is not ${NOT_A_NAME.aws}`);
  }
  const typed = readTypedScope(console, rawId, name);
  if (!typed.ok) {
    if (typed.reason === 'empty') return fail(`the ${noun} ID is empty`);
    if (typed.reason === 'azureName' && !readTypedScope(console, file).ok) return fail(`"${shorten(rawId.trim())}": ${AZURE_NAME_ANSWER}`);
    io.stderr(`cluster-guard: "${shorten(rawId.trim().toLowerCase())}" is not ${NOT_A_SCOPE[console]}`);
    // `explain --console aws 123456789012 policy.json`: the file comes first.
    if (readTypedScope(console, file).ok) io.stderr(`cluster-guard: the policy file comes first, then the ID: cluster-guard explain${console === DEFAULT_CONSOLE ? '' : ` --console ${console}`} ${rawId} ${file}`);
    return EXIT_USAGE;
  }
  if (name !== undefined && typed.by === 'name') return fail(`--name goes with the ${noun} ID; "${shorten(rawId.trim())}" is not one`);
  const loaded = load(file, io);
  if ('exit' in loaded) return loaded.exit;
  const { policy } = loaded;
  const { scope } = typed;
  const effective = buildEffectivePolicy({ managed: null, team: policy, personal: null });
  const found = effective.classify(scope);

  const named = console === 'gcp' ? null : NAMES[console];
  const nameOnly = typed.by === 'name' ? ` (${named} only: rules for ${noun} IDs are not tried)` : '';
  io.stdout(`${noun}: ${typedScopeText(typed)}${nameOnly}`);
  if (found?.rule && found.ruleIndex !== null) {
    const which = found.source === 'default' ? `built-in rule ${found.ruleIndex + 1} (useDefaultRules is true)` : `rules[${found.ruleIndex}]`;
    io.stdout(`matched: ${which}: ${ruleText(found.rule)} -> ${found.rule.environment}`);
    if (found.rule.note) io.stdout(`note: ${found.rule.note}`);
  } else {
    const own = policy.rules.filter((rule) => ruleConsole(rule) === console).length;
    // A file of Google Cloud rules reads as before; otherwise say which console's rules were tried.
    const rules = own === policy.rules.length && console === DEFAULT_CONSOLE ? `${own} rules` : `${own} ${RULE_WORDS[console]} rules (of ${policy.rules.length})`;
    // The built-in rules read names only: a bare account or subscription ID is none.
    const namesOnly = named && !scope.name ? ` (they read names only: give the ${named} with --name)` : '';
    io.stdout(`matched: ${policy.useDefaultRules ? `none of the ${rules} nor the built-in ones${namesOnly}` : `none of the ${rules} (useDefaultRules is false)`}`);
    io.stdout(policy.unmatched === null ? 'unmatched: null' : `unmatched: ${policy.unmatched}`);
  }

  if (!found) {
    io.stdout('environment: none');
    io.stdout(`banner: none (the console is not marked for this ${noun})`);
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

/** `explain --url`: the page at `href`, with the file as the team policy. */
function explainAddress(file: string, href: string, io: CliIo): number {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    io.stderr(`cluster-guard: --url: "${shorten(href)}" is not an address (e.g. https://argocd.prod.acme.internal/applications/payments)`);
    return EXIT_USAGE;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    io.stderr(`cluster-guard: --url: only http and https pages are marked (found ${url.protocol})`);
    return EXIT_USAGE;
  }
  const loaded = load(file, io);
  if ('exit' in loaded) return loaded.exit;
  explainUrl(loaded.policy, url.href, io);
  return EXIT_OK;
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
    writeFile: (path, data) => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, data);
    },
    randomUuid: () => randomUUID(),
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
  });
}
