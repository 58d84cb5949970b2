/**
 * Hebrew (`hl=he`). Sources are the Hebrew Google Cloud docs, which quote the
 * console's buttons ("לוחצים על מחיקה").
 *
 * Hebrew quirks: the console labels buttons with verbal nouns (מחיקה,
 * השבתה, איפוס), and one-letter prefixes attach to words (ה "the", ו "and",
 * ל "to", ב, מ, ש): forms that may carry one start with `*` ("*מחיקה" finds
 * "המחיקה", "למחיקה"). Past forms (נמחק "was deleted") are reports.
 */
import type { LanguageTable } from './types';

export const he: LanguageTable = {
  lang: 'he',
  name: 'Hebrew',
  script: 'spaced',
  actions: [
    { action: 'delete', forms: ['*מחיקה', '*מחיקת', '*למחוק', 'מחק', 'מחקו', 'מחיקה לצמיתות'], source: 'https://docs.cloud.google.com/kubernetes-engine/multi-cloud/docs/aws/how-to/delete-node-pool?hl=he ("מחיקת מאגר צמתים", "לוחצים על מחיקה"); https://docs.cloud.google.com/managed-service-for-apache-kafka/docs/delete-cluster?hl=he ("מחיקת אשכול")' },
    { action: 'remove', forms: ['*הסרה', '*הסרת', '*להסיר', 'הסר', 'הסירו'], source: 'https://documentation.s3ns.fr/kms/docs/delete-kms-resources?hl=he ("מחיקה: מסירה מפתח"); IAM "Remove principal" = "הסרת חשבון משתמש", standard Google Hebrew' },
    { action: 'destroy', forms: ['*השמדה', '*השמדת', '*להשמיד', 'השמד'], source: 'https://documentation.s3ns.fr/kms/docs/delete-kms-resources?hl=he ("השמדה: השבתה קבועה של גרסת מפתח", "להשמיד גרסת מפתח")' },
    { action: 'shut-down', forms: ['*כיבוי', '*לכבות', 'כבה', 'כיבוי הפרויקט', 'השבתת הפרויקט'], source: 'project shut-down dialog ("Shut down" = "כיבוי", standard Google Hebrew), chosen: no he page with the dialog was found' },
    { action: 'purge', forms: ['*ניקוי התור', '*טיהור', '*לטהר'], source: 'https://docs.cloud.google.com/appengine/docs/standard/services/taskqueue/push/deleting-tasks-and-queues?hl=he ("מחיקה לצמיתות של כל המשימות בתור", "רגע הטיהור", "ניקוי התור")' },
    { action: 'release', forms: ['*שחרור כתובת', '*שחרור כתובות', '*לשחרר כתובת', '*לשחרר את הכתובת', 'שחרר כתובת'], source: 'https://docs.cloud.google.com/compute/docs/configure-ip-addresses?hl=he ("לשנות, להציג ולשחרר כתובות IP סטטיות"); as phrases, since שחרור alone is also "release" of software' },
    { action: 'reset', forms: ['*איפוס', '*לאפס', 'אפס'], source: 'Compute Engine "Reset" = "איפוס", standard Google Hebrew, chosen' },
    { action: 'disable', forms: ['*השבתה', '*השבתת', '*להשבית', 'השבת'], source: 'https://docs.cloud.google.com/iam/docs/keys-disable-enable?hl=he ("השבתה והפעלה של מפתחות לחשבונות שירות", "להשבית")' },
    { action: 'stop', forms: ['*עצירה', '*עצירת', '*לעצור', 'עצור', '*הפסקה', '*הפסקת', '*להפסיק', '*השעיה', '*השעיית', '*להשעות', 'השעה'], source: 'https://docs.cloud.google.com/compute/docs/samples/compute-stop-instance?hl=he ("הפסקת מכונה וירטואלית"); https://docs.cloud.google.com/compute/docs/instances/stop-start-instance?hl=he ("לעצור"); https://docs.cloud.google.com/compute/docs/samples/compute-suspend-instance?hl=he ("השעיית VM")' },
  ],
  outcomes: [
    { action: 'reset', forms: ['*תאופס', '*יאופס', '*יאופסו'], source: 'future passive of reset, as descriptions announce it' },
    { action: 'delete', forms: ['יימחק', 'יימחקו', 'תימחק', 'ימחק', 'ימחקו', 'יימחק לצמיתות', 'יימחקו לצמיתות'], source: 'dialog descriptions ("יימחק לצמיתות")' },
    { action: 'remove', forms: ['יוסר', 'יוסרו', 'תוסר'], source: 'as for הסרה' },
    { action: 'destroy', forms: ['יושמד', 'יושמדו', 'תושמד'], source: 'as for השמדה' },
    { action: 'disable', forms: ['יושבת', 'יושבתו', 'תושבת'], source: 'as for השבתה' },
    { action: 'stop', forms: ['תיעצר', 'ייעצר'], source: 'as for עצירה' },
  ],
  harmless: [
    { forms: ['*אי אפשר למחוק', '*לא ניתן למחוק', '*לא ניתן יהיה למחוק', '*אי אפשר יהיה למחוק'], source: 'announced impossibilities ("cannot be deleted while deletion protection is on") describe a protection, not an action; chosen' },
    { forms: ['*הגנה מפני מחיקה', '*הגנה מפני מחיקת', '*מניעת מחיקה', '*מניעת מחיקת', 'מחיקה בטעות', 'מחיקה מקרית'], source: 'https://docs.cloud.google.com/memorystore/docs/cluster/deletion-protection?hl=he ("מניעת מחיקה של אשכול", "הגנה מפני מחיקה")' },
    { forms: ['*מחיקה רכה', '*מחיקה עם אפשרות שחזור', '*מדיניות מחיקה', '*מדיניות המחיקה', '*תקופת שמירה', '*מחיקה מתוזמנת'], source: 'Cloud Storage soft delete, deletion policies, scheduled deletion (https://documentation.s3ns.fr/managed-spark/docs/concepts/configuring-clusters/scheduled-deletion?hl=he "מחיקה מתוזמנת של אשכול")' },
    { forms: ['*שנמחקו לאחרונה', '*נמחקו לאחרונה', '*בהמתנה למחיקה', '*ממתין למחיקה', '*מתוזמנת להשמדה', '*מתוזמן להשמדה', '*תקופת ההשמדה'], source: 'project lifecycle "pending deletion", KMS "scheduled for destruction", lists of deleted items' },
    { forms: ['*ביטול מחיקה', '*ביטול המחיקה', '*לבטל מחיקה', '*שחזור', '*לשחזר'], source: 'IAM undelete, restore ("שחזור"), chosen' },
    { forms: ['*הסרת מסנן', '*הסרת המסנן', '*הסרת כל המסננים', '*הסרת עמודה', '*הסרה מהמועדפים', '*ביטול הצמדה'], source: 'table filter chips and pinned products, chosen: UI state destroys nothing' },
    { forms: ['*איפוס מסננים', '*איפוס המסננים', '*איפוס עמודות', '*איפוס העמודות', '*איפוס תצוגה', '*איפוס התצוגה', '*איפוס הזום', '*איפוס מיון', '*איפוס פריסה', '*איפוס סיסמה', '*איפוס הסיסמה', '*איפוס לברירת המחדל'], source: 'table and chart controls, chosen: resetting a view destroys nothing' },
    { forms: ['*השבתת התראות', '*השבתת ההתראות', '*כיבוי התראות', '*כיבוי ההתראות', '*השבתת טיפים', '*השבתת אנימציות', '*השבתת רענון אוטומטי', '*עצירת הסיור', '*הפסקת הסיור'], source: 'console preferences and help panels, chosen: UI settings destroy nothing' },
    { forms: ['*הערות גרסה', '*הערות הגרסה', '*ערוץ הפצה', '*ערוצי הפצה', '*שחרור גרסה'], source: 'GKE release channels and release notes, chosen' },
  ],
  safeActions: [
    { forms: ['שחזור', 'שחזור *', 'שחזר', 'ביטול מחיקה', 'ביטול המחיקה', 'ביטול פעולה', 'הפעלה', 'הפעלה *', 'הפעל', 'יצירה', 'יצירת *', 'צור', 'הוספה', 'הוספת *', 'הוסף', 'התחלה', 'המשך הפעולה'], source: 'https://docs.cloud.google.com/iam/docs/keys-disable-enable?hl=he ("השבתה והפעלה", "אפשר להפעיל מפתח מושבת"); the opposite of each destructive verb' },
  ],
  leave: [
    { forms: ['ביטול', 'סגירה', 'סגור', 'סגירת תיבת הדו-שיח', 'לא', 'לא,*', 'חזרה', 'חזור', 'לא עכשיו', 'השארה', 'הבנתי'], source: 'standard Google Hebrew for Cancel ("ביטול") and Close ("סגירה"), Material dialog conventions' },
  ],
  confirm: [
    { forms: ['אישור', 'אוקיי', 'ok', 'כן', 'כן,*', 'המשך', 'אני מבין', 'אני מבינה', 'שליחה', 'החלה', 'סיום', 'שמירה'], source: 'standard Google Hebrew for OK / Yes / Confirm / Continue, chosen' },
  ],
  uiNouns: [
    { forms: ['*עמודה', '*עמודות', '*מסנן', '*מסננים', '*פריסה', '*פריסת', '*תצוגה', '*תצוגת', '*זום', '*מיון', '*התראה', '*התראות', '*טיפ', '*טיפים', '*טבלה', '*כרטיסים', '*תרשים'], source: 'things on the screen whose reset or disable destroys nothing (table columns, filters, layout, views, notifications, tips), as the console names them; chosen' },
  ],
  resources: [
    { kind: 'gke-node-pool', forms: ['*מאגר צמתים', '*מאגרי צמתים'], source: 'https://docs.cloud.google.com/kubernetes-engine/multi-cloud/docs/aws/how-to/delete-node-pool?hl=he ("מחיקת מאגר צמתים")' },
    { kind: 'gke-namespace', forms: ['*מרחב שמות', '*מרחב השמות', 'namespace'], source: 'GKE console' },
    { kind: 'gke-workload', forms: ['*עומס עבודה', '*עומסי עבודה'], source: 'GKE console' },
    { kind: 'instance-group', forms: ['*קבוצת מכונות', '*קבוצות מכונות', '*קבוצת מופעים'], source: 'Compute Engine console' },
    { kind: 'sql-instance', forms: ['sql', '*מכונת מסד נתונים'], source: 'Cloud SQL console' },
    { kind: 'gke-cluster', forms: ['*אשכול', '*אשכולות'], source: 'https://docs.cloud.google.com/memorystore/docs/cluster/deletion-protection?hl=he ("אשכול")' },
    { kind: 'snapshot', forms: ['*תמונת מצב', '*תמונות מצב', 'snapshot'], source: 'Compute Engine console' },
    { kind: 'disk', forms: ['*דיסק', '*דיסקים'], source: 'https://docs.cloud.google.com/compute/docs/instances/stop-start-instance?hl=he ("דיסקים")' },
    { kind: 'storage-bucket', forms: ['*קטגוריה', '*קטגוריות', 'bucket'], source: 'Cloud Storage console' },
    { kind: 'vm-instance', forms: ['vm', '*מכונה וירטואלית', '*מכונת vm', '*מכונה', '*מכונות', '*מופע'], source: 'https://docs.cloud.google.com/compute/docs/samples/compute-stop-instance?hl=he ("הפסקת מכונה וירטואלית")' },
    { kind: 'project', forms: ['*פרויקט', '*פרויקטים'], source: 'Resource Manager console' },
  ],
};
