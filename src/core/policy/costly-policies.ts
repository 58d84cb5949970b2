/**
 * Policies at and over the cost limits (core/policy/cost), for the tests of
 * every place that checks a policy: the parser, the CLI, the options page.
 */
/** The regex that makes RE2 programs largest for its length: seven optional runs of up to 127 ID characters. */
export const MAXIMAL_REGEX = '(?:[a-z0-9-]{0,127}){7}';

/** A valid file of `count` maximal regexes, each with its own tail (300 of them are 26 KB and published as 14.5 MiB). */
export function maximalRegexFile(count: number): string {
  const rules = Array.from({ length: count }, (_, i) => ({ match: `${MAXIMAL_REGEX}-t${i}`, kind: 'regex', environment: 'production' }));
  return JSON.stringify({ version: 1, environments: [], rules });
}

/** The cost refusal's words, whatever the figures. */
export const COST_MESSAGE = /^rules: this policy's rules would cost (at least )?[\d,]+ steps per project ID in a console tab \(limit [\d,]+\): use fewer or simpler regular expressions/;
