/**
 * Reading a file a person chose to import, whatever it is: a policy file
 * (JSON, core/policy/parse), an AWS Extend Switch Roles configuration, or a
 * plain list of project IDs. Pure.
 */
import { MAX_POLICY_BYTES, parsePolicyText } from '../parse';
import type { ParseResult } from '../types';
import { parseAesrIni, type AesrProfile } from './aesr-ini';
import { detectImportFormat } from './detect';
import type { LineProblem } from './line-problem';
import { parseProjectList, type ListedProject } from './project-list';

export type ImportedText =
  | { format: 'json'; result: ParseResult }
  | { format: 'aesr-ini'; profiles: AesrProfile[]; problems: LineProblem[] }
  | { format: 'project-list'; projects: ListedProject[]; problems: LineProblem[] }
  | { format: 'empty' }
  /** Larger than any policy may be: not read further. */
  | { format: 'too-large'; limitKiB: number };

export function readImportText(text: string): ImportedText {
  const format = detectImportFormat(text);
  if (format === 'json') return { format, result: parsePolicyText(text) }; // it says its own size problem
  // Every character is at least one byte: more characters than the limit is surely too large.
  if (text.length > MAX_POLICY_BYTES) return { format: 'too-large', limitKiB: MAX_POLICY_BYTES / 1024 };
  if (format === 'aesr-ini') return { format, ...parseAesrIni(text) };
  if (format === 'project-list') return { format, ...parseProjectList(text) };
  return { format };
}

export { formatLineProblem, type LineProblem } from './line-problem';
export type { AesrProfile } from './aesr-ini';
export type { ListedProject } from './project-list';
export { aesrPolicy, projectListPolicy, environmentOfName } from './to-rules';
