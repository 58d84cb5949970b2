/** A line of an imported text file that was left out, and why, in words a person can act on. Pure. */
export interface LineProblem {
  /** 1-based, as editors number lines. */
  line: number;
  message: string;
}

export function formatLineProblem(problem: LineProblem): string {
  return `line ${problem.line}: ${problem.message}`;
}

/** The text's lines without a byte order mark, whatever the line endings (CRLF, LF, CR). */
export function textLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.split(/\r\n|\r|\n/);
}
