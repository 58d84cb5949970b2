/**
 * A plain list of Google Cloud project IDs: one a line, or separated by
 * commas, semicolons or spaces; blank lines and `#` comments ignored. Pure:
 * every entry that is not a project ID is reported with its line; the rest
 * is still read. Repeats are read once.
 */
import { isProjectId } from '../../../consoles/gcp/console-url';
import { textLines, type LineProblem } from './line-problem';

export interface ListedProject {
  id: string;
  line: number;
}

export interface ProjectListParse {
  projects: ListedProject[];
  problems: LineProblem[];
}

export function parseProjectList(text: string): ProjectListParse {
  const projects: ListedProject[] = [];
  const problems: LineProblem[] = [];
  const seen = new Set<string>();
  textLines(text).forEach((raw, index) => {
    const line = index + 1;
    for (const entry of raw.replace(/#.*$/, '').split(/[\s,;]+/)) {
      if (!entry) continue;
      if (!isProjectId(entry)) {
        const why = /^\d{10,14}$/.test(entry) ? ' (an AWS account ID? import those from an AWS Extend Switch Roles file or add them as AWS rules)' : '';
        problems.push({ line, message: `"${entry}" is not a Google Cloud project ID (a letter, then letters, digits and hyphens)${why}` });
        continue;
      }
      const id = entry.toLowerCase();
      if (seen.has(id)) continue;
      seen.add(id);
      projects.push({ id, line });
    }
  });
  return { projects, problems };
}
