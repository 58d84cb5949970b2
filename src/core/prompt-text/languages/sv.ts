/** The guard prompt in Swedish (`sv`). */
import type { PromptWords } from '../types';

export const sv: PromptWords = {
  lang: 'sv',
  source: 'Drafted by the implementer (not a native speaker) and not yet reviewed by one. "Bekräfta" as the console\'s Swedish confirm button; ”” Swedish quotes.',
  acts: '”{title}” påverkar miljön {environment}: {scope}.',
  actsUntitled: 'Den här dialogrutan påverkar miljön {environment}: {scope}.',
  scope: { gcp: 'projekt {id}', aws: 'AWS-konto {id}', azure: 'Azure-prenumeration {id}', site: 'webbplats {id}' },
  unknown: '(inte känt än)',
  type: 'Skriv {word} för att bekräfta',
  verb: 'bekräfta',
  locked: 'Låst tills namnet har skrivits.',
  unlocked: 'Upplåst endast för den här dialogrutan.',
  blocked: 'Blockerat: skriv namnet först.',
  askAgain: 'Dialogrutan har ändrats: läs den igen och skriv namnet.',
  paste: 'Det går inte att klistra in här: skriv namnet med tangentbordet.',
  untyped: 'Bara det du själv skriver räknas: skriv namnet med tangentbordet.',
  others: 'Även öppet i andra flikar: {list}',
  comma: ', ',
};
