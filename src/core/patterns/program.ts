/**
 * Regex rules as compiled programs, run without a regex engine. Pure.
 *
 * Whoever checked a policy (the background, the options page, the CLI)
 * compiled each regex with RE2 (core/patterns/re2) into RE2's own
 * instruction list, and publishes it with the policy. A console tab runs
 * that list here, as a set of threads stepped over the ID one character at
 * a time (Thompson's construction, as RE2 does when it cannot use a DFA):
 * time is at most ID length x program size, whatever the pattern, and the
 * tab does not carry re2js (268 kB, about half the content script it was, measured by
 * `npm run bench`). The match is always of the whole ID.
 *
 * An instruction is `[op, out, arg, ...runes]` with RE2's opcodes; `runes`
 * are inclusive [low, high] pairs of code points. Case folding is worked
 * out when the program is made (a folding rune becomes its explicit
 * ranges), so running it never needs Unicode tables.
 */

export const OP = {
  ALT: 1,
  ALT_MATCH: 2,
  CAPTURE: 3,
  EMPTY_WIDTH: 4,
  FAIL: 5,
  MATCH: 6,
  NOP: 7,
  RUNE: 8,
  RUNE1: 9,
  RUNE_ANY: 10,
  RUNE_ANY_NOT_NL: 11,
} as const;

/** RE2's zero-width conditions (`^`, `$`, `\b`, `\B`). */
const EMPTY = { BEGIN_LINE: 1, END_LINE: 2, BEGIN_TEXT: 4, END_TEXT: 8, WORD_BOUNDARY: 16, NO_WORD_BOUNDARY: 32 } as const;

export interface RegexProgram {
  start: number;
  inst: number[][];
}

/** A program read from storage, or null when it is not one this module can run safely. */
export function readProgram(value: unknown): RegexProgram | null {
  if (typeof value !== 'object' || value === null) return null;
  const { start, inst } = value as Partial<RegexProgram>;
  if (!Array.isArray(inst) || inst.length === 0 || !Number.isInteger(start) || start! < 0 || start! >= inst.length) return null;
  for (const instruction of inst) {
    if (!Array.isArray(instruction) || instruction.length < 3 || !instruction.every(Number.isInteger)) return null;
    const [op, out, arg] = instruction as number[];
    if (op! < OP.ALT || op! > OP.RUNE_ANY_NOT_NL || out! < 0 || out! >= inst.length) return null;
    if ((op === OP.ALT || op === OP.ALT_MATCH) && (arg! < 0 || arg! >= inst.length)) return null;
    if (op === OP.RUNE && instruction.length % 2 === 0) return null; // [op, out, arg] + pairs
  }
  return { start: start!, inst };
}

function isWordChar(code: number | undefined): boolean {
  return code !== undefined && ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f);
}

function emptyFlagsAt(text: readonly number[], pos: number): number {
  const before = pos > 0 ? text[pos - 1] : undefined;
  const after = pos < text.length ? text[pos] : undefined;
  let flags = 0;
  if (pos === 0) flags |= EMPTY.BEGIN_TEXT | EMPTY.BEGIN_LINE;
  else if (before === 0x0a) flags |= EMPTY.BEGIN_LINE;
  if (pos === text.length) flags |= EMPTY.END_TEXT | EMPTY.END_LINE;
  else if (after === 0x0a) flags |= EMPTY.END_LINE;
  flags |= isWordChar(before) !== isWordChar(after) ? EMPTY.WORD_BOUNDARY : EMPTY.NO_WORD_BOUNDARY;
  return flags;
}

function runeMatches(instruction: readonly number[], code: number): boolean {
  switch (instruction[0]) {
    case OP.RUNE1:
      return instruction[3] === code;
    case OP.RUNE_ANY:
      return true;
    case OP.RUNE_ANY_NOT_NL:
      return code !== 0x0a;
    case OP.RUNE:
      for (let i = 3; i + 1 < instruction.length; i += 2) if (code >= instruction[i]! && code <= instruction[i + 1]!) return true;
      return false;
    default:
      return false;
  }
}

/** Whether `program` matches the whole of `text`. */
export function programMatches(program: RegexProgram, text: string): boolean {
  const codes = Array.from(text, (char) => char.codePointAt(0)!);
  const { inst } = program;
  // Per step, which instructions were already added (marked with the step number + 1).
  const seen = new Int32Array(inst.length);
  let step = 0;
  const stack: number[] = [];

  /** The threads at `pos` that wait on a character (or MATCH), following empty moves from `pc`. */
  const addFrom = (pc: number, pos: number, into: number[]) => {
    stack.push(pc);
    while (stack.length > 0) {
      const at = stack.pop()!;
      if (seen[at] === step + 1) continue;
      seen[at] = step + 1;
      const instruction = inst[at]!;
      switch (instruction[0]) {
        case OP.ALT:
        case OP.ALT_MATCH:
          stack.push(instruction[2]!, instruction[1]!);
          break;
        case OP.CAPTURE:
        case OP.NOP:
          stack.push(instruction[1]!);
          break;
        case OP.EMPTY_WIDTH:
          if ((instruction[2]! & ~emptyFlagsAt(codes, pos)) === 0) stack.push(instruction[1]!);
          break;
        case OP.FAIL:
          break;
        default:
          into.push(at);
      }
    }
  };

  let current: number[] = [];
  addFrom(program.start, 0, current);
  for (let pos = 0; pos < codes.length; pos++) {
    if (current.length === 0) return false;
    step++;
    const next: number[] = [];
    for (const pc of current) {
      const instruction = inst[pc]!;
      if (instruction[0] !== OP.MATCH && runeMatches(instruction, codes[pos]!)) addFrom(instruction[1]!, pos + 1, next);
    }
    current = next;
  }
  return current.some((pc) => inst[pc]![0] === OP.MATCH);
}
