/**
 * A file chosen for import, once read, and the choices the preview offers
 * for it: a policy file is taken as written; an AWS Extend Switch Roles
 * configuration or a project list becomes rules in the environments the
 * person picks. Pure.
 */
import type { Environment } from '../core/environments';
import { aesrPolicy, formatLineProblem, projectListPolicy, readImportText, type AesrProfile, type ListedProject, type LineProblem } from '../core/policy/import-formats';
import { formatIssue, type Policy, type PolicyIssue } from '../core/policy/types';

export type ImportSource =
  | { format: 'json'; policy: Policy; warnings: PolicyIssue[] }
  /** `environment`: for profiles whose name says none. */
  | { format: 'aesr-ini'; profiles: AesrProfile[]; problems: LineProblem[]; environment: string; useColours: boolean }
  | { format: 'project-list'; projects: ListedProject[]; problems: LineProblem[]; environment: string };

/** Until the person picks another: production, as the guard does when in doubt. */
export const FIRST_CHOICE = 'production';

/** The file as something to import, or every reason it is not (an empty list of errors means the file is empty). */
export function readImportSource(text: string): { ok: true; source: ImportSource } | { ok: false; errors: string[] } {
  const read = readImportText(text);
  switch (read.format) {
    case 'json':
      return read.result.ok ? { ok: true, source: { format: 'json', policy: read.result.policy, warnings: read.result.warnings } } : { ok: false, errors: read.result.errors.map(formatIssue) };
    case 'aesr-ini':
      if (read.profiles.length === 0) return { ok: false, errors: read.problems.map(formatLineProblem) };
      return { ok: true, source: { format: 'aesr-ini', profiles: read.profiles, problems: read.problems, environment: FIRST_CHOICE, useColours: false } };
    case 'project-list':
      if (read.projects.length === 0) return { ok: false, errors: read.problems.map(formatLineProblem) };
      return { ok: true, source: { format: 'project-list', projects: read.projects, problems: read.problems, environment: FIRST_CHOICE } };
    case 'too-large':
      return { ok: false, errors: [`the file is larger than ${read.limitKiB} KiB, the limit for a policy`] };
    case 'empty':
      return { ok: false, errors: [] };
  }
}

/** The policy the import brings in, with the person's current choices; `own`: the editor's environments. */
export function sourcePolicy(source: ImportSource, own: readonly Environment[]): Policy {
  if (source.format === 'json') return source.policy;
  if (source.format === 'aesr-ini') return aesrPolicy(source.profiles, { fallback: source.environment, useColours: source.useColours, own });
  return projectListPolicy(source.projects, source.environment, own);
}
