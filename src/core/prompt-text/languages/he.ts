/** The guard prompt in Hebrew (`he`). */
import type { PromptWords } from '../types';

export const he: PromptWords = {
  lang: 'he',
  source: 'Drafted by the implementer (not a native speaker) and not yet reviewed by one. "אישור" as the console\'s Hebrew confirm button; impersonal "יש להקליד" as Google\'s Hebrew UI addresses no gender.',
  acts: '"{title}" ישפיע על סביבת {environment}: {scope}.',
  actsUntitled: 'תיבת הדו-שיח הזו תשפיע על סביבת {environment}: {scope}.',
  scope: { gcp: 'פרויקט {id}', aws: 'חשבון AWS {id}', azure: 'מינוי Azure {id}', site: 'האתר {id}' },
  unknown: '(עדיין לא ידוע)',
  type: 'יש להקליד {word} לאישור',
  verb: 'אישור',
  locked: 'נעול עד להקלדת השם.',
  unlocked: 'הנעילה בוטלה לתיבת הדו-שיח הזו בלבד.',
  blocked: 'נחסם: יש להקליד קודם את השם.',
  askAgain: 'תיבת הדו-שיח השתנתה: יש לקרוא אותה שוב ולהקליד את השם.',
  paste: 'אי אפשר להדביק כאן: יש להקליד את השם במקלדת.',
  untyped: 'רק הקלדה ידנית נחשבת: יש להקליד את השם במקלדת.',
  others: 'פתוח גם בכרטיסיות אחרות: {list}',
  comma: ', ',
};
