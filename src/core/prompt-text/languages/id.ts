/** The guard prompt in Indonesian (`id`). */
import type { PromptWords } from '../types';

export const id: PromptWords = {
  lang: 'id',
  source: 'Drafted by the implementer (not a native speaker) and not yet reviewed by one. "Konfirmasi" as the console\'s Indonesian confirm button.',
  acts: '"{title}" akan berdampak pada lingkungan {environment}: {scope}.',
  actsUntitled: 'Dialog ini akan berdampak pada lingkungan {environment}: {scope}.',
  scope: { gcp: 'project {id}', aws: 'akun AWS {id}', azure: 'langganan Azure {id}', site: 'situs {id}' },
  unknown: '(belum diketahui)',
  type: 'Ketik {word} untuk konfirmasi',
  verb: 'konfirmasi',
  locked: 'Terkunci sampai nama diketik.',
  unlocked: 'Terbuka hanya untuk dialog ini.',
  blocked: 'Diblokir: ketik nama terlebih dahulu.',
  askAgain: 'Dialog berubah: baca lagi dan ketik namanya.',
  paste: 'Tempel dinonaktifkan di sini: ketik nama dengan keyboard.',
  untyped: 'Hanya ketikan Anda sendiri yang dihitung: ketik nama dengan keyboard.',
  others: 'Juga terbuka di tab lain: {list}',
  comma: ', ',
};
