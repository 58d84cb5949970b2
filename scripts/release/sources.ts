/**
 * The sources archive addons.mozilla.org asks for when an add-on's code is
 * bundled (https://extensionworkshop.com/documentation/publish/source-code-submission/):
 * the git-tracked files the build reads, and SOURCE-BUILD.md telling a
 * reviewer how to rebuild the xpi from them.
 */

/** Tracked paths the Firefox build never reads: tests, the demo, benches, docs, store and CI files. */
export const NOT_IN_SOURCES = ['e2e', 'bench', 'demo', 'docs', 'store', '.github', '.ci', 'CHANGELOG.md', '**/*.test.ts'];

/** `git archive` pathspecs: everything tracked, minus the paths above. */
export function sourcesPathspecs(): string[] {
  return ['.', ...NOT_IN_SOURCES.map((path) => (path.includes('*') ? `:(exclude,glob)${path}` : `:(exclude)${path}`))];
}

export const FIREFOX_BUILD_COMMAND = 'npm run build:firefox';

export function sourceBuildReadme({ version, node, npm }: { version: string; node: string; npm: string }): string {
  return `# Building Cluster Guard ${version} for Firefox from these sources

Reviewers at addons.mozilla.org: these are the files the released
\`cluster-guard-firefox-${version}.xpi\` is built from. The build bundles
TypeScript and Preact with Vite; nothing is minified and no code is generated
from elsewhere.

## Environment

- Operating system: Linux (Debian 12, x86_64); macOS and Windows work the same.
- Node.js ${node} (any ^20.19.0 or >= 22.12.0 works; see \`engines\` in package.json).
- npm ${npm}.

## Steps

\`\`\`sh
npm ci
${FIREFOX_BUILD_COMMAND}
\`\`\`

Run them in a plain shell (\`NODE_ENV\` unset or \`production\`).
\`npm ci\` installs the exact versions in package-lock.json from the npm
registry. \`${FIREFOX_BUILD_COMMAND}\` runs \`vite build --mode firefox\` (into
\`dist/firefox/\`) and packs that folder with web-ext into
\`dist/cluster-guard-firefox-${version}.xpi\`, the file submitted to
addons.mozilla.org. Its files are byte for byte those of the submitted xpi.
`;
}

/** What a release writes to dist/ (the .crx is packed by whoever holds the key, see docs/release.md). */
export const artifactNames = (version: string) => ({
  chrome: `cluster-guard-chrome-${version}.zip`,
  chromeWebStore: `cluster-guard-chrome-${version}-webstore.zip`,
  firefox: `cluster-guard-firefox-${version}.xpi`,
  sources: `cluster-guard-${version}-sources.zip`,
  crx: `cluster-guard-${version}.crx`,
  firefoxSelfHosted: `cluster-guard-firefox-${version}-selfhosted.xpi`,
});
