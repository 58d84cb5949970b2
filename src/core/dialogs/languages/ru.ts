/**
 * Russian (`hl=ru`; Azure portal `ru-ru`). Russian inflects: an action is asked
 * for in the infinitive ("Удалить кластер?", the button "Удалить"), the
 * polite imperative ("Удалите"), or the verbal noun in its cases ("Удаление
 * кластера", "Подтверждение удаления"); a description announces it with the
 * short participle in every gender and number ("будет удалён / удалена /
 * удалено", "будут удалены"), written with ё or е.
 *
 * Russian quirks: "Закрыть" is Close, and also how a project is shut down
 * ("Закрыть проект?"): only with the project named; "Очистить" is "clear"
 * (a filter, a search): only "очистить очередь" is purge; "удалённый" is
 * also "remote" (удалённый доступ), a different word the forms never match.
 * The AWS console has no Russian.
 */
import type { LanguageTable } from './types';

const AZURE = 'https://learn.microsoft.com/ru-ru/rest/api/resources/resourcegroups/delete ("Удаляет группу ресурсов", "При удалении группы ресурсов также удаляются все ее ресурсы"); the portal\'s Delete button says "Удалить"';

export const ru: LanguageTable = {
  lang: 'ru',
  name: 'Russian',
  script: 'spaced',
  actions: [
    { action: 'delete', forms: ['удалить', 'удалите', 'удалить навсегда', 'удалить безвозвратно', 'окончательно удалить', 'удаление', 'удаления', 'удалению', 'удалением', 'удалении', 'удалять', 'удаляйте', 'подтверждение удаления', 'подтвердите удаление'], source: AZURE },
    { action: 'remove', forms: ['убрать', 'уберите', 'отозвать доступ', 'исключить участника'], source: 'IAM "Remove principal", chosen: Google Russian mostly says "Удалить" for Remove too (covered as delete); "убрать" where it does not' },
    { action: 'destroy', forms: ['уничтожить', 'уничтожьте', 'уничтожение', 'уничтожения', 'уничтожению'], source: 'Cloud KMS "Destroy key version", chosen: the standard Russian verb for destroy' },
    { action: 'shut-down', forms: ['закрыть', 'закройте', 'закрытие', 'закрытия'], context: ['проект', 'проекта', 'проекту', 'проектом'], source: 'project shut-down dialog ("Закрыть проект"), chosen; only with the project named, since "Закрыть" is also Close' },
    { action: 'shut-down', forms: ['завершить работу проекта', 'всё равно закрыть', 'все равно закрыть'], source: 'project shut-down, "Shut down anyway", chosen' },
    { action: 'purge', forms: ['очистить очередь', 'очистите очередь', 'очистка очереди', 'очистки очереди'], source: 'Cloud Tasks "Purge queue", chosen: "очистить" alone is also "clear", so only with "очередь"' },
    { action: 'release', forms: ['освободить', 'освободите', 'освобождение', 'освобождения'], context: ['адрес', 'адреса', 'ip-адрес', 'ip-адреса', 'ip'], source: 'Compute Engine "Release static address" ("Освободить статический адрес"), chosen; only with an address named' },
    { action: 'reset', forms: ['сбросить', 'сбросьте', 'сброс', 'сброса'], source: 'Compute Engine VM "Reset" ("Сбросить"), chosen: the standard Google Russian for Reset' },
    { action: 'disable', forms: ['отключить', 'отключите', 'отключение', 'отключения', 'деактивировать', 'деактивация', 'деактивации'], source: 'APIs & Services "Disable API" ("Отключить API"), chosen: the standard Google Russian for Disable' },
    { action: 'stop', forms: ['остановить', 'остановите', 'остановка', 'остановки', 'приостановить', 'приостановка', 'приостановки'], source: 'Compute Engine VM "Stop" ("Остановить") and "Suspend" ("Приостановить"), chosen' },
  ],
  outcomes: [
    { action: 'delete', forms: ['будет удалён', 'будет удален', 'будет удалена', 'будет удалено', 'будут удалены', 'удалён безвозвратно', 'удалены безвозвратно', 'будет безвозвратно удалён', 'будет безвозвратно удален', 'будут безвозвратно удалены', 'удаляется', 'удаляются', 'удаляет'], source: AZURE },
    { action: 'destroy', forms: ['будет уничтожен', 'будет уничтожена', 'будет уничтожено', 'будут уничтожены'], source: 'as for уничтожить' },
    { action: 'shut-down', forms: ['будет закрыт', 'будут закрыты'], context: ['проект', 'проекта'], source: 'as for закрыть проект' },
    { action: 'reset', forms: ['будет сброшен', 'будет сброшена', 'будет сброшено', 'будут сброшены', 'будет немедленно сброшен', 'будет немедленно сброшена'], source: 'as for сбросить' },
    { action: 'disable', forms: ['будет отключён', 'будет отключен', 'будет отключена', 'будет отключено', 'будут отключены'], source: 'as for отключить' },
    { action: 'stop', forms: ['будет остановлен', 'будет остановлена', 'будут остановлены'], source: 'as for остановить' },
  ],
  harmless: [
    { forms: ['защита от удаления', 'защиту от удаления', 'защиты от удаления', 'защита от случайного удаления'], source: 'Compute Engine deletion protection, chosen: names a protection, not an action' },
    { forms: ['недавно удалённые', 'недавно удаленные', 'удалённые объекты', 'удаленные объекты', 'ожидает удаления', 'политика удаления', 'правила удаления', 'мягкое удаление', 'отменить удаление', 'отмена удаления'], source: 'lists of deleted items, soft delete and deletion policies; chosen' },
    { forms: ['не может быть удалён', 'не может быть удален', 'не может быть удалена', 'невозможно удалить', 'нельзя удалить'], source: 'announced impossibilities describe a protection; chosen' },
    { forms: ['удалить фильтр', 'удалить фильтры', 'удалить все фильтры', 'очистить фильтр', 'очистить фильтры', 'очистить поиск', 'удалить из избранного'], source: 'table filter chips and search boxes; chosen' },
    { forms: ['сбросить столбцы', 'сбросить фильтры', 'сбросить все фильтры', 'сбросить макет', 'сбросить вид', 'сбросить масштаб', 'сбросить сортировку', 'сбросить пароль', 'сбросить настройки по умолчанию', 'сброс пароля'], source: 'table and chart controls, chosen: resetting a view destroys nothing' },
    { forms: ['отключить уведомления', 'отключить подсказки', 'отключить советы', 'отключить анимацию', 'отключить автообновление'], source: 'console preferences, chosen' },
    { forms: ['примечания к выпуску', 'канал выпуска', 'удалённый доступ', 'удаленный доступ', 'удалённый рабочий стол', 'удаленный рабочий стол'], source: 'release notes and channels; "удалённый" meaning remote; chosen' },
  ],
  safeActions: [
    { forms: ['восстановить', '* восстановить', 'отменить удаление', 'включить', '* включить', 'создать', '* создать', 'добавить', '* добавить', 'запустить', '* запустить', 'возобновить'], source: 'the opposite of each destructive verb, as Google Russian writes them; chosen' },
  ],
  leave: [
    { forms: ['отмена', 'отменить', 'закрыть', 'закрыть*', 'нет', 'нет,*', 'нет *', 'назад', 'не сейчас', 'оставить', 'понятно'], source: 'standard Google and Microsoft Russian for Cancel ("Отмена") and Close ("Закрыть"); Material dialog conventions' },
  ],
  confirm: [
    { forms: ['ок', 'ok', 'да', 'да,*', 'да *', 'подтвердить', 'подтверждаю', 'продолжить', 'далее', 'я понимаю', 'применить', 'сохранить', 'готово', 'отправить'], source: 'standard Russian for OK / Yes / Confirm / Continue; chosen' },
  ],
  uiNouns: [
    { forms: ['столбец', 'столбцы', 'столбцов', 'фильтр', 'фильтры', 'фильтров', 'макет', 'вид', 'представление', 'масштаб', 'сортировку', 'уведомления', 'уведомлений', 'подсказки', 'советы', 'таблицу', 'таблицы', 'карточки', 'диаграмму'], source: 'things on the screen whose reset or disable destroys nothing; chosen' },
  ],
  resources: [
    { kind: 'gke-node-pool', forms: ['пул узлов', 'пула узлов', 'пулы узлов', 'пулов узлов', 'пул нод'], source: 'GKE console' },
    { kind: 'gke-namespace', forms: ['пространство имён', 'пространство имен', 'namespace'], source: 'GKE console' },
    { kind: 'gke-workload', forms: ['рабочая нагрузка', 'рабочую нагрузку', 'рабочие нагрузки', 'deployment', 'поды'], source: 'GKE console ("под" alone is also the preposition "under")' },
    { kind: 'instance-group', forms: ['группа экземпляров', 'группу экземпляров', 'группы экземпляров', 'группа инстансов'], source: 'Compute Engine console' },
    { kind: 'sql-instance', forms: ['sql', 'экземпляр базы данных', 'экземпляр cloud sql'], source: 'Cloud SQL console' },
    { kind: 'gke-cluster', forms: ['кластер*'], source: 'GKE console ("Удалить кластер")' },
    { kind: 'snapshot', forms: ['снимок', 'снимка', 'снимки', 'снапшот*'], source: 'Compute Engine console' },
    { kind: 'disk', forms: ['диск', 'диска', 'диски', 'дисков'], source: 'Compute Engine console' },
    { kind: 'storage-bucket', forms: ['бакет*', 'сегмент*', 'bucket'], source: 'Cloud Storage console' },
    { kind: 'vm-instance', forms: ['вм', 'vm', 'виртуальная машина', 'виртуальную машину', 'виртуальной машины', 'экземпляр*', 'инстанс*'], source: 'Compute Engine console' },
    { kind: 'project', forms: ['проект', 'проекта', 'проекты'], source: 'Resource Manager console' },
  ],
};
