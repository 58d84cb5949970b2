/**
 * Glob matching without a regex engine: `*` is any run of characters, `?`
 * one character, everything else literal; the whole ID must match. The
 * classic two-pointer walk that backs up only to the last `*`: at most
 * (ID length x pattern length) steps, so no glob can be slow. Both sides are
 * compared as given (callers lower-case them). Pure.
 */
export function globMatches(glob: string, id: string): boolean {
  const pattern = Array.from(glob);
  const text = Array.from(id);
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    if (p < pattern.length && (pattern[p] === '?' || (pattern[p] !== '*' && pattern[p] === text[t]))) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      resume = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}
