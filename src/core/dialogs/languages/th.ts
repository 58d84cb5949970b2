/**
 * Thai (`hl=th`). The Google Cloud docs are not published in Thai, so the
 * wording is the console's standard Google Thai, as Google Workspace and
 * Android write it (ลบ "delete", ยกเลิก "cancel", ปิด "close").
 *
 * Thai is written without spaces between words: forms are found anywhere,
 * so they are kept long enough. `ลบ` (delete) is two letters that also meet
 * across words (ข้อมูล|บัญชี "account data", ดูแล|บ..., ผล|บ...): those
 * meetings are blanked as harmless. `ปิด` alone is Close, so shut down and
 * disable are `ปิดโปรเจ็กต์`, `ปิดใช้` (and `เปิด`, "open", which holds
 * `ปิด`, is blanked); `ยกเลิก` is Cancel but
 * `ยกเลิกการลบ` undoes a deletion.
 */
import type { LanguageTable } from './types';

const GOOGLE_TH = 'standard Google Thai UI wording (Workspace, Android, Google Cloud console with hl=th); Google Cloud docs have no Thai edition';

export const th: LanguageTable = {
  lang: 'th',
  name: 'Thai',
  script: 'unspaced',
  actions: [
    { action: 'purge', forms: ['ล้างคิว', 'ล้างข้อมูลในคิว', 'ลบงานทั้งหมดในคิว', 'เคลียร์คิว'], source: `Cloud Tasks "Purge queue" = "ล้างคิว"; ${GOOGLE_TH}` },
    { action: 'delete', forms: ['ลบ'], source: `Delete = "ลบ" ("ลบคลัสเตอร์", "ต้องการลบ…ใช่ไหม"); ${GOOGLE_TH}` },
    { action: 'remove', forms: ['นำออก', 'เอาออก'], source: `IAM "Remove principal" = "นำผู้ใช้หลักออก"; ${GOOGLE_TH}` },
    { action: 'destroy', forms: ['ทำลาย'], source: `Cloud KMS "Destroy" = "ทำลาย"; ${GOOGLE_TH}` },
    { action: 'shut-down', forms: ['ปิดโปรเจ็กต์', 'ปิดโปรเจกต์', 'ปิดโครงการ', 'ปิดระบบ', 'ปิดการทำงาน', 'ปิดเลย'], source: `Resource Manager "Shut down" = "ปิด" with the project named; ปิด alone is Close; ${GOOGLE_TH}` },
    { action: 'disable', forms: ['ปิดใช้', 'ปิดการใช้', 'ปิด api', 'ปิดการเรียกเก็บเงิน'], source: `Service Usage "Disable API" = "ปิดใช้ API"; ${GOOGLE_TH}` },
    { action: 'release', forms: ['ปล่อยที่อยู่', 'ปล่อย ip', 'ปล่อยที่อยู่ ip', 'ปล่อยที่อยู่แบบคงที่'], source: `Compute Engine "Release static address" = "ปล่อยที่อยู่แบบคงที่"; ${GOOGLE_TH}` },
    { action: 'release', forms: ['ปล่อย'], context: ['ที่อยู่', 'ip'], source: `the bare verb of "ปล่อยที่อยู่", only with an address named; ${GOOGLE_TH}` },
    { action: 'reset', forms: ['รีเซ็ต'], source: `Compute Engine "Reset" = "รีเซ็ต"; ${GOOGLE_TH}` },
    { action: 'stop', forms: ['หยุด', 'ระงับ'], source: `Compute Engine "Stop" = "หยุด", "Suspend" = "ระงับ"; ${GOOGLE_TH}` },
  ],
  outcomes: [
    { action: 'delete', forms: ['จะถูกลบ', 'จะลบ', 'ถูกลบอย่างถาวร'], source: 'dialog descriptions ("จะถูกลบอย่างถาวร"); as for ลบ' },
    { action: 'remove', forms: ['จะถูกนำออก'], source: 'as for นำออก' },
    { action: 'destroy', forms: ['จะถูกทำลาย'], source: 'as for ทำลาย' },
    { action: 'disable', forms: ['จะถูกปิดใช้'], source: 'as for ปิดใช้' },
    { action: 'reset', forms: ['จะถูกรีเซ็ต'], source: 'as for รีเซ็ต' },
  ],
  harmless: [
    { forms: ['มูลบ', 'แลบ', 'ผลบ', 'ชลบุรี'], source: 'ล|บ where two words meet (ข้อมูล|บัญชี, ดูแล|บ, ผล|บ) or inside a name: not ลบ; chosen (not กลบ or คลบ: ถูก|ลบ and คลิก|ลบ are real deletions)' },
    { forms: ['เปิด'], source: 'เปิด (open, turn on, enable) holds ปิด (close, turn off): blanked so เปิดใช้ never reads as ปิดใช้; chosen' },
    { forms: ['ไม่สามารถลบ', 'ลบไม่ได้', 'ไม่สามารถนำออก'], source: 'announced impossibilities ("cannot be deleted while deletion protection is on") describe a protection, not an action; chosen' },
    { forms: ['การป้องกันการลบ', 'ป้องกันการลบ', 'การลบโดยไม่ตั้งใจ', 'ลบโดยไม่ได้ตั้งใจ'], source: `Compute Engine "Deletion protection" = "การป้องกันการลบ"; ${GOOGLE_TH}` },
    { forms: ['การลบแบบชั่วคราว', 'ลบแบบชั่วคราว', 'นโยบายการลบ', 'ระยะเวลาเก็บรักษา', 'นโยบายการเก็บรักษา'], source: 'Cloud Storage soft delete and retention, chosen' },
    { forms: ['ลบแล้ว', 'ถูกลบแล้ว', 'ที่ลบล่าสุด', 'ลบเมื่อเร็วๆ นี้', 'ที่ลบไปเมื่อเร็วๆ นี้', 'รอการลบ', 'กำหนดเวลาทำลาย'], source: 'status reports ("ลบแล้ว"), project lifecycle "pending deletion", lists of deleted items: a report is not a request; chosen' },
    { forms: ['ยกเลิกการลบ', 'เลิกทำ', 'กู้คืน'], source: 'IAM undelete, undo, restore, chosen' },
    { forms: ['ลบตัวกรอง', 'ล้างตัวกรอง', 'ลบตัวกรองทั้งหมด', 'ล้างตัวกรองทั้งหมด', 'ล้างการค้นหา', 'ล้างการเลือก', 'ลบคอลัมน์', 'นำออกจากรายการโปรด', 'เลิกปักหมุด'], source: 'table filter chips, search boxes, pinned products, chosen: UI state destroys nothing' },
    { forms: ['รีเซ็ตคอลัมน์', 'รีเซ็ตตัวกรอง', 'รีเซ็ตมุมมอง', 'รีเซ็ตเลย์เอาต์', 'รีเซ็ตการซูม', 'รีเซ็ตการจัดเรียง', 'รีเซ็ตรหัสผ่าน', 'รีเซ็ตเป็นค่าเริ่มต้น'], source: 'table and chart controls, chosen: resetting a view destroys nothing' },
    { forms: ['ปิดใช้การแจ้งเตือน', 'ปิดการแจ้งเตือน', 'ปิดเคล็ดลับ', 'ปิดใช้เคล็ดลับ', 'ปิดภาพเคลื่อนไหว', 'ปิดการรีเฟรชอัตโนมัติ', 'หยุดทัวร์'], source: 'console preferences and help panels, chosen: UI settings destroy nothing' },
    { forms: ['บันทึกประจำรุ่น', 'ช่องทางการเผยแพร่', 'ปล่อยหน่วยความจำ'], source: 'GKE release channels and release notes, chosen' },
  ],
  safeActions: [
    { forms: ['กู้คืน', 'กู้คืน*', 'เลิกทำ', 'ยกเลิกการลบ', 'เปิดใช้', 'เปิดใช้*', 'เปิดใช้งาน', 'สร้าง', 'สร้าง*', 'เพิ่ม', 'เพิ่ม*', 'เริ่ม', 'เริ่มต้น', 'เริ่มใหม่', 'ทำงานต่อ'], source: `the opposite of each destructive verb; ${GOOGLE_TH}` },
  ],
  leave: [
    { forms: ['ยกเลิก', 'ปิด', 'ปิดกล่องโต้ตอบ', 'ปิดหน้าต่าง', 'ไม่', 'ไม่ใช่', 'กลับ', 'ไว้ภายหลัง', 'เก็บไว้', 'รับทราบ'], source: `Cancel = "ยกเลิก", Close = "ปิด"; ${GOOGLE_TH}` },
  ],
  confirm: [
    { forms: ['ตกลง', 'ใช่', 'ใช่*', 'ยืนยัน', 'ดำเนินการต่อ', 'ต่อไป', 'ถัดไป', 'ฉันเข้าใจ', 'บันทึก', 'ใช้', 'เสร็จสิ้น', 'ส่ง'], source: `OK / Yes / Confirm / Continue; ${GOOGLE_TH}` },
  ],
  uiNouns: [
    { forms: ['คอลัมน์', 'ตัวกรอง', 'มุมมอง', 'เลย์เอาต์', 'การซูม', 'การจัดเรียง', 'การแจ้งเตือน', 'เคล็ดลับ', 'ตาราง', 'การ์ด', 'แผนภูมิ'], source: 'things on the screen whose reset or disable destroys nothing, as the console names them; chosen' },
  ],
  resources: [
    { kind: 'gke-node-pool', forms: ['พูลโหนด', 'node pool'], source: GOOGLE_TH },
    { kind: 'gke-namespace', forms: ['เนมสเปซ', 'namespace'], source: GOOGLE_TH },
    { kind: 'gke-workload', forms: ['เวิร์กโหลด', 'workload'], source: GOOGLE_TH },
    { kind: 'instance-group', forms: ['กลุ่มอินสแตนซ์'], source: GOOGLE_TH },
    { kind: 'sql-instance', forms: ['cloud sql', 'อินสแตนซ์ฐานข้อมูล'], source: GOOGLE_TH },
    { kind: 'gke-cluster', forms: ['คลัสเตอร์'], source: GOOGLE_TH },
    { kind: 'snapshot', forms: ['สแนปช็อต'], source: GOOGLE_TH },
    { kind: 'disk', forms: ['ดิสก์'], source: GOOGLE_TH },
    { kind: 'storage-bucket', forms: ['บัคเก็ต', 'ที่เก็บข้อมูล'], source: GOOGLE_TH },
    { kind: 'vm-instance', forms: ['อินสแตนซ์ vm', 'อินสแตนซ์', 'เครื่องเสมือน'], source: GOOGLE_TH },
    { kind: 'project', forms: ['โปรเจ็กต์', 'โปรเจกต์', 'โครงการ'], source: GOOGLE_TH },
  ],
};
