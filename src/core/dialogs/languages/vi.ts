/**
 * Vietnamese (`hl=vi`). The Google Cloud docs are not published in
 * Vietnamese, so the wording is the console's standard Google Vietnamese
 * (Xóa, Hủy, Tắt, Đặt lại), as Google Workspace and Android write it.
 *
 * Vietnamese quirks: words are single syllables written apart, and the tone
 * mark may sit on either vowel (`xóa` and `xoá`, `hủy` and `huỷ`), so both
 * spellings are listed; `Hủy` is Cancel, so destroy is only `phá hủy` /
 * `hủy phiên bản khóa`; `Tắt` turns off (disable, shut down) but also turns
 * off notifications; `đã xóa` is a report ("deleted").
 */
import type { LanguageTable } from './types';

const GOOGLE_VI = 'standard Google Vietnamese UI wording (Workspace, Android, Google Cloud console with hl=vi); Google Cloud docs have no Vietnamese edition';

export const vi: LanguageTable = {
  lang: 'vi',
  name: 'Vietnamese',
  script: 'spaced',
  actions: [
    { action: 'purge', forms: ['xóa sạch', 'xoá sạch', 'dọn sạch hàng đợi', 'làm trống hàng đợi', 'xóa sạch hàng đợi', 'xoá sạch hàng đợi'], source: `Cloud Tasks "Purge queue"; ${GOOGLE_VI}` },
    { action: 'delete', forms: ['xóa', 'xoá', 'xóa vĩnh viễn', 'xoá vĩnh viễn', 'vẫn xóa', 'vẫn xoá'], source: `Delete = "Xóa" (also spelled "Xoá"); ${GOOGLE_VI}` },
    { action: 'remove', forms: ['gỡ bỏ', 'gỡ', 'loại bỏ', 'gỡ khỏi'], source: `IAM "Remove principal" = "Gỡ bỏ thành viên"; ${GOOGLE_VI}` },
    { action: 'destroy', forms: ['phá hủy', 'phá huỷ', 'tiêu hủy', 'tiêu huỷ', 'hủy phiên bản khóa', 'huỷ phiên bản khoá', 'hủy phiên bản khoá', 'huỷ phiên bản khóa'], source: `Cloud KMS "Destroy key version"; Hủy alone is Cancel; ${GOOGLE_VI}` },
    { action: 'shut-down', forms: ['tắt dự án', 'ngừng dự án', 'đóng dự án', 'vẫn tắt'], source: `Resource Manager "Shut down" = "Tắt"; ${GOOGLE_VI}` },
    { action: 'disable', forms: ['tắt', 'vô hiệu hóa', 'vô hiệu hoá', 'tắt api', 'tắt tính năng thanh toán', 'tắt thanh toán'], source: `Service Usage "Disable API" = "Tắt API", IAM keys "Vô hiệu hóa"; ${GOOGLE_VI}` },
    { action: 'release', forms: ['giải phóng', 'giải phóng địa chỉ', 'giải phóng địa chỉ tĩnh'], source: `Compute Engine "Release static address" = "Giải phóng địa chỉ tĩnh"; ${GOOGLE_VI}` },
    { action: 'reset', forms: ['đặt lại', 'khởi động lại cứng'], source: `Compute Engine "Reset" = "Đặt lại"; ${GOOGLE_VI}` },
    { action: 'stop', forms: ['dừng', 'ngừng', 'tạm ngưng', 'tạm dừng'], source: `Compute Engine "Stop" = "Dừng", "Suspend" = "Tạm ngưng"; ${GOOGLE_VI}` },
  ],
  outcomes: [
    { action: 'delete', forms: ['sẽ bị xóa', 'sẽ bị xoá', 'bị xóa vĩnh viễn', 'bị xoá vĩnh viễn', 'sẽ xóa', 'sẽ xoá'], source: 'dialog descriptions ("sẽ bị xóa vĩnh viễn"); as for xóa' },
    { action: 'remove', forms: ['sẽ bị gỡ bỏ', 'sẽ bị gỡ', 'sẽ bị loại bỏ'], source: 'as for gỡ bỏ' },
    { action: 'destroy', forms: ['sẽ bị phá hủy', 'sẽ bị phá huỷ', 'sẽ bị hủy', 'sẽ bị huỷ'], source: 'as for phá hủy' },
    { action: 'disable', forms: ['sẽ bị tắt', 'sẽ bị vô hiệu hóa', 'sẽ bị vô hiệu hoá'], source: 'as for tắt' },
    { action: 'reset', forms: ['sẽ được đặt lại', 'sẽ bị đặt lại'], source: 'as for đặt lại' },
    { action: 'stop', forms: ['sẽ bị dừng', 'sẽ dừng'], source: 'as for dừng' },
  ],
  harmless: [
    { forms: ['không thể xóa', 'không thể xoá', 'không thể bị xóa', 'không thể bị xoá', 'không xóa được', 'không xoá được'], source: 'announced impossibilities ("cannot be deleted while deletion protection is on") describe a protection, not an action; chosen' },
    { forms: ['bảo vệ chống xóa', 'bảo vệ chống xoá', 'bảo vệ khỏi bị xóa', 'bảo vệ khỏi bị xoá', 'chống xóa', 'chống xoá', 'xóa nhầm', 'xoá nhầm', 'vô tình xóa', 'vô tình xoá'], source: `Compute Engine "Deletion protection"; ${GOOGLE_VI}` },
    { forms: ['xóa tạm thời', 'xoá tạm thời', 'chính sách xóa', 'chính sách xoá', 'thời gian lưu giữ', 'chính sách lưu giữ'], source: 'Cloud Storage soft delete and retention, chosen' },
    { forms: ['đã xóa', 'đã xoá', 'đã bị xóa', 'đã bị xoá', 'xóa gần đây', 'xoá gần đây', 'đang chờ xóa', 'đang chờ xoá', 'đã lên lịch phá hủy', 'đã lên lịch phá huỷ', 'đã tắt', 'đã dừng'], source: 'status reports ("Đã xóa cụm"), project lifecycle "pending deletion", lists of deleted items: a report is not a request; chosen' },
    { forms: ['hủy xóa', 'huỷ xoá', 'hủy xoá', 'huỷ xóa', 'hoàn tác xóa', 'hoàn tác xoá', 'hoàn tác', 'khôi phục'], source: 'IAM undelete, restore, chosen' },
    { forms: ['xóa bộ lọc', 'xoá bộ lọc', 'xóa tất cả bộ lọc', 'xoá tất cả bộ lọc', 'xóa tìm kiếm', 'xoá tìm kiếm', 'xóa lựa chọn', 'xoá lựa chọn', 'gỡ bộ lọc', 'xóa cột', 'xoá cột', 'xóa khỏi mục yêu thích', 'xoá khỏi mục yêu thích', 'bỏ ghim'], source: 'table filter chips, search boxes, pinned products, chosen: UI state destroys nothing' },
    { forms: ['đặt lại cột', 'đặt lại bộ lọc', 'đặt lại chế độ xem', 'đặt lại bố cục', 'đặt lại thu phóng', 'đặt lại thứ tự sắp xếp', 'đặt lại mật khẩu', 'đặt lại về mặc định'], source: 'table and chart controls, chosen: resetting a view destroys nothing' },
    { forms: ['tắt thông báo', 'tắt mẹo', 'tắt hoạt ảnh', 'tắt tính năng tự động làm mới', 'tắt tự động làm mới', 'tắt phím tắt', 'tắt chế độ tối', 'dừng hướng dẫn'], source: 'console preferences and help panels, chosen: UI settings destroy nothing' },
    { forms: ['ghi chú phát hành', 'kênh phát hành', 'giải phóng bộ nhớ'], source: 'GKE release channels and release notes, chosen' },
    { forms: ['gỡ lỗi', 'trình gỡ lỗi'], source: 'Gỡ lỗi is "debug" (Cloud Debugger, Gỡ lỗi in logs), not a removal; chosen' },
  ],
  safeActions: [
    { forms: ['khôi phục', 'khôi phục *', 'hoàn tác', 'hủy xóa', 'huỷ xoá', 'bật', 'bật *', 'tạo', 'tạo *', 'thêm', 'thêm *', 'bắt đầu', 'khởi động', 'tiếp tục chạy'], source: `the opposite of each destructive verb; ${GOOGLE_VI}` },
  ],
  leave: [
    { forms: ['hủy', 'huỷ', 'đóng', 'đóng*', 'đóng hộp thoại', 'không', 'không,*', 'quay lại', 'để sau', 'giữ lại', 'đã hiểu'], source: `Cancel = "Hủy", Close = "Đóng"; ${GOOGLE_VI}` },
  ],
  confirm: [
    { forms: ['ok', 'có', 'có,*', 'xác nhận', 'tiếp tục', 'tôi hiểu', 'lưu', 'áp dụng', 'xong', 'gửi'], source: `OK / Yes / Confirm / Continue; ${GOOGLE_VI}` },
  ],
  uiNouns: [
    { forms: ['cột', 'bộ lọc', 'chế độ xem', 'bố cục', 'thu phóng', 'thứ tự sắp xếp', 'thông báo', 'mẹo', 'bảng', 'thẻ', 'biểu đồ'], source: 'things on the screen whose reset or disable destroys nothing, as the console names them; chosen' },
  ],
  resources: [
    { kind: 'gke-node-pool', forms: ['nhóm nút', 'node pool'], source: GOOGLE_VI },
    { kind: 'gke-namespace', forms: ['không gian tên', 'namespace'], source: GOOGLE_VI },
    { kind: 'gke-workload', forms: ['khối lượng công việc', 'workload', 'deployment', 'pod'], source: GOOGLE_VI },
    { kind: 'instance-group', forms: ['nhóm phiên bản', 'nhóm thực thể'], source: GOOGLE_VI },
    { kind: 'sql-instance', forms: ['sql', 'phiên bản cơ sở dữ liệu'], source: GOOGLE_VI },
    { kind: 'gke-cluster', forms: ['cụm'], source: GOOGLE_VI },
    { kind: 'snapshot', forms: ['ảnh chụp nhanh', 'snapshot'], source: GOOGLE_VI },
    { kind: 'disk', forms: ['ổ đĩa', 'đĩa'], source: GOOGLE_VI },
    { kind: 'storage-bucket', forms: ['bộ chứa', 'bucket'], source: GOOGLE_VI },
    { kind: 'vm-instance', forms: ['vm', 'phiên bản vm', 'máy ảo'], source: `${GOOGLE_VI}; not phiên bản alone, which is also a key version` },
    { kind: 'project', forms: ['dự án'], source: GOOGLE_VI },
  ],
};
