/** The guard prompt in Dutch (`nl`). */
import type { PromptWords } from '../types';

export const nl: PromptWords = {
  lang: 'nl',
  source: 'Drafted by the implementer (not a native speaker) and not yet reviewed by one. "Bevestigen" as the console\'s Dutch confirm button; informal "je" as Google\'s Dutch UI.',
  acts: '"{title}" heeft gevolgen voor de omgeving {environment}: {scope}.',
  actsUntitled: 'Dit dialoogvenster heeft gevolgen voor de omgeving {environment}: {scope}.',
  scope: { gcp: 'project {id}', aws: 'AWS-account {id}', azure: 'Azure-abonnement {id}', site: 'site {id}' },
  unknown: '(nog niet bekend)',
  type: 'Typ {word} om te bevestigen',
  verb: 'bevestigen',
  locked: 'Vergrendeld tot de naam is getypt.',
  unlocked: 'Alleen voor dit dialoogvenster ontgrendeld.',
  blocked: 'Geblokkeerd: typ eerst de naam.',
  askAgain: 'Het dialoogvenster is gewijzigd: lees het opnieuw en typ de naam.',
  paste: 'Plakken is hier uitgeschakeld: typ de naam met je toetsenbord.',
  untyped: 'Alleen je eigen typewerk telt: typ de naam met je toetsenbord.',
  others: 'Ook open in andere tabbladen: {list}',
  comma: ', ',
};
