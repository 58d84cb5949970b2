/**
 * The CLI, the options tester and a console tab give the same answer for the
 * same Azure page. A tab reads `{ console: 'azure', id: <lower-case GUID> }`
 * from the portal's URL and nothing else; a person may type that page's
 * subscription ID in any case or in braces, or its name, into the CLI or the
 * tester. Whenever those answer with an environment, it is the tab's.
 */
import { describe, expect, it } from 'vitest';
import { rng } from '../../../bench/lib/rule-sets';
import { runCli } from '../../cli/cluster-guard';
import { readTypedScope } from '../typed-scope';
import { buildEffectivePolicy } from './effective';
import { parsePolicyText } from './parse';

const random = rng(15);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const hex = (n: number) => Array.from({ length: n }, () => pick([...'0123456789abcdef'])).join('');
const guid = () => `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`;

interface Page {
  id: string;
  name: string;
}
const NAMES = ['Contoso Production', 'contoso-prod', 'Contoso Dev', 'payments-live', 'Sandbox', 'prod'];
const PAGES: Page[] = Array.from({ length: 10 }, (_, i) => ({ id: guid(), name: NAMES[i % NAMES.length]! }));

/** A rule a team might write for one of the pages: by ID (any form), by name, or by pattern. */
function randomRule(): Record<string, unknown> {
  const page = pick(PAGES);
  const environment = pick(['production', 'staging', 'development']);
  // Rules a tab can match, and (less often, so that most policies are accepted) rules on names.
  const byId: [string, string][] = [
    ['exact', page.id],
    ['exact', page.id.toUpperCase()],
    ['exact', `{${page.id.toUpperCase()}}`],
    ['glob', `${page.id.slice(0, 4)}*`],
    ['glob', '*'],
    ['regex', `${page.id.slice(0, 3)}.*`],
    ['regex', '.*(prod|live|[0-9]).*'],
    ['regex', '[0-9a-f-]+'],
  ];
  const byName: [string, string][] = [
    ['exact', page.name],
    ['glob', 'contoso-*'],
    ['glob', '*prod*'],
    ['regex', 'contoso .*'],
    ['regex', '.*(prod|live).*'],
  ];
  const [kind, match] = pick(random() < 0.1 ? byName : byId);
  return { console: 'azure', kind, match, environment };
}

/** What the CLI says the page's environment is, or null when it says none or refuses the input. */
function cliAnswer(text: string, typed: string): string | null {
  const out: string[] = [];
  const code = runCli(['explain', '--console', 'azure', 'p.json', typed], { readFile: () => text, stdout: (line) => out.push(line), stderr: () => undefined });
  if (code !== 0) return null;
  const line = out.find((l) => l.startsWith('environment: '))!;
  return line === 'environment: none' ? null : line.slice('environment: '.length).split(' ')[0]!;
}

describe('Azure: the CLI, the tester and the tab agree', () => {
  it('on many generated (policy, page) pairs', () => {
    /** Answers (CLI and tester) compared with the tab's. */
    let compared = 0;
    let refusedPolicies = 0;
    const disagreements: string[] = [];
    for (let n = 0; n < 85; n++) {
      const text = JSON.stringify({ version: 2, environments: [], rules: Array.from({ length: 1 + Math.floor(random() * 4) }, randomRule), unmatched: pick([null, null, 'staging']) });
      const parsed = parsePolicyText(text);
      if (!parsed.ok) {
        refusedPolicies++;
        continue; // never published: tabs keep what they had
      }
      const effective = buildEffectivePolicy({ managed: null, team: parsed.policy, personal: null });
      for (const page of PAGES) {
        const tab = effective.classify({ console: 'azure', id: page.id })?.environment.name ?? null;
        for (const typed of [page.id, page.id.toUpperCase(), `{${page.id}}`, page.name]) {
          const tester = readTypedScope('azure', typed);
          const testerAnswer = tester.ok ? (effective.classify(tester.scope)?.environment.name ?? null) : null;
          const cli = cliAnswer(text, typed);
          // An answer given for this page's subscription must be the tab's; typing its ID must give one.
          const isId = typed !== page.name;
          for (const [who, answer] of [['tester', testerAnswer], ['cli', cli]] as const) {
            compared++;
            if ((isId || answer !== null) && answer !== tab) disagreements.push(`${who} "${typed}" -> ${answer}, tab -> ${tab}: ${text}`);
          }
        }
      }
    }
    expect({ disagreements: disagreements.length, first: disagreements.slice(0, 3) }).toEqual({ disagreements: 0, first: [] });
    expect(compared).toBeGreaterThan(3000);
    expect(refusedPolicies).toBeGreaterThan(0);
  }, 60_000);
});

describe('Azure rules match the subscription ID only', () => {
  const SUB = '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';
  const parse = (rules: Record<string, unknown>[]) => parsePolicyText(JSON.stringify({ version: 2, environments: [], rules: rules.map((rule) => ({ console: 'azure', environment: 'production', ...rule })) }));

  it('a rule that can match only a name is refused, saying what to write', () => {
    const result = parse([
      { kind: 'exact', match: 'Contoso Production' },
      { kind: 'glob', match: 'contoso-*' },
      { kind: 'regex', match: '.*prod.*' },
      { kind: 'regex', match: '\\{[0-9a-f-]+\\}' },
    ]);
    expect(result.ok ? [] : result.errors.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      `rules[0].match: "Contoso Production" is not a subscription ID: an Azure tab knows only the subscription ID (a GUID, from the portal's URL), never the subscription's name: write the subscription ID, e.g. ${SUB}`,
      ...[1, 2, 3].map((i) => `rules[${i}].match: matches no subscription ID: an Azure tab knows only the subscription ID (a GUID, from the portal's URL), never the subscription's name: write the subscription ID, e.g. ${SUB}`),
    ]);
  });

  it('an ID in braces or upper case is the ID; patterns that can match an ID are kept', () => {
    const result = parse([
      { kind: 'exact', match: `{${SUB.toUpperCase()}}` },
      { kind: 'glob', match: '0B1C*' },
      { kind: 'glob', match: '*' },
      { kind: 'regex', match: '[0-9a-f]{8}-.*f0' },
    ]);
    expect(result.ok && result.policy.rules.map((rule) => rule.pattern)).toEqual([SUB, '0B1C*', '*', '[0-9a-f]{8}-.*f0']);
  });

  it('explain --console azure with a name, or --name, answers that a tab never shows one', () => {
    const text = JSON.stringify({ version: 2, environments: [], rules: [{ console: 'azure', match: SUB, kind: 'exact', environment: 'production' }] });
    const explain = (...args: string[]) => {
      const stderr: string[] = [];
      const code = runCli(['explain', '--console', 'azure', ...args], { readFile: () => text, stdout: () => undefined, stderr: (line) => stderr.push(line) });
      return { code, stderr };
    };
    expect(explain('p.json', 'Contoso Production')).toEqual({
      code: 2,
      stderr: [`cluster-guard: "Contoso Production": an Azure tab never shows a subscription name: write the subscription ID (a GUID, as in the portal's URL)`],
    });
    expect(explain('--name', 'Contoso Production', 'p.json', SUB)).toEqual({
      code: 2,
      stderr: [`cluster-guard: --name: an Azure tab never shows a subscription name: write the subscription ID (a GUID, as in the portal's URL)`],
    });
    expect(explain('p.json', `{${SUB.toUpperCase()}}`).code).toBe(0);
  });
});
