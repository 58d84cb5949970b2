/**
 * Reads and checks policy files: the team policy a whole team shares (checked
 * in their CI with `cluster-guard validate`, deployed by URL or enterprise
 * policy), enterprise-managed values and stored personal policies. Pure: no
 * browser globals, and no code generation (valibot, not ajv), so it runs
 * under an extension's CSP.
 *
 * Everything is hostile until proven otherwise: the size is checked before
 * JSON.parse, the nesting depth before anything recursive, the version before
 * the rest (a newer file is refused with a message that says to update), and
 * every problem is collected, each with the path of the offending value, e.g.
 * `rules[3].match: invalid regular expression: ...`.
 *
 * The on-disk format (version 1) is described in docs/team-policy.md and
 * public/policy.schema.json; keep the three in step (a unit test compares the
 * schema with the lists below).
 */
import * as v from 'valibot';
import { DESTRUCTIVE_KINDS } from '../dialogs';
import { CONSOLES, isScopeKey } from '../../consoles/urls';
import { CONSOLE_IDS, type ConsoleId } from '../../consoles/ids';
import { isRecord } from '../is-record';
import { DEFAULT_ENVIRONMENTS, OPTIONAL_ACTIONS, type Environment } from '../environments';
import { indexRules, ruleConsole } from '../rule-index';
import { compilePattern, PATTERN_KINDS, type Rule } from '../rules';
import { BANNER_KEYS, ENVIRONMENT_KEYS, ROOT_KEYS, RULE_KEYS } from './file';
import { PolicyCost, publishedSizeIssue } from './cost';
import { azurePatternProblem, canonicalSubscriptionId } from './azure-rules';
import { BANNER_SIZES, POLICY_VERSION, type BannerDisplay, type ParseResult, type Policy, type PolicyIssue, type PolicyVersion } from './types';
import { suggestion } from '../did-you-mean';
import { checkSites } from './sites';

/** The lists the schema test compares with public/policy.schema.json. */
export { BANNER_SIZES, CONSOLE_IDS, DESTRUCTIVE_KINDS, OPTIONAL_ACTIONS, PATTERN_KINDS };
/** Writing a policy back to its file shape lives in ./file (no validator needed for that). */
export { BANNER_KEYS, ENVIRONMENT_KEYS, POLICY_SCHEMA_URL, policyToFile, ROOT_KEYS, RULE_KEYS, serializePolicy } from './file';

export const MAX_POLICY_BYTES = 256 * 1024;
export const MAX_RULES = 5000;
export const MAX_ENVIRONMENTS = 50;
export const MAX_DEPTH = 20;
export const MAX_NAME_LENGTH = 40;
export const MAX_LABEL_LENGTH = 12;
/** A rule's `match`, whatever its kind. */
export const MAX_MATCH_LENGTH = 500;

export const COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;
/** No leading or trailing whitespace, no control characters (the schema has the same pattern). */
export const NAME_PATTERN = /^[^\s\x00-\x1f\x7f](?:[^\x00-\x1f\x7f]*[^\s\x00-\x1f\x7f])?$/;
export const LABEL_PATTERN = /^[^\x00-\x1f\x7f]*$/;

const BUILT_IN_NAMES = DEFAULT_ENVIRONMENTS.map((env) => env.name);

// ---------------------------------------------------------------- describing values

/** A short description of a value for "found ..." in messages. */
function found(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

const expected = (what: string) => (issue: v.BaseIssue<unknown>) => `expected ${what} (found ${found(issue.input)})`;

/** For a word from a fixed list: the list, what was found, and the likely intended word. */
const expectedOneOf = (choices: readonly string[]) => (issue: v.BaseIssue<unknown>) =>
  `expected one of ${choices.join(', ')} (found ${found(issue.input)})${suggestion(issue.input, choices)}`;

/** `rules[3].match`, `environments[0]["odd key"]`, `(root)` for the whole document. */
export function formatPath(keys: readonly (string | number)[]): string {
  let path = '';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) path += path ? `.${key}` : key;
    else path += `[${JSON.stringify(key)}]`;
  }
  return path || '(root)';
}

const codePoints = (text: string) => [...text].length;

// ---------------------------------------------------------------- schemas

/**
 * An object schema reports two things with one message: the value is not an
 * object, or a key is missing. Unknown keys are checked by unknownKeys
 * (valibot's strictObject names only the first one).
 */
const objectMessage = (what: string) => (issue: v.BaseIssue<unknown>) => {
  if (issue.received === 'undefined' && issue.expected?.startsWith('"')) return 'missing';
  return `expected ${what} (found ${found(issue.input)})`;
};

/** Every key of `value` (when it is an object) that is not in `allowed`. */
function unknownKeys(value: unknown, allowed: readonly string[], prefix: readonly (string | number)[]): PolicyIssue[] {
  if (!isRecord(value)) return [];
  return Object.keys(value)
    .filter((key) => !allowed.includes(key))
    .map((key) => ({ path: formatPath([...prefix, key]), message: `unknown key${suggestion(key, allowed)}` }));
}

const nonEmptyString = (what: string) =>
  v.pipe(
    v.string(expected(what)),
    v.check((text) => text.length > 0, 'must not be empty'),
  );

const environmentSchema = v.looseObject(
  {
    name: v.pipe(
      nonEmptyString('a name like "production"'),
      v.check((name) => name === '' || NAME_PATTERN.test(name), 'must not start or end with spaces or contain control characters'),
      v.check((name) => codePoints(name) <= MAX_NAME_LENGTH, (issue) => `at most ${MAX_NAME_LENGTH} characters (found ${codePoints(issue.input)})`),
    ),
    label: v.pipe(
      nonEmptyString('a short label like "PROD"'),
      v.regex(LABEL_PATTERN, 'must not contain control characters'),
      v.check((label) => codePoints(label) <= MAX_LABEL_LENGTH, (issue) => `at most ${MAX_LABEL_LENGTH} characters (found ${codePoints(issue.input)})`),
    ),
    color: v.pipe(v.string(expected('a colour like #c5221f')), v.regex(COLOR_PATTERN, 'expected a colour like #c5221f')),
    typedConfirmation: v.boolean(expected('true or false')),
    guards: v.optional(
      v.lazy((input) =>
        typeof input === 'string'
          ? v.literal('all', expected(`"all" or a list of dialog kinds`))
          : v.array(v.picklist(DESTRUCTIVE_KINDS, expected(`one of ${DESTRUCTIVE_KINDS.join(', ')}`)), expected(`"all" or a list of dialog kinds`)),
      ),
    ),
    alsoGuard: v.optional(v.array(v.picklist(OPTIONAL_ACTIONS, expected(`one of ${OPTIONAL_ACTIONS.join(', ')}`)), expected('a list of actions like ["stop"]'))),
  },
  objectMessage('an environment object'),
);

const ruleSchema = v.looseObject(
  {
    console: v.optional(v.picklist(CONSOLE_IDS, expectedOneOf(CONSOLE_IDS))),
    match: v.pipe(
      nonEmptyString('a project ID or pattern'),
      v.check((match) => match.length <= MAX_MATCH_LENGTH, (issue) => `at most ${MAX_MATCH_LENGTH} characters (found ${issue.input.length})`),
    ),
    kind: v.picklist(PATTERN_KINDS, expectedOneOf(PATTERN_KINDS)),
    environment: nonEmptyString('an environment name'),
    note: v.optional(v.string(expected('a string'))),
  },
  objectMessage('a rule object'),
);

/** How the console is marked; cosmetic, every field optional. */
const bannerSchema = v.looseObject(
  {
    size: v.optional(v.picklist(BANNER_SIZES, expected(`one of ${BANNER_SIZES.join(', ')}`))),
    tintConsoleHeader: v.optional(v.boolean(expected('true or false'))),
  },
  objectMessage('an object like {"size": "tall"}'),
);

/** The top level; the version was checked before and the lists' items are checked one by one. */
const rootSchema = v.looseObject(
  {
    $schema: v.optional(v.string(expected('a URL or path of the schema'))),
    version: v.unknown(),
    environments: v.array(v.unknown(), expected('a list of environments')),
    rules: v.array(v.unknown(), expected('a list of rules')),
    unmatched: v.optional(v.nullable(v.string(expected('an environment name or null')))),
    useDefaultRules: v.optional(v.boolean(expected('true or false'))),
    allowPersonalRules: v.optional(v.boolean(expected('true or false'))),
    banner: v.optional(bannerSchema),
    sites: v.optional(v.unknown()),
  },
  objectMessage('an object'),
);

function issuesOf(result: v.SafeParseResult<v.GenericSchema>, prefix: readonly (string | number)[]): PolicyIssue[] {
  return (result.issues ?? []).map((issue) => ({
    path: formatPath([...prefix, ...(issue.path ?? []).map((item) => item.key as string | number)]),
    message: issue.message,
  }));
}

// ---------------------------------------------------------------- depth

/** Nesting depth of a JSON text (the top-level value is depth 1), without parsing it; stops once past `limit`. */
function textDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i++; // backslash: skip the escaped character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      if (++depth > limit) return true;
    } else if (code === 0x7d || code === 0x5d) depth--;
  }
  return false;
}

/** No list in a policy is longer than this (the rules are the longest), nor any object wider. */
export const MAX_LIST_ITEMS = MAX_RULES;

/** A list or object found too big while copying: where, and how big it said it was. */
interface Oversized {
  keys: (string | number)[];
  size: number;
  list: boolean;
}

/**
 * A plain copy of a parsed value: own enumerable keys only, objects without a
 * prototype (so a `__proto__` key is just a key), built iteratively (hostile
 * nesting cannot exhaust the stack). Null when deeper than `limit` (cycles
 * included). Every list's length and object's width is checked before it is
 * looked into (a sparse list of length 2^32-1 given directly would exhaust
 * the engine): a bigger one is copied empty and listed in `oversized`.
 * Managed-storage and stored values are plain already; this makes sure of it
 * before any of them is looked at.
 */
function plainCopy(value: unknown, limit: number): { copy: unknown; oversized: Oversized[] } | null {
  const oversized: Oversized[] = [];
  if (value === null || typeof value !== 'object') return { copy: value, oversized };
  const copyOf = (source: object): object => (Array.isArray(source) ? [] : Object.create(null));
  const root = copyOf(value);
  const stack: { source: object; target: object; depth: number; keys: (string | number)[] }[] = [{ source: value, target: root, depth: 1, keys: [] }];
  while (stack.length) {
    const { source, target, depth, keys: at } = stack.pop()!;
    if (depth > limit) return null;
    const list = Array.isArray(source);
    const length: unknown = list ? (source as unknown[]).length : 0;
    if (list && !(typeof length === 'number' && length <= MAX_LIST_ITEMS)) {
      oversized.push({ keys: at, size: Number(length), list });
      continue;
    }
    const keys = Object.keys(source);
    if (!list && keys.length > MAX_LIST_ITEMS) {
      oversized.push({ keys: at, size: keys.length, list });
      continue;
    }
    if (list) (target as unknown[]).length = length as number;
    for (const key of keys) {
      const child: unknown = (source as Record<string, unknown>)[key];
      if (child === undefined && !list) continue; // as JSON would: an undefined member is absent
      let copy = child;
      if (child !== null && typeof child === 'object') {
        copy = copyOf(child);
        stack.push({ source: child, target: copy as object, depth: depth + 1, keys: [...at, list ? Number(key) : key] });
      }
      Object.defineProperty(target, key, { value: copy, enumerable: true, writable: true, configurable: true });
    }
  }
  return { copy: root, oversized };
}

/** Why an oversized list or object is refused; the rules and environments lists say their own limit. */
function oversizedIssue({ keys, size, list }: Oversized): PolicyIssue {
  const path = formatPath(keys);
  if (list && keys.length === 1 && (keys[0] === 'rules' || keys[0] === 'environments')) {
    return { path, message: `at most ${keys[0] === 'rules' ? MAX_RULES : MAX_ENVIRONMENTS} ${keys[0]} (found ${size})` };
  }
  return { path, message: list ? `a list of at most ${MAX_LIST_ITEMS} items (found ${size})` : `an object of at most ${MAX_LIST_ITEMS} keys (found ${size})` };
}

const tooDeep = (): PolicyIssue => ({ path: '(root)', message: `nested more than ${MAX_DEPTH} levels deep; a policy never needs that` });

// ---------------------------------------------------------------- text

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** 1-based line and column of a UTF-16 offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const JSON_LITERAL = /true|false|null/y;
const LITERALS: Readonly<Record<string, string>> = { t: 'true', f: 'false', n: 'null' };
/** A string's longest valid prefix: what follows it is the closing quote or the problem. */
const JSON_STRING_PREFIX = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

/**
 * Where JSON.parse gave up, for engines whose message does not say: a small
 * iterative JSON recogniser that returns the offset of the first error.
 */
function locateJsonError(text: string): number {
  let i = 0;
  const stack: ('{' | '[')[] = [];
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const sticky = (regex: RegExp): boolean => {
    regex.lastIndex = i;
    const match = regex.exec(text);
    if (!match) return false;
    i += match[0].length;
    return true;
  };
  const string = (): boolean => {
    if (text.charAt(i) !== '"') return false;
    sticky(JSON_STRING_PREFIX);
    if (text.charAt(i) !== '"') return false;
    i++;
    return true;
  };
  /** A member's key and colon, after `{` or `,`. */
  const key = (): boolean => {
    skipSpace();
    if (!string()) return false;
    skipSpace();
    if (text.charAt(i) !== ':') return false;
    i++;
    return true;
  };
  for (;;) {
    // A value is expected here.
    skipSpace();
    const char = text.charAt(i);
    if (char === '{' || char === '[') {
      i++;
      skipSpace();
      if (text.charAt(i) === (char === '{' ? '}' : ']')) i++;
      else {
        stack.push(char);
        if (char === '{' && !key()) return i;
        continue;
      }
    } else if (!(string() || sticky(JSON_NUMBER) || sticky(JSON_LITERAL))) {
      // `tru,`: the problem is where the word stops matching.
      const word = LITERALS[char] ?? '';
      let k = 0;
      while (k < word.length && text.charAt(i + k) === word.charAt(k)) k++;
      return i + k;
    }
    // After a value: close containers, or move on to the next element.
    for (;;) {
      skipSpace();
      const top = stack[stack.length - 1];
      if (!top) return i < text.length ? i : -1;
      const next = text.charAt(i);
      if (next === ',') {
        i++;
        if (top === '{' && !key()) return i;
        break;
      }
      if (next !== (top === '{' ? '}' : ']')) return i;
      i++;
      stack.pop();
    }
  }
}

function jsonError(text: string, error: unknown): PolicyIssue {
  const raw = error instanceof Error ? error.message : String(error);
  let offset: number | null = null;
  let line: number | null = null;
  let column: number | null = null;
  const position = /at position (\d+)/.exec(raw);
  const firefox = /at line (\d+) column (\d+)/.exec(raw);
  if (position) offset = Number(position[1]);
  else if (firefox) [line, column] = [Number(firefox[1]), Number(firefox[2])];
  else {
    const located = locateJsonError(text);
    if (located >= 0) offset = located;
  }
  if (offset !== null) ({ line, column } = lineAndColumn(text, offset));
  // V8 quotes (part of) the text and repeats the position; Firefox prefixes `JSON.parse: `.
  const reason = raw
    .replace(/[\u0000-\u001f]/g, (char) => JSON.stringify(char).slice(1, -1))
    .replace(/^JSON\.parse: /, '')
    .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '')
    .replace(/ (?:in JSON )?at position \d+(?: \(line \d+ column \d+\))?$/, '')
    .replace(/ at line \d+ column \d+ of the JSON data$/, '');
  const where = line !== null && column !== null ? ` at line ${line}, column ${column}` : '';
  return { path: '(root)', message: `invalid JSON${where}: ${reason}` };
}

// ---------------------------------------------------------------- parsing

/** A policy file's text: size, then depth, then JSON syntax, then everything parsePolicyObject checks. */
export function parsePolicyText(text: string): ParseResult {
  // Cheap first: every UTF-16 unit is at least one byte.
  const bytes = text.length > MAX_POLICY_BYTES ? Math.max(text.length, utf8Length(text)) : utf8Length(text);
  if (bytes > MAX_POLICY_BYTES) {
    return fail({ path: '(root)', message: `file is ${Math.ceil(bytes / 1024)} KiB; the limit is ${MAX_POLICY_BYTES / 1024} KiB` });
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a byte order mark from some editors
  if (textDepthExceeds(body, MAX_DEPTH)) return fail(tooDeep());
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return fail(jsonError(body, error));
  }
  return parsePolicyObject(value);
}

const fail = (...errors: PolicyIssue[]): ParseResult => ({ ok: false, errors });

const own = (record: Record<string, unknown>, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

/** `version` first: a newer file is refused before anything else is looked at. */
function versionProblem(root: Record<string, unknown>): { issue: PolicyIssue; newer: boolean } | null {
  const version = own(root, 'version');
  const at = (message: string, newer = false) => ({ issue: { path: 'version', message }, newer });
  if (version === undefined) return at(`missing; add "version": ${POLICY_VERSION}`);
  if (typeof version !== 'number' || !Number.isInteger(version)) return at(`expected the number 1, 2 or ${POLICY_VERSION} (found ${found(version)})`);
  if (version > POLICY_VERSION) {
    return at(`this file is version ${version} but this extension understands up to version ${POLICY_VERSION}; update Cluster Guard`, true);
  }
  if (version < 1) return at(`expected 1, 2 or ${POLICY_VERSION} (found ${version})`);
  return null;
}

/**
 * A parsed JSON value (a policy file, an enterprise-managed `policy` value, a
 * stored personal policy): every error, or the Policy with defaults filled in
 * and any warnings (rules that can never match, settings with no effect).
 */
export function parsePolicyObject(input: unknown): ParseResult {
  if (!isRecord(input)) return fail({ path: '(root)', message: `expected an object (found ${found(input)})` });
  let copied: ReturnType<typeof plainCopy>;
  try {
    // The version first: a newer file is refused before anything else is looked at.
    const newer = versionProblem(input);
    if (newer?.newer) return fail(newer.issue);
    copied = plainCopy(input, MAX_DEPTH);
  } catch (error) {
    return fail({ path: '(root)', message: `cannot be read: ${error instanceof Error ? error.message : String(error)}` });
  }
  if (copied === null) return fail(tooDeep());
  if (copied.oversized.length) return fail(...copied.oversized.map(oversizedIssue));
  const value = copied.copy as Record<string, unknown>;
  const version = versionProblem(value);

  const errors: PolicyIssue[] = version ? [version.issue] : [];
  const warnings: PolicyIssue[] = [];
  const root = v.safeParse(rootSchema, value);
  errors.push(...issuesOf(root, []).filter((issue) => issue.path !== 'version'), ...unknownKeys(value, ROOT_KEYS, []));
  const bannerValue = own(value, 'banner');
  // valibot's object schemas take a list for an object.
  if (Array.isArray(bannerValue)) errors.push({ path: 'banner', message: `expected an object like {"size": "tall"} (found a list)` });
  else errors.push(...unknownKeys(bannerValue, BANNER_KEYS, ['banner']));

  // The lists, item by item so one bad item does not hide the others' problems,
  // each item's own checks right after its shape so errors come in file order.
  const declared = new Map<string, number>();
  // Names of environments that are themselves invalid: already reported, so rules naming them are not.
  const misdeclared = new Set<string>();
  const environmentList = own(value, 'environments');
  if (Array.isArray(environmentList) && environmentList.length <= MAX_ENVIRONMENTS) {
    for (const item of environmentList as unknown[]) {
      const name = isRecord(item) ? own(item, 'name') : undefined;
      if (typeof name === 'string') misdeclared.add(name.toLowerCase());
    }
  }
  const environments = checkList(environmentList, 'environments', MAX_ENVIRONMENTS, environmentSchema, ENVIRONMENT_KEYS, errors, (item, index) => {
    // Names are unique ignoring case; redefining a built-in one is allowed.
    const key = item.name.toLowerCase();
    const earlier = declared.get(key);
    if (earlier !== undefined) {
      errors.push({ path: `environments[${index}].name`, message: `duplicate environment name "${item.name}" (environments[${earlier}] has it already; names ignore case)` });
    } else declared.set(key, index);
    if (item.alsoGuard !== undefined && item.alsoGuard.length > 0 && !item.typedConfirmation) {
      warnings.push({ path: `environments[${index}].alsoGuard`, message: 'has no effect: typedConfirmation is false' });
    }
    if (item.guards !== undefined && !item.typedConfirmation) {
      warnings.push({ path: `environments[${index}].guards`, message: 'has no effect: typedConfirmation is false' });
    } else if (Array.isArray(item.guards) && item.guards.length === 0) {
      warnings.push({ path: `environments[${index}].guards`, message: 'is empty: typed confirmation only applies to dialogs whose kind is not recognised' });
    }
  });
  const known = new Set([...declared.keys(), ...BUILT_IN_NAMES]);
  const isKnown = (name: string) => known.has(name.toLowerCase()) || misdeclared.has(name.toLowerCase());
  const unknownEnvironment = (name: string) =>
    `unknown environment "${name}"; declare it under environments or use one of ${BUILT_IN_NAMES.join(', ')}${suggestion(name, [...declared.keys(), ...BUILT_IN_NAMES])}`;

  const fileVersion = (version ? POLICY_VERSION : own(value, 'version')) as PolicyVersion;
  const cost = new PolicyCost();
  let costRefusal: PolicyIssue | null = null;
  const ruleList = own(value, 'rules');
  const ruleCount = Array.isArray(ruleList) ? ruleList.length : 0;
  const rules = checkList(ruleList, 'rules', MAX_RULES, ruleSchema, RULE_KEYS, errors, (item, index) => {
    if (item.console !== undefined && fileVersion < 2) {
      errors.push({ path: `rules[${index}].console`, message: 'needs "version": 2 (a version 1 file holds Google Cloud rules only)' });
    } else if (item.console === 'site' && fileVersion < 3) {
      errors.push({ path: `rules[${index}].console`, message: 'needs "version": 3 (rules for sites came in version 3)' });
    }
    // An AWS account as the console shows it (1111-2222-3333) is the account 111122223333.
    if (item.kind === 'exact' && item.console === 'aws') item.match = CONSOLES.aws.canonicalId(item.match) ?? item.match;
    // An Azure subscription ID as people copy it ({0B1C…}) is the ID the portal's URL carries.
    if (item.kind === 'exact' && item.console === 'azure') item.match = canonicalSubscriptionId(item.match) ?? item.match;
    // Compiled exactly as the extension will, so the file and the extension agree.
    let compiled = true;
    try {
      compilePattern(item.kind, item.match);
    } catch (error) {
      errors.push({ path: `rules[${index}].match`, message: (error as Error).message });
      compiled = false;
    }
    if (!isKnown(item.environment)) errors.push({ path: `rules[${index}].environment`, message: unknownEnvironment(item.environment) });
    if (!compiled) return true;
    const azure = item.console === 'azure' ? azurePatternProblem(item.kind, item.match) : null;
    if (azure) {
      errors.push({ path: `rules[${index}].match`, message: azure });
      return true;
    }
    // What the rules cost grows with each one: stop compiling once it is too much.
    cost.add({ kind: item.kind, pattern: item.match, environment: item.environment, ...(item.console ? { console: item.console } : {}) });
    costRefusal = cost.refusal(index < ruleCount - 1);
    return costRefusal === null;
  });
  if (costRefusal) errors.push(costRefusal);

  const unmatched = own(value, 'unmatched');
  if (typeof unmatched === 'string' && !isKnown(unmatched)) errors.push({ path: 'unmatched', message: unknownEnvironment(unmatched) });
  const sites = checkSites(own(value, 'sites'), { version: fileVersion, isKnownEnvironment: isKnown, unknownEnvironment }, errors, warnings);

  if (errors.length) return fail(...errors);

  const policy: Policy = {
    version: POLICY_VERSION,
    environments: environments.map(({ item }) => toEnvironment(item)),
    rules: rules.map(({ item }) => ({
      kind: item.kind,
      pattern: item.match,
      environment: item.environment,
      ...(item.console && item.console !== 'gcp' ? { console: item.console } : {}),
      ...(item.note ? { note: item.note } : {}),
    })),
    unmatched: typeof unmatched === 'string' ? unmatched : null,
    useDefaultRules: own(value, 'useDefaultRules') !== false,
    allowPersonalRules: own(value, 'allowPersonalRules') !== false,
  };
  const banner = toBanner(bannerValue);
  if (banner) policy.banner = banner;
  if (sites.length > 0) policy.sites = sites;
  const tooBig = publishedSizeIssue(policy);
  if (tooBig) return fail(tooBig);
  warnings.push(...unreachableRules(policy.rules));
  return { ok: true, policy, warnings };
}

/** The checked `banner` object, or undefined when it sets nothing. */
function toBanner(value: unknown): BannerDisplay | undefined {
  if (!isRecord(value)) return undefined;
  const banner: BannerDisplay = {};
  if (value.size !== undefined) banner.size = value.size as BannerDisplay['size'];
  if (value.tintConsoleHeader !== undefined) banner.tintConsoleHeader = value.tintConsoleHeader as boolean;
  return Object.keys(banner).length > 0 ? banner : undefined;
}

type EnvironmentItem = v.InferOutput<typeof environmentSchema>;

function toEnvironment(item: EnvironmentItem): Environment {
  const environment: Environment = { name: item.name, label: item.label, color: item.color, typedConfirmation: item.typedConfirmation };
  if (item.guards !== undefined) environment.guards = item.guards === 'all' ? 'all' : [...item.guards];
  if (item.alsoGuard !== undefined) environment.alsoGuard = [...new Set(item.alsoGuard)];
  return environment;
}

/**
 * The valid items of a list (with their indexes), each handed to `check` as
 * soon as its shape is right; every problem goes to `errors`. Too long a list
 * is one error and its items are not looked at. `keys`: the keys an item may have.
 * `check` returning false stops the walk (the rest would only cost time).
 */
function checkList<TSchema extends v.GenericSchema>(
  list: unknown,
  path: 'environments' | 'rules',
  max: number,
  schema: TSchema,
  keys: readonly string[],
  errors: PolicyIssue[],
  check: (item: v.InferOutput<TSchema>, index: number) => boolean | void,
): { item: v.InferOutput<TSchema>; index: number }[] {
  if (!Array.isArray(list)) return []; // reported by the root schema
  if (list.length > max) {
    errors.push({ path, message: `at most ${max} ${path} (found ${list.length})` });
    return [];
  }
  const valid: { item: v.InferOutput<TSchema>; index: number }[] = [];
  for (let index = 0; index < list.length; index++) {
    const item: unknown = list[index];
    const result = v.safeParse(schema, item);
    const unknown = unknownKeys(item, keys, [path, index]);
    errors.push(...issuesOf(result, [path, index]), ...unknown);
    if (!result.success || unknown.length) continue;
    valid.push({ item: result.output, index });
    if (check(result.output, index) === false) break;
  }
  return valid;
}

/** What a console calls what its rules match, for messages. */
const SCOPE_WORDS: Record<ConsoleId, string> = {
  gcp: 'a project ID the console can show (letters, digits and hyphens, at most 63, after an optional "domain:" prefix)',
  aws: 'an AWS account ID (12 digits) or alias (lower-case letters, digits and hyphens, 3 to 63)',
  azure: 'an Azure subscription ID (a GUID)',
  site: "a name a site's URL can show (a namespace, a project)",
};

/** A pattern that matches every ID: `*`, `.*`, `^.+$`. Rules of its console after it are never reached. */
function isCatchAll(rule: Rule): boolean {
  if (rule.kind === 'glob') return /^\*+$/.test(rule.pattern);
  return rule.kind === 'regex' && /^\^?(?:\.\*|\.\+|\(\.\*\)|\(\?:\.\*\))\$?$/.test(rule.pattern);
}

/** An AWS account ID with a digit too many or too few is not one: it would be read as an alias, silently. */
function nearAccountId(rule: Rule): string | null {
  if (ruleConsole(rule) !== 'aws' || rule.kind !== 'exact') return null;
  const digits = rule.pattern.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits) || digits.length === 12 || Math.abs(digits.length - 12) > 2) return null;
  return `"${rule.pattern}" has ${digits.length} digits: an AWS account ID has 12, so this is read as an account alias (a digit missing or extra?)`;
}

/** Rules an earlier rule always beats: an identical earlier rule, an earlier catch-all of the same console, or (for exact IDs) an earlier pattern of the same console that matches it. */
function unreachableRules(rules: readonly Rule[]): PolicyIssue[] {
  const warnings: PolicyIssue[] = [];
  const first = new Map<string, number>();
  const catchAll = new Map<ConsoleId, number>();
  // Every pattern compiled when its rule was checked: nothing to refuse here.
  const compiled = new Map<ConsoleId, ReturnType<typeof indexRules>>();
  const indexFor = (console: ConsoleId) => {
    let index = compiled.get(console);
    if (!index) compiled.set(console, (index = indexRules(rules, undefined, console)));
    return index;
  };
  rules.forEach((rule, index) => {
    const console = ruleConsole(rule);
    // Patterns ignore case; a regex's escapes do not (`\D` is not `\d`).
    const key = `${console}\u0000${rule.kind}\u0000${rule.kind === 'regex' ? rule.pattern : rule.pattern.toLowerCase()}`;
    const earlier = first.get(key);
    if (earlier !== undefined) {
      warnings.push({ path: `rules[${index}]`, message: `never matches: rules[${earlier}] has the same kind and match` });
      return;
    }
    first.set(key, index);
    const everything = catchAll.get(console);
    if (everything !== undefined) {
      warnings.push({ path: `rules[${index}]`, message: `never matches: rules[${everything}] ("${rules[everything]!.pattern}") matches every ${console === 'gcp' ? 'project' : console === 'aws' ? 'account' : 'subscription'} first` });
      return;
    }
    if (isCatchAll(rule)) catchAll.set(console, index);
    const near = nearAccountId(rule);
    if (near) warnings.push({ path: `rules[${index}].match`, message: near });
    if (rule.kind === 'exact') {
      // Only IDs and names a console can show are matched: a 500-character exact rule is not one.
      if (!isScopeKey(console, rule.pattern)) {
        warnings.push({ path: `rules[${index}]`, message: `never matches: "${found(rule.pattern).slice(1, -1)}" is not ${SCOPE_WORDS[console]}` });
        return;
      }
      const winner = indexFor(console).match(rule.pattern);
      if (winner && winner.index < index) {
        warnings.push({
          path: `rules[${index}]`,
          message: `never matches: rules[${winner.index}] (${winner.rule.kind} "${winner.rule.pattern}") matches "${rule.pattern}" first`,
        });
      }
    }
  });
  return warnings;
}
