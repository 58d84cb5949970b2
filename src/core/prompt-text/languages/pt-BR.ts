/** The guard prompt in Portuguese (Brazil) (`pt-BR`). */
import type { PromptWords } from '../types';

export const ptBR: PromptWords = {
  lang: 'pt-BR',
  source: 'Drafted by the implementer (not a native speaker) and not yet reviewed by one. "Confirmar" as the console\'s confirm button; Brazilian usage ("assinatura", "guias", "Digite").',
  acts: '"{title}" vai atuar sobre o ambiente {environment}: {scope}.',
  actsUntitled: 'Esta caixa de diálogo vai atuar sobre o ambiente {environment}: {scope}.',
  scope: { gcp: 'projeto {id}', aws: 'conta da AWS {id}', azure: 'assinatura do Azure {id}', site: 'site {id}' },
  unknown: '(ainda não identificado)',
  type: 'Digite {word} para confirmar',
  verb: 'confirmar',
  locked: 'Bloqueado até que o nome seja digitado.',
  unlocked: 'Desbloqueado somente para esta caixa de diálogo.',
  blocked: 'Bloqueado: digite o nome primeiro.',
  askAgain: 'A caixa de diálogo mudou: leia de novo e digite o nome.',
  paste: 'Não é possível colar aqui: digite o nome no teclado.',
  untyped: 'Só vale o que você digitar: digite o nome no teclado.',
  others: 'Também aberto em outras guias: {list}',
  comma: ', ',
};
