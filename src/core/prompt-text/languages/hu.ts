/** The guard prompt in Hungarian (`hu`). */
import type { PromptWords } from '../types';

export const hu: PromptWords = {
  lang: 'hu',
  source: 'Drafted by the implementer (not a native speaker) and not yet reviewed by one. "Megerősítés" as the Azure portal\'s Hungarian confirm wording, here with its suffix "megerősítéshez"; "a(z)" as Microsoft\'s Hungarian UI writes an article before a name; „” Hungarian quotes.',
  acts: '„{title}” hatással lesz a(z) {environment} környezetre: {scope}.',
  actsUntitled: 'Ez a párbeszédpanel hatással lesz a(z) {environment} környezetre: {scope}.',
  scope: { gcp: '{id} projekt', aws: '{id} AWS-fiók', azure: '{id} Azure-előfizetés', site: '{id} webhely' },
  unknown: '(még nem ismert)',
  type: 'A megerősítéshez írja be: {word}',
  verb: 'megerősítés',
  verbInText: 'megerősítéshez',
  locked: 'Zárolva, amíg be nem írja a nevet.',
  unlocked: 'Csak ennél a párbeszédpanelnél feloldva.',
  blocked: 'Letiltva: előbb írja be a nevet.',
  askAgain: 'A párbeszédpanel megváltozott: olvassa el újra, és írja be a nevet.',
  paste: 'A beillesztés itt ki van kapcsolva: a billentyűzettel írja be a nevet.',
  untyped: 'Csak a saját gépelése számít: a billentyűzettel írja be a nevet.',
  others: 'Más lapokon is nyitva: {list}',
  comma: ', ',
};
