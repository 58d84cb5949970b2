/** The guard prompt in Arabic (`ar`). */
import type { PromptWords } from '../types';

export const ar: PromptWords = {
  lang: 'ar',
  source: 'Drafted by the implementer (not a native speaker) and not yet reviewed by one. "تأكيد" as the console\'s Arabic confirm button, here "للتأكيد" (to confirm); Arabic comma between items. Laid out right to left.',
  acts: 'سيؤثر "{title}" في البيئة {environment}: {scope}.',
  actsUntitled: 'سيؤثر مربع الحوار هذا في البيئة {environment}: {scope}.',
  scope: { gcp: 'المشروع {id}', aws: 'حساب AWS {id}', azure: 'اشتراك Azure {id}', site: 'الموقع {id}' },
  unknown: '(غير معروف بعد)',
  type: 'اكتب {word} للتأكيد',
  verb: 'تأكيد',
  verbInText: 'للتأكيد',
  locked: 'مقفل إلى أن تكتب الاسم.',
  unlocked: 'تم إلغاء القفل لمربع الحوار هذا فقط.',
  blocked: 'تم الحظر: اكتب الاسم أولاً.',
  askAgain: 'تغيّر مربع الحوار: اقرأه مرة أخرى واكتب الاسم.',
  paste: 'اللصق غير متاح هنا: اكتب الاسم باستخدام لوحة المفاتيح.',
  untyped: 'لا يُحتسب إلا ما تكتبه بنفسك: اكتب الاسم باستخدام لوحة المفاتيح.',
  others: 'مفتوح أيضًا في علامات تبويب أخرى: {list}',
  comma: '، ',
};
