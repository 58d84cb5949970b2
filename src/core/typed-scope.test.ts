import { describe, expect, it } from 'vitest';
import { buildEffectivePolicy } from './policy/effective';
import { EMPTY_POLICY } from './policy/types';
import { isTypedName, readTypedScope, typedScopeText } from './typed-scope';

const SUB = '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';

describe('a typed scope', () => {
  it('Google Cloud: a project ID, lower-cased; nothing else', () => {
    expect(readTypedScope('gcp', ' ACME-prod-1 ')).toEqual({ ok: true, scope: { console: 'gcp', id: 'acme-prod-1' }, by: 'id' });
    expect(readTypedScope('gcp', 'google.com:acme-1')).toEqual({ ok: true, scope: { console: 'gcp', id: 'google.com:acme-1' }, by: 'id' });
    expect(readTypedScope('gcp', 'acme_prod')).toEqual({ ok: false, reason: 'notScope' });
    expect(readTypedScope('gcp', 'a'.repeat(64))).toEqual({ ok: false, reason: 'notScope' });
    expect(readTypedScope('gcp', '   ')).toEqual({ ok: false, reason: 'empty' });
    // Google Cloud projects have no names besides their IDs: a name given beside one is ignored.
    expect(readTypedScope('gcp', 'acme-prod-1', 'Acme Production')).toEqual({ ok: true, scope: { console: 'gcp', id: 'acme-prod-1' }, by: 'id' });
  });

  it('AWS: an account ID written either way, with its alias when given; an alias alone', () => {
    expect(readTypedScope('aws', '111122223333')).toEqual({ ok: true, scope: { console: 'aws', id: '111122223333' }, by: 'id' });
    expect(readTypedScope('aws', '1111-2222-3333', ' Acme-Prod ')).toEqual({ ok: true, scope: { console: 'aws', id: '111122223333', name: 'acme-prod' }, by: 'id' });
    expect(readTypedScope('aws', 'Acme-Prod')).toEqual({ ok: true, scope: { console: 'aws', id: 'acme-prod', name: 'acme-prod' }, by: 'name' });
    expect(readTypedScope('aws', 'acme_prod')).toEqual({ ok: false, reason: 'notScope' });
    expect(readTypedScope('aws', 'a'.repeat(64))).toEqual({ ok: false, reason: 'notScope' });
    // A name that is no alias is left out rather than matched.
    expect(readTypedScope('aws', '111122223333', 'Not An Alias!')).toEqual({ ok: true, scope: { console: 'aws', id: '111122223333' }, by: 'id' });
  });

  it('Azure: a subscription ID (lower-cased, braces dropped) and nothing else: a tab never knows a name', () => {
    expect(readTypedScope('azure', SUB.toUpperCase())).toEqual({ ok: true, scope: { console: 'azure', id: SUB }, by: 'id' });
    expect(readTypedScope('azure', `{${SUB.toUpperCase()}}`)).toEqual({ ok: true, scope: { console: 'azure', id: SUB }, by: 'id' });
    expect(readTypedScope('azure', SUB, 'Contoso Production')).toEqual({ ok: true, scope: { console: 'azure', id: SUB }, by: 'id' });
    expect(readTypedScope('azure', 'Contoso Production')).toEqual({ ok: false, reason: 'azureName' });
    expect(readTypedScope('azure', 'x'.repeat(65))).toEqual({ ok: false, reason: 'azureName' });
  });

  it('names', () => {
    expect(isTypedName('aws', 'acme-prod')).toBe(true);
    expect(isTypedName('aws', '111122223333')).toBe(false);
    expect(isTypedName('gcp', 'acme-prod')).toBe(false);
    expect(isTypedName('azure', 'Contoso Production')).toBe(false);
  });

  it('is written as a tab writes it', () => {
    const text = (console: 'gcp' | 'aws' | 'azure', value: string, name?: string) => {
      const typed = readTypedScope(console, value, name);
      return typed.ok ? typedScopeText(typed) : null;
    };
    expect(text('aws', '111122223333', 'acme-prod')).toBe('acme-prod (1111-2222-3333)');
    expect(text('aws', '111122223333')).toBe('1111-2222-3333');
    expect(text('aws', 'acme-prod')).toBe('acme-prod');
    expect(text('gcp', 'acme-prod-1')).toBe('acme-prod-1');
  });

  it('classifies as a tab would: ID rules on the ID, alias rules and built-in rules on the alias', () => {
    const team = {
      ...structuredClone(EMPTY_POLICY),
      rules: [
        { kind: 'exact' as const, pattern: '111122223333', environment: 'staging', console: 'aws' as const },
        { kind: 'glob' as const, pattern: 'acme-*', environment: 'development', console: 'aws' as const },
      ],
    };
    const effective = buildEffectivePolicy({ managed: null, team, personal: null });
    const classify = (value: string, name?: string) => {
      const typed = readTypedScope('aws', value, name);
      return typed.ok ? (effective.classify(typed.scope)?.environment.name ?? null) : 'refused';
    };
    expect(classify('1111-2222-3333')).toBe('staging');
    expect(classify('444455556666', 'acme-prod')).toBe('development');
    expect(classify('acme-prod')).toBe('development');
    expect(classify('globex-prod')).toBe('production'); // the built-in rules read aliases
    expect(classify('444455556666')).toBeNull(); // never a bare account ID
  });
});
