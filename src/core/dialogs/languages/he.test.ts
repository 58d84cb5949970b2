/** Hebrew wording through the whole recogniser: console titles and buttons as hl=he shows them. */
import { beforeAll, describe, expect, it } from 'vitest';
import { judgeDialog } from '../judge';
import { findAction, normaliseText } from '../wording';
import { he as table } from './he';
import type { ActionClass } from './types';

type Destructive = [title: string, leave: string, confirm: string, action: ActionClass, lang?: string, description?: string];
type Harmless = [title: string, buttons: string[], description?: string];

const judge = (title: string, labels: string[], description?: string) =>
  judgeDialog({ title, accessibleName: '', description, buttons: labels.map((label) => ({ label, inActions: true })) });

const destructive: Destructive[] = [
  ['למחוק את האשכול \'prod-1\'?', 'ביטול', 'מחיקה', 'delete', 'he'],
  ['מחיקת מאגר הצמתים \'pool-1\'', 'ביטול', 'מחיקה', 'delete', 'he'],
  ['האם למחוק את המכונה הווירטואלית \'web-1\'?', 'ביטול', 'מחיקה', 'delete', 'he'],
  ['למחוק לצמיתות את הקטגוריה \'acme-logs\'?', 'ביטול', 'מחיקת הקטגוריה', 'delete', 'he'],
  ['להסיר את חשבון המשתמש?', 'ביטול', 'הסרה', 'remove', 'he'],
  ['להשמיד את גרסת המפתח 3?', 'ביטול', 'תזמון השמדה', 'destroy', 'he'],
  ['כיבוי הפרויקט \'Acme Prod\'', 'ביטול', 'כיבוי', 'shut-down', 'he'],
  ['ניקוי התור \'emails\'', 'ביטול', 'טיהור התור', 'purge', 'he'],
  ['לשחרר את הכתובת הסטטית?', 'ביטול', 'שחרור', 'release', 'he'],
  ['לאפס את המכונה הווירטואלית \'web-1\'?', 'ביטול', 'איפוס', 'reset', 'he'],
  ['להשבית את Kubernetes Engine API?', 'ביטול', 'השבתה', 'disable', 'he'],
  ['להשבית את החיוב בפרויקט acme-prod?', 'ביטול', 'השבתת החיוב', 'disable', 'he'],
  ['בטוח?', 'ביטול', 'כן, למחוק', 'delete', 'he'],
  ['אישור המחיקה', 'ביטול', 'אישור', 'delete', 'he'],
  ['להמשיך?', 'לא', 'אישור', 'delete', 'he', 'האשכול \'prod-1\' יימחק לצמיתות.'],
  ['לעצור את המכונה הווירטואלית \'web-1\'?', 'ביטול', 'עצירה', 'stop', 'he'],
  ['להשעות את המכונה הווירטואלית?', 'ביטול', 'השעיה', 'stop', 'he'],
];

const harmless: Harmless[] = [
  ['לשחזר את הפרויקט?', ['ביטול', 'שחזור']],
  ['ביטול מחיקה של חשבון שירות', ['סגירה', 'ביטול מחיקה']],
  ['קטגוריות שנמחקו לאחרונה', ['סגירה', 'שחזור']],
  ['הפעלת הגנה מפני מחיקה', ['ביטול', 'שמירה']],
  ['מדיניות מחיקה: תקופת שמירה', ['ביטול', 'שמירה']],
  ['איפוס עמודות', ['ביטול', 'איפוס']],
  ['איפוס המסננים', ['לא', 'איפוס המסננים']],
  ['איפוס התצוגה', ['ביטול', 'אישור']],
  ['השבתת התראות', ['ביטול', 'השבתת התראות']],
  ['כיבוי ההתראות', ['סגירה', 'אישור']],
  ['האשכול נמחק', ['ביטול פעולה']],
  ['האשכול נמחק', ['אישור']],
  ['יצירת מאגר צמתים', ['ביטול', 'יצירה']],
  ['הערות גרסה', ['סגירה']],
  ['הפעלת Kubernetes Engine API', ['ביטול', 'הפעלה']],
];

/** Ordinary Hebrew console text: no table (of any language) may read an action into it. */
const ordinary = [
  'ביטול',
  'סגירה',
  'אישור',
  'המשך',
  'שמירה',
  'אני מבין',
  'הצגת הפרטים',
  'בחירת פרויקט',
  'כדי להמשיך, מקלידים את שם האשכול',
  'אי אפשר לבטל את הפעולה הזו.',
  'מידע נוסף',
  'שיתוף עם משתמשים',
];

// The first judgement builds every language's matchers: kept out of the per-case time limit.
beforeAll(() => {
  for (let round = 0; round < 3; round++) {
    judge('warm-up „é“', ['OK'], 'warm-up „é“');
    judge('warm up', ['OK'], 'warm up');
  }
}, 300_000);

describe('Hebrew (he): destructive confirmations', () => {
  it.each(destructive)('%s [%s | %s] -> %s', (title, leave, confirm, action, lang, description) => {
    const verdict = judge(title, [leave, confirm], description);
    expect(verdict).toMatchObject({ destructive: action !== 'stop', action });
    if (lang) expect(verdict.lang).toBe(lang);
    expect(verdict.buttonRoles).toEqual(['free', 'action']);
  });
});

describe('Hebrew (he): harmless look-alikes', () => {
  it.each(harmless)('%s %j', (title, buttons, description) => {
    expect(judge(title, buttons, description)).toMatchObject({ destructive: false, action: null });
  });

  // Once an engine gap, now fixed: the word is also a leave (or lent) word, and still read right.
  for (const [title, buttons] of [
    ['השבתת התראות', ['ביטול', 'השבתה']],
  ] as Harmless[]) {
    it(`${title} ${JSON.stringify(buttons)} is harmless`, () => {
      expect(judge(title, buttons)).toMatchObject({ destructive: false, action: null });
    });
  }

  it('a toast reporting a deletion is not a confirmation', () => {
    expect(judge('', ['אישור'], 'האשכול prod-1 נמחק').destructive).toBe(false);
  });
});

describe('Hebrew (he): ordinary text and the table itself', () => {
  it.each(ordinary)('%s reads as no action', (text) => {
    expect(findAction(text)).toBeNull();
  });

  it('every leave, confirm and safe label reads as no action', () => {
    const labels = [...table.leave, ...table.confirm, ...table.safeActions].flatMap((entry) => entry.forms).filter((form) => !form.includes('*'));
    expect(labels.filter((label) => findAction(label) !== null)).toEqual([]);
  });

  it('forms are normalised, unique, sourced, and use * only at an end', () => {
    for (const entry of [...table.actions, ...table.outcomes, ...table.harmless, ...table.safeActions, ...table.leave, ...table.confirm, ...table.resources]) {
      expect(entry.source.length).toBeGreaterThan(5);
      expect(new Set(entry.forms).size).toBe(entry.forms.length);
      for (const form of entry.forms) {
        expect(normaliseText(form)).toBe(form);
        expect(form.slice(1, -1)).not.toContain('*');
      }
    }
  });
});
