import { describe, expect, it } from 'vitest';
import { readImportSource, sourcePolicy } from './import-source';

describe('readImportSource', () => {
  it('an INI file is read as AESR, not as broken JSON; its rules get production until the person picks another', () => {
    const read = readImportSource('[profile shop]\naws_account_id = 111122223333\n[x]\naws_account_id = 1111222233334\n');
    expect(read).toMatchObject({ ok: true, source: { format: 'aesr-ini', environment: 'production', useColours: false, problems: [{ line: 4 }] } });
    if (!read.ok) return;
    expect(sourcePolicy(read.source, []).rules).toEqual([{ console: 'aws', kind: 'exact', pattern: '111122223333', environment: 'production', note: 'shop' }]);
    expect(sourcePolicy({ ...read.source, environment: 'staging' } as typeof read.source, []).rules[0]?.environment).toBe('staging');
  });

  it('a list is read as project IDs in the chosen environment', () => {
    const read = readImportSource('acme-a\nacme-b');
    if (!read.ok) throw new Error('expected a list');
    expect(sourcePolicy({ ...read.source, environment: 'development' } as typeof read.source, []).rules.map((rule) => `${rule.pattern} ${rule.environment}`)).toEqual([
      'acme-a development',
      'acme-b development',
    ]);
  });

  it('nothing usable: every line is an error; an empty file has none, and says so', () => {
    expect(readImportSource('[a]\naws_account_id = 123')).toEqual({ ok: false, errors: ['line 2: aws_account_id "123" has 3 digits; an AWS account ID has 12 (profile "a")'] });
    expect(readImportSource('1bad 2bad')).toMatchObject({ ok: false, errors: [/^line 1: "1bad"/, /^line 1: "2bad"/] });
    expect(readImportSource('\uFEFF\r\n')).toEqual({ ok: false, errors: [] });
    expect(readImportSource('{"version": 1,')).toMatchObject({ ok: false, errors: [/invalid JSON/] });
  });
});
