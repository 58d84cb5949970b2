/** The guard prompt in German (`de`). */
import type { PromptWords } from '../types';

export const de: PromptWords = {
  lang: 'de',
  source: 'Drafted by the implementer (not a native speaker) and not yet reviewed by one. "Bestätigen" as the console\'s German confirm button; „“ German quotes; formal "Sie" as Google\'s and Microsoft\'s German UIs.',
  acts: '„{title}“ wirkt auf die Umgebung {environment}: {scope}.',
  actsUntitled: 'Dieses Dialogfeld wirkt auf die Umgebung {environment}: {scope}.',
  scope: { gcp: 'Projekt {id}', aws: 'AWS-Konto {id}', azure: 'Azure-Abonnement {id}', site: 'Website {id}' },
  unknown: '(noch nicht bekannt)',
  type: 'Zum Bestätigen {word} eingeben',
  verb: 'bestätigen',
  locked: 'Gesperrt, bis der Name eingegeben ist.',
  unlocked: 'Nur für dieses Dialogfeld entsperrt.',
  blocked: 'Blockiert: Geben Sie zuerst den Namen ein.',
  askAgain: 'Das Dialogfeld hat sich geändert: Lesen Sie es erneut und geben Sie den Namen ein.',
  paste: 'Einfügen ist hier deaktiviert: Geben Sie den Namen über die Tastatur ein.',
  untyped: 'Nur Ihre eigene Eingabe zählt: Geben Sie den Namen über die Tastatur ein.',
  others: 'Auch in anderen Tabs geöffnet: {list}',
  comma: ', ',
};
