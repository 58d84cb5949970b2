/**
 * Reading a file a person chose to import, whatever it is: a policy file
 * (JSON, core/policy/parse), an AWS Extend Switch Roles configuration, or a
 * plain list of project IDs. Pure.
 */
import { parsePolicyText } from '../parse';
import type { ParseResult } from '../types';
import { parseAesrIni, type AesrProfile } from './aesr-ini';
import { detectImportFormat } from './detect';
import type { LineProblem } from './line-problem';
import { parseProjectList, type ListedProject } from './project-list';

export type ImportedText =
  | { format: 'json'; result: ParseResult }
  | { format: 'aesr-ini'; profiles: AesrProfile[]; problems: LineProblem[] }
  | { format: 'project-list'; projects: ListedProject[]; problems: LineProblem[] }
  | { format: 'empty' };

export function readImportText(text: string): ImportedText {
  const format = detectImportFormat(text);
  if (format === 'json') return { format, result: parsePolicyText(text) };
  if (format === 'aesr-ini') return { format, ...parseAesrIni(text) };
  if (format === 'project-list') return { format, ...parseProjectList(text) };
  return { format };
}

export { formatLineProblem, type LineProblem } from './line-problem';
export type { AesrProfile } from './aesr-ini';
export type { ListedProject } from './project-list';
export { aesrPolicy, projectListPolicy, environmentOfName } from './to-rules';
