/**
 * Regex rules compiled with RE2 (re2js) into programs that
 * core/patterns/program runs. Only where policies are checked: background,
 * options page, CLI; never a content script (lint and
 * src/build/content-bundle.test.ts keep re2js out of it: it would be most
 * of the bundle). Importing this module installs it as the rule index's
 * compiler. Pure.
 *
 * re2js's compiled program is read from its `re2Input.prog` (RE2's own
 * instruction list); that is not a documented API, so re2js is pinned to
 * one version, and core/patterns/program.test.ts runs both engines over the
 * same patterns and IDs: an upgrade that changes the program fails there.
 */
import { RE2JS } from 're2js';
import { installRegexCompiler } from '../rule-index';
import { OP, type RegexProgram } from './program';

/**
 * Bounds on what a pattern may cost, since every ID a console URL can carry
 * is at most 127 characters (consoles/gcp/console-url): no repetition count above
 * that (`{200}` could never match), and a compiled program of at most
 * MAX_PROGRAM_SIZE instructions (RE2's own idea of a memory budget). Matching
 * is linear in the ID times the program, so both keep it to microseconds.
 */
export const MAX_REPEAT = 127;
export const MAX_PROGRAM_SIZE = 2000;

/** Compiled programs by source (a compile costs tens of microseconds; the options page checks every rule at each keystroke). */
const compiled = new Map<string, RegexProgram | Error>();
const MAX_CACHED = 12_000;

/** The program of a case-insensitive, whole-ID regex; throws `invalid regular expression: ...`. */
export function compileRegex(source: string): RegexProgram {
  let entry = compiled.get(source);
  if (!entry) {
    entry = compileUncached(source);
    if (compiled.size >= MAX_CACHED) compiled.clear();
    compiled.set(source, entry);
  }
  if (entry instanceof Error) throw entry;
  return entry;
}

installRegexCompiler(compileRegex);

/** The first `{m}`, `{m,}` or `{m,n}` outside a character class with a bound above MAX_REPEAT. */
function oversizedRepeat(source: string): string | null {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '{') {
      const repeat = /^\{(\d+)(?:,(\d*))?\}/.exec(source.slice(i));
      if (repeat && Math.max(Number(repeat[1]), Number(repeat[2] || 0)) > MAX_REPEAT) return repeat[0];
    }
  }
  return null;
}

function compileUncached(source: string): RegexProgram | Error {
  const repeat = oversizedRepeat(source);
  if (repeat) return new Error(`invalid regular expression: repetition ${repeat} is longer than any project ID (at most ${MAX_REPEAT} characters); use * or + for "any number"`);
  let regex: RE2JS;
  try {
    regex = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    let message = error instanceof Error ? error.message : String(error);
    // With flags re2js quotes the pattern as `(?i)pattern`; without them it quotes what was written.
    try {
      RE2JS.compile(source);
    } catch (plain) {
      if (plain instanceof Error) message = plain.message;
    }
    return new Error(`invalid regular expression: ${message.replace(/^error parsing regexp: /, '')}`);
  }
  const size = regex.programSize();
  if (size > MAX_PROGRAM_SIZE) return new Error(`invalid regular expression: too large once compiled (${size} steps; at most ${MAX_PROGRAM_SIZE}); repetitions multiply the pattern's size`);
  return toProgram(regex);
}

interface Re2Inst {
  op: number;
  out: number;
  arg: number;
  runes: ArrayLike<number>;
}

const FOLD_CASE = 1;

/** The code points RE2 takes for `rune` when folding case: checked by RE2 itself among the candidates JavaScript's case mapping gives. */
const orbits = new Map<number, number[]>();

function foldOrbit(rune: number): number[] {
  let orbit = orbits.get(rune);
  if (!orbit) {
    orbit = foldOrbitUncached(rune);
    orbits.set(rune, orbit);
  }
  return orbit;
}

function foldOrbitUncached(rune: number): number[] {
  const char = String.fromCodePoint(rune);
  const candidates = new Set<number>([rune]);
  for (const other of [char.toLowerCase(), char.toUpperCase(), char.toLowerCase().toUpperCase(), char.toUpperCase().toLowerCase()]) {
    if ([...other].length === 1) candidates.add(other.codePointAt(0)!);
  }
  // Kelvin sign, long s and Angstrom sign fold with ASCII letters but no single case mapping reaches them from every side.
  for (const extra of [0x212a, 0x017f, 0x212b]) candidates.add(extra);
  const literal = RE2JS.compile(RE2JS.quote(char), RE2JS.CASE_INSENSITIVE);
  return [...candidates].filter((code) => literal.matches(String.fromCodePoint(code))).sort((a, b) => a - b);
}

function toProgram(regex: RE2JS): RegexProgram {
  const prog = (regex as unknown as { re2Input: { prog: { start: number; inst: Re2Inst[]; numLb?: number } } }).re2Input.prog;
  if (prog.numLb) throw new Error('invalid regular expression: lookbehind is not supported');
  const inst = prog.inst.map((instruction): number[] => {
    const { op, out, arg } = instruction;
    const runes = Array.from(instruction.runes ?? []);
    if (op < OP.ALT || op > OP.RUNE_ANY_NOT_NL) throw new Error(`invalid regular expression: RE2 instruction ${op} is not supported`);
    if (op === OP.RUNE && runes.length === 1) {
      const codes = arg & FOLD_CASE ? foldOrbit(runes[0]!) : [runes[0]!];
      return [OP.RUNE, out, 0, ...codes.flatMap((code) => [code, code])];
    }
    if (op === OP.RUNE) return [OP.RUNE, out, 0, ...runes];
    if (op === OP.RUNE1) return [OP.RUNE1, out, 0, runes[0]!];
    return [op, out, arg];
  });
  return { start: prog.start, inst };
}
