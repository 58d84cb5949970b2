/**
 * The Cloud SQL "Delete instance" and Cloud Storage "Delete bucket" dialogs in
 * display languages the console offers (its language setting lists Polish,
 * Ukrainian, Vietnamese and Arabic) beyond the demo's English and Japanese.
 * Chosen after the console's English wording ("Delete instance", "type the
 * instance ID", "Delete bucket", "type DELETE to confirm"), in the words
 * Google's own localized pages use for delete, cancel, instance and bucket.
 * Plain data.
 */
export type ResourceLang = 'pl' | 'uk' | 'vi' | 'ar';
export type ResourceProduct = 'sql' | 'storage';

export interface ResourceDeleteWords {
  title: (name: string) => string;
  /** The paragraph naming the resource in bold: before, name, after. */
  description: (name: string) => [string, string, string];
  /** The label of the console's own confirm field. */
  confirmLabel: string;
  /** What the console asks to be typed into its field (the instance ID, or the word). */
  confirmWord: (name: string) => string;
  delete: string;
  cancel: string;
  deleted: (name: string) => string;
}

type Table = Record<ResourceProduct, ResourceDeleteWords>;

const PL: Table = {
  sql: {
    title: (name) => `Usunąć instancję ${name}?`,
    description: (name) => ['Instancja ', name, ' i wszystkie jej dane, w tym kopie zapasowe, zostaną trwale usunięte. Tej czynności nie można cofnąć.'],
    confirmLabel: 'Aby potwierdzić, wpisz identyfikator instancji',
    confirmWord: (name) => name,
    delete: 'Usuń',
    cancel: 'Anuluj',
    deleted: (name) => `Usunięto instancję ${name}`,
  },
  storage: {
    title: () => 'Usunąć zasobnik?',
    description: (name) => ['Zasobnik ', name, ' i wszystkie jego obiekty zostaną trwale usunięte.'],
    confirmLabel: 'Aby potwierdzić, wpisz DELETE',
    confirmWord: () => 'DELETE',
    delete: 'Usuń',
    cancel: 'Anuluj',
    deleted: (name) => `Usunięto zasobnik ${name}`,
  },
};

const UK: Table = {
  sql: {
    title: (name) => `Видалити екземпляр ${name}?`,
    description: (name) => ['Екземпляр ', name, ' і всі його дані, зокрема резервні копії, буде остаточно видалено. Цю дію не можна скасувати.'],
    confirmLabel: 'Щоб підтвердити, введіть ідентифікатор екземпляра',
    confirmWord: (name) => name,
    delete: 'Видалити',
    cancel: 'Скасувати',
    deleted: (name) => `Екземпляр ${name} видалено`,
  },
  storage: {
    title: () => 'Видалити сегмент?',
    description: (name) => ['Сегмент ', name, ' і всі його об’єкти буде остаточно видалено.'],
    confirmLabel: 'Щоб підтвердити, введіть DELETE',
    confirmWord: () => 'DELETE',
    delete: 'Видалити',
    cancel: 'Скасувати',
    deleted: (name) => `Сегмент ${name} видалено`,
  },
};

const VI: Table = {
  sql: {
    title: (name) => `Xóa phiên bản ${name}?`,
    description: (name) => ['Phiên bản ', name, ' và toàn bộ dữ liệu của phiên bản, kể cả bản sao lưu, sẽ bị xóa vĩnh viễn. Bạn không thể hủy thao tác này.'],
    confirmLabel: 'Để xác nhận, hãy nhập mã phiên bản',
    confirmWord: (name) => name,
    delete: 'Xóa',
    cancel: 'Hủy',
    deleted: (name) => `Đã xóa phiên bản ${name}`,
  },
  storage: {
    title: () => 'Xóa bộ chứa?',
    description: (name) => ['Bộ chứa ', name, ' và mọi đối tượng trong đó sẽ bị xóa vĩnh viễn.'],
    confirmLabel: 'Để xác nhận, hãy nhập DELETE',
    confirmWord: () => 'DELETE',
    delete: 'Xóa',
    cancel: 'Hủy',
    deleted: (name) => `Đã xóa bộ chứa ${name}`,
  },
};

const AR: Table = {
  sql: {
    title: (name) => `هل تريد حذف المثيل ${name}؟`,
    description: (name) => ['سيتم حذف المثيل ', name, ' وجميع بياناته، بما في ذلك النُسخ الاحتياطية، نهائيًا. لا يمكن التراجع عن هذا الإجراء.'],
    confirmLabel: 'للتأكيد، اكتب رقم تعريف المثيل',
    confirmWord: (name) => name,
    delete: 'حذف',
    cancel: 'إلغاء',
    deleted: (name) => `تم حذف المثيل ${name}`,
  },
  storage: {
    title: () => 'هل تريد حذف الحزمة؟',
    description: (name) => ['سيتم حذف الحزمة ', name, ' وجميع العناصر فيها نهائيًا.'],
    confirmLabel: 'للتأكيد، اكتب DELETE',
    confirmWord: () => 'DELETE',
    delete: 'حذف',
    cancel: 'إلغاء',
    deleted: (name) => `تم حذف الحزمة ${name}`,
  },
};

export const RESOURCE_DELETE_WORDS: Record<ResourceLang, Table> = { pl: PL, uk: UK, vi: VI, ar: AR };

export function resourceLangOf(hl: string | null): ResourceLang {
  const lang = hl?.toLowerCase().slice(0, 2);
  return lang === 'uk' || lang === 'vi' || lang === 'ar' ? lang : 'pl';
}
