/** The guard prompt in Ukrainian (`uk`). */
import type { PromptWords } from '../types';

export const uk: PromptWords = {
  lang: 'uk',
  source: 'Drafted by the implementer (not a native speaker) and not yet reviewed by one. "Підтвердити" as the console\'s Ukrainian confirm button; «» Ukrainian quotes; "проєкт" in current spelling.',
  acts: '«{title}» вплине на середовище {environment}: {scope}.',
  actsUntitled: 'Це діалогове вікно вплине на середовище {environment}: {scope}.',
  scope: { gcp: 'проєкт {id}', aws: 'обліковий запис AWS {id}', azure: 'підписка Azure {id}', site: 'сайт {id}' },
  unknown: '(ще невідомо)',
  type: 'Введіть {word}, щоб підтвердити',
  verb: 'підтвердити',
  locked: 'Заблоковано, доки не введено назву.',
  unlocked: 'Розблоковано лише для цього діалогового вікна.',
  blocked: 'Заблоковано: спершу введіть назву.',
  askAgain: 'Діалогове вікно змінилося: прочитайте його ще раз і введіть назву.',
  paste: 'Вставлення тут вимкнено: введіть назву з клавіатури.',
  untyped: 'Враховується лише ваше власне введення: введіть назву з клавіатури.',
  others: 'Також відкрито в інших вкладках: {list}',
  comma: ', ',
};
