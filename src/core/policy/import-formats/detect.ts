/**
 * Which kind of file a person chose to import: a policy file (JSON), an AWS
 * Extend Switch Roles configuration (INI) or a plain list of project IDs.
 * Decided from the first line that says something, so a file is never read
 * as JSON only to fail at "line 1, column 2". Pure.
 */
import { textLines } from './line-problem';

export type ImportFormat = 'json' | 'aesr-ini' | 'project-list' | 'empty';

/** `[profile name]` or `[name]`, as AESR and ~/.aws/config write a section. */
export const SECTION_LINE = /^\[\s*([^\]]*?)\s*\]$/;
/** What AESR itself strips as a comment: from the first `;` or `#` to the end of the line. */
export const stripComment = (line: string) => line.replace(/[;#].*$/, '').trim();

/** `[]`, `[1, 2]`, `["a"]`, `[{`: a JSON list on one line, not a section. */
const looksLikeJsonList = (line: string) => /^\[\s*(?:["{[\]]|-?\d[\d\s,.eE+-]*\]$)/.test(line);

export function detectImportFormat(text: string): ImportFormat {
  const meaningful = textLines(text)
    .map(stripComment)
    .filter((line) => line.length > 0);
  const first = meaningful[0];
  if (first === undefined) return 'empty';
  if (SECTION_LINE.test(first) && !looksLikeJsonList(first)) return 'aesr-ini';
  if (first.startsWith('{') || first.startsWith('[')) return 'json';
  // `key = value` before any section is still an INI file, with that line to fix.
  return meaningful.some((line) => line.includes('=')) ? 'aesr-ini' : 'project-list';
}
