/**
 * Decides the environment of a project from the settings. Pure.
 *
 * Build a classifier once per settings change (it compiles every rule), then
 * call it for each project ID.
 */
import { DEFAULT_ENVIRONMENTS, DEFAULT_RULES, PRODUCTION, type Environment } from './environments';
import { compileRules, type Rule } from './rules';
import type { Settings } from './settings';

export type RuleSource = 'personal' | 'default';

export interface Classification {
  environment: Environment;
  rule: Rule;
  source: RuleSource;
}

export interface Classifier {
  classify(projectId: string | null): Classification | null;
  environments: ReadonlyMap<string, Environment>;
  /** Problems found while compiling, e.g. invalid regexes; those rules never match. */
  problems: readonly string[];
}

export function buildClassifier(settings: Settings): Classifier {
  const environments = new Map<string, Environment>();
  for (const env of [...DEFAULT_ENVIRONMENTS, ...settings.environments]) environments.set(env.name.toLowerCase(), env);

  const personalCount = settings.rules.length;
  const rules = settings.useDefaultRules ? [...settings.rules, ...DEFAULT_RULES] : [...settings.rules];
  const compiled = compileRules(rules);
  const problems = compiled.problems.map(({ index, message }) => `rules[${index}].pattern: ${message}`);
  rules.forEach((rule, index) => {
    if (!environments.has(rule.environment.toLowerCase()) && index < personalCount) {
      problems.push(`rules[${index}].environment: unknown environment "${rule.environment}"; treated as production`);
    }
  });

  return {
    environments,
    problems,
    classify(projectId) {
      if (!projectId) return null;
      const found = compiled.match(projectId);
      if (!found) return null;
      // A rule naming an environment that does not exist protects rather than ignores.
      const environment = environments.get(found.rule.environment.toLowerCase()) ?? PRODUCTION;
      return { environment, rule: found.rule, source: found.index < personalCount ? 'personal' : 'default' };
    },
  };
}
