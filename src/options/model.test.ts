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
  replaceDraft,
  ruleEnvironmentChoices,
  samePolicy,
  setBannerSize,
  setTintConsoleHeader,
  setUnmatched,
  setUseDefaultRules,
  updateEnvironment,
  updateRule,
  validateDraft,
  type Draft,
} from './model';
import { readQuarantine } from '../core/stored-settings';
import { quarantineFileText } from './quarantine-file';

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
