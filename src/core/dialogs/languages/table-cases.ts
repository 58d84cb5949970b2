/**
 * The checks every language table's test runs: its destructive dialogs are
 * recognised with the right action, its harmless look-alikes are left free,
 * its ordinary console text reads as no action, and the table itself is
 * well formed. Test-only; each `<lang>.test.ts` brings the dialogs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { judgeDialog } from '../judge';
import { findAction, normaliseText } from '../wording';
import type { ActionClass, LanguageTable } from './types';

export type Destructive = [title: string, leave: string, confirm: string, action: ActionClass, description?: string, lang?: string];
export type Harmless = [title: string, buttons: string[], description?: string];

export const judge = (title: string, labels: string[], description?: string) =>
  judgeDialog({ title, accessibleName: '', description, buttons: labels.map((label) => ({ label, inActions: true })) });

export function describeLanguage(table: LanguageTable, cases: { destructive: Destructive[]; harmless: Harmless[]; ordinary: string[] }): void {
  const name = `${table.name} (${table.lang})`;

  // The first judgement builds every language's matchers: kept out of the per-case time limit.
  beforeAll(() => {
    judge('warm up', ['OK'], 'warm up');
  }, 300_000);

  describe(`${name}: destructive confirmations`, () => {
    it.each(cases.destructive)('%s [%s | %s] -> %s', (title, leave, confirm, action, description, lang) => {
      const verdict = judge(title, [leave, confirm], description);
      expect(verdict).toMatchObject({ destructive: action !== 'stop', action, lang: lang ?? table.lang });
      expect(verdict.buttonRoles).toEqual(['free', 'action']);
    });
  });

  describe(`${name}: harmless look-alikes`, () => {
    it.each(cases.harmless)('%s %j', (title, buttons, description) => {
      expect(judge(title, buttons, description)).toMatchObject({ destructive: false, action: null });
    });
  });

  describe(`${name}: ordinary text and the table itself`, () => {
    it.each(cases.ordinary)('%s reads as no action', (text) => {
      expect(findAction(text)).toBeNull();
    });

    it('every leave, confirm and safe label reads as no action', () => {
      const labels = [...table.leave, ...table.confirm, ...table.safeActions].flatMap((entry) => entry.forms).filter((form) => !form.includes('*'));
      expect(labels.filter((label) => findAction(label) !== null)).toEqual([]);
    });

    it('forms are normalised, unique, sourced, and use * only at an end', () => {
      for (const entry of [...table.actions, ...table.outcomes, ...table.harmless, ...table.safeActions, ...table.leave, ...table.confirm, ...table.uiNouns, ...table.resources]) {
        expect(entry.source.length).toBeGreaterThan(5);
        expect(new Set(entry.forms).size).toBe(entry.forms.length);
        for (const form of entry.forms) {
          expect(normaliseText(form)).toBe(form);
          expect(form.slice(1, -1)).not.toContain('*');
        }
      }
    });
  });
}
