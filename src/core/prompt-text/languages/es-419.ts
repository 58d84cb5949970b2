/** The guard prompt in Spanish (Latin America) (`es-419`). */
import type { PromptWords } from '../types';

export const es419: PromptWords = {
  lang: 'es-419',
  source: 'Drafted by the implementer (not a native speaker) and not yet reviewed by one. As es, with Latin American usage ("diálogo", "cambió"); "Confirmar" as the console\'s confirm button.',
  acts: '«{title}» actuará sobre el entorno {environment}: {scope}.',
  actsUntitled: 'Este diálogo actuará sobre el entorno {environment}: {scope}.',
  scope: { gcp: 'proyecto {id}', aws: 'cuenta de AWS {id}', azure: 'suscripción de Azure {id}', site: 'sitio {id}' },
  unknown: '(aún no se conoce)',
  type: 'Escribe {word} para confirmar',
  verb: 'confirmar',
  locked: 'Bloqueado hasta que se escriba el nombre.',
  unlocked: 'Desbloqueado solo para este diálogo.',
  blocked: 'Bloqueado: primero escribe el nombre.',
  askAgain: 'El diálogo cambió: vuelve a leerlo y escribe el nombre.',
  paste: 'Aquí no se puede pegar: escribe el nombre con el teclado.',
  untyped: 'Solo cuenta lo que escribes tú: escribe el nombre con el teclado.',
  others: 'También abierto en otras pestañas: {list}',
  comma: ', ',
};
