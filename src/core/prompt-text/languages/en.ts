/** The guard prompt in English (`en`). */
import type { PromptWords } from '../types';

export const en: PromptWords = {
  lang: 'en',
  source: 'The extension\'s own English (public/_locales/en); "confirm" as the console\'s Confirm buttons.',
  acts: '“{title}” will act on {environment}: {scope}.',
  actsUntitled: 'This dialog will act on {environment}: {scope}.',
  scope: { gcp: 'project {id}', aws: 'AWS account {id}', azure: 'Azure subscription {id}', site: 'site {id}' },
  unknown: '(not known yet)',
  type: 'Type {word} to confirm',
  verb: 'confirm',
  locked: 'Locked until the name is typed.',
  unlocked: 'Unlocked for this dialog only.',
  blocked: 'Blocked: type the name first.',
  askAgain: 'The dialog changed: read it again and type the name.',
  paste: 'Paste is off here: type the name with your keyboard.',
  untyped: 'Only your own typing counts: type the name with your keyboard.',
  others: 'Also open in other tabs: {list}',
  comma: ', ',
};
