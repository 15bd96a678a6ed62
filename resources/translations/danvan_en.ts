<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/about_dialog.py" line="19"/>
        <source>Giới thiệu {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/about_dialog.py" line="22"/>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Phần mềm công tác dân vận chính quyền cho xã, phường, đặc khu.&lt;/p&gt;&lt;p&gt;Giấy phép GPL-3.0-or-later. Phông chữ Liberation (SIL OFL 1.1).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/about_dialog.py" line="30"/>
        <source>Thông tin phiên bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/about_dialog.py" line="31"/>
        <source>Thông tin &amp;cài đặt (gửi kèm khi cần hỗ trợ):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/about_dialog.py" line="36"/>
        <source>&amp;Sao chép</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/about_dialog.py" line="38"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/about_dialog.py" line="45"/>
        <source>Đã sao chép</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="48"/>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="49"/>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="44"/>
        <source>Loại hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="50"/>
        <source>Địa điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="51"/>
        <source>Chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="52"/>
        <source>Tham gia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="53"/>
        <source>Phụ nữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="54"/>
        <source>DTTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="55"/>
        <source>Tôn giáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="56"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="37"/>
        <source>Mọi loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="38"/>
        <source>Mọi lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="40"/>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="45"/>
        <source>Thôn, tổ dân phố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="43"/>
        <source>Từ ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="43"/>
        <source>Đến ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="44"/>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="52"/>
        <source>&amp;Thêm hoạt động…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="54"/>
        <source>&amp;Xuất Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="57"/>
        <source>Từ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="58"/>
        <source>đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="62"/>
        <source>Hoạt động dân vận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="70"/>
        <source>Danh sách hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="79"/>
        <source>Lịch hoạt động trong tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="86"/>
        <source>Tổng hợp trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="126"/>
        <source>{n} hoạt động, {p} lượt người tham gia ({w} phụ nữ, {e} người dân tộc thiểu số, {g} người theo tôn giáo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="161"/>
        <source>Xuất danh sách hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="164"/>
        <source>Đang xuất danh sách hoạt động…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="166"/>
        <source>Đã xuất {n} hoạt động ra {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="21"/>
        <source>Tổng số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="22"/>
        <source>Phụ nữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="23"/>
        <source>Dân tộc thiểu số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="24"/>
        <source>Tôn giáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="36"/>
        <source>Thêm hoạt động dân vận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="42"/>
        <source>Giờ bắt đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="43"/>
        <source>Giờ kết thúc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="45"/>
        <source>(không ghi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="47"/>
        <source>Thôn, tổ dân phố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="64"/>
        <source>đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="68"/>
        <source>&amp;Ngày:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="69"/>
        <source>Thời gian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="70"/>
        <source>&amp;Loại hoạt động:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="71"/>
        <source>Địa &amp;điểm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="72"/>
        <source>Người &amp;chủ trì:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="73"/>
        <source>Người tham gia:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="74"/>
        <source>Lĩnh &amp;vực:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="75"/>
        <source>Đối tượng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="76"/>
        <source>Nội &amp;dung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="77"/>
        <source>&amp;Kết quả:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="78"/>
        <source>Việc tiếp theo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="88"/>
        <source>Sửa hoạt động dân vận số {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/add_user_dialog.py" line="28"/>
        <source>Thêm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/add_user_dialog.py" line="29"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/add_user_dialog.py" line="43"/>
        <source>Hai lần nhập mật khẩu không khớp nhau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/add_user_dialog.ui" line="6"/>
        <source>Thêm người dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/add_user_dialog.ui" line="10"/>
        <source>&amp;Họ và tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/add_user_dialog.ui" line="12"/>
        <source>&amp;Tên đăng nhập:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/add_user_dialog.ui" line="14"/>
        <source>&amp;Vai trò:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/add_user_dialog.ui" line="16"/>
        <source>&amp;Mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/add_user_dialog.ui" line="18"/>
        <source>&amp;Nhập lại:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../danvan_desktop/gui/wizard_pages.py" line="185"/>
        <source>Hai lần nhập mật khẩu không khớp nhau.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../danvan_desktop/gui/app.py" line="83"/>
        <source>Đang mở dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/app.py" line="107"/>
        <source>Không mở được dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/app.py" line="127"/>
        <source>Đang kiểm tra và khôi phục bản sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/app.py" line="180"/>
        <source>Dân Vận Desktop đang mở dữ liệu {path} ở một cửa sổ khác; hãy dùng cửa sổ đó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/app.py" line="136"/>
        <source>Đã khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/app.py" line="137"/>
        <source>Đã khôi phục dữ liệu. Tệp cũ được giữ tại {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../danvan_desktop/gui/attachments_panel.py" line="109"/>
        <source>Tệp đính kèm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/attachments_panel.py" line="113"/>
        <source>Chưa có minh chứng (ảnh, bản quét, PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/attachments_panel.py" line="115"/>
        <source>Thêm tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/attachments_panel.py" line="118"/>
        <source>Mở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/attachments_panel.py" line="129"/>
        <source>Minh chứng (nhấn đúp hoặc Enter để mở)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/attachments_panel.py" line="170"/>
        <source>Chọn tệp minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/attachments_panel.py" line="170"/>
        <source>Ảnh hoặc PDF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.webp *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/attachments_panel.py" line="181"/>
        <source>Đang lưu minh chứng…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupRestoreBox</name>
    <message>
        <location filename="../../danvan_desktop/gui/backup_restore_box.py" line="25"/>
        <source>Sao lưu ra USB và khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/backup_restore_box.py" line="28"/>
        <source>Nên giữ một bản sao lưu ngoài máy (USB, ổ mạng). Bản sao lưu được mã hóa như dữ liệu; trên máy khác, nó mở được bằng khóa khôi phục đã in khi cài đặt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/backup_restore_box.py" line="32"/>
        <source>Sao lưu ra &amp;thư mục khác (USB)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/backup_restore_box.py" line="34"/>
        <source>&amp;Khôi phục từ bản sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/backup_restore_box.py" line="38"/>
        <source>Chỉ quản trị viên được khôi phục dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/backup_restore_box.py" line="51"/>
        <source>Chọn thư mục để sao lưu (ví dụ USB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/backup_restore_box.py" line="58"/>
        <source>Đã sao lưu vào {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/backup_restore_box.py" line="64"/>
        <source>Đang sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/backup_restore_box.py" line="73"/>
        <source>Đang kiểm tra và khôi phục bản sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/backup_restore_box.py" line="81"/>
        <source>Đã khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/backup_restore_box.py" line="82"/>
        <source>Đã khôi phục dữ liệu từ bản sao lưu. Dữ liệu trước khi khôi phục được giữ tại {path}. Phần mềm sẽ mở lại dữ liệu; hãy đăng nhập lại.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../danvan_desktop/gui/backup_text.py" line="11"/>
        <source>tự động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/backup_text.py" line="12"/>
        <source>thủ công</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/backup_text.py" line="13"/>
        <source>trước nâng cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/backup_text.py" line="14"/>
        <source>trước khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="65"/>
        <source>Gửi báo cáo lên cấp tỉnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="70"/>
        <source>&amp;Xuất gói báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="76"/>
        <source>Kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="76"/>
        <source>Số thứ tự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="76"/>
        <source>Ngày xuất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="76"/>
        <source>Người xuất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="77"/>
        <source>Mã khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="77"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="77"/>
        <source>Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="79"/>
        <source>&amp;Các gói đã xuất:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="85"/>
        <source>Khóa ký của đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="91"/>
        <source>Tạo k&amp;hóa ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="92"/>
        <source>X&amp;uất thẻ khóa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="93"/>
        <source>Đổ&amp;i khóa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="94"/>
        <source>Nhập khóa &amp;bí danh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="145"/>
        <source>Số liệu từ {start} đến {end}; hạn gửi {due}. Báo cáo: &lt;b&gt;{status}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="149"/>
        <source>Ký và xuất gói báo cáo là việc của lãnh đạo: tài khoản cán bộ không xuất được gói; hãy báo lãnh đạo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="152"/>
        <source>Chỉ xuất được gói của báo cáo đã được lãnh đạo phê duyệt (mục Báo cáo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="154"/>
        <source>Xuất lại sẽ tạo gói có số thứ tự mới, thay thế gói trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="158"/>
        <source>Chỉ lãnh đạo ký và xuất gói báo cáo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="228"/>
        <source>Nhập lại cụm mật khẩu khóa ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="232"/>
        <source>Hai lần nhập cụm mật khẩu khóa ký không khớp nhau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="353"/>
        <source>Đang lưu khóa bí danh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="189"/>
        <source>Đơn vị chưa có khóa ký. Hãy tạo khóa, xuất thẻ khóa và gửi cho cấp tỉnh trước khi gửi gói báo cáo đầu tiên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="193"/>
        <source>Khóa đang dùng: &lt;b&gt;{key_id}&lt;/b&gt; (tạo ngày {created})&lt;br&gt;Dấu vân tay (đọc qua điện thoại cho cấp tỉnh đối chiếu): &lt;b style=&apos;font-family:monospace&apos;&gt;{fingerprint}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="201"/>
        <source>Chỉ lãnh đạo hoặc quản trị hệ thống quản lý khóa ký.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="207"/>
        <source>Chỉ lãnh đạo tạo khóa ký (khóa ký là chữ ký của lãnh đạo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="210"/>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="357"/>
        <source>Đã nhập khóa bí danh của tỉnh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="211"/>
        <source>Chưa có khóa bí danh do tỉnh cấp: cần nhập trước khi xuất gói báo cáo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="220"/>
        <source>Máy này không có kho khóa an toàn; khóa ký được bảo vệ bằng cụm mật khẩu khóa ký
riêng của lãnh đạo (khác cụm mật khẩu cơ sở dữ liệu mà cán bộ dùng).

Cụm mật khẩu khóa ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="223"/>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="227"/>
        <source>Cụm mật khẩu khóa ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="244"/>
        <source>Xuất gói báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="245"/>
        <source>Gói báo cáo (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="260"/>
        <source>Đang ký và ghi gói báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="282"/>
        <source>Đã xuất gói báo cáo số {sequence} kỳ {period}:
{path}

SHA-256: {sha}

Gửi tệp này cho cấp tỉnh (thư điện tử, USB hoặc cổng tiếp nhận).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="285"/>
        <source>Đã xuất gói số {sequence} ({path}); SHA-256 {sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="287"/>
        <source>Đã xuất gói báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="305"/>
        <source>Đang tạo khóa ký…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="308"/>
        <source>Đổi khóa ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="309"/>
        <source>Tạo khóa ký mới cho đơn vị? Các gói sau sẽ được ký bằng khóa mới; cấp tỉnh chỉ nhận được khi đã đăng ký thẻ khóa mới, nên hãy xuất và gửi thẻ khóa ngay sau đó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="315"/>
        <source>Đang tạo khóa ký mới…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="319"/>
        <source>Đã tạo khóa ký mới {key_id}. Hãy xuất thẻ khóa và gửi cho cấp tỉnh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="323"/>
        <source>Chọn thư mục ghi thẻ khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="328"/>
        <source>Đang xuất thẻ khóa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="334"/>
        <source>Đã xuất thẻ khóa {key_id}: {json}, {pub}. Dấu vân tay: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="336"/>
        <source>Đã xuất thẻ khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="337"/>
        <source>Đã ghi thẻ khóa vào {folder}:
{json}
{pub}

Gửi tệp .json cho cấp tỉnh, rồi gọi điện đọc dấu vân tay để cấp tỉnh đối chiếu:
{fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="342"/>
        <source>Chọn tệp khóa bí danh do tỉnh cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="343"/>
        <source>Khóa bí danh (*.key *.txt);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="349"/>
        <source>Không đọc được khóa bí danh từ {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../../danvan_desktop/gui/date_field.py" line="62"/>
        <source>Lịch chọn ngày</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <location filename="../../danvan_desktop/gui/session_control.py" line="40"/>
        <source>Màn hình đã khóa — Dân Vận Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../danvan_desktop/gui/date_field.py" line="83"/>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/date_field.py" line="84"/>
        <source>Gõ ngày dạng 25/10/2026 hoặc 25102026, hoặc chọn trên lịch (Alt+↓).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/date_field.py" line="87"/>
        <location filename="../../danvan_desktop/gui/date_field.py" line="90"/>
        <source>Chọn ngày trên lịch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/date_field.py" line="120"/>
        <source>“{text}” không phải ngày hợp lệ (dd/mm/yyyy); giữ ngày {day}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemocracyDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="32"/>
        <source>Số ngày niêm yết:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="33"/>
        <source>Số người (hộ) tham gia:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="34"/>
        <source>Tỷ lệ tán thành (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="35"/>
        <source>Số ý kiến:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="46"/>
        <source>Thêm nội dung dân chủ ở cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="54"/>
        <source>&amp;Loại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="55"/>
        <source>&amp;Ngày:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="56"/>
        <source>Nội &amp;dung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="57"/>
        <source>&amp;Hình thức:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="64"/>
        <source>Tiếp thu, giải trình:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="65"/>
        <source>Phát hiện qua giám sát:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="66"/>
        <source>Kiến nghị:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="78"/>
        <source>Sửa nội dung dân chủ ở cơ sở số {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemocracyPage</name>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="97"/>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="98"/>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="99"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="100"/>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="101"/>
        <source>Số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="102"/>
        <source>Kết quả, kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="113"/>
        <source>niêm yết {n} ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="115"/>
        <source>{n} người, {p}% tán thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="118"/>
        <source>{n} ý kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="125"/>
        <source>Mọi loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="126"/>
        <source>Từ ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="126"/>
        <source>Đến ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="127"/>
        <source>Loại nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="129"/>
        <source>&amp;Thêm nội dung…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="131"/>
        <source>&amp;Xuất Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="134"/>
        <source>Từ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="134"/>
        <source>đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="141"/>
        <source>Danh sách nội dung dân chủ ở cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="153"/>
        <source>Thực hiện dân chủ ở cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="185"/>
        <source>Xuất danh sách dân chủ ở cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="189"/>
        <source>Đang xuất danh sách dân chủ ở cơ sở…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="191"/>
        <source>Đã xuất {n} nội dung ra {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../danvan_desktop/gui/widgets.py" line="65"/>
        <source>&amp;Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/widgets.py" line="66"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/widgets.py" line="215"/>
        <source>Bảng tính (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditButton</name>
    <message>
        <location filename="../../danvan_desktop/gui/edit_button.py" line="17"/>
        <source>&amp;Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/edit_button.py" line="19"/>
        <source>Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/edit_button.py" line="36"/>
        <source>Chọn một dòng trong danh sách để sửa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/edit_button.py" line="39"/>
        <source>Sửa bản ghi đã chọn (mở lại biểu mẫu với các giá trị đã lưu).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptySectionPage</name>
    <message>
        <location filename="../../danvan_desktop/gui/pages/empty_section_page.py" line="15"/>
        <source>Phần này chưa có trong phiên bản hiện tại.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceChoiceDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/evidence_choice_dialog.py" line="25"/>
        <source>Chọn minh chứng gửi kèm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/evidence_choice_dialog.py" line="28"/>
        <source>Đánh dấu các tệp minh chứng gửi kèm gói báo cáo (ảnh, biên bản hoạt động trong kỳ). Không chọn tệp nào cũng được. Tệp đính kèm của đơn thư không bao giờ được gửi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/evidence_choice_dialog.py" line="36"/>
        <source>{name} — {what}, ngày {on} ({size} KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/evidence_choice_dialog.py" line="42"/>
        <source>&amp;Tệp minh chứng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/evidence_choice_dialog.py" line="47"/>
        <source>&amp;Xuất gói</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/evidence_choice_dialog.py" line="48"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureRows</name>
    <message>
        <location filename="../../danvan_desktop/gui/figure_tree.py" line="42"/>
        <source>Đạt yêu cầu 1–2 mô hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/figure_tree.py" line="43"/>
        <source>Có mô hình (gợi ý 1–2 mô hình)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../danvan_desktop/gui/wizard.py" line="37"/>
        <source>Cài đặt lần đầu — Dân Vận Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard.py" line="63"/>
        <source>&amp;Tiếp theo &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard.py" line="64"/>
        <source>&lt; &amp;Quay lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard.py" line="65"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard.py" line="66"/>
        <source>&amp;Bắt đầu làm việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard.py" line="74"/>
        <source>Đang tạo dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard.py" line="81"/>
        <source>Đang tạo dữ liệu đã mã hóa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard.py" line="102"/>
        <source>Đang kiểm tra và khôi phục bản sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard_pages.py" line="157"/>
        <source>&amp;Tạo dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/help_dialog.py" line="18"/>
        <source>Hướng dẫn sử dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/help_dialog.py" line="24"/>
        <source>Nội dung hướng dẫn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/help_dialog.py" line="28"/>
        <source>&amp;Quay lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/help_dialog.py" line="32"/>
        <source>&amp;Mục lục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/help_dialog.py" line="38"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="57"/>
        <source>Nhập sổ theo dõi từ Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="66"/>
        <source>Sổ cần nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="67"/>
        <source>Tải &amp;mẫu Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="68"/>
        <source>Tệp mẫu có đủ các cột, ví dụ và danh sách giá trị hợp lệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="72"/>
        <source>&amp;Sổ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="75"/>
        <source>Chưa chọn tệp (.xlsx hoặc .csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="76"/>
        <source>Tệp cần nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="77"/>
        <source>&amp;Chọn tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="81"/>
        <source>&amp;Tệp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="83"/>
        <source>Trang tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="84"/>
        <source>Trang &amp;tính:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="103"/>
        <source>Ghép &amp;cột (chọn trường cho từng cột của tệp):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="106"/>
        <source>Cột</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="106"/>
        <source>Tiêu đề trong tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="106"/>
        <source>Trường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="109"/>
        <source>Ghép cột</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="122"/>
        <source>Chọn tệp để xem trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="124"/>
        <source>Chỉ hiện dòng &amp;không nhập được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="134"/>
        <source>Xem trước từng dòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="141"/>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="265"/>
        <source>&amp;Nhập các dòng hợp lệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="144"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="153"/>
        <source>Không nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="175"/>
        <source>Chọn tệp Excel hoặc CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="176"/>
        <source>Bảng tính (*.xlsx *.csv);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="184"/>
        <source>Không mở được tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="195"/>
        <source>Lưu tệp mẫu Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="202"/>
        <source>Đã lưu tệp mẫu {name}: điền vào rồi chọn tệp đó để nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="220"/>
        <source>Đang đọc tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="224"/>
        <source>Đang đọc và kiểm tra tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="229"/>
        <source>Không đọc được tệp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="231"/>
        <source>Không nhập được tệp này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="243"/>
        <source>(không nhập cột này)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="247"/>
        <source>Trường của cột {letter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="252"/>
        <source>Chưa ghép cột cho: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="259"/>
        <source>Dòng tiêu đề: dòng {header}. {valid} dòng hợp lệ, {refused} dòng không nhập được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="264"/>
        <source>&amp;Nhập {n} dòng hợp lệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="287"/>
        <source>Nhập các dòng hợp lệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="288"/>
        <source>{refused} dòng không nhập được sẽ bị bỏ qua (xem lý do trong bảng). Nhập {valid} dòng hợp lệ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="297"/>
        <source>Đang nhập {n} dòng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="302"/>
        <source>Đã hủy: không dòng nào được nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_dialog.py" line="309"/>
        <source>Đã nhập {n} dòng vào sổ {register}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../danvan_desktop/gui/models/import_preview_model.py" line="18"/>
        <source>Dòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/import_preview_model.py" line="19"/>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/import_preview_model.py" line="20"/>
        <source>Thành bản ghi / lý do không nhập</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/import_summary_dialog.py" line="16"/>
        <source>Kết quả nhận gói báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_summary_dialog.py" line="19"/>
        <source>Đã nhận &lt;b&gt;{imported}&lt;/b&gt; gói mới, &lt;b&gt;{unchanged}&lt;/b&gt; gói đã có từ trước, &lt;b&gt;{rejected}&lt;/b&gt; gói bị từ chối.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_summary_dialog.py" line="24"/>
        <source>Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_summary_dialog.py" line="24"/>
        <source>Lý do từ chối</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_summary_dialog.py" line="35"/>
        <source>&amp;Các gói bị từ chối (liên hệ đơn vị để gửi lại):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_summary_dialog.py" line="42"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityWatch</name>
    <message>
        <location filename="../../danvan_desktop/gui/integrity_watch.py" line="42"/>
        <source>Hủy kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/integrity_watch.py" line="63"/>
        <source>Đang kiểm tra toàn vẹn dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/integrity_watch.py" line="72"/>
        <source>Đang dừng kiểm tra…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/integrity_watch.py" line="99"/>
        <source>Chưa kiểm tra được toàn vẹn dữ liệu hoặc chưa sao lưu tự động được; chi tiết ở nhật ký.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/integrity_watch.py" line="107"/>
        <source>Dữ liệu có lỗi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/integrity_watch.py" line="110"/>
        <source>Dữ liệu toàn vẹn; đã sao lưu tự động vào {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/integrity_watch.py" line="112"/>
        <source>Đã kiểm tra toàn vẹn dữ liệu: không có lỗi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/login_dialog.py" line="40"/>
        <source>Dân Vận Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/login_dialog.py" line="41"/>
        <source>Đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/login_dialog.py" line="43"/>
        <source>Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/login_dialog.py" line="43"/>
        <source>Đăng xuất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/login_dialog.py" line="45"/>
        <source>Màn hình đã khóa — Dân Vận Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/login_dialog.py" line="47"/>
        <source>Màn hình đã khóa vì lâu không thao tác. Nhập lại mật khẩu để tiếp tục; những gì đang nhập dở vẫn được giữ nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/login_dialog.py" line="56"/>
        <source>Mở khóa tài khoản bằng &amp;khóa khôi phục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/login_dialog.py" line="66"/>
        <source>Chưa nhập tên đăng nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/login_dialog.py" line="67"/>
        <source>Chưa nhập mật khẩu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/login_dialog.py" line="76"/>
        <source>Đang đăng nhập…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/login_dialog.py" line="92"/>
        <source>Mở khóa tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/login_dialog.py" line="93"/>
        <source>Khóa khôi phục của dữ liệu (in khi cài đặt) để mở khóa tài khoản “{name}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/login_dialog.py" line="104"/>
        <source>Đã mở khóa tài khoản “{name}”; hãy đăng nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="6"/>
        <source>Đăng nhập — Dân Vận Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="10"/>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="19"/>
        <source>&amp;Tên đăng nhập:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="26"/>
        <source>&amp;Mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="43"/>
        <source>Tổng quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="44"/>
        <source>Hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="45"/>
        <source>Tiếp công dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="46"/>
        <location filename="../../danvan_desktop/gui/main_window.py" line="161"/>
        <source>Đơn thư</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="47"/>
        <source>Mô hình “Dân vận khéo”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="48"/>
        <source>Dân chủ ở cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="49"/>
        <source>Báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="50"/>
        <source>Gói báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="51"/>
        <location filename="../../danvan_desktop/gui/main_window.py" line="57"/>
        <source>Cài đặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="56"/>
        <source>Tổng hợp báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="109"/>
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="116"/>
        <source>&amp;Nhập từ Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="118"/>
        <source>Nhập sổ đơn thư, sổ tiếp công dân hoặc hoạt động đang theo dõi bằng Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="123"/>
        <source>Người dùng: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="137"/>
        <source>Đang chuẩn bị số liệu báo cáo cho dữ liệu cũ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="161"/>
        <source>  ({n} quá hạn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="6"/>
        <source>Dân Vận Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="16"/>
        <source>Các mục chức năng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="33"/>
        <source>&amp;Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="39"/>
        <source>Trợ &amp;giúp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="47"/>
        <source>&amp;Sao lưu ngay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="48"/>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="51"/>
        <source>T&amp;hoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="52"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="55"/>
        <source>&amp;Giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="56"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../danvan_desktop/gui/messages.py" line="17"/>
        <source>Không thực hiện được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/messages.py" line="31"/>
        <source>Đã xảy ra lỗi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/messages.py" line="32"/>
        <source>Đã xảy ra lỗi không mong muốn của phần mềm; thao tác vừa rồi không hoàn thành. Dữ liệu đã lưu không bị mất. Hãy thử lại; nếu lỗi lặp lại, bấm “Sao chép chi tiết” và gửi cho bộ phận hỗ trợ (nội dung đã được ghi vào nhật ký của phần mềm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/messages.py" line="39"/>
        <source>Sao chép chi tiết</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="39"/>
        <source>Thêm mô hình “Dân vận khéo”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="45"/>
        <source>Từ {first} đến năm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="47"/>
        <source>(chưa khen thưởng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="49"/>
        <source>Hình thức khen thưởng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="57"/>
        <source>&amp;Tên mô hình:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="58"/>
        <source>&amp;Lĩnh vực:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="59"/>
        <source>&amp;Chủ thể:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="60"/>
        <source>Tập thể / cá nhân:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="61"/>
        <source>&amp;Năm đăng ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="62"/>
        <source>Tình &amp;trạng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="63"/>
        <source>&amp;Khen thưởng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="66"/>
        <source>&amp;Kết quả:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="77"/>
        <source>Sửa mô hình “Dân vận khéo” số {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="148"/>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="149"/>
        <source>Tên mô hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="150"/>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="114"/>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="151"/>
        <source>Chủ thể</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="152"/>
        <source>Tập thể / cá nhân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="153"/>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="114"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="154"/>
        <source>Khen thưởng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="155"/>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="108"/>
        <source>Mọi lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="109"/>
        <source>Mọi tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="112"/>
        <source>mọi năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="117"/>
        <source>&amp;Thêm mô hình…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="119"/>
        <source>&amp;Xuất Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="115"/>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="122"/>
        <source>Đăng ký đến năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="129"/>
        <source>Danh sách mô hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="141"/>
        <source>Mô hình “Dân vận khéo”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="179"/>
        <source>Xuất danh sách mô hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="182"/>
        <source>Đang xuất danh sách mô hình…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="184"/>
        <source>Đã xuất {n} mô hình ra {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="80"/>
        <source>Phiên làm việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="82"/>
        <source>Người dùng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="83"/>
        <source>Vai trò:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="84"/>
        <source>Mã đơn vị:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="88"/>
        <source>Tệp dữ liệu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="47"/>
        <source>Kỳ báo cáo hiện tại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="59"/>
        <source>Đơn tiếp nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="59"/>
        <source>Đã giải quyết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="60"/>
        <source>Đơn quá hạn cuối kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="60"/>
        <source>Buổi tiếp công dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="61"/>
        <source>Hoạt động dân vận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="61"/>
        <source>Mô hình “Dân vận khéo”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="72"/>
        <source>Đơn thư theo loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="73"/>
        <source>Hoạt động theo loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="91"/>
        <source>Đơn thư quá hạn hôm nay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="93"/>
        <source>Tình trạng dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="95"/>
        <source>Đang kiểm tra…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="97"/>
        <source>&amp;Kiểm tra lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="107"/>
        <source>&lt;a href=&apos;overdue&apos;&gt;{n} đơn — xem, quá hạn lâu nhất trước&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="121"/>
        <source>&lt;b&gt;Báo cáo {label}&lt;/b&gt;: số liệu từ {start} đến {end}, hạn nộp &lt;b&gt;{due}&lt;/b&gt; — {left}. Trạng thái: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="125"/>
        <source>còn {n} ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="125"/>
        <source>hạn nộp là hôm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="127"/>
        <source>Đang tính số liệu kỳ báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="149"/>
        <source>Đang kiểm tra dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="153"/>
        <source>Dữ liệu khỏe mạnh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="153"/>
        <source>Có lỗi: xem Cài đặt › Sao lưu, khôi phục.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../danvan_desktop/gui/wizard_pages.py" line="205"/>
        <source>Hai lần nhập cụm mật khẩu không khớp nhau.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/password_dialog.py" line="35"/>
        <source>Đổi mật khẩu của tôi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/password_dialog.py" line="35"/>
        <source>Đặt lại mật khẩu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/password_dialog.py" line="40"/>
        <source>Mật khẩu &amp;hiện tại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/password_dialog.py" line="42"/>
        <source>Đặt mật khẩu mới cho &lt;b&gt;{name}&lt;/b&gt; ({username}). Hãy báo mật khẩu này cho người dùng và đề nghị họ tự đổi sau khi đăng nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/password_dialog.py" line="47"/>
        <source>Mật khẩu &amp;mới:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/password_dialog.py" line="48"/>
        <source>&amp;Nhập lại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/password_dialog.py" line="49"/>
        <source>&amp;Đổi mật khẩu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/password_dialog.py" line="60"/>
        <source>Chưa nhập mật khẩu hiện tại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/password_dialog.py" line="63"/>
        <source>Hai lần nhập mật khẩu mới không khớp nhau.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/pdf_preview_dialog.py" line="40"/>
        <source>{n} trang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pdf_preview_dialog.py" line="56"/>
        <source>&amp;In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pdf_preview_dialog.py" line="57"/>
        <source>&amp;Lưu PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pdf_preview_dialog.py" line="59"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pdf_preview_dialog.py" line="90"/>
        <source>In báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pdf_preview_dialog.py" line="95"/>
        <source>Lưu PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pdf_preview_dialog.py" line="95"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pdf_preview_dialog.py" line="101"/>
        <source>Không lưu được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pdf_preview_dialog.py" line="102"/>
        <source>Không ghi được tệp {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pdf_preview_dialog.py" line="105"/>
        <source>Đã lưu {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodBox</name>
    <message>
        <location filename="../../danvan_desktop/gui/period_box.py" line="20"/>
        <source>&amp;Kỳ báo cáo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/period_box.py" line="31"/>
        <source>Theo {source}. {clause}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/period_box.py" line="41"/>
        <source>{label} (hạn {due})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PetitionDetailDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="49"/>
        <source>Thông tin đơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="53"/>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="84"/>
        <source>Thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="53"/>
        <source>Bắt đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="53"/>
        <source>Hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="53"/>
        <source>Xong ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="53"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="59"/>
        <source>Thời hạn giải quyết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="63"/>
        <source>Các bước xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="65"/>
        <source>Bản quét, tài liệu (nhấn đúp hoặc Enter để mở)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="66"/>
        <source>Đính &amp;kèm bản quét…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="68"/>
        <source>&amp;Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="72"/>
        <source>Sửa thông tin đơn (mở lại biểu mẫu với các giá trị đã lưu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="74"/>
        <source>&amp;Ghi bước xử lý…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="76"/>
        <source>Đó&amp;ng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="87"/>
        <source>Dòng thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="102"/>
        <source>Đơn số {n} — {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="113"/>
        <source>Ngày nhận:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="114"/>
        <source>Loại đơn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="114"/>
        <source> (lần hai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="115"/>
        <source>Nguồn đơn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="117"/>
        <source>Lĩnh vực:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="118"/>
        <source>Người đứng tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="123"/>
        <source>Đơn không có chữ ký hoặc điểm chỉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="126"/>
        <source>Bị tố cáo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="127"/>
        <source>Nội dung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="128"/>
        <source>phức tạp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="128"/>
        <source>vùng khó khăn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="129"/>
        <source>Tính chất:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="130"/>
        <source>Giao cho:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="131"/>
        <source>Kết quả:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="133"/>
        <source>Trùng với:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="133"/>
        <source>đơn số {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="135"/>
        <source>Đơn trùng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="160"/>
        <source>{n} ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="156"/>
        <source>Vào sổ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="156"/>
        <source>Liên kết đơn trùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="157"/>
        <source>Sửa thông tin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PetitionEventDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/petition_event_dialog.py" line="24"/>
        <source>Ghi bước xử lý — đơn số {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_event_dialog.py" line="28"/>
        <source>ví dụ 12/QĐ-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_event_dialog.py" line="31"/>
        <source>Vụ việc &amp;phức tạp (thời hạn giải quyết dài hơn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_event_dialog.py" line="34"/>
        <source>tối đa theo luật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_event_dialog.py" line="35"/>
        <source> ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_event_dialog.py" line="38"/>
        <source>&amp;Bước:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_event_dialog.py" line="39"/>
        <source>&amp;Ngày:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_event_dialog.py" line="40"/>
        <source>Số &amp;quyết định:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_event_dialog.py" line="41"/>
        <source>Số ngày &amp;gia hạn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_event_dialog.py" line="42"/>
        <source>Cơ quan nhận, được đôn đốc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_event_dialog.py" line="43"/>
        <source>&amp;Kết quả (khiếu nại):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_event_dialog.py" line="45"/>
        <source>Ghi chú:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_event_dialog.py" line="48"/>
        <source>&amp;Ghi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PetitionFormDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="39"/>
        <source>Vào sổ đơn thư</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="47"/>
        <source>(chọn lĩnh vực)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="48"/>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="49"/>
        <source>(chưa phân loại)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="54"/>
        <source>Người đứng tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="55"/>
        <source>Số người đứng tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="57"/>
        <source>12 chữ số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="59"/>
        <source>Đơn có chữ &amp;ký hoặc điểm chỉ của người viết đơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="61"/>
        <source>Đơn thiếu họ tên, địa chỉ hoặc chữ ký (điểm chỉ) của người viết đơn không đủ điều kiện xử lý. Căn cứ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="68"/>
        <source>Lần đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="69"/>
        <source>Lần hai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="70"/>
        <source>Vụ việc &amp;phức tạp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="71"/>
        <source>Vùng &amp;sâu, vùng xa, khó khăn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="72"/>
        <source>Cần &amp;xác minh trước khi thụ lý (tố cáo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="74"/>
        <source>(chưa giao)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="80"/>
        <source>&amp;Ngày nhận:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="81"/>
        <source>&amp;Loại đơn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="82"/>
        <source>N&amp;guồn đơn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="83"/>
        <source>Cơ quan chuyển đơn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="84"/>
        <source>Lĩnh &amp;vực:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="85"/>
        <source>Điều kiện xử lý:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="86"/>
        <source>Thẩm quyền:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="89"/>
        <source>Số người:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="91"/>
        <source>Người đứng tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="92"/>
        <source>&amp;Họ và tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="93"/>
        <source>Đị&amp;a chỉ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="94"/>
        <source>Số &amp;CCCD:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="95"/>
        <source>Điện thoại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="97"/>
        <source>Người, cơ quan bị tố cáo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="98"/>
        <source>Nội &amp;dung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="99"/>
        <source>Lần khiếu nại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="103"/>
        <source>Giao cho:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="104"/>
        <source>Ghi chú:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="106"/>
        <source>Có thể trùng với đơn đã có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="110"/>
        <source>Gợi ý khi trùng CCCD, trùng họ tên và địa chỉ, hoặc nội dung giống từ {n}% trở lên. Tích vào đơn trùng để liên kết: đơn trùng chỉ được đếm một lần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="225"/>
        <source>Lý do gợi ý: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="148"/>
        <source>Vào sổ đơn từ buổi tiếp công dân số {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="151"/>
        <source>Sửa đơn số {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="222"/>
        <source>Đơn số {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PetitionTable</name>
    <message>
        <location filename="../../danvan_desktop/gui/models/petition_table_model.py" line="23"/>
        <source>Số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/petition_table_model.py" line="24"/>
        <source>Ngày nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/petition_table_model.py" line="25"/>
        <source>Loại đơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/petition_table_model.py" line="26"/>
        <source>Người đứng tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/petition_table_model.py" line="27"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/petition_table_model.py" line="28"/>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/petition_table_model.py" line="29"/>
        <source>Hạn tiếp theo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/petition_table_model.py" line="30"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/petition_table_model.py" line="52"/>
        <source>Đã xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/petition_table_model.py" line="53"/>
        <source>Quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/petition_table_model.py" line="54"/>
        <source>Sắp đến hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/petition_table_model.py" line="55"/>
        <source>Trong hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/petition_table_model.py" line="56"/>
        <source>Tạm đình chỉ giải quyết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/petition_table_model.py" line="57"/>
        <source>Không xử lý (nặc danh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/petition_table_model.py" line="98"/>
        <source>(nặc danh)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PetitionsPage</name>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="29"/>
        <source>Mọi tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="30"/>
        <source>Quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="31"/>
        <source>Sắp đến hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="32"/>
        <source>Trong hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="33"/>
        <source>Đã xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="44"/>
        <source>Tìm (không cần dấu): tên, nội dung, địa chỉ… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="46"/>
        <source>Mọi loại đơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="48"/>
        <source>Mọi lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="49"/>
        <source>Nhận từ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="52"/>
        <source>Gộp đơn trùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="54"/>
        <source>Tìm đơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="54"/>
        <source>Loại đơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="55"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="55"/>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="56"/>
        <source>Nhận từ ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="56"/>
        <source>Đến ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="58"/>
        <source>&amp;Thêm đơn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="61"/>
        <source>&amp;Xuất Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="69"/>
        <source>đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="79"/>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="104"/>
        <source>Sổ đơn thư</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="198"/>
        <source>Hơn {n} đơn (đang đếm…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="207"/>
        <source>{n} đơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="231"/>
        <source>Xuất sổ đơn thư</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="232"/>
        <source>Bảng tính (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="238"/>
        <source>Đã xuất {n} đơn ra {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="239"/>
        <source>Đang xuất sổ đơn thư…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvincePage</name>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="69"/>
        <source>&amp;Nhập gói báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="71"/>
        <source>Chọn các tệp &amp;gói…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="72"/>
        <source>Chọn thư &amp;mục chứa gói…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="76"/>
        <source>Xuất &amp;PDF tổng hợp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="77"/>
        <source>Xuất &amp;Excel tổng hợp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="90"/>
        <source>Tất cả đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="93"/>
        <source>Lọ&amp;c:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="97"/>
        <source>Nhấp đúp (hoặc Enter) vào một đơn vị để xem số liệu của đơn vị đó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="102"/>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="131"/>
        <source>Mã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="102"/>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="131"/>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="102"/>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="132"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="103"/>
        <source>Gói số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="103"/>
        <source>Ngày nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="108"/>
        <source>Tình hình gửi báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="115"/>
        <source>Số liệu tổng hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="119"/>
        <source>Người gửi đơn ở từ hai xã trở lên, nhận ra qua bí danh (không biết danh tính). Tố cáo và đơn nhiều nội dung không có bí danh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="124"/>
        <source>Bí danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="124"/>
        <source>Số đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="124"/>
        <source>Số đơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="125"/>
        <source>Các đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="126"/>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="128"/>
        <source>Người gửi đơn nhiều nơi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="131"/>
        <source>Mã khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="131"/>
        <source>Dấu vân tay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="132"/>
        <source>Ngày tạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="136"/>
        <source>Nhập t&amp;hẻ khóa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="137"/>
        <source>Th&amp;u hồi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="133"/>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="142"/>
        <source>Khóa các đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="105"/>
        <source>Tình hình gửi báo cáo của các đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="153"/>
        <source>Chỉ lãnh đạo hoặc quản trị hệ thống quản lý khóa của các đơn vị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="180"/>
        <source>Đang tải tình hình gửi báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="189"/>
        <source>Hạn gửi {due}: {expected} đơn vị; &lt;span style=&apos;color:#1b5e20&apos;&gt;đúng hạn {on_time}&lt;/span&gt;, &lt;span style=&apos;color:#8a4b00&apos;&gt;trễ hạn {late}&lt;/span&gt;, &lt;span style=&apos;color:#b00020&apos;&gt;chưa gửi {missing}&lt;/span&gt;. Tỉ lệ gửi báo cáo &lt;b&gt;{rate}&lt;/b&gt;, đúng hạn &lt;b&gt;{on_time_rate}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="196"/>
        <source>Tổng số liệu của gói mới nhất của {n} đơn vị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="197"/>
        <source>Chưa nhận gói báo cáo nào của kỳ này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="237"/>
        <source>&lt;b&gt;{n}&lt;/b&gt; người gửi đơn ở nhiều đơn vị trong kỳ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="238"/>
        <source>Chưa thấy người gửi đơn nào ở từ hai đơn vị trở lên trong kỳ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="250"/>
        <source>Đã thu hồi {on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="251"/>
        <source>Hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="267"/>
        <source>Chọn các gói báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="268"/>
        <source>Gói báo cáo (*.zip);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="273"/>
        <source>Chọn thư mục chứa các gói báo cáo (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="285"/>
        <source>Đang kiểm tra và nhận gói báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="290"/>
        <source>Đã nhận {imported} gói mới, {unchanged} gói đã có, {rejected} gói bị từ chối.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="298"/>
        <source>Đã hủy nhận gói: không gói nào được nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="313"/>
        <source>Chọn thẻ khóa của đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="314"/>
        <source>Thẻ khóa (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="321"/>
        <source>Không đọc được {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="327"/>
        <source>Đối chiếu dấu vân tay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="328"/>
        <source>Thẻ khóa của {name} ({code}), mã khóa {key_id}.

Dấu vân tay:
{fingerprint}

Đã gọi điện cho đơn vị và đối chiếu đúng dấu vân tay này?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="339"/>
        <source>đã thu hồi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="339"/>
        <source>đã đăng ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="340"/>
        <source>đã có từ trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="343"/>
        <source>Thẻ khóa: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="353"/>
        <source>Đơn vị cài lại máy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="354"/>
        <source>{name} ({code}) đã có khóa đăng ký. Đơn vị cài lại máy và đánh số gói lại từ 1?

Có: thu hồi các khóa cũ của đơn vị và tính lại số thứ tự gói từ thẻ khóa này (ghi nhật ký).
Không: chỉ thêm khóa mới (đơn vị đổi khóa trên cùng máy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="363"/>
        <source>Hãy chọn một khóa trong bảng trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="367"/>
        <source>Khóa {key_id} đã bị thu hồi từ trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="369"/>
        <source>Thu hồi khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="370"/>
        <source>Thu hồi khóa {key_id} của đơn vị {code}? Các gói ký bằng khóa này sẽ không được nhận nữa (các gói đã nhận vẫn giữ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="379"/>
        <source>Đã thu hồi khóa {key_id} của đơn vị {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="393"/>
        <source>Chưa có số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="402"/>
        <source>Đang tạo báo cáo tổng hợp PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="407"/>
        <source>Báo cáo tổng hợp kỳ {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="416"/>
        <source>Xuất bảng tổng hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="418"/>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="422"/>
        <source>Đã xuất {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="423"/>
        <source>Đang xuất bảng tổng hợp…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceptionDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="42"/>
        <source>Số lượt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="43"/>
        <source>Số người:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="44"/>
        <source>Vụ việc lần đầu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="45"/>
        <source>Vụ việc tái diễn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="46"/>
        <source>Số đoàn đông người:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="47"/>
        <source>Số người trong đoàn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="58"/>
        <source>Thêm buổi tiếp công dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="63"/>
        <source>Cấp phó tiếp thay Chủ tịch (ủy quyền)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="67"/>
        <source>&amp;Ngày tiếp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="68"/>
        <source>&amp;Hình thức:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="69"/>
        <source>&amp;Cách tiếp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="71"/>
        <source>Người &amp;tiếp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="78"/>
        <source>Ghi chú:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="88"/>
        <source>Sửa buổi tiếp công dân số {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceptionsPage</name>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="29"/>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="30"/>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="31"/>
        <source>Cách tiếp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="32"/>
        <source>Người tiếp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="33"/>
        <source>Lượt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="34"/>
        <source>Người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="35"/>
        <source>Vụ việc mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="36"/>
        <source>Tái diễn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="37"/>
        <source>Đoàn đông người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="38"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="129"/>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="135"/>
        <source>&amp;Thêm buổi tiếp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="138"/>
        <source>Năm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="220"/>
        <source>Vụ việc {n}/{total} của buổi tiếp — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="228"/>
        <source>Bỏ các vụ việc còn lại?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="229"/>
        <source>Còn {left} vụ việc của buổi tiếp chưa vào sổ đơn. Bỏ qua {left} vụ việc này? (Có thể vào sổ sau bằng “Thêm đơn…” ở mục Đơn thư, nguồn “Qua tiếp công dân”.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="133"/>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="147"/>
        <source>Sổ tiếp công dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="159"/>
        <source> (cấp phó tiếp thay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="163"/>
        <source>{n} ({people} người)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="177"/>
        <source>Chủ tịch chưa tiếp công dân trong {n} tuần: {weeks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="180"/>
        <source>Tuần nào Chủ tịch cũng có tiếp công dân.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="188"/>
        <source>Sửa buổi tiếp công dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="207"/>
        <source>Vào sổ đơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="208"/>
        <source>Buổi tiếp có {n} vụ việc. Vào sổ đơn cho các vụ việc này ngay?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDetailDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/record_detail_dialog.py" line="39"/>
        <source>Hoạt động dân vận số {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/record_detail_dialog.py" line="40"/>
        <source>Mô hình “Dân vận khéo” số {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/record_detail_dialog.py" line="41"/>
        <source>Dân chủ ở cơ sở — nội dung số {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/record_detail_dialog.py" line="44"/>
        <source>Hình thức công khai:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/record_detail_dialog.py" line="45"/>
        <source>Cách thức bàn, quyết định:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/record_detail_dialog.py" line="46"/>
        <source>Ban giám sát:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/record_detail_dialog.py" line="134"/>
        <source>Thông tin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/record_detail_dialog.py" line="146"/>
        <source>Đó&amp;ng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/record_detail_dialog.py" line="150"/>
        <source>&amp;Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/record_detail_dialog.py" line="154"/>
        <source>Sửa bản ghi này (mở lại biểu mẫu với các giá trị đã lưu).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/record_form.py" line="91"/>
        <source>Bỏ các thay đổi chưa lưu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/record_form.py" line="94"/>
        <source>Có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/record_form.py" line="95"/>
        <source>Không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/record_form.py" line="232"/>
        <source>Đang lưu…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <location filename="../../danvan_desktop/gui/recovery_key_page.py" line="30"/>
        <source>KHÓA KHÔI PHỤC DỮ LIỆU DÂN VẬN DESKTOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/recovery_key_page.py" line="31"/>
        <source>Cất giữ tờ giấy này ở nơi an toàn, tách khỏi máy tính. Ai có khóa này có thể mở dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../danvan_desktop/gui/recovery_key_page.py" line="56"/>
        <location filename="../../ui/recovery_key_page.ui" line="6"/>
        <source>Khóa khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/recovery_key_page.py" line="57"/>
        <source>Dữ liệu đã được tạo. Khóa khôi phục chỉ hiện một lần, ngay bây giờ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.ui" line="11"/>
        <source>Đây là khóa khôi phục dữ liệu của đơn vị. Khóa chỉ hiện MỘT LẦN. Hãy in hoặc chép ra giấy và cất ở nơi an toàn: cần khóa này để mở dữ liệu trên máy khác hoặc từ bản sao lưu khi máy này hỏng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.ui" line="24"/>
        <source>&amp;In khóa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.ui" line="27"/>
        <source>&amp;Sao chép</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.ui" line="36"/>
        <source>Tôi đã &amp;in hoặc chép lại khóa khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTopicsWidget</name>
    <message>
        <location filename="../../danvan_desktop/gui/report_topics_widget.py" line="51"/>
        <source>&lt;i&gt;Theo: {source}&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/report_topics_widget.py" line="64"/>
        <source>Ví dụ: sổ theo dõi của bộ phận một cửa; báo cáo của Ủy ban MTTQ xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/report_topics_widget.py" line="65"/>
        <source>Nguồn số liệu: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/report_topics_widget.py" line="68"/>
        <source>Nguồn số liệu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/report_topics_widget.py" line="73"/>
        <source>Thuyết minh: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/report_topics_widget.py" line="76"/>
        <source>Thuyết minh:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="100"/>
        <source>Số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="101"/>
        <source>Nội dung báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="104"/>
        <source>Tự đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="107"/>
        <source>Nội dung theo chỉ thị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="115"/>
        <source>&amp;Lưu dự thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="116"/>
        <source>&amp;Phê duyệt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="117"/>
        <source>&amp;Mở khóa kỳ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="121"/>
        <source>&amp;Xem trước, in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="122"/>
        <source>Xuất &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="123"/>
        <source>Xuất &amp;Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="146"/>
        <source>Ví dụ: 15/BC-UBND (để trống khi chưa có số)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="147"/>
        <source>&amp;Số văn bản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="149"/>
        <source>&amp;Ngày ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="160"/>
        <source>Mỗi nơi nhận một dòng; ví dụ: UBND tỉnh (qua Sở Nội vụ);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="161"/>
        <source>Nơi &amp;nhận:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="163"/>
        <source>&amp;Thẩm quyền ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="165"/>
        <source>&amp;Người ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="215"/>
        <source>Đang tính số liệu báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="228"/>
        <source>còn {n} ngày đến hạn nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="229"/>
        <source>đã quá hạn nộp {n} ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="230"/>
        <source>Số liệu từ {start} đến {end}; hạn nộp {due_on} ({due}). Trạng thái: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="234"/>
        <source> — số liệu kỳ đã khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="254"/>
        <source>Chỉ lãnh đạo được phê duyệt báo cáo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="309"/>
        <source>Đang lưu dự thảo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="315"/>
        <source>Đã lưu dự thảo lúc {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="333"/>
        <source>Lỗi không mong đợi khi lưu dự thảo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="335"/>
        <source>Chưa lưu được dự thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="351"/>
        <source>Phê duyệt báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="352"/>
        <source>Phê duyệt báo cáo {label}? Số liệu sẽ được chốt và các bản ghi từ {start} đến {end} bị khóa, không sửa được cho đến khi lãnh đạo mở khóa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="361"/>
        <source>Đang phê duyệt và chốt số liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="371"/>
        <source>Mở khóa kỳ báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="372"/>
        <source>Lý do mở khóa (được ghi vào nhật ký):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="378"/>
        <source>Đang mở khóa kỳ báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="394"/>
        <source>Đang tạo báo cáo PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="398"/>
        <source>Báo cáo {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="403"/>
        <source>Xuất bảng số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="403"/>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="407"/>
        <source>Xuất báo cáo ra Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="407"/>
        <source>Word (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="408"/>
        <source>Đang xuất báo cáo ra Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="345"/>
        <source>Đã xuất {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="404"/>
        <source>Đang xuất bảng số liệu…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/restore_dialog.py" line="32"/>
        <source>Khôi phục từ bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/restore_dialog.py" line="34"/>
        <source>Dữ liệu hiện tại sẽ được thay bằng bản sao lưu đã chọn. Dữ liệu hiện tại không bị xóa: nó được giữ lại trong thư mục sao lưu (loại “trước khôi phục”). Những gì nhập sau thời điểm sao lưu sẽ phải nhập lại. Các cửa sổ và lệnh khác đang mở dữ liệu này phải được đóng trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/restore_dialog.py" line="41"/>
        <source>&amp;Khôi phục từ bản sao lưu đã chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/restore_dialog.py" line="42"/>
        <source>Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/restore_dialog.py" line="43"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/restore_dialog.py" line="54"/>
        <source>Không tìm thấy bản sao lưu tự động bên cạnh tệp dữ liệu. Hãy chọn một tệp sao lưu (ví dụ trên USB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/restore_dialog.py" line="70"/>
        <source>Chọn bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/restore_dialog.py" line="71"/>
        <source>Bản sao lưu (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/restore_dialog.py" line="73"/>
        <source>Tệp đã chọn: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/restore_dialog.py" line="94"/>
        <source>Cần tên đăng nhập và mật khẩu của một quản trị viên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.ui" line="6"/>
        <source>Dữ liệu bị hỏng — khôi phục từ bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.ui" line="17"/>
        <source>Có thể khôi phục dữ liệu từ một bản sao lưu. Tệp đang bị hỏng không bị xóa: nó được giữ lại trong thư mục sao lưu. Những gì nhập sau thời điểm sao lưu sẽ phải nhập lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.ui" line="22"/>
        <source>&amp;Bản sao lưu (mới nhất ở trên):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.ui" line="29"/>
        <source>Chọn tệp sao lưu &amp;khác…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.ui" line="35"/>
        <source>Khóa khôi phục &amp;của bản sao lưu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.ui" line="36"/>
        <source>chỉ cần khi bản sao lưu được tạo với khóa khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.ui" line="37"/>
        <source>&amp;Quản trị viên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.ui" line="38"/>
        <source>tên đăng nhập của một quản trị viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.ui" line="39"/>
        <source>&amp;Mật khẩu quản trị viên:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreFromBackupPage</name>
    <message>
        <location filename="../../danvan_desktop/gui/wizard_restore_page.py" line="25"/>
        <source>Khôi phục từ bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard_restore_page.py" line="26"/>
        <source>Chuyển dữ liệu sang máy mới: chọn tệp sao lưu (ví dụ trên USB) và nhập khóa khôi phục đã in khi cài đặt lần đầu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard_restore_page.py" line="29"/>
        <source>&amp;Khôi phục và đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard_restore_page.py" line="32"/>
        <source>chưa chọn tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard_restore_page.py" line="33"/>
        <source>Tệp sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard_restore_page.py" line="34"/>
        <source>&amp;Chọn tệp sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard_restore_page.py" line="50"/>
        <source>Tệp sao lưu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard_restore_page.py" line="51"/>
        <source>&amp;Khóa khôi phục:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard_restore_page.py" line="53"/>
        <source>Hãy đặt cụm mật khẩu để bảo vệ dữ liệu trên máy này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard_restore_page.py" line="56"/>
        <source>Cụm &amp;mật khẩu mới:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard_restore_page.py" line="57"/>
        <source>&amp;Nhập lại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard_restore_page.py" line="70"/>
        <source>Chọn bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard_restore_page.py" line="71"/>
        <source>Bản sao lưu (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard_restore_page.py" line="84"/>
        <source>Chưa chọn tệp sao lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard_restore_page.py" line="86"/>
        <source>Chưa nhập khóa khôi phục đã in khi cài đặt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard_restore_page.py" line="91"/>
        <source>Hai lần nhập cụm mật khẩu không khớp nhau.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleChangesDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/rule_changes_dialog.py" line="19"/>
        <source>Xem trước thay đổi — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/rule_changes_dialog.py" line="21"/>
        <source>{title}: tệp {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/rule_changes_dialog.py" line="25"/>
        <source>Thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/rule_changes_dialog.py" line="25"/>
        <source>Mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/rule_changes_dialog.py" line="25"/>
        <source>Đang dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/rule_changes_dialog.py" line="25"/>
        <source>Sau khi nạp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/rule_changes_dialog.py" line="27"/>
        <source>Các thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/rule_changes_dialog.py" line="38"/>
        <source>Á&amp;p dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/rule_changes_dialog.py" line="41"/>
        <source>Nạp tệp: thay cho quy tắc, danh mục đang dùng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/rule_changes_dialog.py" line="42"/>
        <source>Tệp giống hệt cái đang dùng: không có gì để nạp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/rule_changes_dialog.py" line="43"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesBox</name>
    <message>
        <location filename="../../danvan_desktop/gui/rules_box.py" line="28"/>
        <source>Quy tắc và danh mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/rules_box.py" line="32"/>
        <source>Nạp tệp &amp;quy tắc…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/rules_box.py" line="33"/>
        <source>Thời hạn giải quyết đơn, lịch ngày nghỉ, kỳ báo cáo hoặc bộ tiêu chí tự đánh giá (tệp JSON); xem trước thay đổi rồi mới áp dụng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/rules_box.py" line="36"/>
        <source>Nạp danh mục đơn &amp;vị…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/rules_box.py" line="37"/>
        <source>Danh mục đơn vị hành chính (tệp JSON danvan-unit-list); xem trước thay đổi rồi mới áp dụng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/rules_box.py" line="55"/>
        <source>đã nạp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/rules_box.py" line="55"/>
        <source>đi kèm ứng dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/rules_box.py" line="57"/>
        <source>Bộ tiêu chí tự đánh giá: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/rules_box.py" line="60"/>
        <source>Danh mục đơn vị: {name} ({id}, {n} đơn vị)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/rules_box.py" line="66"/>
        <source>{reason}

Không có gì thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/rules_box.py" line="94"/>
        <source>So với tệp đang dùng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/rules_box.py" line="95"/>
        <source>Đã nạp {source} ({title}); áp dụng từ lần tính tiếp theo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/rules_box.py" line="98"/>
        <source>Nạp tệp quy tắc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/rules_box.py" line="98"/>
        <source>Tệp quy tắc (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/rules_box.py" line="107"/>
        <source>Danh mục đơn vị hành chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/rules_box.py" line="108"/>
        <source>Đã nạp danh mục {id} ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/rules_box.py" line="110"/>
        <source>Nạp danh mục đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/rules_box.py" line="110"/>
        <source>Danh mục đơn vị (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../danvan_desktop/gui/runner.py" line="151"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/runner.py" line="152"/>
        <source>Đang xử lý…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/runner.py" line="153"/>
        <source>Dân Vận Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfAssessmentWidget</name>
    <message>
        <location filename="../../danvan_desktop/gui/self_assessment_widget.py" line="39"/>
        <source>Tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/self_assessment_widget.py" line="39"/>
        <source>Tối đa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/self_assessment_widget.py" line="39"/>
        <source>Điểm tự chấm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/self_assessment_widget.py" line="40"/>
        <source>Ghi chú, minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/self_assessment_widget.py" line="42"/>
        <source>Bảng tự đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/self_assessment_widget.py" line="64"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {source}. {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/self_assessment_widget.py" line="66"/>
        <source>Tổng điểm và xếp loại được đưa vào báo cáo năm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/self_assessment_widget.py" line="67"/>
        <source>Tự đánh giá chỉ in trong báo cáo năm; có thể chấm dần trong năm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/self_assessment_widget.py" line="74"/>
        <source>Minh chứng, nhận xét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/self_assessment_widget.py" line="75"/>
        <source>Ghi chú, minh chứng tiêu chí {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/self_assessment_widget.py" line="84"/>
        <source>Từ 0 đến {maximum} điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/self_assessment_widget.py" line="88"/>
        <source>chưa chấm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/self_assessment_widget.py" line="89"/>
        <source>Điểm tự chấm {code}. {label} (tối đa {maximum})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/self_assessment_widget.py" line="115"/>
        <source>Tiêu chí {code}: điểm {value} vượt quá tối đa; điểm phải từ 0 đến {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/self_assessment_widget.py" line="129"/>
        <source>Tổng điểm: &lt;b&gt;{total}/{maximum}&lt;/b&gt; — xếp loại &lt;b&gt;{rating}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/self_assessment_widget.py" line="132"/>
        <source>Đã chấm {done}/{all} tiêu chí; tạm tính {total} điểm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../danvan_desktop/gui/session_control.py" line="123"/>
        <source>Đổi &amp;mật khẩu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/session_control.py" line="125"/>
        <source>Đăng &amp;xuất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/session_control.py" line="128"/>
        <source>&amp;Khóa màn hình</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionGroup</name>
    <message>
        <location filename="../../danvan_desktop/gui/session_group.py" line="27"/>
        <source>Phiên làm việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/session_group.py" line="33"/>
        <source>Từ {low} đến {high} phút</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/session_group.py" line="34"/>
        <source> phút</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/session_group.py" line="38"/>
        <source>Áp &amp;dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/session_group.py" line="42"/>
        <source>Tự khóa màn hình sau khi không thao tác:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/session_group.py" line="49"/>
        <source>Khi khóa, cửa sổ được che lại và những gì đang nhập dở được giữ nguyên; nhập lại mật khẩu để làm tiếp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/session_group.py" line="51"/>
        <source>Chỉ lãnh đạo hoặc quản trị viên thay đổi được thời gian tự khóa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/session_group.py" line="55"/>
        <source>Đổi mật k&amp;hẩu của tôi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/session_group.py" line="73"/>
        <source>Đã lưu: màn hình tự khóa sau {n} phút không thao tác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/session_group.py" line="78"/>
        <source>Đã đổi mật khẩu của bạn; lần đăng nhập sau dùng mật khẩu mới.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="62"/>
        <source>Cài đặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="79"/>
        <source>Kiểm tra dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="81"/>
        <source>Mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="81"/>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="81"/>
        <source>Chi tiết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="83"/>
        <source>Kết quả kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="85"/>
        <source>&amp;Kiểm tra toàn bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="86"/>
        <source>Đọc lại từng trang dữ liệu; có thể mất vài giây với dữ liệu lớn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="93"/>
        <source>Sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="96"/>
        <source>&amp;Sao lưu ngay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="103"/>
        <source>Thời điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="103"/>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="103"/>
        <source>Dung lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="103"/>
        <source>Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="105"/>
        <source>Các bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="106"/>
        <source>Chưa có bản sao lưu nào. Phần mềm tự sao lưu mỗi ngày khi mở; nên sao lưu thêm ra USB sau những buổi nhập nhiều.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="134"/>
        <source>Đang kiểm tra dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="147"/>
        <source>Đã sao lưu vào {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="152"/>
        <source>Đang sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitDrilldownDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/unit_drilldown_dialog.py" line="15"/>
        <source>{name} ({code}) — kỳ {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/unit_drilldown_dialog.py" line="20"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({code})&lt;br&gt;Gói số {sequence}, lập ngày {bagged}, nhận lúc {received}; ký bằng khóa {key_id}.&lt;br&gt;{records} đơn thư (đã khử định danh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/unit_drilldown_dialog.py" line="31"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/unlock_dialog.py" line="43"/>
        <source>Mở dữ liệu bằng khóa khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/unlock_dialog.py" line="44"/>
        <source>&amp;Khóa khôi phục:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/unlock_dialog.py" line="32"/>
        <source>Mở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/unlock_dialog.py" line="33"/>
        <source>Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/unlock_dialog.py" line="53"/>
        <source>Mở dữ liệu bằng khóa khôi phục đã in khi cài đặt, rồi đặt cụm mật khẩu mới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/unlock_dialog.py" line="54"/>
        <source>Cụm mật khẩu cũ sẽ không dùng được nữa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/unlock_dialog.py" line="62"/>
        <source>Chưa nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/unlock_dialog.py" line="71"/>
        <source>Hai lần nhập cụm mật khẩu mới không khớp nhau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.ui" line="6"/>
        <source>Mở dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.ui" line="23"/>
        <source>&amp;Cụm mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.ui" line="34"/>
        <source>Cụm mật khẩu &amp;mới:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.ui" line="45"/>
        <source>&amp;Nhập lại cụm mới:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.ui" line="58"/>
        <source>Quên cụm mật khẩu? Dùng &amp;khóa khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersGroup</name>
    <message>
        <location filename="../../danvan_desktop/gui/users_group.py" line="36"/>
        <source>Người dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/users_group.py" line="40"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/users_group.py" line="40"/>
        <source>Tên đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/users_group.py" line="40"/>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/users_group.py" line="41"/>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/users_group.py" line="43"/>
        <source>Danh sách người dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/users_group.py" line="45"/>
        <source>&amp;Thêm người dùng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/users_group.py" line="46"/>
        <source>Đặt lại mật khẩ&amp;u…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/users_group.py" line="47"/>
        <source>&amp;Mở khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/users_group.py" line="48"/>
        <location filename="../../danvan_desktop/gui/users_group.py" line="96"/>
        <source>&amp;Vô hiệu hóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/users_group.py" line="91"/>
        <source>Đổi mật khẩu của chính mình: menu Tệp › Đổi mật khẩu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/users_group.py" line="94"/>
        <source>Không thể tự vô hiệu hóa tài khoản đang đăng nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/users_group.py" line="95"/>
        <source>Kích hoạt &amp;lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/users_group.py" line="109"/>
        <source>Đã đặt lại mật khẩu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/users_group.py" line="110"/>
        <source>Đã đặt mật khẩu mới cho {name}; tài khoản cũng được mở khóa nếu đang bị khóa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/users_group.py" line="124"/>
        <source>Vô hiệu hóa tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/users_group.py" line="125"/>
        <source>Vô hiệu hóa tài khoản {name} ({username})? Người này sẽ không đăng nhập được cho đến khi được kích hoạt lại; dữ liệu họ đã nhập vẫn giữ nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../danvan_desktop/gui/wizard_pages.py" line="54"/>
        <source>Chào mừng đến với Dân Vận Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard_pages.py" line="56"/>
        <source>&lt;p&gt;Phần mềm giúp xã, phường ghi chép công tác dân vận chính quyền: hoạt động dân vận, tiếp công dân, đơn thư và thời hạn giải quyết, mô hình “Dân vận khéo”, dân chủ ở cơ sở; lập báo cáo 6 tháng và năm gửi tỉnh.&lt;/p&gt;&lt;p&gt;Các bước tiếp theo: chọn đơn vị, tạo tài khoản quản trị, rồi in khóa khôi phục dữ liệu.&lt;/p&gt;&lt;p&gt;Dữ liệu được mã hóa và lưu tại:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard_pages.py" line="64"/>
        <source>&amp;Cài đặt mới cho một đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard_pages.py" line="66"/>
        <source>&amp;Khôi phục từ bản sao lưu (chuyển dữ liệu sang máy mới)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardAdminPage</name>
    <message>
        <location filename="../../ui/wizard_admin_page.ui" line="5"/>
        <source>Tài khoản quản trị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard_admin_page.ui" line="6"/>
        <source>Người quản trị thêm tài khoản cho cán bộ, lãnh đạo và quản lý sao lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard_admin_page.ui" line="10"/>
        <source>&amp;Họ và tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard_admin_page.ui" line="11"/>
        <source>Ví dụ: Nguyễn Văn An</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard_admin_page.ui" line="12"/>
        <source>&amp;Tên đăng nhập:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard_admin_page.ui" line="14"/>
        <source>&amp;Mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard_admin_page.ui" line="16"/>
        <source>&amp;Nhập lại mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardPassphrasePage</name>
    <message>
        <location filename="../../ui/wizard_passphrase_page.ui" line="5"/>
        <source>Cụm mật khẩu mã hóa dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard_passphrase_page.ui" line="6"/>
        <source>Dữ liệu được mã hóa bằng một khóa; trên máy này khóa đó được bảo vệ bằng cụm mật khẩu bạn đặt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard_passphrase_page.ui" line="17"/>
        <source>Cần nhập cụm mật khẩu này mỗi lần mở phần mềm. Hãy chọn một câu dễ nhớ, ít nhất 10 ký tự, và ghi nhớ nó; nếu quên, chỉ mở lại được dữ liệu bằng khóa khôi phục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard_passphrase_page.ui" line="22"/>
        <source>&amp;Cụm mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard_passphrase_page.ui" line="24"/>
        <source>Nhập &amp;lại:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardUnitPage</name>
    <message>
        <location filename="../../ui/wizard_unit_page.ui" line="5"/>
        <source>Chọn đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard_unit_page.ui" line="6"/>
        <source>Chọn tỉnh, thành phố rồi chọn xã, phường, đặc khu của đơn vị. Có thể gõ tên không dấu để tìm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard_unit_page.ui" line="10"/>
        <source>&amp;Tỉnh, thành phố:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard_unit_page.ui" line="11"/>
        <source>Tìm tỉnh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard_unit_page.ui" line="12"/>
        <source>Danh sách tỉnh, thành phố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard_unit_page.ui" line="17"/>
        <source>&amp;Xã, phường, đặc khu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard_unit_page.ui" line="18"/>
        <source>Tìm xã, phường…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard_unit_page.ui" line="19"/>
        <source>Danh sách xã, phường, đặc khu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../danvan_desktop/gui/date_field.py" line="45"/>
        <source>Tháng trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/date_field.py" line="46"/>
        <source>Tháng sau</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
