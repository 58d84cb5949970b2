/**
 * Arabic (`hl=ar`), written right to left. The Google Cloud docs are not
 * published in Arabic, so the wording is the console's standard Google
 * Arabic, as Google Workspace and Android write it: buttons are verbal
 * nouns (حذف "delete", إزالة "remove", إيقاف "stop", إعادة ضبط "reset").
 *
 * Arabic quirks: letters attach before a word (ال "the", و "and", ب, ل, ف,
 * س "will") and pronouns after it (حذفها "delete it"), and a verb takes
 * person prefixes (احذف، يحذف، سيحذف، هل تريد حذف): the verbs' forms are
 * open at both ends (`*حذف*`), whose letters do not otherwise meet. Reports
 * (تم حذف "was deleted") and protections (الحماية من الحذف) are harmless.
 * `إيقاف` is stop, and also how Google says turn off an API or billing, so
 * those are listed as disable; `إغلاق` is Close; `إلغاء` is Cancel but
 * `إلغاء تفعيل` is disable; `تحرير` is release only with an address named
 * (it is also "edit").
 */
import type { LanguageTable } from './types';

const GOOGLE_AR = 'standard Google Arabic UI wording (Workspace, Android, Google Cloud console with hl=ar); Google Cloud docs have no Arabic edition';

export const ar: LanguageTable = {
  lang: 'ar',
  name: 'Arabic',
  script: 'spaced',
  actions: [
    { action: 'purge', forms: ['*تفريغ قائمة الانتظار', '*إفراغ قائمة الانتظار', '*افراغ قائمة الانتظار', '*محو قائمة الانتظار', '*تفريغ*', '*إفراغ*'], source: `Cloud Tasks "Purge queue" = "تفريغ قائمة الانتظار"; ${GOOGLE_AR}` },
    { action: 'delete', forms: ['*حذف*', 'حذف نهائي', 'الحذف نهائيًا', 'حذف نهائيًا'], source: `Delete = "حذف", "هل تريد حذف المجموعة؟", "احذف"; ${GOOGLE_AR}` },
    { action: 'remove', forms: ['*إزالة*', '*ازالة*', 'أزِل', 'أزل', 'ازل', '*إزالت*'], source: `IAM "Remove principal" = "إزالة الجهة الرئيسية"; ${GOOGLE_AR}` },
    { action: 'destroy', forms: ['*إتلاف*', '*اتلاف*', '*تدمير*', 'أتلف', 'دمّر', 'دمر'], source: `Cloud KMS "Destroy" = "إتلاف"; ${GOOGLE_AR}` },
    { action: 'shut-down', forms: ['*إيقاف المشروع', '*ايقاف المشروع', '*إيقاف تشغيل المشروع', '*إغلاق المشروع', '*اغلاق المشروع', '*إيقاف التشغيل على أي حال'], source: `Resource Manager "Shut down" = "إيقاف المشروع"; ${GOOGLE_AR}` },
    { action: 'disable', forms: ['*تعطيل*', '*إلغاء تفعيل', '*الغاء تفعيل', '*إلغاء التفعيل', '*إيقاف تفعيل', '*إيقاف واجهة برمجة التطبيقات', '*إيقاف واجهات برمجة التطبيقات', '*إيقاف api', '*إيقاف الفوترة', '*ايقاف الفوترة'], source: `Service Usage "Disable API", billing, IAM keys; ${GOOGLE_AR}` },
    { action: 'reset', forms: ['*إعادة ضبط', '*اعادة ضبط', '*إعادة تعيين', '*اعادة تعيين'], source: `Compute Engine "Reset" = "إعادة ضبط"; ${GOOGLE_AR}` },
    { action: 'release', forms: ['*تحرير*', 'حرّر', 'حرر'], context: ['عنوان', 'العنوان', 'عناوين', 'ip'], source: `Compute Engine "Release static address" = "تحرير عنوان ثابت"; only with an address named, since تحرير is also "edit"; ${GOOGLE_AR}` },
    { action: 'stop', forms: ['*إيقاف', '*ايقاف', 'أوقف', 'اوقف', '*تعليق'], source: `Compute Engine "Stop" = "إيقاف", "Suspend" = "تعليق"; ${GOOGLE_AR}` },
  ],
  outcomes: [
    { action: 'delete', forms: ['سيتم حذف', 'ستتم إزالة', 'سيُحذف', 'ستُحذف', 'سيحذف', 'ستحذف', 'سيتم الحذف'], source: 'dialog descriptions ("سيتم حذف المجموعة نهائيًا"); as for حذف' },
    { action: 'remove', forms: ['ستتم إزالة', 'سيتم إزالة', 'ستُزال', 'سيُزال'], source: 'as for إزالة' },
    { action: 'destroy', forms: ['سيتم إتلاف', 'ستتم إتلاف'], source: 'as for إتلاف' },
    { action: 'disable', forms: ['سيتم تعطيل', 'سيتم إيقاف'], source: 'as for تعطيل' },
    { action: 'reset', forms: ['ستتم إعادة ضبط', 'سيتم إعادة ضبط', 'ستتم إعادة تعيين'], source: 'as for إعادة ضبط' },
  ],
  harmless: [
    { forms: ['*لا يمكن حذف', '*لا يمكن حذفه', '*لا يمكن حذفها', '*لا يمكن الحذف', '*لا يمكن إزالة', '*تعذّر حذف', '*تعذر حذف'], source: 'announced impossibilities ("cannot be deleted while deletion protection is on") describe a protection, not an action; chosen' },
    { forms: ['*الحماية من الحذف', '*حماية من الحذف', '*منع الحذف', '*الحذف غير المقصود', '*الحذف عن طريق الخطأ'], source: `Compute Engine "Deletion protection" = "الحماية من الحذف"; ${GOOGLE_AR}` },
    { forms: ['*الحذف المؤقت', '*الحذف الناعم', '*سياسة الحذف', '*سياسة الاحتفاظ', '*فترة الاحتفاظ'], source: 'Cloud Storage soft delete and retention, chosen' },
    { forms: ['تم حذف', 'تم الحذف', 'تم حذفه', 'تم حذفها', 'تمت إزالة', 'تمت الإزالة', 'حُذف', 'حذفت', '*في انتظار الحذف', '*بانتظار الحذف', '*مجدول للإتلاف'], source: 'status reports ("تم حذف المجموعة"), project lifecycle "pending deletion", KMS "scheduled for destruction": a report is not a request; chosen' },
    { forms: ['*إلغاء الحذف', '*التراجع عن الحذف', '*تراجع', '*استعادة', '*استرداد'], source: 'IAM undelete, restore, chosen' },
    { forms: ['*إزالة الفلتر', '*إزالة الفلاتر', '*إزالة كل الفلاتر', '*إزالة جميع الفلاتر', '*محو الفلاتر', '*محو البحث', '*إزالة عامل التصفية', '*إزالة عوامل التصفية', '*إزالة العمود', '*إزالة من المفضلة', '*إلغاء التثبيت'], source: 'table filter chips, search boxes, pinned products, chosen: UI state destroys nothing' },
    { forms: ['*إعادة ضبط الأعمدة', '*إعادة تعيين الأعمدة', '*إعادة ضبط الفلاتر', '*إعادة تعيين الفلاتر', '*إعادة ضبط العرض', '*إعادة ضبط التخطيط', '*إعادة تعيين التخطيط', '*إعادة ضبط التكبير', '*إعادة ضبط الترتيب', '*إعادة ضبط كلمة المرور', '*إعادة تعيين كلمة المرور', '*إعادة الضبط على الإعدادات التلقائية'], source: 'table and chart controls, chosen: resetting a view destroys nothing' },
    { forms: ['*إيقاف الإشعارات', '*تعطيل الإشعارات', '*إيقاف التلميحات', '*تعطيل التلميحات', '*إيقاف الرسوم المتحركة', '*إيقاف التحديث التلقائي', '*تعطيل التحديث التلقائي', '*إيقاف الجولة', '*تعطيل اختصارات لوحة المفاتيح'], source: 'console preferences and help panels, chosen: UI settings destroy nothing' },
    { forms: ['*تحرير التصنيفات', '*تحرير الإعدادات', '*ملاحظات الإصدار', '*قناة الإصدار', '*قنوات الإصدار'], source: 'تحرير is also "edit" (labels, settings); GKE release channels and release notes; chosen' },
  ],
  safeActions: [
    { forms: ['استعادة', 'استعادة *', 'استرداد', 'تراجع', 'إلغاء الحذف', 'تفعيل', 'تفعيل *', 'إنشاء', 'إنشاء *', 'إضافة', 'إضافة *', 'بدء', 'تشغيل', 'استئناف'], source: `the opposite of each destructive verb; ${GOOGLE_AR}` },
  ],
  leave: [
    { forms: ['إلغاء', 'الغاء', 'إغلاق', 'اغلاق', 'إغلاق*', 'لا', 'لا،*', 'رجوع', 'الرجوع', 'ليس الآن', 'الاحتفاظ', 'حسنًا، فهمت'], source: `Cancel = "إلغاء", Close = "إغلاق"; ${GOOGLE_AR}` },
  ],
  confirm: [
    { forms: ['حسنًا', 'حسنا', 'موافق', 'نعم', 'نعم،*', 'تأكيد', 'متابعة', 'التالي', 'أفهم ذلك', 'حفظ', 'تطبيق', 'تم', 'إرسال'], source: `OK / Yes / Confirm / Continue; ${GOOGLE_AR}` },
  ],
  uiNouns: [
    { forms: ['*الأعمدة', '*العمود', '*الفلاتر', '*الفلتر', '*عوامل التصفية', '*العرض', '*التخطيط', '*التكبير', '*الترتيب', '*الإشعارات', '*التلميحات', '*الجدول', '*البطاقات', '*الرسم البياني'], source: 'things on the screen whose reset or disable destroys nothing, as the console names them; chosen' },
  ],
  resources: [
    { kind: 'gke-node-pool', forms: ['*مجموعة العُقد', '*مجموعة العقد', '*مجموعات العقد'], source: GOOGLE_AR },
    { kind: 'gke-namespace', forms: ['*مساحة الاسم', '*مساحة الأسماء', 'namespace'], source: GOOGLE_AR },
    { kind: 'gke-workload', forms: ['*عبء العمل', '*أعباء العمل', 'workload', 'pod'], source: GOOGLE_AR },
    { kind: 'instance-group', forms: ['*مجموعة المثيلات', '*مجموعات المثيلات'], source: GOOGLE_AR },
    { kind: 'sql-instance', forms: ['sql', '*مثيل قاعدة البيانات'], source: GOOGLE_AR },
    { kind: 'gke-cluster', forms: ['*المجموعة', '*مجموعة', '*العنقود', '*الكتلة', 'cluster'], source: GOOGLE_AR },
    { kind: 'snapshot', forms: ['*لقطة', '*اللقطة', '*لقطات'], source: GOOGLE_AR },
    { kind: 'disk', forms: ['*القرص', '*قرص', '*الأقراص'], source: GOOGLE_AR },
    { kind: 'storage-bucket', forms: ['*الحزمة', '*حزمة', 'bucket'], source: GOOGLE_AR },
    { kind: 'vm-instance', forms: ['vm', '*المثيل', '*مثيل', '*الجهاز الافتراضي'], source: GOOGLE_AR },
    { kind: 'project', forms: ['*المشروع', '*مشروع'], source: GOOGLE_AR },
  ],
};
