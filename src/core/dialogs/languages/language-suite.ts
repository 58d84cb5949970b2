/**
 * Test support, not shipped: one language table through the whole recogniser, the same checks for every
 * language that uses it (destructive confirmations with their way out, harmless look-alikes, ordinary text
 * no table may read an action into, and the table's own hygiene).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleId } from '../../../consoles/ids';
import { judgeDialog } from '../judge';
import { findAction, normaliseText } from '../wording';
import type { ActionClass, LanguageTable } from './types';

/** `lang`: the table the verdict is credited to when it is not this one (a word two languages share). */
export type DestructiveCase = [title: string, leave: string, confirm: string, action: ActionClass, description?: string, lang?: string];
export type HarmlessCase = [title: string, buttons: string[], description?: string];

export interface LanguageCases {
  /** The console these titles and buttons come from (wording may differ between consoles); absent: not known. */
  console?: ConsoleId;
  destructive: DestructiveCase[];
  harmless: HarmlessCase[];
  /** Ordinary text of the language: no table (of any language) may read an action into it. */
  ordinary: string[];
}

export const judgeOn = (where: ConsoleId | undefined, title: string, labels: string[], description?: string) =>
  judgeDialog({ title, accessibleName: '', description, console: where, buttons: labels.map((label) => ({ label, inActions: true })) });

export function describeLanguage(table: LanguageTable, cases: LanguageCases): void {
  const label = `${table.name} (${table.lang})`;
  // The first judgement builds every language's matchers: kept out of the per-case time limit.
  beforeAll(() => {
    for (let round = 0; round < 3; round++) judgeOn(cases.console, 'warm up', ['OK'], 'warm up');
  }, 300_000);

  describe(`${label}: destructive confirmations`, () => {
    it.each(cases.destructive)('%s [%s | %s] -> %s', (title, leave, confirm, action, description, lang) => {
      const verdict = judgeOn(cases.console, title, [leave, confirm], description);
      expect(verdict).toMatchObject({ destructive: action !== 'stop', action, lang: lang ?? table.lang });
      expect(verdict.buttonRoles).toEqual(['free', 'action']);
    });
  });

  describe(`${label}: harmless look-alikes`, () => {
    it.each(cases.harmless)('%s %j', (title, buttons, description) => {
      expect(judgeOn(cases.console, title, buttons, description)).toMatchObject({ destructive: false, action: null });
    });
  });

  describe(`${label}: ordinary text and the table itself`, () => {
    it.each(cases.ordinary)('%s reads as no action', (text) => {
      expect(findAction(text, '', cases.console)).toBeNull();
    });

    it('every leave, confirm and safe label reads as no action', () => {
      const labels = [...table.leave, ...table.confirm, ...table.safeActions].flatMap((entry) => entry.forms).filter((form) => !form.includes('*'));
      expect(labels.filter((text) => findAction(text) !== null)).toEqual([]);
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
