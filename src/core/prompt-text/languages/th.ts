/** The guard prompt in Thai (`th`). */
import type { PromptWords } from '../types';

export const th: PromptWords = {
  lang: 'th',
  source: 'Drafted by the implementer (not a native speaker) and not yet reviewed by one. "ยืนยัน" as the console\'s Thai confirm button; Thai ends sentences without a full stop.',
  acts: '"{title}" จะมีผลกับสภาพแวดล้อม {environment}: {scope}',
  actsUntitled: 'กล่องโต้ตอบนี้จะมีผลกับสภาพแวดล้อม {environment}: {scope}',
  scope: { gcp: 'โปรเจ็กต์ {id}', aws: 'บัญชี AWS {id}', azure: 'การสมัครใช้บริการ Azure {id}', site: 'ไซต์ {id}' },
  unknown: '(ยังไม่ทราบ)',
  type: 'พิมพ์ {word} เพื่อยืนยัน',
  verb: 'ยืนยัน',
  locked: 'ล็อกอยู่จนกว่าจะพิมพ์ชื่อ',
  unlocked: 'ปลดล็อกสำหรับกล่องโต้ตอบนี้เท่านั้น',
  blocked: 'ถูกบล็อก: พิมพ์ชื่อก่อน',
  askAgain: 'กล่องโต้ตอบเปลี่ยนไปแล้ว: อ่านอีกครั้งแล้วพิมพ์ชื่อ',
  paste: 'วางข้อความที่นี่ไม่ได้: พิมพ์ชื่อด้วยแป้นพิมพ์',
  untyped: 'นับเฉพาะสิ่งที่คุณพิมพ์เอง: พิมพ์ชื่อด้วยแป้นพิมพ์',
  others: 'เปิดอยู่ในแท็บอื่นด้วย: {list}',
  comma: ', ',
};
