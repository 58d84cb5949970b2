/** The guard prompt in Czech (`cs`). */
import type { PromptWords } from '../types';

export const cs: PromptWords = {
  lang: 'cs',
  source: 'Drafted by the implementer (not a native speaker) and not yet reviewed by one. The console\'s Czech confirm button says "Potvrdit"; the prompt uses its verbal noun "potvrzení"; „“ Czech quotes.',
  acts: '„{title}“ ovlivní prostředí {environment}: {scope}.',
  actsUntitled: 'Tento dialog ovlivní prostředí {environment}: {scope}.',
  scope: { gcp: 'projekt {id}', aws: 'účet AWS {id}', azure: 'předplatné Azure {id}', site: 'web {id}' },
  unknown: '(zatím neznámé)',
  type: 'Pro potvrzení zadejte {word}',
  verb: 'potvrdit',
  verbInText: 'potvrzení',
  locked: 'Uzamčeno, dokud nezadáte název.',
  unlocked: 'Odemčeno jen pro tento dialog.',
  blocked: 'Zablokováno: nejdřív zadejte název.',
  askAgain: 'Dialog se změnil: přečtěte si ho znovu a zadejte název.',
  paste: 'Vkládání je tu vypnuté: zadejte název na klávesnici.',
  untyped: 'Platí jen vaše vlastní psaní: zadejte název na klávesnici.',
  others: 'Otevřeno i v dalších kartách: {list}',
  comma: ', ',
};
