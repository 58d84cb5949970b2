/** The guard prompt in Spanish (`es`). */
import type { PromptWords } from '../types';

export const es: PromptWords = {
  lang: 'es',
  source: 'Drafted by the implementer (not a native speaker) and not yet reviewed by one. "Confirmar" as the console\'s Spanish confirm button; «» Spanish quotes; informal "tú" as Google\'s Spanish UI.',
  acts: '«{title}» actuará sobre el entorno {environment}: {scope}.',
  actsUntitled: 'Este cuadro de diálogo actuará sobre el entorno {environment}: {scope}.',
  scope: { gcp: 'proyecto {id}', aws: 'cuenta de AWS {id}', azure: 'suscripción de Azure {id}', site: 'sitio {id}' },
  unknown: '(aún no se conoce)',
  type: 'Escribe {word} para confirmar',
  verb: 'confirmar',
  locked: 'Bloqueado hasta que se escriba el nombre.',
  unlocked: 'Desbloqueado solo para este cuadro de diálogo.',
  blocked: 'Bloqueado: primero escribe el nombre.',
  askAgain: 'El cuadro de diálogo ha cambiado: vuelve a leerlo y escribe el nombre.',
  paste: 'Aquí no se puede pegar: escribe el nombre con el teclado.',
  untyped: 'Solo cuenta lo que escribes tú: escribe el nombre con el teclado.',
  others: 'También abierto en otras pestañas: {list}',
  comma: ', ',
};
