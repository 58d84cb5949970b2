/**
 * `validate --format github`: one workflow command per problem, which GitHub
 * Actions shows as an annotation at the file, line and column.
 * Format and escaping as actions/toolkit writes them (packages/core/src/command.ts:
 * `::error file=F,line=L,col=C::message`; the message escapes %, CR and LF,
 * property values also `:` and `,`), documented in GitHub's "Workflow commands
 * for GitHub Actions".
 */
import { jsonPositions, type PathPosition } from '../core/policy/json-position';
import { formatIssue, type PolicyIssue } from '../core/policy/types';

export const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

export interface Place {
  file: string;
  line?: number;
  col?: number;
}

export function annotation(kind: 'error' | 'warning', place: Place, message: string): string {
  const properties = Object.entries(place)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}=${escapeProperty(String(value))}`);
  return `::${kind} ${properties.join(',')}::${escapeData(message)}`;
}

/** `rules[3].match` -> `rules[3]` -> `rules` -> `(root)`. */
function parentPath(path: string): string {
  const shorter = path.replace(/(?:\.[A-Za-z_$][\w$]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])$/, '');
  return shorter === path || shorter === '' ? '(root)' : shorter;
}

/** Where an issue is: the key for an unknown key, else the value; a missing value at the nearest enclosing one. */
function locate(positions: Map<string, PathPosition>, issue: PolicyIssue): { line: number; col: number } | null {
  // The parser names where JSON itself broke in the message.
  const json = /^invalid JSON at line (\d+), column (\d+)/.exec(issue.message);
  if (json) return { line: Number(json[1]), col: Number(json[2]) };
  for (let path = issue.path || '(root)'; ; path = parentPath(path)) {
    const found = positions.get(path);
    if (found) {
      const at = issue.message.startsWith('unknown key') && found.key ? found.key : found.value;
      return { line: at.line, col: at.column };
    }
    if (path === '(root)') return null;
  }
}

export function githubAnnotations(
  file: string,
  text: string,
  result: { ok: true; warnings: readonly PolicyIssue[] } | { ok: false; errors: readonly PolicyIssue[] },
): string[] {
  const positions = jsonPositions(text);
  const [kind, issues] = result.ok ? (['warning', result.warnings] as const) : (['error', result.errors] as const);
  return issues.map((issue) => annotation(kind, { file, ...locate(positions, issue) }, formatIssue(issue)));
}
