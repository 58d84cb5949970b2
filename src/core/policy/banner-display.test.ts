/**
 * The optional `banner` display preference of a policy, through every step:
 * parse (refusals with a path), writer, lenient reader, the published tab
 * policy, the merge (strongest source that sets a field wins) and the
 * downgrade check (cosmetic: never reported as lost protection).
 */
import { describe, expect, it } from 'vitest';
import { protectionLosses } from './downgrade';
import { buildEffectivePolicy } from './effective';
import { readPolicyLeniently } from './lenient';
import { parsePolicyObject, policyToFile, serializePolicy } from './parse';
import { readTabPolicy, tabPolicyToStored } from './tab-policy';
import { EMPTY_POLICY, formatIssue, type BannerDisplay, type Policy } from './types';

const MINIMAL = { version: 1, environments: [], rules: [] };
const withBanner = (banner: unknown) => ({ ...MINIMAL, banner });
const errorsOf = (value: unknown) => {
  const result = parsePolicyObject(value);
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.policy)}`);
  return result.errors.map(formatIssue);
};
const policyOf = (value: unknown): Policy => {
  const result = parsePolicyObject(value);
  if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
  return result.policy;
};
const policy = (banner?: BannerDisplay, patch: Partial<Policy> = {}): Policy => ({ ...EMPTY_POLICY, ...patch, ...(banner ? { banner } : {}) });

describe('parsing banner', () => {
  it('is optional: absent means the policy says nothing about the display', () => {
    expect(policyOf(MINIMAL)).toEqual(EMPTY_POLICY);
    expect('banner' in policyOf(MINIMAL)).toBe(false);
    expect('banner' in policyOf(withBanner({}))).toBe(false);
  });

  it('reads each field', () => {
    expect(policyOf(withBanner({ size: 'tall' })).banner).toEqual({ size: 'tall' });
    expect(policyOf(withBanner({ size: 'compact', tintConsoleHeader: false })).banner).toEqual({ size: 'compact', tintConsoleHeader: false });
    expect(policyOf(withBanner({ tintConsoleHeader: true })).banner).toEqual({ tintConsoleHeader: true });
  });

  it('refuses unknown values, unknown keys and wrong types, each with its path', () => {
    expect(errorsOf(withBanner({ size: 'huge' }))).toEqual(['banner.size: expected one of compact, tall (found "huge")']);
    expect(errorsOf(withBanner({ size: 'TALL' }))).toEqual(['banner.size: expected one of compact, tall (found "TALL")']);
    expect(errorsOf(withBanner({ tintConsoleHeader: 'yes' }))).toEqual(['banner.tintConsoleHeader: expected true or false (found "yes")']);
    expect(errorsOf(withBanner({ sise: 'tall' }))).toEqual(['banner.sise: unknown key (did you mean "size"?)']);
    expect(errorsOf(withBanner('tall'))).toEqual(['banner: expected an object like {"size": "tall"} (found "tall")']);
    expect(errorsOf(withBanner(null))).toEqual(['banner: expected an object like {"size": "tall"} (found null)']);
    expect(errorsOf(withBanner([]))).toEqual(['banner: expected an object like {"size": "tall"} (found a list)']);
  });
});

describe('writing banner', () => {
  it('writes only the fields that are set, after allowPersonalRules, and reads back the same', () => {
    expect('banner' in policyToFile(EMPTY_POLICY)).toBe(false);
    expect('banner' in policyToFile(policy({}))).toBe(false);
    const file = policyToFile(policy({ tintConsoleHeader: true, size: 'tall' }));
    expect(Object.keys(file).at(-1)).toBe('banner');
    expect(Object.keys(file.banner as object)).toEqual(['size', 'tintConsoleHeader']);
    for (const banner of [{ size: 'tall' as const }, { tintConsoleHeader: false }, { size: 'compact' as const, tintConsoleHeader: true }]) {
      expect(policyOf(JSON.parse(serializePolicy(policy(banner)))).banner).toEqual(banner);
    }
  });
});

describe('reading banner leniently', () => {
  const lenient = (banner: unknown) => readPolicyLeniently({ ...MINIMAL, banner }, { path: 'x', patternKey: 'match', problems: [] }).banner;
  it('keeps the usable fields and drops the rest (the defaults apply)', () => {
    expect(lenient({ size: 'tall', tintConsoleHeader: true })).toEqual({ size: 'tall', tintConsoleHeader: true });
    expect(lenient({ size: 'huge', tintConsoleHeader: true })).toEqual({ tintConsoleHeader: true });
    expect(lenient({ size: 'tall', tintConsoleHeader: 1 })).toEqual({ size: 'tall' });
    for (const junk of [undefined, null, 'tall', [], {}, { size: 3 }]) expect(lenient(junk)).toBeUndefined();
  });

  it('travels to the tabs in the published policy', () => {
    const sources = { managed: null, team: policy({ size: 'tall' }), personal: policy({ tintConsoleHeader: true }) };
    const read = readTabPolicy(JSON.parse(JSON.stringify(tabPolicyToStored({ sources, problems: [] }))));
    expect(read.sources.team?.banner).toEqual({ size: 'tall' });
    expect(read.sources.personal?.banner).toEqual({ tintConsoleHeader: true });
    expect(buildEffectivePolicy(read.sources, read.indexes).display).toMatchObject({ size: 'tall', tintConsoleHeader: true });
  });
});

describe('the effective display', () => {
  const display = (managed: Policy | null, team: Policy | null, personal: Policy | null) => buildEffectivePolicy({ managed, team, personal }).display;

  it('defaults to the compact strip without tint', () => {
    expect(display(null, null, null)).toEqual({ size: 'compact', tintConsoleHeader: false, sources: { size: 'default', tintConsoleHeader: 'default' } });
    expect(display(policy(), policy(), policy())).toMatchObject({ size: 'compact', tintConsoleHeader: false });
  });

  it('personal settings apply when no authority sets the field', () => {
    expect(display(null, null, policy({ size: 'tall', tintConsoleHeader: true }))).toEqual({
      size: 'tall',
      tintConsoleHeader: true,
      sources: { size: 'personal', tintConsoleHeader: 'personal' },
    });
    expect(display(null, policy(), policy({ size: 'tall' }))).toMatchObject({ size: 'tall', sources: { size: 'personal' } });
  });

  it('field by field, the strongest source that sets it wins: managed, team, personal', () => {
    expect(display(null, policy({ size: 'compact' }), policy({ size: 'tall', tintConsoleHeader: true }))).toEqual({
      size: 'compact',
      tintConsoleHeader: true,
      sources: { size: 'team', tintConsoleHeader: 'personal' },
    });
    expect(display(policy({ tintConsoleHeader: false }), policy({ size: 'tall', tintConsoleHeader: true }), policy({ size: 'compact' }))).toEqual({
      size: 'tall',
      tintConsoleHeader: false,
      sources: { size: 'team', tintConsoleHeader: 'managed' },
    });
  });

  it("personal settings are not applied when the authority switches personal settings off", () => {
    expect(display(null, policy(undefined, { allowPersonalRules: false }), policy({ size: 'tall' }))).toMatchObject({ size: 'compact', sources: { size: 'default' } });
  });
});

describe('downgrades', () => {
  it('a change of banner is never reported as lost protection', () => {
    const guarded = { rules: [{ kind: 'exact' as const, pattern: 'acme-pay', environment: 'production' }] };
    const before = policy({ size: 'tall', tintConsoleHeader: true }, guarded);
    for (const after of [policy(undefined, guarded), policy({ size: 'compact', tintConsoleHeader: false }, guarded)]) {
      expect(protectionLosses({ team: before, managed: before }, { team: after, managed: after })).toEqual([]);
    }
  });
});
