import { describe, expect, it } from 'vitest';
import { parsePolicyText, serializePolicy } from '../core/policy/parse';
import { EMPTY_POLICY, type Policy } from '../core/policy/types';
import { fieldIdForPath, environmentFieldId, ruleFieldId, UNMATCHED_FIELD_ID } from './field-ids';
import {
  addEnvironment,
  addRule,
  checkTeamUrl,
  deleteEnvironment,
  deleteRule,
  draftFromPolicy,
  draftToPolicy,
  environmentChoices,
  environmentUse,
  isFieldPath,
  moveEnvironment,
  moveRule,
  moveRuleTo,
  replaceDraft,
  ruleEnvironmentChoices,
  samePolicy,
  exportFileText,
  setBannerSize,
  setRuleConsole,
  setTintConsoleHeader,
  setUnmatched,
  setUseDefaultRules,
  updateEnvironment,
  updateRule,
  validateDraft,
  type Draft,
} from './model';
import { readQuarantine } from '../core/stored-settings';
import { readSettings, settingsToStored } from '../core/settings';
import { addRuleHash, readAddRuleHash } from '../core/add-rule-route';
import { quarantineFileText } from './quarantine-file';
import { COST_MESSAGE, maximalRegexFile } from '../core/policy/costly-policies';

const policy = (patch: Partial<Policy> = {}): Policy => ({ ...structuredClone(EMPTY_POLICY), ...patch });

const SAMPLE = policy({
  environments: [
    { name: 'shared', label: 'SHR', color: '#1a73e8', typedConfirmation: true, guards: ['gke-cluster', 'sql-instance'] },
    { name: 'lab', label: 'LAB', color: '#9334e6', typedConfirmation: false },
    { name: 'vault', label: 'VLT', color: '#000000', typedConfirmation: true, guards: 'all' },
  ],
  rules: [
    { kind: 'exact', pattern: 'acme-billing', environment: 'production' },
    { kind: 'glob', pattern: 'acme-*-prod', environment: 'production' },
    { kind: 'regex', pattern: 'acme-shared-(eu|us)', environment: 'shared' },
    { kind: 'glob', pattern: 'lab-*', environment: 'lab' },
  ],
  unmatched: 'lab',
  useDefaultRules: false,
});

const patterns = (draft: Draft) => draft.rules.map((item) => item.value.pattern);
const keys = (draft: Draft) => draft.rules.map((item) => item.key);
const errorsOf = (draft: Draft, authority: Parameters<typeof validateDraft>[1] = []) => validateDraft(draft, authority).errors;

describe('draft <-> policy', () => {
  it('round-trips a policy unchanged', () => {
    expect(draftToPolicy(draftFromPolicy(SAMPLE))).toEqual(SAMPLE);
  });

  it('does not share objects with the policy it came from', () => {
    const source = structuredClone(SAMPLE);
    const draft = updateRule(draftFromPolicy(source), 0, { pattern: 'changed' });
    expect(source).toEqual(SAMPLE);
    expect(draftToPolicy(draft).rules[0]!.pattern).toBe('changed');
  });

  it('gives every row a distinct key', () => {
    const draft = draftFromPolicy(SAMPLE);
    const all = [...draft.environments, ...draft.rules].map((item) => item.key);
    expect(new Set(all).size).toBe(all.length);
    expect(draft.nextKey).toBeGreaterThan(Math.max(...all));
  });

  it('compares policies by content', () => {
    expect(samePolicy(SAMPLE, structuredClone(SAMPLE))).toBe(true);
    expect(samePolicy(SAMPLE, { ...SAMPLE, unmatched: null })).toBe(false);
  });
});

describe('rule operations', () => {
  it('adds a rule at the end with a fresh key', () => {
    const draft = addRule(draftFromPolicy(SAMPLE), { pattern: 'new-*' });
    expect(patterns(draft)).toEqual(['acme-billing', 'acme-*-prod', 'acme-shared-(eu|us)', 'lab-*', 'new-*']);
    expect(draft.rules.at(-1)!.value).toEqual({ kind: 'glob', pattern: 'new-*', environment: 'production' });
    expect(new Set(keys(draft)).size).toBe(5);
  });

  it('edits one rule', () => {
    const draft = updateRule(draftFromPolicy(SAMPLE), 1, { kind: 'regex', pattern: 'x.*' });
    expect(draft.rules[1]!.value).toEqual({ kind: 'regex', pattern: 'x.*', environment: 'production' });
    expect(draft.rules[0]!.value).toEqual(SAMPLE.rules[0]);
  });

  it('moves rules up and down, keys travelling with them', () => {
    const draft = draftFromPolicy(SAMPLE);
    const up = moveRule(draft, 2, -1);
    expect(patterns(up)).toEqual(['acme-billing', 'acme-shared-(eu|us)', 'acme-*-prod', 'lab-*']);
    expect(keys(up)).toEqual([keys(draft)[0], keys(draft)[2], keys(draft)[1], keys(draft)[3]]);
    expect(patterns(moveRule(draft, 0, 1))).toEqual(['acme-*-prod', 'acme-billing', 'acme-shared-(eu|us)', 'lab-*']);
  });

  it('moves a dropped rule to the row it was dropped on, the rows between shifting by one', () => {
    const draft = draftFromPolicy(SAMPLE);
    expect(patterns(moveRuleTo(draft, 3, 0))).toEqual(['lab-*', 'acme-billing', 'acme-*-prod', 'acme-shared-(eu|us)']);
    expect(patterns(moveRuleTo(draft, 0, 2))).toEqual(['acme-*-prod', 'acme-shared-(eu|us)', 'acme-billing', 'lab-*']);
    expect(keys(moveRuleTo(draft, 3, 0))[0]).toBe(keys(draft)[3]);
    expect(patterns(moveRuleTo(draft, 1, 1))).toEqual(patterns(draft));
    expect(patterns(moveRuleTo(draft, 4, 0))).toEqual(patterns(draft));
  });

  it('ignores moves past either end', () => {
    const draft = draftFromPolicy(SAMPLE);
    expect(patterns(moveRule(draft, 0, -1))).toEqual(patterns(draft));
    expect(patterns(moveRule(draft, 3, 1))).toEqual(patterns(draft));
    expect(patterns(moveRule(draft, 7, -1))).toEqual(patterns(draft));
  });

  it('deletes one rule', () => {
    expect(patterns(deleteRule(draftFromPolicy(SAMPLE), 1))).toEqual(['acme-billing', 'acme-shared-(eu|us)', 'lab-*']);
  });
});

describe('environment operations', () => {
  it('adds, moves and deletes environments', () => {
    let draft = addEnvironment(draftFromPolicy(SAMPLE), { name: 'edge', label: 'EDGE' });
    expect(draft.environments.map((item) => item.value.name)).toEqual(['shared', 'lab', 'vault', 'edge']);
    expect(draft.environments[3]!.value).toEqual({ name: 'edge', label: 'EDGE', color: '#1a73e8', typedConfirmation: false });
    draft = moveEnvironment(draft, 3, -3);
    expect(draft.environments.map((item) => item.value.name)).toEqual(['edge', 'shared', 'lab', 'vault']);
    draft = deleteEnvironment(draft, 2);
    expect(draft.environments.map((item) => item.value.name)).toEqual(['edge', 'shared', 'vault']);
  });

  it('alsoGuard: set by the "Also stop and suspend" box, saved as written, and gone again when cleared', () => {
    let draft = updateEnvironment(draftFromPolicy(SAMPLE), 0, { typedConfirmation: true, alsoGuard: ['stop'] });
    expect(draftToPolicy(draft).environments[0]!.alsoGuard).toEqual(['stop']);
    expect(errorsOf(draft)).toEqual([]);
    draft = updateEnvironment(draft, 0, { alsoGuard: undefined });
    expect(draftToPolicy(draft).environments[0]).not.toHaveProperty('alsoGuard');
  });

  it('a rename carries the rules and unmatched that named the environment', () => {
    const draft = updateEnvironment(draftFromPolicy(SAMPLE), 1, { name: 'Sandbox' });
    expect(draft.rules[3]!.value.environment).toBe('Sandbox');
    expect(draft.unmatched).toBe('Sandbox');
    expect(errorsOf(draft)).toEqual([]);
  });

  it('renaming letter by letter keeps following', () => {
    let draft = draftFromPolicy(SAMPLE);
    for (const name of ['la', 'l', 'lx', 'lxy']) draft = updateEnvironment(draft, 1, { name });
    expect(draft.rules[3]!.value.environment).toBe('lxy');
  });

  it('a rename onto another environment name leaves the rules alone', () => {
    let draft = updateEnvironment(draftFromPolicy(SAMPLE), 1, { name: 'shared' });
    expect(draft.rules[3]!.value.environment).toBe('lab');
    expect(draft.rules[2]!.value.environment).toBe('shared');
    // ...and renaming away from the shared name does not drag the other environment's rules along.
    draft = updateEnvironment(draft, 1, { name: 'shared2' });
    expect(draft.rules[2]!.value.environment).toBe('shared');
    expect(draft.rules[3]!.value.environment).toBe('lab');
  });

  it('clearing a name does not rewrite the rules to an empty name', () => {
    const draft = updateEnvironment(draftFromPolicy(SAMPLE), 1, { name: '' });
    expect(draft.rules[3]!.value.environment).toBe('lab');
  });

  it('says where an environment is used', () => {
    expect(environmentUse(draftFromPolicy(SAMPLE), 'LAB')).toEqual({ rules: 1, unmatched: true });
    expect(environmentUse(draftFromPolicy(SAMPLE), 'vault')).toEqual({ rules: 0, unmatched: false });
  });

  it('removing guards deletes the key (all kinds)', () => {
    const draft = updateEnvironment(draftFromPolicy(SAMPLE), 0, { guards: undefined });
    expect('guards' in draft.environments[0]!.value).toBe(false);
  });

  it('sets unmatched and the built-in rules switch', () => {
    const draft = setUseDefaultRules(setUnmatched(draftFromPolicy(SAMPLE), null), true);
    expect(draftToPolicy(draft)).toMatchObject({ unmatched: null, useDefaultRules: true });
  });
});

describe('environment choices', () => {
  const team = [{ name: 'production', label: 'LIVE', color: '#000000', typedConfirmation: true, source: 'team' as const }, { name: 'teamonly', label: 'TO', color: '#111111', typedConfirmation: false, source: 'team' as const }];

  it('lists the built-in, personal and team environments; the team definition wins', () => {
    const choices = environmentChoices(draftFromPolicy(SAMPLE), team);
    expect(choices.map((c) => `${c.name}:${c.from}`)).toEqual(['production:team', 'staging:default', 'development:default', 'shared:personal', 'lab:personal', 'vault:personal', 'teamonly:team']);
    expect(choices[0]!.label).toBe('LIVE');
  });

  it('offers personal rules only the names a personal policy can declare', () => {
    const draft = draftFromPolicy(SAMPLE);
    expect(ruleEnvironmentChoices(draft, environmentChoices(draft, team)).map((c) => c.name)).not.toContain('teamonly');
  });
});

describe('validation', () => {
  it('accepts a valid draft', () => {
    expect(validateDraft(draftFromPolicy(SAMPLE))).toEqual({ errors: [], warnings: [] });
  });

  it('flags an invalid regex at its pattern, with the engine message', () => {
    const errors = errorsOf(updateRule(draftFromPolicy(SAMPLE), 2, { pattern: 'acme-(' }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: 'rules[2].match', code: 'invalidRegex' });
    expect(errors[0]!.detail).toBe('missing closing ): `acme-(`'); // RE2's reason, as the CLI and the background give it
  });

  it('accepts what backtracking engines are slow on, and flags a lookahead with what to write instead', () => {
    expect(errorsOf(updateRule(draftFromPolicy(SAMPLE), 2, { pattern: '(a+)+b' }))).toEqual([]);
    expect(errorsOf(updateRule(draftFromPolicy(SAMPLE), 2, { pattern: '(?!acme-test).*' }))).toEqual([
      { path: 'rules[2].match', code: 'unsupportedRegex', detail: expect.stringMatching(/^lookahead \(\?! is not supported .*the first match wins$/) },
    ]);
  });

  it('flags a rule naming an unknown environment, and an unknown unmatched', () => {
    let draft = updateRule(draftFromPolicy(SAMPLE), 0, { environment: 'prodution' });
    draft = setUnmatched(draft, 'nowhere');
    expect(errorsOf(draft)).toEqual([
      { path: 'rules[0].environment', code: 'unknownEnvironment', detail: 'prodution' },
      { path: 'unmatched', code: 'unknownEnvironment', detail: 'nowhere' },
    ]);
  });

  it('deleting an environment in use flags the rules that named it', () => {
    const errors = errorsOf(deleteEnvironment(draftFromPolicy(SAMPLE), 1));
    expect(errors.map((e) => e.path)).toEqual(['rules[3].environment', 'unmatched']);
  });

  it('flags a bad colour, a missing label and a duplicate name', () => {
    let draft = updateEnvironment(draftFromPolicy(SAMPLE), 0, { color: 'red', label: '' });
    draft = updateEnvironment(draft, 2, { name: 'LAB' });
    expect(errorsOf(draft)).toEqual([
      { path: 'environments[0].label', code: 'required' },
      { path: 'environments[0].color', code: 'badColor', detail: 'red' },
      { path: 'environments[2].name', code: 'duplicateName', detail: 'LAB' },
    ]);
  });

  it('flags an empty pattern, and a new empty environment', () => {
    const draft = addEnvironment(addRule(draftFromPolicy(SAMPLE)));
    expect(errorsOf(draft)).toEqual([
      { path: 'environments[3].name', code: 'required' },
      { path: 'environments[3].label', code: 'required' },
      { path: 'rules[4].match', code: 'required' },
    ]);
  });

  it("shows the parser's remaining objections at the field they name", () => {
    const draft = updateEnvironment(draftFromPolicy(SAMPLE), 1, { label: 'MUCH-TOO-LONG-LABEL' });
    expect(errorsOf(draft)).toEqual([{ path: 'environments[1].label', code: 'policy', detail: 'at most 12 characters (found 19)' }]);
  });

  it("shows the parser's warnings (a rule that never matches) without blocking", () => {
    const draft = addRule(draftFromPolicy(SAMPLE), { kind: 'exact', pattern: 'acme-eu-prod' });
    const result = validateDraft(draft);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([{ path: 'rules[4].match', code: 'policyWarning', detail: expect.stringMatching(/^never matches: rules\[1\]/) }]);
    expect(isFieldPath(result.warnings[0]!.path)).toBe(true);
  });

  it('warns (does not block) when typed confirmation covers no listed kind', () => {
    const result = validateDraft(updateEnvironment(draftFromPolicy(SAMPLE), 0, { guards: [] }));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([{ path: 'environments[0].guards', code: 'noGuardKinds' }]);
  });

  it('warns when the team defines the same environment', () => {
    const result = validateDraft(draftFromPolicy(SAMPLE), [{ name: 'Shared', label: 'S', color: '#000000', typedConfirmation: true, source: 'team' }]);
    expect(result.warnings).toEqual([{ path: 'environments[0].name', code: 'definedByTeam', detail: 'shared' }]);
  });
});

describe('import and export', () => {
  it('an export read back loses nothing', () => {
    const draft = draftFromPolicy(SAMPLE);
    const parsed = parsePolicyText(serializePolicy(draftToPolicy(draft)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.policy).toEqual(SAMPLE);
    expect(parsed.warnings).toEqual([]);
    expect(draftToPolicy(replaceDraft(draftFromPolicy(EMPTY_POLICY), parsed.policy))).toEqual(SAMPLE);
  });

  it('an imported policy replaces the draft with keys that do not clash with the old ones', () => {
    const before = addRule(draftFromPolicy(SAMPLE));
    const after = replaceDraft(before, SAMPLE);
    const oldKeys = new Set([...before.rules, ...before.environments].map((item) => item.key));
    const newKeys = [...after.rules, ...after.environments].map((item) => item.key);
    expect(newKeys.some((key) => oldKeys.has(key))).toBe(false);
    expect(after.nextKey).toBeGreaterThan(Math.max(...newKeys));
    expect(draftToPolicy(after)).toEqual(SAMPLE);
  });
});

describe('rules for other consoles (policy version 2)', () => {
  const SUB = '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';
  const MULTI = policy({
    rules: [
      { kind: 'glob', pattern: 'acme-*-prod', environment: 'production' },
      { kind: 'exact', pattern: '111122223333', environment: 'production', console: 'aws' },
      { kind: 'glob', pattern: 'acme-*-stg', environment: 'staging', console: 'aws' },
      { kind: 'exact', pattern: SUB, environment: 'production', console: 'azure' },
    ],
  });
  const version = (p: Policy) => (JSON.parse(exportFileText(p)) as { version: number }).version;

  it('a rule is for Google Cloud until its console is chosen; Google Cloud rules name no console', () => {
    let draft = addRule(draftFromPolicy(EMPTY_POLICY), { pattern: 'acme-*' });
    expect(draftToPolicy(draft).rules[0]).toEqual({ kind: 'glob', pattern: 'acme-*', environment: 'production' });
    draft = setRuleConsole(draft, 0, 'aws');
    expect(draftToPolicy(draft).rules[0]).toEqual({ kind: 'glob', pattern: 'acme-*', environment: 'production', console: 'aws' });
    const key = draft.rules[0]!.key;
    draft = setRuleConsole(draft, 0, 'gcp');
    expect(draftToPolicy(draft).rules[0]).toStrictEqual({ kind: 'glob', pattern: 'acme-*', environment: 'production' });
    expect(draft.rules[0]!.key).toBe(key);
    // Other edits keep the console.
    expect(updateRule(setRuleConsole(draft, 0, 'azure'), 0, { pattern: 'contoso-*' }).rules[0]!.value.console).toBe('azure');
  });

  it('an Azure rule on a name is refused at its pattern; an ID pasted in braces is saved bare', () => {
    const named = updateRule(setRuleConsole(addRule(draftFromPolicy(EMPTY_POLICY), { kind: 'exact', pattern: 'Contoso Production' }), 0, 'azure'), 0, {});
    expect(errorsOf(named)).toEqual([{ path: 'rules[0].match', code: 'policy', detail: expect.stringMatching(/^"Contoso Production" is not a subscription ID: an Azure tab knows only the subscription ID/) }]);
    const braced = updateRule(named, 0, { pattern: `{${SUB.toUpperCase()}}` });
    expect(errorsOf(braced)).toEqual([]);
    expect(draftToPolicy(braced).rules[0]).toEqual({ kind: 'exact', pattern: SUB, environment: 'production', console: 'azure' });
  });

  it('round-trips a policy with rules for every console', () => {
    expect(draftToPolicy(draftFromPolicy(MULTI))).toEqual(MULTI);
    expect(validateDraft(draftFromPolicy(MULTI))).toEqual({ errors: [], warnings: [] });
  });

  it('export writes the lowest version: 2 with an AWS or Azure rule, 1 without', () => {
    expect(version(draftToPolicy(draftFromPolicy(MULTI)))).toBe(2);
    expect(version(draftToPolicy(draftFromPolicy(SAMPLE)))).toBe(1);
    const onlyAws = setRuleConsole(addRule(draftFromPolicy(EMPTY_POLICY), { kind: 'exact', pattern: '111122223333' }), 0, 'aws');
    expect(version(draftToPolicy(onlyAws))).toBe(2);
    expect(version(draftToPolicy(setRuleConsole(onlyAws, 0, 'gcp')))).toBe(1);
    // Read back, nothing is lost; the file says the console only where it is not Google Cloud.
    const text = exportFileText(draftToPolicy(draftFromPolicy(MULTI)));
    expect((JSON.parse(text) as { rules: Record<string, unknown>[] }).rules.map((rule) => rule.console)).toEqual([undefined, 'aws', 'aws', 'azure']);
    const parsed = parsePolicyText(text);
    expect(parsed.ok && parsed.policy).toEqual(MULTI);
  });

  it('an AWS account typed as the console shows it is saved as its 12 digits, so the saved settings read back unchanged', () => {
    const draft = updateRule(setRuleConsole(addRule(draftFromPolicy(EMPTY_POLICY), { kind: 'exact' }), 0, 'aws'), 0, { pattern: '1111-2222-3333' });
    expect(validateDraft(draft)).toEqual({ errors: [], warnings: [] });
    const saved = draftToPolicy(draft);
    expect(saved.rules[0]).toEqual({ kind: 'exact', pattern: '111122223333', environment: 'production', console: 'aws' });
    expect(draft.rules[0]!.value.pattern).toBe('1111-2222-3333'); // the editor keeps what was typed
    // As the page saves it and the background reads it back: version 2, not set aside, the same policy (no "changed elsewhere").
    const stored = settingsToStored({ schemaVersion: 2, personal: saved, teamPolicyUrl: null });
    expect((stored.personal as { version: number }).version).toBe(2);
    const read = readSettings(stored);
    expect(read).toMatchObject({ corrupt: false, problems: [] });
    expect(samePolicy(read.settings.personal, draftToPolicy(draft))).toBe(true);
  });

  it('flags, without blocking, a pattern the chosen console never shows', () => {
    const draft = setRuleConsole(addRule(draftFromPolicy(EMPTY_POLICY), { kind: 'exact', pattern: 'acme_prod' }), 0, 'aws');
    const result = validateDraft(draft);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([{ path: 'rules[0].match', code: 'policyWarning', detail: expect.stringMatching(/^never matches: "acme_prod" is not an AWS account ID/) }]);
    // For Azure it is refused: a tab knows only the subscription ID.
    expect(validateDraft(setRuleConsole(draft, 0, 'azure')).errors).toEqual([{ path: 'rules[0].match', code: 'policy', detail: expect.stringMatching(/^"acme_prod" is not a subscription ID/) }]);
  });

  it('a rule for another console never shadows one for Google Cloud', () => {
    const draft = addRule(setRuleConsole(addRule(draftFromPolicy(EMPTY_POLICY), { pattern: 'acme-*' }), 0, 'aws'), { kind: 'exact', pattern: 'acme-1' });
    expect(validateDraft(draft).warnings).toEqual([]);
  });

  it('the console field has an id and shows its issues', () => {
    const draft = draftFromPolicy(MULTI);
    expect(isFieldPath('rules[1].console')).toBe(true);
    expect(fieldIdForPath(draft, 'rules[1].console')).toBe(ruleFieldId(draft.rules[1]!.key, 'console'));
  });
});

describe('the "add a rule" route from the popup', () => {
  it.each([
    // The form the popup writes: the console, then the ID.
    ['#add-rule=gcp:acme-shop-1', { kind: 'exact', pattern: 'acme-shop-1' }],
    ['#add-rule=aws:111122223333', { kind: 'exact', pattern: '111122223333', console: 'aws' }],
    ['#add-rule=aws:1111-2222-3333', { kind: 'exact', pattern: '111122223333', console: 'aws' }],
    ['#add-rule=aws:Acme-Prod', { kind: 'exact', pattern: 'acme-prod', console: 'aws' }],
    ['#add-rule=azure:0B1C2D3E-4F50-6172-8394-A5B6C7D8E9F0', { kind: 'exact', pattern: '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0', console: 'azure' }],
    ['#add-rule=aws%3A111122223333', { kind: 'exact', pattern: '111122223333', console: 'aws' }],
    ['#add-rule=gcp:google.com%3Aacme-1', { kind: 'exact', pattern: 'google.com:acme-1' }],
    // The older form: a Google Cloud project, a domain prefix included.
    ['#add-rule=random-project-1', { kind: 'exact', pattern: 'random-project-1' }],
    ['#add-rule=google.com%3Aacme-1', { kind: 'exact', pattern: 'google.com:acme-1' }],
    ['#add-rule=%20acme-1%20', { kind: 'exact', pattern: 'acme-1' }],
    // Something no console shows is kept as given: the editor says it never matches.
    ['#add-rule=aws:not%20an%20account', { kind: 'exact', pattern: 'not an account', console: 'aws' }],
  ])('%s', (hash, expected) => {
    expect(readAddRuleHash(hash)).toStrictEqual(expected);
  });

  it.each(['', '#', '#add-rule=', '#add-rule=%20', '#add-rule=aws:', '#add-rule=%E0%A4%A', '#other=acme-1', `#add-rule=${'a'.repeat(301)}`, `#add-rule=gcp:${'a'.repeat(201)}`])(
    'not a request: %j',
    (hash) => {
      expect(readAddRuleHash(hash)).toBeNull();
    },
  );

  it('reads back what the popup writes', () => {
    expect(addRuleHash('aws', '111122223333')).toBe('#add-rule=aws:111122223333');
    expect(readAddRuleHash(addRuleHash('gcp', 'google.com:acme-1'))).toEqual({ kind: 'exact', pattern: 'google.com:acme-1' });
    expect(readAddRuleHash(addRuleHash('azure', '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0'))).toEqual({ kind: 'exact', pattern: '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0', console: 'azure' });
  });
});

describe('banner display', () => {
  it('a draft without a banner saves none; a choice is saved, and only the fields chosen', () => {
    const draft = draftFromPolicy(EMPTY_POLICY);
    expect(draftToPolicy(draft)).toEqual(EMPTY_POLICY);
    expect('banner' in draftToPolicy(draft)).toBe(false);
    const tall = setBannerSize(draft, 'tall');
    expect(draftToPolicy(tall).banner).toEqual({ size: 'tall' });
    expect(samePolicy(draftToPolicy(tall), EMPTY_POLICY)).toBe(false);
    expect(draftToPolicy(setTintConsoleHeader(tall, true)).banner).toEqual({ size: 'tall', tintConsoleHeader: true });
    expect(draftToPolicy(setTintConsoleHeader(draft, false)).banner).toEqual({ tintConsoleHeader: false });
  });

  it('keeps the saved banner through the draft, and an edit replaces the base', () => {
    const saved = policy({ banner: { size: 'tall', tintConsoleHeader: true } });
    expect(draftToPolicy(draftFromPolicy(saved))).toEqual(saved);
    expect(draftToPolicy(setBannerSize(draftFromPolicy(saved), 'compact')).banner).toEqual({ size: 'compact', tintConsoleHeader: true });
  });

  it('export -> import keeps it', () => {
    const saved = policy({ ...SAMPLE, banner: { size: 'tall', tintConsoleHeader: false } });
    const parsed = parsePolicyText(serializePolicy(draftToPolicy(draftFromPolicy(saved))));
    if (!parsed.ok) throw new Error('exported file does not parse');
    expect(draftToPolicy(replaceDraft(draftFromPolicy(EMPTY_POLICY), parsed.policy))).toEqual(saved);
    // Importing a file without a banner drops the draft's.
    expect('banner' in draftToPolicy(replaceDraft(draftFromPolicy(saved), EMPTY_POLICY))).toBe(false);
  });

  it('the draft with a banner validates like any other', () => {
    expect(validateDraft(setTintConsoleHeader(setBannerSize(draftFromPolicy(SAMPLE), 'tall'), true))).toEqual({ errors: [], warnings: [] });
  });
});

describe('field ids', () => {
  it('maps validation paths to the field to focus, by row key', () => {
    const draft = moveRule(draftFromPolicy(SAMPLE), 0, 1);
    expect(fieldIdForPath(draft, 'rules[0].match')).toBe(ruleFieldId(draft.rules[0]!.key, 'match'));
    expect(fieldIdForPath(draft, 'environments[2].color')).toBe(environmentFieldId(draft.environments[2]!.key, 'color'));
    expect(fieldIdForPath(draft, 'unmatched')).toBe(UNMATCHED_FIELD_ID);
    expect(fieldIdForPath(draft, 'rules[9].match')).toBeNull();
    expect(fieldIdForPath(draft, '(root)')).toBeNull();
  });
});

describe('team policy URL', () => {
  it.each([
    ['https://config.example.com/team.json', { ok: true, url: 'https://config.example.com/team.json', origin: 'https://config.example.com' }],
    ['  https://EXAMPLE.com:8443/p.json  ', { ok: true, url: 'https://example.com:8443/p.json', origin: 'https://example.com:8443' }],
    ['', { ok: false, code: 'required' }],
    ['http://example.com/p.json', { ok: false, code: 'notHttps' }],
    ['ftp://example.com/p.json', { ok: false, code: 'notHttps' }],
    ['example.com/p.json', { ok: false, code: 'invalidUrl' }],
    ['https://user:pw@example.com/p.json', { ok: false, code: 'invalidUrl' }],
  ])('%j', (text, expected) => {
    expect(checkTeamUrl(text)).toEqual(expected);
  });
});

describe('settings quarantine', () => {
  it('reads what the background keeps aside, and downloads the value as it was', () => {
    const kept = readQuarantine({ savedAt: 5, value: 'garbage', problems: ['settings: expected an object', 3] });
    expect(kept).toEqual({ savedAt: 5, value: 'garbage', problems: ['settings: expected an object'] });
    expect(quarantineFileText(kept!)).toBe('"garbage"');
    expect(JSON.parse(quarantineFileText(readQuarantine({ value: { schemaVersion: 9, x: [1] } })!))).toEqual({ schemaVersion: 9, x: [1] });
  });

  it('reads nothing usable as no quarantine', () => {
    expect(readQuarantine(undefined)).toBeNull();
    expect(readQuarantine('x')).toBeNull();
  });
});

describe('what a policy may cost', () => {
  it('a draft of maximal regexes (300 or 1,000, as imported) is refused above Save with the cost message', () => {
    for (const count of [300, 1000]) {
      const imported = parsePolicyText(maximalRegexFile(count));
      expect(imported.ok).toBe(false);
      if (!imported.ok) expect(imported.errors.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([expect.stringMatching(COST_MESSAGE)]);
      const rules = JSON.parse(maximalRegexFile(count)).rules.map((rule: { match: string }) => ({ kind: 'regex' as const, pattern: rule.match, environment: 'production' }));
      const errors = errorsOf(draftFromPolicy(policy({ rules })));
      expect(errors).toEqual([{ path: 'rules', code: 'policy', detail: expect.stringMatching(new RegExp(COST_MESSAGE.source.replace('^rules: ', '^'))) }]);
      expect(isFieldPath(errors[0]!.path)).toBe(false);
    }
  });
});
