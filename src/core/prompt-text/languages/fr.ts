/** The guard prompt in French (`fr`). */
import type { PromptWords } from '../types';

export const fr: PromptWords = {
  lang: 'fr',
  source: 'Drafted by the implementer (not a native speaker) and not yet reviewed by one. "Confirmer" as the console\'s French confirm button; « » French quotes; "Saisissez" as Google\'s French UI asks for input.',
  acts: '« {title} » agira sur l\'environnement {environment} : {scope}.',
  actsUntitled: 'Cette boîte de dialogue agira sur l\'environnement {environment} : {scope}.',
  scope: { gcp: 'projet {id}', aws: 'compte AWS {id}', azure: 'abonnement Azure {id}', site: 'site {id}' },
  unknown: '(pas encore connu)',
  type: 'Saisissez {word} pour confirmer',
  verb: 'confirmer',
  locked: 'Verrouillé tant que le nom n\'est pas saisi.',
  unlocked: 'Déverrouillé pour cette boîte de dialogue uniquement.',
  blocked: 'Bloqué : saisissez d\'abord le nom.',
  askAgain: 'La boîte de dialogue a changé : relisez-la et saisissez le nom.',
  paste: 'Le collage est désactivé ici : saisissez le nom au clavier.',
  untyped: 'Seule votre propre saisie compte : saisissez le nom au clavier.',
  others: 'Également ouvert dans d\'autres onglets : {list}',
  comma: ', ',
};
