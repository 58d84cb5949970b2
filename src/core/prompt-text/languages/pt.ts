/** The guard prompt in Portuguese (Portugal) (`pt`). */
import type { PromptWords } from '../types';

export const pt: PromptWords = {
  lang: 'pt',
  source: 'Drafted by the implementer (not a native speaker) and not yet reviewed by one. "Confirmar" as the console\'s confirm button; European usage ("subscrição", "separadores", "Escreva").',
  acts: '«{title}» vai atuar sobre o ambiente {environment}: {scope}.',
  actsUntitled: 'Esta caixa de diálogo vai atuar sobre o ambiente {environment}: {scope}.',
  scope: { gcp: 'projeto {id}', aws: 'conta AWS {id}', azure: 'subscrição do Azure {id}', site: 'site {id}' },
  unknown: '(ainda não conhecido)',
  type: 'Escreva {word} para confirmar',
  verb: 'confirmar',
  locked: 'Bloqueado até o nome ser escrito.',
  unlocked: 'Desbloqueado apenas para esta caixa de diálogo.',
  blocked: 'Bloqueado: escreva primeiro o nome.',
  askAgain: 'A caixa de diálogo mudou: leia-a novamente e escreva o nome.',
  paste: 'Aqui não é possível colar: escreva o nome com o teclado.',
  untyped: 'Só conta o que escrever: escreva o nome com o teclado.',
  others: 'Também aberto noutros separadores: {list}',
  comma: ', ',
};
