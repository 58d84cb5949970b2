/** Vietnamese wording through the whole recogniser: console titles and buttons as hl=vi shows them. */
import { describeLanguage } from './language-suite';
import { vi } from './vi';

describeLanguage(vi, {
  destructive: [
    ['Xóa cụm prod-1?', 'Hủy', 'Xóa', 'delete'],
    ['Xoá nhóm nút pool-1', 'Huỷ', 'Xoá', 'delete'],
    ['Bạn có chắc chắn muốn xóa phiên bản VM web-1 không?', 'Hủy', 'Xóa', 'delete'],
    ['Xóa vĩnh viễn bộ chứa acme-logs?', 'Hủy', 'Xóa bộ chứa', 'delete'],
    ['Gỡ bỏ thành viên?', 'Hủy', 'Gỡ bỏ', 'remove'],
    ['Phá hủy phiên bản khóa 3?', 'Hủy', 'Phá hủy', 'destroy'],
    ['Tắt dự án Acme Prod', 'Hủy', 'Vẫn tắt', 'shut-down'],
    ['Xóa sạch hàng đợi orders?', 'Hủy', 'Xóa sạch', 'purge'],
    ['Giải phóng địa chỉ tĩnh web-ip?', 'Hủy', 'Giải phóng', 'release'],
    ['Đặt lại phiên bản VM web-1?', 'Hủy', 'Đặt lại', 'reset'],
    ['Tắt Compute Engine API?', 'Hủy', 'Tắt', 'disable'],
    ['Vô hiệu hóa khóa tài khoản dịch vụ', 'Đóng', 'Vô hiệu hóa', 'disable'],
    ['Bạn có chắc không?', 'Hủy', 'Có, xóa', 'delete'],
    ['Bạn có chắc không?', 'Không', 'Xác nhận', 'delete', 'Cụm prod-1 sẽ bị xóa vĩnh viễn.'],
    ['Dừng web-1?', 'Hủy', 'Dừng', 'stop'],
  ],
  harmless: [
    ['Khôi phục dự án?', ['Hủy', 'Khôi phục']],
    ['Hủy xóa tài khoản dịch vụ', ['Đóng', 'Hủy xóa']],
    ['Bí mật đã xóa gần đây', ['Đóng', 'Khôi phục']],
    ['Bật tính năng bảo vệ chống xóa', ['Hủy', 'Lưu'], 'Không thể xóa phiên bản khi tính năng bảo vệ đang bật.'],
    ['Chính sách xóa', ['Hủy', 'Lưu']],
    ['Đặt lại cột?', ['Hủy', 'Đặt lại']],
    ['Đặt lại bố cục', ['Hủy', 'OK']],
    ['Tắt thông báo?', ['Hủy', 'Tắt']],
    ['Bộ lọc', ['Đóng', 'Xóa tất cả bộ lọc']],
    ['Đã xóa cụm prod-1', ['Hoàn tác']],
    ['Tạo nhóm nút', ['Hủy', 'Tạo']],
    ['Ghi chú phát hành', ['Đóng']],
    ['Bật Compute Engine API', ['Hủy', 'Bật']],
  ],
  ordinary: ['Gỡ lỗi', 'Mở trình gỡ lỗi', 'Hủy', 'Đóng', 'Xác nhận', 'Tiếp tục', 'Lưu', 'Tôi hiểu', 'Xem chi tiết', 'Chọn một dự án', 'Nhập tên cụm để tiếp tục', 'Không thể hoàn tác thao tác này.', 'Tìm hiểu thêm'],
});
