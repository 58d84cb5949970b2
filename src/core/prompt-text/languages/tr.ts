/** The guard prompt in Turkish (`tr`). */
import type { PromptWords } from '../types';

export const tr: PromptWords = {
  lang: 'tr',
  source: 'Drafted by the implementer (not a native speaker) and not yet reviewed by one. The console\'s Turkish confirm button says "Onayla"; the prompt uses "onaylamak için" (to confirm).',
  acts: '"{title}", {environment} ortamını etkileyecek: {scope}.',
  actsUntitled: 'Bu iletişim kutusu {environment} ortamını etkileyecek: {scope}.',
  scope: { gcp: 'proje {id}', aws: 'AWS hesabı {id}', azure: 'Azure aboneliği {id}', site: '{id} sitesi' },
  unknown: '(henüz bilinmiyor)',
  type: 'Onaylamak için {word} yazın',
  verb: 'onayla',
  verbInText: 'onaylamak',
  locked: 'Ad yazılana kadar kilitli.',
  unlocked: 'Kilit yalnızca bu iletişim kutusu için açıldı.',
  blocked: 'Engellendi: önce adı yazın.',
  askAgain: 'İletişim kutusu değişti: tekrar okuyun ve adı yazın.',
  paste: 'Burada yapıştırma kapalı: adı klavyeyle yazın.',
  untyped: 'Yalnızca kendi yazdığınız sayılır: adı klavyeyle yazın.',
  others: 'Diğer sekmelerde de açık: {list}',
  comma: ', ',
};
