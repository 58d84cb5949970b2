/**
 * Azure rules match the subscription ID only: the portal's URL carries the
 * subscription's GUID and never its name, so a console tab knows nothing
 * else (consoles/azure/scope). A rule that could match only a name, or a
 * form of the ID the tab never sees (braces), would protect in the CLI and
 * the options tester while the tab guards nothing. Pure.
 *
 * Whether a glob or regex can match any subscription ID is worked out
 * exactly, not guessed: its automaton is run over the GUID's shape, one
 * position at a time, with every character that position allows at once.
 */
import { OP } from '../patterns/program';
import { compileRegex } from '../patterns/re2';
import type { PatternKind } from '../rule-index';
import { canonicalSubscriptionId } from '../subscription-id';

export { canonicalSubscriptionId };

const EXAMPLE_ID = '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';

/** The character codes each position of a subscription ID may hold. */
const SHAPE: readonly (readonly number[])[] = '8-4-4-4-12'
  .split('-')
  .flatMap((group, i) => [...(i > 0 ? [[0x2d]] : []), ...Array.from({ length: Number(group) }, () => [...'0123456789abcdef'].map((c) => c.charCodeAt(0)))]);

function runeAccepts(instruction: readonly number[], codes: readonly number[]): boolean {
  switch (instruction[0]) {
    case OP.RUNE_ANY:
    case OP.RUNE_ANY_NOT_NL:
      return true;
    case OP.RUNE1:
      return codes.includes(instruction[3]!);
    case OP.RUNE:
      for (let i = 3; i + 1 < instruction.length; i += 2) if (codes.some((code) => code >= instruction[i]! && code <= instruction[i + 1]!)) return true;
      return false;
    default:
      return false;
  }
}

/** Whether the regex's program accepts some subscription ID (zero-width assertions are taken as passable: never refuses a rule that could match). */
function regexCanMatch(pattern: string): boolean {
  const { start, inst } = compileRegex(pattern);
  const closure = (from: readonly number[]): Set<number> => {
    const seen = new Set<number>();
    const stack = [...from];
    while (stack.length) {
      const pc = stack.pop()!;
      if (seen.has(pc)) continue;
      seen.add(pc);
      const [op, out, arg] = inst[pc]!;
      if (op === OP.ALT || op === OP.ALT_MATCH) stack.push(out!, arg!);
      else if (op === OP.CAPTURE || op === OP.NOP || op === OP.EMPTY_WIDTH) stack.push(out!);
    }
    return seen;
  };
  let states = closure([start]);
  for (const codes of SHAPE) {
    const next: number[] = [];
    for (const pc of states) if (runeAccepts(inst[pc]!, codes)) next.push(inst[pc]![1]!);
    if (next.length === 0) return false;
    states = closure(next);
  }
  for (const pc of states) if (inst[pc]![0] === OP.MATCH) return true;
  return false;
}

/** Whether the glob accepts some subscription ID. */
function globCanMatch(pattern: string): boolean {
  const glob = [...pattern.toLowerCase()];
  const closure = (from: Iterable<number>): Set<number> => {
    const seen = new Set<number>();
    for (let p of from) {
      seen.add(p);
      while (glob[p] === '*') seen.add(++p);
    }
    return seen;
  };
  let states = closure([0]);
  for (const codes of SHAPE) {
    const next: number[] = [];
    for (const p of states) {
      const char = glob[p];
      if (char === '*') next.push(p);
      else if (char === '?' || (char !== undefined && codes.includes(char.codePointAt(0)!))) next.push(p + 1);
    }
    if (next.length === 0) return false;
    states = closure(next);
  }
  return states.has(glob.length);
}

const ONLY_ID = `an Azure tab knows only the subscription ID (a GUID, from the portal's URL), never the subscription's name: write the subscription ID, e.g. ${EXAMPLE_ID}`;

/** Why an Azure rule's pattern (compiled already) can never match in a tab, or null when it can. */
export function azurePatternProblem(kind: PatternKind, pattern: string): string | null {
  if (kind === 'exact') return canonicalSubscriptionId(pattern) ? null : `"${pattern.length > 40 ? `${pattern.slice(0, 40)}…` : pattern}" is not a subscription ID: ${ONLY_ID}`;
  const possible = kind === 'glob' ? globCanMatch(pattern) : regexCanMatch(pattern);
  return possible ? null : `matches no subscription ID: ${ONLY_ID}`;
}
