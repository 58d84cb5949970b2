/** The guard prompt in Polish (`pl`). */
import type { PromptWords } from '../types';

export const pl: PromptWords = {
  lang: 'pl',
  source: 'Drafted by the implementer (not a native speaker) and not yet reviewed by one. The console\'s Polish confirm button says "Potwierdź" (Azure pl-pl "Potwierdzenie usunięcia"); the prompt uses its infinitive "potwierdzić"; „” Polish quotes.',
  acts: '„{title}” wpłynie na środowisko {environment}: {scope}.',
  actsUntitled: 'To okno dialogowe wpłynie na środowisko {environment}: {scope}.',
  scope: { gcp: 'projekt {id}', aws: 'konto AWS {id}', azure: 'subskrypcja Azure {id}', site: 'witryna {id}' },
  unknown: '(jeszcze nieznany)',
  type: 'Wpisz {word}, aby potwierdzić',
  verb: 'potwierdź',
  verbInText: 'potwierdzić',
  locked: 'Zablokowane do czasu wpisania nazwy.',
  unlocked: 'Odblokowane tylko dla tego okna dialogowego.',
  blocked: 'Zablokowano: najpierw wpisz nazwę.',
  askAgain: 'Okno dialogowe się zmieniło: przeczytaj je ponownie i wpisz nazwę.',
  paste: 'Wklejanie jest tu wyłączone: wpisz nazwę z klawiatury.',
  untyped: 'Liczy się tylko Twoje pisanie: wpisz nazwę z klawiatury.',
  others: 'Otwarte także w innych kartach: {list}',
  comma: ', ',
};
