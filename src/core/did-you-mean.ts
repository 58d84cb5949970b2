/**
 * "Did you mean …?" for a misspelled key, kind, console, environment or
 * command: the closest known word by edit distance, when it is close enough
 * to be a typo (`enviroment` -> `environment`, `glb` -> `glob`, `gpc` -> `gcp`).
 * fastest-levenshtein: 1.6 kB, no dependencies.
 */
import { distance } from 'fastest-levenshtein';

/** The known word `input` is most likely a typo of, or null when none is close. */
export function didYouMean(input: string, known: readonly string[]): string | null {
  const typed = input.trim().toLowerCase();
  if (!typed) return null;
  // A third of a long word may be wrong, one letter of a short one; two letters swapped (`gpc`) count as one.
  const allowed = typed.length <= 4 ? 1 : Math.floor(typed.length / 3);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const word of known) {
    const lower = word.toLowerCase();
    const d = sameLetters(typed, lower) ? Math.min(1, distance(typed, lower)) : distance(typed, lower);
    if (d < bestDistance) [best, bestDistance] = [word, d];
  }
  return best !== null && bestDistance > 0 && bestDistance <= allowed ? best : null;
}

const sameLetters = (a: string, b: string) => a.length === b.length && [...a].sort().join('') === [...b].sort().join('');

/** ` (did you mean "glob"?)`, or nothing: to append to a message. */
export function suggestion(input: unknown, known: readonly string[]): string {
  if (typeof input !== 'string') return '';
  const word = didYouMean(input, known);
  return word ? ` (did you mean "${word}"?)` : '';
}
