/**
 * `cluster-guard explain --url <file> <url>`: what the extension does on the
 * page at `url` with this file as the team policy. A site's page is asked of
 * the same `classifySite` the background and the tabs use; a cloud console
 * page whose address names its scope is explained like `explain <id>`.
 */
import { readConsoleUrl, SCOPE_NOUNS, scopeText } from '../consoles/urls';
import { buildEffectivePolicy, type Classification } from '../core/policy/effective';
import type { Policy } from '../core/policy/types';
import { ruleConsole } from '../core/rule-index';
import { describeSiteScope } from '../core/sites/site-scope';
import { siteLabel } from '../core/sites/sites-in-force';
import { describeGuard, ruleText } from './explain-words';

export interface ExplainUrlIo {
  stdout(line: string): void;
}

function describeOutcome(found: Classification | null, policy: Policy, io: ExplainUrlIo, unmarked: string): void {
  if (!found) {
    io.stdout('environment: none');
    io.stdout(`banner: none (${unmarked})`);
    io.stdout('guard: off (destructive dialogs are not blocked)');
    return;
  }
  const env = found.environment;
  const declared = policy.environments.some((item) => item.name.toLowerCase() === env.name.toLowerCase());
  io.stdout(`environment: ${env.name} (${declared ? 'declared in this file' : 'built-in'})`);
  io.stdout(`banner: ${env.label} in ${env.color}`);
  io.stdout(`guard: ${describeGuard(env)}`);
}

function describeMatch(found: Classification | null, policy: Policy, io: ExplainUrlIo): void {
  if (found?.site) {
    io.stdout(`matched: no rule for its name; the site's own environment (sites[${found.site.index}].environment) -> ${found.environment.name}`);
  } else if (found?.rule && found.ruleIndex !== null) {
    const which = found.source === 'default' ? `built-in rule ${found.ruleIndex + 1} (useDefaultRules is true)` : `rules[${found.ruleIndex}]`;
    io.stdout(`matched: ${which}: ${ruleText(found.rule)} -> ${found.rule.environment}`);
    if (found.rule.note) io.stdout(`note: ${found.rule.note}`);
  } else {
    io.stdout(`matched: no rule; ${found ? `unmatched: ${policy.unmatched}` : 'the site has no environment of its own and unmatched is null'}`);
  }
}

/** Exit status 0 whenever the address could be read: "not marked" is an answer. */
export function explainUrl(policy: Policy, href: string, io: ExplainUrlIo): void {
  const effective = buildEffectivePolicy({ managed: null, team: policy, personal: null });
  const consolePage = readConsoleUrl(href);
  if (consolePage) {
    const noun = SCOPE_NOUNS[consolePage.console];
    if (consolePage.scope.kind !== 'scope') {
      io.stdout(`console: ${consolePage.console}; the address names no ${noun}: ${consolePage.scope.kind === 'none' ? 'the page is not marked' : `the tab reads it from the page; until then it is guarded as ${effective.whileUnknown(consolePage.console)?.name ?? 'nothing protected'}`}`);
      return;
    }
    const scope = consolePage.scope.scope;
    const found = effective.classify(scope);
    io.stdout(`${noun}: ${scopeText(scope)} (from the address)`);
    describeMatch(found, policy, io);
    describeOutcome(found, policy, io, `the console is not marked for this ${noun}`);
    return;
  }
  const reading = effective.classifySite(href);
  if (!reading) {
    io.stdout(`site: none of the ${policy.sites?.length ?? 0} sites of this file matches ${href}`);
    io.stdout('environment: none (the extension does not run on this page)');
    return;
  }
  const { site, scope, classification } = reading;
  io.stdout(`site: ${siteLabel(site)} (sites[${site.index}]: ${site.pattern.text})`);
  io.stdout(`access: asked for ${site.pattern.origin}; until the person allows it, the site is listed as not protected`);
  const from = site.site.scope;
  io.stdout(from ? `name in the address: ${scope ? scope.id : 'none'} (${describeSiteScope(from)})` : 'name in the address: not read (the site has no "scope")');
  const siteRules = policy.rules.filter((rule) => ruleConsole(rule) === 'site').length;
  if (scope && !classification?.rule && !classification?.site) io.stdout(`tried: ${siteRules} site rules${policy.useDefaultRules ? ' and the built-in ones' : ''}`);
  describeMatch(classification, policy, io);
  describeOutcome(classification, policy, io, 'the site is not marked');
}
