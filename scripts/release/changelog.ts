/**
 * Keep a Changelog 1.1.0 (https://keepachangelog.com/en/1.1.0/): the release
 * turns the `## [Unreleased]` section into `## [x.y.z] - YYYY-MM-DD` and
 * leaves a fresh, empty Unreleased section above it.
 */

const UNRELEASED = /^## \[Unreleased\][^\n]*\n/m;
const NEXT_SECTION = /^## \[/m;

export function releaseChangelog(text: string, version: string, date: string): string {
  const heading = UNRELEASED.exec(text);
  if (!heading) throw new Error('CHANGELOG.md has no "## [Unreleased]" section');
  if (text.includes(`## [${version}]`)) throw new Error(`CHANGELOG.md already has a section for ${version}`);
  const start = heading.index + heading[0].length;
  const rest = text.slice(start);
  const end = NEXT_SECTION.exec(rest)?.index ?? rest.length;
  const notes = rest.slice(0, end).trim();
  if (notes === '') throw new Error('CHANGELOG.md\'s Unreleased section is empty: say what changed first');
  return `${text.slice(0, heading.index)}## [Unreleased]\n\n## [${version}] - ${date}\n\n${notes}\n\n${rest.slice(end).trimStart()}`.trimEnd() + '\n';
}

/** True when the changelog already has this version's section (a tagged release being rebuilt). */
export function hasRelease(text: string, version: string): boolean {
  return new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm').test(text);
}

/** The notes under `## [version] - date`, for the GitHub release's text. */
export function changelogSection(text: string, version: string): string {
  const heading = new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - [^\\n]*\\n`, 'm').exec(text);
  if (!heading) throw new Error(`CHANGELOG.md has no section for ${version}`);
  const rest = text.slice(heading.index + heading[0].length);
  return `${rest.slice(0, NEXT_SECTION.exec(rest)?.index ?? rest.length).trim()}\n`;
}
