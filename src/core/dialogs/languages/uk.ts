/**
 * Ukrainian (`hl=uk`; Azure portal `uk-ua`). Ukrainian inflects: an action is
 * asked for in the infinitive ("Видалити кластер?", the button "Видалити"),
 * the imperative ("Видаліть"), or the verbal noun ("Видалення кластера",
 * "Підтвердження видалення"); a description announces it with the
 * participle or the impersonal form ("буде видалено", "буде видалений /
 * видалена", "будуть видалені").
 *
 * Ukrainian quirks: "Закрити" is Close, and also how a project is shut down
 * ("Закрити проєкт?"): only with the project named; "Очистити" is "clear":
 * only "очистити чергу" is purge; "Відновити" is restore. The AWS console
 * has no Ukrainian.
 */
import type { LanguageTable } from './types';

const CHOSEN = 'standard Google and Microsoft Ukrainian UI wording ("Видалити" for Delete, "Скасувати" for Cancel), chosen: no localized page with the dialog was found';

export const uk: LanguageTable = {
  lang: 'uk',
  name: 'Ukrainian',
  script: 'spaced',
  actions: [
    { action: 'delete', forms: ['видалити', 'видаліть', 'видалити назавжди', 'остаточно видалити', 'видалення', 'видаленню', 'видаленням', 'видаляти', 'підтвердження видалення', 'підтвердьте видалення'], source: CHOSEN },
    { action: 'remove', forms: ['вилучити', 'вилучіть', 'вилучення', 'прибрати', 'відкликати доступ'], source: 'IAM "Remove principal", chosen: "вилучити" is Google Ukrainian for Remove' },
    { action: 'destroy', forms: ['знищити', 'знищіть', 'знищення'], source: 'Cloud KMS "Destroy key version", chosen' },
    { action: 'shut-down', forms: ['закрити', 'закрийте', 'закриття'], context: ['проєкт', 'проєкту', 'проект', 'проекту'], source: 'project shut-down dialog ("Закрити проєкт"), chosen; only with the project named, since "Закрити" is also Close' },
    { action: 'shut-down', forms: ['все одно закрити', 'усе одно закрити'], source: 'project shut-down, "Shut down anyway", chosen' },
    { action: 'purge', forms: ['очистити чергу', 'очистіть чергу', 'очищення черги'], source: 'Cloud Tasks "Purge queue", chosen: "очистити" alone is also "clear"' },
    { action: 'release', forms: ['звільнити', 'звільніть', 'звільнення'], context: ['адресу', 'адреса', 'адреси', 'ip'], source: 'Compute Engine "Release static address", chosen; only with an address named' },
    { action: 'reset', forms: ['скинути', 'скиньте', 'скидання'], source: 'Compute Engine VM "Reset" ("Скинути"), chosen' },
    { action: 'disable', forms: ['вимкнути', 'вимкніть', 'вимкнення', 'деактивувати', 'деактивація'], source: 'APIs & Services "Disable API" ("Вимкнути API"), chosen' },
    { action: 'stop', forms: ['зупинити', 'зупиніть', 'зупинка', 'зупинення', 'призупинити', 'призупинення'], source: 'Compute Engine VM "Stop" ("Зупинити") and "Suspend" ("Призупинити"), chosen' },
  ],
  outcomes: [
    { action: 'delete', forms: ['буде видалено', 'будуть видалені', 'будуть видалено', 'буде видалений', 'буде видалена', 'буде остаточно видалено', 'буде назавжди видалено', 'видаляється', 'видаляються', 'видаляє'], source: CHOSEN },
    { action: 'destroy', forms: ['буде знищено', 'будуть знищені'], source: 'as for знищити' },
    { action: 'reset', forms: ['буде скинуто', 'будуть скинуті', 'буде негайно скинуто', 'будуть негайно скинуті'], source: 'as for скинути' },
    { action: 'disable', forms: ['буде вимкнено', 'будуть вимкнені'], source: 'as for вимкнути' },
    { action: 'stop', forms: ['буде зупинено', 'будуть зупинені'], source: 'as for зупинити' },
  ],
  harmless: [
    { forms: ['захист від видалення', 'захисту від видалення', 'неможливо видалити', 'не можна видалити', 'не може бути видалено'], source: 'deletion protection and announced impossibilities describe a protection; chosen' },
    { forms: ['нещодавно видалені', 'видалені об’єкти', "видалені об'єкти", 'очікує на видалення', 'правила видалення', 'політика видалення', 'м’яке видалення', 'скасувати видалення'], source: 'lists of deleted items, soft delete and deletion policies; chosen' },
    { forms: ['очистити фільтри', 'очистити фільтр', 'видалити фільтр', 'видалити фільтри', 'очистити пошук', 'видалити з вибраного'], source: 'table filter chips and search boxes; chosen' },
    { forms: ['скинути стовпці', 'скинути фільтри', 'скинути макет', 'скинути вигляд', 'скинути масштаб', 'скинути пароль', 'скидання пароля'], source: 'table and chart controls, chosen: resetting a view destroys nothing' },
    { forms: ['вимкнути сповіщення', 'вимкнути підказки', 'вимкнути поради', 'вимкнути анімацію'], source: 'console preferences, chosen' },
    { forms: ['примітки до випуску', 'канал випуску', 'віддалений доступ', 'віддалений робочий стіл'], source: 'release notes and channels; "віддалений" meaning remote; chosen' },
  ],
  safeActions: [
    { forms: ['відновити', '* відновити', 'скасувати видалення', 'увімкнути', '* увімкнути', 'створити', '* створити', 'додати', '* додати', 'запустити', '* запустити', 'відновити роботу'], source: 'the opposite of each destructive verb; chosen' },
  ],
  leave: [
    { forms: ['скасувати', 'закрити', 'закрити*', 'ні', 'ні,*', 'ні *', 'назад', 'не зараз', 'залишити', 'зрозуміло'], source: 'standard Ukrainian for Cancel ("Скасувати") and Close ("Закрити"); Material dialog conventions' },
  ],
  confirm: [
    { forms: ['ок', 'ok', 'так', 'так,*', 'так *', 'підтвердити', 'продовжити', 'далі', 'я розумію', 'застосувати', 'зберегти', 'готово', 'надіслати'], source: 'standard Ukrainian for OK / Yes / Confirm / Continue; chosen' },
  ],
  uiNouns: [
    { forms: ['стовпець', 'стовпці', 'стовпців', 'фільтр', 'фільтри', 'фільтрів', 'макет', 'вигляд', 'подання', 'масштаб', 'сповіщення', 'підказки', 'поради', 'таблицю', 'таблиці', 'картки', 'діаграму'], source: 'things on the screen whose reset or disable destroys nothing; chosen' },
  ],
  resources: [
    { kind: 'gke-node-pool', forms: ['пул вузлів', 'пулу вузлів', 'пули вузлів'], source: 'GKE console' },
    { kind: 'gke-namespace', forms: ['простір імен', 'простору імен', 'namespace'], source: 'GKE console' },
    { kind: 'gke-workload', forms: ['робоче навантаження', 'робочі навантаження', 'deployment', 'поди'], source: 'GKE console' },
    { kind: 'instance-group', forms: ['група екземплярів', 'групу екземплярів', 'групи екземплярів'], source: 'Compute Engine console' },
    { kind: 'sql-instance', forms: ['sql', 'екземпляр бази даних'], source: 'Cloud SQL console' },
    { kind: 'gke-cluster', forms: ['кластер*'], source: 'GKE console ("Видалити кластер")' },
    { kind: 'snapshot', forms: ['знімок', 'знімка', 'знімки'], source: 'Compute Engine console' },
    { kind: 'disk', forms: ['диск', 'диска', 'диски'], source: 'Compute Engine console' },
    { kind: 'storage-bucket', forms: ['сегмент*', 'бакет*', 'bucket'], source: 'Cloud Storage console' },
    { kind: 'vm-instance', forms: ['вм', 'vm', 'віртуальна машина', 'віртуальну машину', 'віртуальної машини', 'екземпляр*'], source: 'Compute Engine console' },
    { kind: 'project', forms: ['проєкт', 'проєкту', 'проект', 'проекту'], source: 'Resource Manager console' },
  ],
};
