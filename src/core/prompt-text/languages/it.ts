/** The guard prompt in Italian (`it`). */
import type { PromptWords } from '../types';

export const it: PromptWords = {
  lang: 'it',
  source: 'Drafted by the implementer (not a native speaker) and not yet reviewed by one. The console\'s Italian confirm button says "Conferma"; the prompt uses its infinitive "confermare".',
  acts: '«{title}» agirà sull\'ambiente {environment}: {scope}.',
  actsUntitled: 'Questa finestra di dialogo agirà sull\'ambiente {environment}: {scope}.',
  scope: { gcp: 'progetto {id}', aws: 'account AWS {id}', azure: 'sottoscrizione Azure {id}', site: 'sito {id}' },
  unknown: '(non ancora noto)',
  type: 'Digita {word} per confermare',
  verb: 'conferma',
  verbInText: 'confermare',
  locked: 'Bloccato finché non digiti il nome.',
  unlocked: 'Sbloccato solo per questa finestra di dialogo.',
  blocked: 'Bloccato: digita prima il nome.',
  askAgain: 'La finestra di dialogo è cambiata: rileggila e digita il nome.',
  paste: 'Qui non puoi incollare: digita il nome con la tastiera.',
  untyped: 'Conta solo ciò che digiti tu: digita il nome con la tastiera.',
  others: 'Aperto anche in altre schede: {list}',
  comma: ', ',
};
