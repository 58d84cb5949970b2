/**
 * Sample IDs a rule matches, for judging what a new policy does to the
 * scopes an old one protected (core/policy/downgrade). Pure; only where
 * policies are checked (it compiles with RE2).
 *
 * A glob is rewritten as the regex it stands for; a regex's RE2 program is
 * walked breadth-first over sets of its states, one character at a time,
 * with the characters the console's IDs are made of (for an Azure
 * subscription and an AWS account, position by position in their fixed
 * shape), so every sample is an ID the console could show and the rule
 * matches. Bounded: a few states per length, a few samples per rule.
 */
import { CONSOLES } from '../../consoles/urls';
import type { ConsoleId } from '../../consoles/ids';
import { OP, programMatches, type RegexProgram } from '../patterns/program';
import { compileRegex } from '../patterns/re2';
import type { Rule } from '../rule-index';

const MAX_SAMPLES = 3;
/** Distinct state sets kept per length: enough to find short, varied IDs without exploring everything. */
const MAX_SETS = 12;
const MAX_FREE_LENGTH = 40;

const codes = (chars: string) => [...chars].map((char) => char.codePointAt(0)!);
const HEX = codes('0123456789abcdef');
const DIGITS = codes('0123456789');
/** Letters and digits first, so samples read like IDs. */
const ID_CHARS = codes('abcdefghijklmnopqrstuvwxyz0123456789-');

/** Per position, the characters a console's ID may hold, when its IDs have one fixed shape. */
const FIXED: Partial<Record<ConsoleId, readonly (readonly number[])[]>> = {
  azure: '8-4-4-4-12'.split('-').flatMap((group, i) => [...(i > 0 ? [codes('-')] : []), ...Array.from({ length: Number(group) }, () => HEX)]),
};
const AWS_ACCOUNT = Array.from({ length: 12 }, () => DIGITS);

function globAsRegex(glob: string): string {
  return [...glob].map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'))).join('');
}

function closure(inst: RegexProgram['inst'], from: readonly number[]): number[] {
  const seen = new Set<number>();
  const stack = [...from];
  const waiting: number[] = [];
  while (stack.length) {
    const pc = stack.pop()!;
    if (seen.has(pc)) continue;
    seen.add(pc);
    const [op, out, arg] = inst[pc]!;
    if (op === OP.ALT || op === OP.ALT_MATCH) stack.push(arg!, out!);
    else if (op === OP.CAPTURE || op === OP.NOP || op === OP.EMPTY_WIDTH) stack.push(out!);
    else if (op !== OP.FAIL) waiting.push(pc);
  }
  return waiting.sort((a, b) => a - b);
}

function accepts(instruction: readonly number[], code: number): boolean {
  switch (instruction[0]) {
    case OP.RUNE_ANY:
    case OP.RUNE_ANY_NOT_NL:
      return true;
    case OP.RUNE1:
      return instruction[3] === code;
    case OP.RUNE:
      for (let i = 3; i + 1 < instruction.length; i += 2) if (code >= instruction[i]! && code <= instruction[i + 1]!) return true;
      return false;
    default:
      return false;
  }
}

/** The ID characters the program can step on: one per range it names, in ID_CHARS order (a few, not 37). */
function alphabetOf(program: RegexProgram): number[] {
  const wanted = new Set<number>();
  for (const instruction of program.inst) {
    const op = instruction[0];
    if (op === OP.RUNE_ANY || op === OP.RUNE_ANY_NOT_NL) ID_CHARS.slice(0, 1).concat(codes('0-')).forEach((code) => wanted.add(code));
    else if (op === OP.RUNE1 && ID_CHARS.includes(instruction[3]!)) wanted.add(instruction[3]!);
    else if (op === OP.RUNE) {
      for (let i = 3; i + 1 < instruction.length; i += 2) {
        const first = ID_CHARS.find((code) => code >= instruction[i]! && code <= instruction[i + 1]!);
        if (first !== undefined) wanted.add(first);
      }
    }
  }
  return ID_CHARS.filter((code) => wanted.has(code));
}

/** Strings of the given per-position alphabets (or free ones up to MAX_FREE_LENGTH) the program accepts, shortest first. */
function samplesOf(program: RegexProgram, shape: readonly (readonly number[])[] | null, keep: (sample: string) => boolean): string[] {
  const { inst } = program;
  let layer = new Map<string, { states: number[]; text: string }>([['', { states: closure(inst, [program.start]), text: '' }]]);
  const found: string[] = [];
  const length = shape ? shape.length : MAX_FREE_LENGTH;
  const free = shape ? [] : alphabetOf(program);
  for (let pos = 0; pos <= length && layer.size > 0 && found.length < MAX_SAMPLES; pos++) {
    for (const { states, text } of layer.values()) {
      if ((!shape || pos === length) && states.some((pc) => inst[pc]![0] === OP.MATCH) && keep(text) && programMatches(program, text) && !found.includes(text)) found.push(text);
    }
    if (pos === length) break;
    const next = new Map<string, { states: number[]; text: string }>();
    for (const { states, text } of layer.values()) {
      for (const code of shape ? shape[pos]! : free) {
        const moved = states.filter((pc) => accepts(inst[pc]!, code)).map((pc) => inst[pc]![1]!);
        if (moved.length === 0) continue;
        const after = closure(inst, moved);
        const key = after.join(',');
        if (!next.has(key) && next.size < MAX_SETS) next.set(key, { states: after, text: text + String.fromCodePoint(code) });
      }
    }
    layer = next;
  }
  return found;
}

/** Up to a few IDs (or AWS aliases) of `console` that `rule` matches; an exact rule's own ID. */
export function ruleWitnesses(rule: Rule, console: ConsoleId): string[] {
  if (rule.kind === 'exact') return [rule.pattern.toLowerCase()];
  let program: RegexProgram;
  try {
    program = compileRegex(rule.kind === 'glob' ? globAsRegex(rule.pattern.toLowerCase()) : rule.pattern);
  } catch {
    return [];
  }
  const urls = CONSOLES[console];
  const valid = (text: string) => urls.isScopeId(text) || urls.isScopeName(text);
  const fixed = FIXED[console];
  if (fixed) return samplesOf(program, fixed, valid);
  const free = samplesOf(program, null, valid);
  // An AWS account ID is twelve digits: look for those too.
  return console === 'aws' ? [...samplesOf(program, AWS_ACCOUNT, valid).slice(0, 2), ...free].slice(0, MAX_SAMPLES) : free;
}
