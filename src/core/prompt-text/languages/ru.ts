/** The guard prompt in Russian (`ru`). */
import type { PromptWords } from '../types';

export const ru: PromptWords = {
  lang: 'ru',
  source: 'Drafted by the implementer (not a native speaker) and not yet reviewed by one. "Подтвердить" as the console\'s Russian confirm button; «» Russian quotes.',
  acts: '«{title}» затронет среду {environment}: {scope}.',
  actsUntitled: 'Это диалоговое окно затронет среду {environment}: {scope}.',
  scope: { gcp: 'проект {id}', aws: 'аккаунт AWS {id}', azure: 'подписка Azure {id}', site: 'сайт {id}' },
  unknown: '(пока неизвестно)',
  type: 'Введите {word}, чтобы подтвердить',
  verb: 'подтвердить',
  locked: 'Заблокировано, пока не введено название.',
  unlocked: 'Разблокировано только для этого диалогового окна.',
  blocked: 'Заблокировано: сначала введите название.',
  askAgain: 'Диалоговое окно изменилось: прочитайте его ещё раз и введите название.',
  paste: 'Вставка здесь отключена: введите название с клавиатуры.',
  untyped: 'Учитывается только ваш собственный ввод: введите название с клавиатуры.',
  others: 'Также открыто в других вкладках: {list}',
  comma: ', ',
};
