/** The guard prompt in Vietnamese (`vi`). */
import type { PromptWords } from '../types';

export const vi: PromptWords = {
  lang: 'vi',
  source: 'Drafted by the implementer (not a native speaker) and not yet reviewed by one. "Xác nhận" as the console\'s Vietnamese confirm button.',
  acts: '"{title}" sẽ tác động đến môi trường {environment}: {scope}.',
  actsUntitled: 'Hộp thoại này sẽ tác động đến môi trường {environment}: {scope}.',
  scope: { gcp: 'dự án {id}', aws: 'tài khoản AWS {id}', azure: 'gói đăng ký Azure {id}', site: 'trang {id}' },
  unknown: '(chưa xác định)',
  type: 'Nhập {word} để xác nhận',
  verb: 'xác nhận',
  locked: 'Đã khóa cho đến khi bạn nhập tên.',
  unlocked: 'Chỉ mở khóa cho hộp thoại này.',
  blocked: 'Đã chặn: hãy nhập tên trước.',
  askAgain: 'Hộp thoại đã thay đổi: hãy đọc lại và nhập tên.',
  paste: 'Không thể dán ở đây: hãy nhập tên bằng bàn phím.',
  untyped: 'Chỉ tính nội dung bạn tự nhập: hãy nhập tên bằng bàn phím.',
  others: 'Cũng đang mở trong thẻ khác: {list}',
  comma: ', ',
};
