<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name></name>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="212"/>
        <source>DemocracyPage</source>
        <comment>niêm yết {n} ngày</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="214"/>
        <source>DemocracyPage</source>
        <comment>{n} người, {p}% tán thành</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="217"/>
        <source>DemocracyPage</source>
        <comment>{n} ý kiến</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="146"/>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="147"/>
        <source>Loại hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="148"/>
        <source>Địa điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="149"/>
        <source>Chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="150"/>
        <source>Tham gia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="151"/>
        <source>Phụ nữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="152"/>
        <source>DTTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="153"/>
        <source>Tôn giáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="154"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="34"/>
        <source>Mọi loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="35"/>
        <source>Mọi lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="37"/>
        <source>Thôn, tổ dân phố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="45"/>
        <source>&amp;Thêm hoạt động…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="47"/>
        <source>&amp;Xuất Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="50"/>
        <source>Từ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="51"/>
        <source>đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="55"/>
        <source>Hoạt động dân vận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="73"/>
        <source>Tổng hợp trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="112"/>
        <source>{n} hoạt động, {p} lượt người tham gia ({w} phụ nữ, {e} người dân tộc thiểu số, {g} người theo tôn giáo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="140"/>
        <source>Xuất danh sách hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="143"/>
        <source>Đang xuất danh sách hoạt động…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/activities_page.py" line="145"/>
        <source>Đã xuất {n} hoạt động ra {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="19"/>
        <source>Tổng số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="20"/>
        <source>Phụ nữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="21"/>
        <source>Dân tộc thiểu số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="22"/>
        <source>Tôn giáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="31"/>
        <source>Thêm hoạt động dân vận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="38"/>
        <source>(không ghi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="40"/>
        <source>Thôn, tổ dân phố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="55"/>
        <source>đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="59"/>
        <source>&amp;Ngày:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="60"/>
        <source>Thời gian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="61"/>
        <source>&amp;Loại hoạt động:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="62"/>
        <source>Địa &amp;điểm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="63"/>
        <source>Người &amp;chủ trì:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="64"/>
        <source>Người tham gia:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="65"/>
        <source>Lĩnh &amp;vực:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="66"/>
        <source>Đối tượng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="67"/>
        <source>Nội &amp;dung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="68"/>
        <source>&amp;Kết quả:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/activity_dialog.py" line="69"/>
        <source>Việc tiếp theo:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/add_user_dialog.py" line="23"/>
        <source>Thêm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/add_user_dialog.py" line="24"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/add_user_dialog.py" line="30"/>
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
        <location filename="../../danvan_desktop/gui/wizard_pages.py" line="168"/>
        <source>Hai lần nhập mật khẩu không khớp nhau.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../danvan_desktop/gui/app.py" line="67"/>
        <source>Đang mở và kiểm tra dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/app.py" line="86"/>
        <source>Không mở được dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/app.py" line="102"/>
        <source>Đang kiểm tra và khôi phục bản sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/app.py" line="104"/>
        <source>Không khôi phục được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/app.py" line="107"/>
        <source>Đã khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/app.py" line="108"/>
        <source>Đã khôi phục dữ liệu. Tệp cũ được giữ tại {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/app.py" line="123"/>
        <source>Đang sao lưu tự động…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/app.py" line="125"/>
        <source>Không sao lưu tự động được</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../danvan_desktop/gui/attachments_panel.py" line="105"/>
        <source>Chưa có minh chứng (ảnh, bản quét, PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/attachments_panel.py" line="107"/>
        <source>Thêm tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/attachments_panel.py" line="110"/>
        <source>Mở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/attachments_panel.py" line="121"/>
        <source>Minh chứng (nhấn đúp hoặc Enter để mở)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/attachments_panel.py" line="162"/>
        <source>Chọn tệp minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/attachments_panel.py" line="162"/>
        <source>Ảnh hoặc PDF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.webp *.gif)</source>
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
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="60"/>
        <source>Gửi báo cáo lên cấp tỉnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="65"/>
        <source>&amp;Xuất gói báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="71"/>
        <source>Kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="71"/>
        <source>Số thứ tự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="71"/>
        <source>Ngày xuất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="71"/>
        <source>Người xuất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="72"/>
        <source>Mã khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="72"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="72"/>
        <source>Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="74"/>
        <source>&amp;Các gói đã xuất:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="80"/>
        <source>Khóa ký của đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="86"/>
        <source>Tạo k&amp;hóa ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="87"/>
        <source>X&amp;uất thẻ khóa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="88"/>
        <source>Đổ&amp;i khóa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="89"/>
        <source>Nhập khóa &amp;bí danh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="136"/>
        <source>Số liệu từ {start} đến {end}; hạn gửi {due}. Báo cáo: &lt;b&gt;{status}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="140"/>
        <source>Chỉ xuất được gói của báo cáo đã được lãnh đạo phê duyệt (mục Báo cáo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="142"/>
        <source>Xuất lại sẽ tạo gói có số thứ tự mới, thay thế gói trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="146"/>
        <source>Tài khoản này không có quyền xuất gói báo cáo (dành cho lãnh đạo và cán bộ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="177"/>
        <source>Đơn vị chưa có khóa ký. Hãy tạo khóa, xuất thẻ khóa và gửi cho cấp tỉnh trước khi gửi gói báo cáo đầu tiên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="181"/>
        <source>Khóa đang dùng: &lt;b&gt;{key_id}&lt;/b&gt; (tạo ngày {created})&lt;br&gt;Dấu vân tay (đọc qua điện thoại cho cấp tỉnh đối chiếu): &lt;b style=&apos;font-family:monospace&apos;&gt;{fingerprint}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="189"/>
        <source>Chỉ lãnh đạo hoặc quản trị hệ thống quản lý khóa ký.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="194"/>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="326"/>
        <source>Đã nhập khóa bí danh của tỉnh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="195"/>
        <source>Chưa có khóa bí danh do tỉnh cấp: cần nhập trước khi xuất gói báo cáo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="204"/>
        <source>Cụm mật khẩu khóa ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="205"/>
        <source>Máy này không có kho khóa an toàn; khóa ký được bảo vệ bằng cụm mật khẩu.
Cụm mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="217"/>
        <source>Xuất gói báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="218"/>
        <source>Gói báo cáo (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="233"/>
        <source>Đang ký và ghi gói báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="251"/>
        <source>Đã xuất gói báo cáo số {sequence} kỳ {period}:
{path}

SHA-256: {sha}

Gửi tệp này cho cấp tỉnh (thư điện tử, USB hoặc cổng tiếp nhận).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="254"/>
        <source>Đã xuất gói số {sequence} ({path}); SHA-256 {sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="257"/>
        <source>Đã xuất gói báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="275"/>
        <source>Đang tạo khóa ký…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="278"/>
        <source>Đổi khóa ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="279"/>
        <source>Tạo khóa ký mới cho đơn vị? Các gói sau sẽ được ký bằng khóa mới; cấp tỉnh chỉ nhận được khi đã đăng ký thẻ khóa mới, nên hãy xuất và gửi thẻ khóa ngay sau đó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="285"/>
        <source>Đang tạo khóa ký mới…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="290"/>
        <source>Đã tạo khóa ký mới {key_id}. Hãy xuất thẻ khóa và gửi cho cấp tỉnh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="294"/>
        <source>Chọn thư mục ghi thẻ khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="303"/>
        <source>Đã xuất thẻ khóa {key_id}: {json}, {pub}. Dấu vân tay: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="305"/>
        <source>Đã xuất thẻ khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="306"/>
        <source>Đã ghi thẻ khóa vào {folder}:
{json}
{pub}

Gửi tệp .json cho cấp tỉnh, rồi gọi điện đọc dấu vân tay để cấp tỉnh đối chiếu:
{fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="311"/>
        <source>Chọn tệp khóa bí danh do tỉnh cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="312"/>
        <source>Khóa bí danh (*.key *.txt);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/bundles_page.py" line="318"/>
        <source>Không đọc được khóa bí danh từ {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemocracyDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="29"/>
        <source>Số ngày niêm yết:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="30"/>
        <source>Số người (hộ) tham gia:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="31"/>
        <source>Tỷ lệ tán thành (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="32"/>
        <source>Số ý kiến:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="41"/>
        <source>Thêm nội dung dân chủ ở cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="49"/>
        <source>&amp;Loại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="50"/>
        <source>&amp;Ngày:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="51"/>
        <source>Nội &amp;dung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="52"/>
        <source>&amp;Hình thức:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="59"/>
        <source>Tiếp thu, giải trình:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="60"/>
        <source>Phát hiện qua giám sát:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="61"/>
        <source>Kiến nghị:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemocracyPage</name>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="195"/>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="196"/>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="197"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="198"/>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="199"/>
        <source>Số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="200"/>
        <source>Kết quả, kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="108"/>
        <source>Mọi loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="109"/>
        <source>&amp;Thêm nội dung…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="111"/>
        <source>&amp;Xuất Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="114"/>
        <source>Từ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="114"/>
        <source>đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="128"/>
        <source>Thực hiện dân chủ ở cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="153"/>
        <source>Xuất danh sách dân chủ ở cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="157"/>
        <source>Đang xuất danh sách dân chủ ở cơ sở…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/democracy_page.py" line="159"/>
        <source>Đã xuất {n} nội dung ra {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../danvan_desktop/gui/widgets.py" line="66"/>
        <source>&amp;Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/widgets.py" line="67"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/widgets.py" line="160"/>
        <source>Bảng tính (*.xlsx)</source>
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
        <location filename="../../danvan_desktop/gui/evidence_choice_dialog.py" line="24"/>
        <source>Chọn minh chứng gửi kèm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/evidence_choice_dialog.py" line="27"/>
        <source>Đánh dấu các tệp minh chứng gửi kèm gói báo cáo (ảnh, biên bản hoạt động trong kỳ). Không chọn tệp nào cũng được. Tệp đính kèm của đơn thư không bao giờ được gửi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/evidence_choice_dialog.py" line="35"/>
        <source>{name} — {what}, ngày {on} ({size} KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/evidence_choice_dialog.py" line="41"/>
        <source>&amp;Tệp minh chứng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/evidence_choice_dialog.py" line="46"/>
        <source>&amp;Xuất gói</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/evidence_choice_dialog.py" line="47"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureRows</name>
    <message>
        <location filename="../../danvan_desktop/gui/figure_tree.py" line="40"/>
        <source>Đạt yêu cầu 1–2 mô hình</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../danvan_desktop/gui/wizard.py" line="31"/>
        <source>Cài đặt lần đầu — Dân Vận Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard.py" line="48"/>
        <source>&amp;Tiếp theo &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard.py" line="49"/>
        <source>&lt; &amp;Quay lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard.py" line="50"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard.py" line="51"/>
        <source>&amp;Bắt đầu làm việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard.py" line="59"/>
        <source>Đang tạo dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard.py" line="66"/>
        <source>Đang tạo dữ liệu đã mã hóa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard_pages.py" line="137"/>
        <source>&amp;Tạo dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard_pages.py" line="143"/>
        <source>Hãy điền đủ các ô và nhập lại cho khớp.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/import_summary_dialog.py" line="15"/>
        <source>Kết quả nhận gói báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_summary_dialog.py" line="18"/>
        <source>Đã nhận &lt;b&gt;{imported}&lt;/b&gt; gói mới, &lt;b&gt;{unchanged}&lt;/b&gt; gói đã có từ trước, &lt;b&gt;{rejected}&lt;/b&gt; gói bị từ chối.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_summary_dialog.py" line="23"/>
        <source>Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_summary_dialog.py" line="23"/>
        <source>Lý do từ chối</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_summary_dialog.py" line="34"/>
        <source>&amp;Các gói bị từ chối (liên hệ đơn vị để gửi lại):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/import_summary_dialog.py" line="41"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/login_dialog.py" line="22"/>
        <source>Dân Vận Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/login_dialog.py" line="23"/>
        <source>Đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/login_dialog.py" line="24"/>
        <source>Thoát</source>
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
        <location filename="../../danvan_desktop/gui/main_window.py" line="36"/>
        <source>Tổng quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="37"/>
        <source>Hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="38"/>
        <source>Tiếp công dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="39"/>
        <location filename="../../danvan_desktop/gui/main_window.py" line="120"/>
        <source>Đơn thư</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="40"/>
        <source>Mô hình “Dân vận khéo”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="41"/>
        <source>Dân chủ ở cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="42"/>
        <source>Báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="43"/>
        <source>Gói báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="44"/>
        <location filename="../../danvan_desktop/gui/main_window.py" line="50"/>
        <source>Cài đặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="49"/>
        <source>Tổng hợp báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="94"/>
        <source>Người dùng: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="105"/>
        <source>Đang chuẩn bị số liệu báo cáo cho dữ liệu cũ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="120"/>
        <source>  ({n} quá hạn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="160"/>
        <source>Giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="161"/>
        <source>&lt;h3&gt;Dân Vận Desktop {version}&lt;/h3&gt;&lt;p&gt;Phần mềm công tác dân vận chính quyền cho xã, phường.&lt;/p&gt;&lt;p&gt;Giấy phép GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="6"/>
        <source>Dân Vận Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="32"/>
        <source>&amp;Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="38"/>
        <source>Trợ &amp;giúp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="46"/>
        <source>&amp;Sao lưu ngay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="47"/>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="50"/>
        <source>T&amp;hoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="51"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="54"/>
        <source>&amp;Giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="55"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../danvan_desktop/gui/messages.py" line="14"/>
        <source>Không thực hiện được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/messages.py" line="20"/>
        <source>Đã xảy ra lỗi không mong muốn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/messages.py" line="21"/>
        <source>Thao tác không hoàn thành do một lỗi của phần mềm. Dữ liệu đã nhập không bị mất; hãy thử lại, và nếu lỗi lặp lại, gửi phần chi tiết cho bộ phận hỗ trợ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="30"/>
        <source>Thêm mô hình “Dân vận khéo”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="37"/>
        <source>(chưa khen thưởng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="46"/>
        <source>&amp;Tên mô hình:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="47"/>
        <source>&amp;Lĩnh vực:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="48"/>
        <source>&amp;Chủ thể:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="49"/>
        <source>Tập thể / cá nhân:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="50"/>
        <source>&amp;Năm đăng ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="51"/>
        <source>Tình &amp;trạng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="52"/>
        <source>&amp;Khen thưởng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="53"/>
        <source>&amp;Kết quả:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="247"/>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="248"/>
        <source>Tên mô hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="249"/>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="250"/>
        <source>Chủ thể</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="251"/>
        <source>Tập thể / cá nhân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="252"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="253"/>
        <source>Khen thưởng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/work_table_models.py" line="254"/>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="84"/>
        <source>Mọi lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="85"/>
        <source>Mọi tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="88"/>
        <source>mọi năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="90"/>
        <source>&amp;Thêm mô hình…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="92"/>
        <source>&amp;Xuất Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="95"/>
        <source>Đăng ký đến năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="109"/>
        <source>Mô hình “Dân vận khéo”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="140"/>
        <source>Xuất danh sách mô hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="143"/>
        <source>Đang xuất danh sách mô hình…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/models_page.py" line="145"/>
        <source>Đã xuất {n} mô hình ra {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="74"/>
        <source>Phiên làm việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="76"/>
        <source>Người dùng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="77"/>
        <source>Vai trò:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="78"/>
        <source>Mã đơn vị:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="82"/>
        <source>Tệp dữ liệu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="45"/>
        <source>Kỳ báo cáo hiện tại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="53"/>
        <source>Đơn tiếp nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="53"/>
        <source>Đã giải quyết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="54"/>
        <source>Đơn quá hạn cuối kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="54"/>
        <source>Buổi tiếp công dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="55"/>
        <source>Hoạt động dân vận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="55"/>
        <source>Mô hình “Dân vận khéo”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="66"/>
        <source>Đơn thư theo loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="67"/>
        <source>Hoạt động theo loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="84"/>
        <source>Đơn thư quá hạn hôm nay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="86"/>
        <source>Tình trạng dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="88"/>
        <source>Đang kiểm tra…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="90"/>
        <source>&amp;Kiểm tra lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="104"/>
        <source>&lt;b&gt;Báo cáo {label}&lt;/b&gt;: số liệu từ {start} đến {end}, hạn nộp &lt;b&gt;{due}&lt;/b&gt; — {left}. Trạng thái: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="108"/>
        <source>còn {n} ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="108"/>
        <source>hạn nộp là hôm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="110"/>
        <source>Đang tính số liệu kỳ báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="132"/>
        <source>Đang kiểm tra dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="136"/>
        <source>Dữ liệu khỏe mạnh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="136"/>
        <source>Có lỗi: xem Cài đặt › Sao lưu, khôi phục.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../danvan_desktop/gui/wizard_pages.py" line="192"/>
        <source>Hai lần nhập cụm mật khẩu không khớp nhau.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/pdf_preview_dialog.py" line="38"/>
        <source>{n} trang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pdf_preview_dialog.py" line="54"/>
        <source>&amp;In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pdf_preview_dialog.py" line="55"/>
        <source>&amp;Lưu PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pdf_preview_dialog.py" line="57"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pdf_preview_dialog.py" line="88"/>
        <source>In báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pdf_preview_dialog.py" line="93"/>
        <source>Lưu PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pdf_preview_dialog.py" line="93"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pdf_preview_dialog.py" line="99"/>
        <source>Không lưu được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pdf_preview_dialog.py" line="100"/>
        <source>Không ghi được tệp {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pdf_preview_dialog.py" line="103"/>
        <source>Đã lưu {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodBox</name>
    <message>
        <location filename="../../danvan_desktop/gui/period_box.py" line="19"/>
        <source>&amp;Kỳ báo cáo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/period_box.py" line="32"/>
        <source>{label} (hạn {due})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PetitionDetailDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="45"/>
        <source>Thông tin đơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="49"/>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="71"/>
        <source>Thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="49"/>
        <source>Bắt đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="49"/>
        <source>Hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="49"/>
        <source>Xong ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="49"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="55"/>
        <source>Bản quét, tài liệu (nhấn đúp hoặc Enter để mở)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="56"/>
        <source>Đính &amp;kèm bản quét…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="58"/>
        <source>&amp;Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="61"/>
        <source>&amp;Ghi bước xử lý…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="63"/>
        <source>Đó&amp;ng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="73"/>
        <source>Dòng thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="87"/>
        <source>Đơn số {n} — {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="98"/>
        <source>Ngày nhận:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="99"/>
        <source>Loại đơn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="99"/>
        <source> (lần hai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="100"/>
        <source>Nguồn đơn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="102"/>
        <source>Lĩnh vực:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="103"/>
        <source>Người đứng tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="109"/>
        <source>Bị tố cáo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="110"/>
        <source>Nội dung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="111"/>
        <source>phức tạp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="111"/>
        <source>vùng khó khăn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="112"/>
        <source>Tính chất:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="113"/>
        <source>Giao cho:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="114"/>
        <source>Kết quả:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="116"/>
        <source>Trùng với:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="116"/>
        <source>đơn số {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="118"/>
        <source>Đơn trùng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="122"/>
        <source> (còn {n} ngày)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="123"/>
        <source> (quá {n} ngày)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="135"/>
        <source>Vào sổ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="135"/>
        <source>Liên kết đơn trùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_detail_dialog.py" line="136"/>
        <source>Sửa thông tin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PetitionEventDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/petition_event_dialog.py" line="21"/>
        <source>Ghi bước xử lý — đơn số {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_event_dialog.py" line="25"/>
        <source>ví dụ 12/QĐ-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_event_dialog.py" line="28"/>
        <source>Vụ việc &amp;phức tạp (thời hạn giải quyết dài hơn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_event_dialog.py" line="31"/>
        <source>&amp;Bước:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_event_dialog.py" line="32"/>
        <source>&amp;Ngày:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_event_dialog.py" line="33"/>
        <source>Số &amp;quyết định:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_event_dialog.py" line="34"/>
        <source>Cơ quan nhận, được đôn đốc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_event_dialog.py" line="35"/>
        <source>&amp;Kết quả (khiếu nại):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_event_dialog.py" line="37"/>
        <source>Ghi chú:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_event_dialog.py" line="39"/>
        <source>&amp;Ghi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PetitionFormDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="33"/>
        <source>Vào sổ đơn thư</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="41"/>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="42"/>
        <source>(chưa phân loại)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="47"/>
        <source>12 chữ số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="52"/>
        <source>Lần đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="53"/>
        <source>Lần hai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="54"/>
        <source>Vụ việc &amp;phức tạp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="55"/>
        <source>Vùng &amp;sâu, vùng xa, khó khăn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="56"/>
        <source>Cần &amp;xác minh trước khi thụ lý (tố cáo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="58"/>
        <source>(chưa giao)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="64"/>
        <source>&amp;Ngày nhận:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="65"/>
        <source>&amp;Loại đơn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="66"/>
        <source>N&amp;guồn đơn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="67"/>
        <source>Cơ quan chuyển đơn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="68"/>
        <source>Lĩnh &amp;vực:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="69"/>
        <source>Điều kiện xử lý:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="70"/>
        <source>Thẩm quyền:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="73"/>
        <source>Số người:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="75"/>
        <source>Người đứng tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="76"/>
        <source>&amp;Họ và tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="77"/>
        <source>Đị&amp;a chỉ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="78"/>
        <source>Số &amp;CCCD:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="79"/>
        <source>Điện thoại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="80"/>
        <source>Người, cơ quan bị tố cáo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="81"/>
        <source>Nội &amp;dung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="82"/>
        <source>Lần khiếu nại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="86"/>
        <source>Giao cho:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="87"/>
        <source>Ghi chú:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="89"/>
        <source>Có thể trùng với đơn đã có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="93"/>
        <source>Tích vào đơn trùng để liên kết: đơn trùng chỉ được đếm một lần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="119"/>
        <source>Vào sổ đơn từ buổi tiếp công dân số {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="122"/>
        <source>Sửa đơn số {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/petition_form_dialog.py" line="189"/>
        <source>Đơn số {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PetitionTable</name>
    <message>
        <location filename="../../danvan_desktop/gui/models/petition_table_model.py" line="25"/>
        <source>Số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/petition_table_model.py" line="26"/>
        <source>Ngày nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/petition_table_model.py" line="27"/>
        <source>Loại đơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/petition_table_model.py" line="28"/>
        <source>Người đứng tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/petition_table_model.py" line="29"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/petition_table_model.py" line="30"/>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/petition_table_model.py" line="31"/>
        <source>Hạn tiếp theo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/petition_table_model.py" line="32"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/petition_table_model.py" line="50"/>
        <source>Đã xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/petition_table_model.py" line="51"/>
        <source>Quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/petition_table_model.py" line="52"/>
        <source>Sắp đến hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/petition_table_model.py" line="53"/>
        <source>Trong hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/models/petition_table_model.py" line="162"/>
        <source>(nặc danh)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PetitionsPage</name>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="26"/>
        <source>Mọi tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="27"/>
        <source>Quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="28"/>
        <source>Sắp đến hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="29"/>
        <source>Trong hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="30"/>
        <source>Đã xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="42"/>
        <source>Tìm (không cần dấu): tên, nội dung, địa chỉ… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="44"/>
        <source>Mọi loại đơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="46"/>
        <source>Mọi lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="47"/>
        <source>Nhận từ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="50"/>
        <source>Gộp đơn trùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="52"/>
        <source>&amp;Thêm đơn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="55"/>
        <source>&amp;Xuất Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="60"/>
        <source>đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="84"/>
        <source>Sổ đơn thư</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="120"/>
        <source>Hơn {n} đơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="122"/>
        <source>{n} đơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="143"/>
        <source>Xuất sổ đơn thư</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="144"/>
        <source>Bảng tính (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="150"/>
        <source>Đã xuất {n} đơn ra {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/petitions_page.py" line="151"/>
        <source>Đang xuất sổ đơn thư…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvincePage</name>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="89"/>
        <source>&amp;Nhập gói báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="91"/>
        <source>Chọn các tệp &amp;gói…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="92"/>
        <source>Chọn thư &amp;mục chứa gói…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="96"/>
        <source>Xuất &amp;PDF tổng hợp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="97"/>
        <source>Xuất &amp;Excel tổng hợp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="110"/>
        <source>Tất cả đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="113"/>
        <source>Lọ&amp;c:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="117"/>
        <source>Nhấp đúp (hoặc Enter) vào một đơn vị để xem số liệu của đơn vị đó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="122"/>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="149"/>
        <source>Mã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="122"/>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="149"/>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="122"/>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="150"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="123"/>
        <source>Gói số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="123"/>
        <source>Ngày nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="127"/>
        <source>Tình hình gửi báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="134"/>
        <source>Số liệu tổng hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="138"/>
        <source>Người gửi đơn ở từ hai xã trở lên, nhận ra qua bí danh (không biết danh tính). Tố cáo và đơn nhiều nội dung không có bí danh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="143"/>
        <source>Bí danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="143"/>
        <source>Số đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="143"/>
        <source>Số đơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="144"/>
        <source>Các đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="146"/>
        <source>Người gửi đơn nhiều nơi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="149"/>
        <source>Mã khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="149"/>
        <source>Dấu vân tay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="150"/>
        <source>Ngày tạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="153"/>
        <source>Nhập t&amp;hẻ khóa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="154"/>
        <source>Th&amp;u hồi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="159"/>
        <source>Khóa các đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="170"/>
        <source>Chỉ lãnh đạo hoặc quản trị hệ thống quản lý khóa của các đơn vị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="197"/>
        <source>Đang tải tình hình gửi báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="206"/>
        <source>Hạn gửi {due}: {expected} đơn vị; &lt;span style=&apos;color:#1b5e20&apos;&gt;đúng hạn {on_time}&lt;/span&gt;, &lt;span style=&apos;color:#8a4b00&apos;&gt;trễ hạn {late}&lt;/span&gt;, &lt;span style=&apos;color:#b00020&apos;&gt;chưa gửi {missing}&lt;/span&gt;. Tỉ lệ gửi báo cáo &lt;b&gt;{rate}&lt;/b&gt;, đúng hạn &lt;b&gt;{on_time_rate}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="213"/>
        <source>Tổng số liệu của gói mới nhất của {n} đơn vị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="214"/>
        <source>Chưa nhận gói báo cáo nào của kỳ này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="254"/>
        <source>&lt;b&gt;{n}&lt;/b&gt; người gửi đơn ở nhiều đơn vị trong kỳ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="255"/>
        <source>Chưa thấy người gửi đơn nào ở từ hai đơn vị trở lên trong kỳ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="267"/>
        <source>Đã thu hồi {on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="268"/>
        <source>Hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="284"/>
        <source>Chọn các gói báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="285"/>
        <source>Gói báo cáo (*.zip);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="290"/>
        <source>Chọn thư mục chứa các gói báo cáo (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="301"/>
        <source>Đang kiểm tra và nhận gói báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="306"/>
        <source>Đã nhận {imported} gói mới, {unchanged} gói đã có, {rejected} gói bị từ chối.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="314"/>
        <source>Đã hủy nhận gói: không gói nào được nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="329"/>
        <source>Chọn thẻ khóa của đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="330"/>
        <source>Thẻ khóa (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="337"/>
        <source>Không đọc được {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="343"/>
        <source>Đối chiếu dấu vân tay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="344"/>
        <source>Thẻ khóa của {name} ({code}), mã khóa {key_id}.

Dấu vân tay:
{fingerprint}

Đã gọi điện cho đơn vị và đối chiếu đúng dấu vân tay này?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="353"/>
        <source>đã thu hồi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="353"/>
        <source>đã đăng ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="354"/>
        <source>đã có từ trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="357"/>
        <source>Thẻ khóa: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="364"/>
        <source>Hãy chọn một khóa trong bảng trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="368"/>
        <source>Khóa {key_id} đã bị thu hồi từ trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="370"/>
        <source>Thu hồi khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="371"/>
        <source>Thu hồi khóa {key_id} của đơn vị {code}? Các gói ký bằng khóa này sẽ không được nhận nữa (các gói đã nhận vẫn giữ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="379"/>
        <source>Đã thu hồi khóa {key_id} của đơn vị {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="392"/>
        <source>Chưa có số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="401"/>
        <source>Đang tạo báo cáo tổng hợp PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="406"/>
        <source>Báo cáo tổng hợp kỳ {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="415"/>
        <source>Xuất bảng tổng hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="417"/>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="421"/>
        <source>Đã xuất {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/province_page.py" line="422"/>
        <source>Đang xuất bảng tổng hợp…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceptionDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="33"/>
        <source>Số lượt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="34"/>
        <source>Số người:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="35"/>
        <source>Vụ việc lần đầu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="36"/>
        <source>Vụ việc tái diễn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="37"/>
        <source>Số đoàn đông người:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="38"/>
        <source>Số người trong đoàn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="47"/>
        <source>Thêm buổi tiếp công dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="54"/>
        <source>&amp;Ngày tiếp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="55"/>
        <source>&amp;Hình thức:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="56"/>
        <source>Người &amp;tiếp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="63"/>
        <source>Ghi chú:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceptionsPage</name>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="21"/>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="22"/>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="23"/>
        <source>Người tiếp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="24"/>
        <source>Lượt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="25"/>
        <source>Người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="26"/>
        <source>Vụ việc mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="27"/>
        <source>Tái diễn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="28"/>
        <source>Đoàn đông người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="29"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="99"/>
        <source>&amp;Thêm buổi tiếp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="102"/>
        <source>Năm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="108"/>
        <source>Sổ tiếp công dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="121"/>
        <source>{n} ({people} người)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="131"/>
        <source>Chủ tịch chưa tiếp công dân trong {n} tuần: {weeks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="134"/>
        <source>Tuần nào Chủ tịch cũng có tiếp công dân.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="144"/>
        <source>Vào sổ đơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/receptions_page.py" line="145"/>
        <source>Buổi tiếp có {n} vụ việc. Vào sổ đơn cho các vụ việc này ngay?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDetailDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/record_detail_dialog.py" line="35"/>
        <source>Hoạt động dân vận số {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/record_detail_dialog.py" line="36"/>
        <source>Mô hình “Dân vận khéo” số {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/record_detail_dialog.py" line="37"/>
        <source>Dân chủ ở cơ sở — nội dung số {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/record_detail_dialog.py" line="40"/>
        <source>Hình thức công khai:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/record_detail_dialog.py" line="41"/>
        <source>Cách thức bàn, quyết định:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/record_detail_dialog.py" line="42"/>
        <source>Ban giám sát:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/record_detail_dialog.py" line="131"/>
        <source>Thông tin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/record_detail_dialog.py" line="143"/>
        <source>Đó&amp;ng</source>
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
    <name>ReportsPage</name>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="82"/>
        <source>Số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="83"/>
        <source>Nội dung báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="86"/>
        <source>Tự đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="91"/>
        <source>&amp;Lưu dự thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="92"/>
        <source>&amp;Phê duyệt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="93"/>
        <source>&amp;Mở khóa kỳ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="97"/>
        <source>&amp;Xem trước, in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="98"/>
        <source>Xuất &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="119"/>
        <source>Ví dụ: 15/BC-UBND (để trống khi chưa có số)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="120"/>
        <source>&amp;Số văn bản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="122"/>
        <source>&amp;Ngày ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="133"/>
        <source>Mỗi nơi nhận một dòng; ví dụ: UBND tỉnh (qua Sở Nội vụ);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="134"/>
        <source>Nơi &amp;nhận:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="136"/>
        <source>&amp;Thẩm quyền ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="138"/>
        <source>&amp;Người ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="178"/>
        <source>Đang tính số liệu báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="191"/>
        <source>còn {n} ngày đến hạn nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="192"/>
        <source>đã quá hạn nộp {n} ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="193"/>
        <source>Số liệu từ {start} đến {end}; hạn nộp {due_on} ({due}). Trạng thái: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="197"/>
        <source> — số liệu kỳ đã khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="210"/>
        <source>Chỉ lãnh đạo được phê duyệt báo cáo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="272"/>
        <source>Chưa lưu được dự thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="278"/>
        <source>Phê duyệt báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="279"/>
        <source>Phê duyệt báo cáo {label}? Số liệu sẽ được chốt và các bản ghi từ {start} đến {end} bị khóa, không sửa được cho đến khi lãnh đạo mở khóa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="293"/>
        <source>Mở khóa kỳ báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="294"/>
        <source>Lý do mở khóa (được ghi vào nhật ký):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="312"/>
        <source>Đang tạo báo cáo PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="316"/>
        <source>Báo cáo {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="323"/>
        <source>Xuất bảng số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="324"/>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="328"/>
        <source>Đã xuất {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/reports_page.py" line="329"/>
        <source>Đang xuất bảng số liệu…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/restore_dialog.py" line="25"/>
        <source>&amp;Khôi phục từ bản sao lưu đã chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/restore_dialog.py" line="26"/>
        <source>Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/restore_dialog.py" line="37"/>
        <source>Không tìm thấy bản sao lưu tự động bên cạnh tệp dữ liệu. Hãy chọn một tệp sao lưu (ví dụ trên USB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/restore_dialog.py" line="53"/>
        <source>Chọn bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/restore_dialog.py" line="54"/>
        <source>Bản sao lưu (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/restore_dialog.py" line="56"/>
        <source>Tệp đã chọn: {path}</source>
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
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../danvan_desktop/gui/runner.py" line="112"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/runner.py" line="113"/>
        <source>Đang xử lý…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/runner.py" line="114"/>
        <source>Dân Vận Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfAssessmentWidget</name>
    <message>
        <location filename="../../danvan_desktop/gui/self_assessment_widget.py" line="32"/>
        <source>Tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/self_assessment_widget.py" line="32"/>
        <source>Tối đa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/self_assessment_widget.py" line="32"/>
        <source>Điểm tự chấm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/self_assessment_widget.py" line="33"/>
        <source>Ghi chú, minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/self_assessment_widget.py" line="50"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {source}. {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/self_assessment_widget.py" line="52"/>
        <source>Tổng điểm và xếp loại được đưa vào báo cáo năm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/self_assessment_widget.py" line="53"/>
        <source>Tự đánh giá chỉ in trong báo cáo năm; có thể chấm dần trong năm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/self_assessment_widget.py" line="60"/>
        <source>Minh chứng, nhận xét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/self_assessment_widget.py" line="71"/>
        <source>chưa chấm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/self_assessment_widget.py" line="99"/>
        <source>Tổng điểm: &lt;b&gt;{total}/{maximum}&lt;/b&gt; — xếp loại &lt;b&gt;{rating}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/self_assessment_widget.py" line="102"/>
        <source>Đã chấm {done}/{all} tiêu chí; tạm tính {total} điểm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="59"/>
        <source>Cài đặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="68"/>
        <source>Kiểm tra dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="70"/>
        <source>Mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="70"/>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="70"/>
        <source>Chi tiết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="73"/>
        <source>&amp;Kiểm tra toàn bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="74"/>
        <source>Đọc lại từng trang dữ liệu; có thể mất vài giây với dữ liệu lớn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="81"/>
        <source>Sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="84"/>
        <source>&amp;Sao lưu ngay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="91"/>
        <source>Thời điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="91"/>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="91"/>
        <source>Dung lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="91"/>
        <source>Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="93"/>
        <source>Chưa có bản sao lưu nào. Phần mềm tự sao lưu mỗi ngày khi mở; nên sao lưu thêm ra USB sau những buổi nhập nhiều.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="102"/>
        <source>Người dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="104"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="104"/>
        <source>Tên đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="104"/>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="105"/>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="107"/>
        <source>&amp;Thêm người dùng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="125"/>
        <source>Đang kiểm tra dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="138"/>
        <source>Đã sao lưu vào {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="143"/>
        <source>Đang sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="153"/>
        <source>đang dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="153"/>
        <source>đã vô hiệu hóa</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitDrilldownDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/unit_drilldown_dialog.py" line="14"/>
        <source>{name} ({code}) — kỳ {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/unit_drilldown_dialog.py" line="19"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({code})&lt;br&gt;Gói số {sequence}, lập ngày {bagged}, nhận lúc {received}; ký bằng khóa {key_id}.&lt;br&gt;{records} đơn thư (đã khử định danh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/unit_drilldown_dialog.py" line="30"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../danvan_desktop/gui/unlock_dialog.py" line="21"/>
        <source>Mở dữ liệu bằng khóa khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/unlock_dialog.py" line="22"/>
        <source>&amp;Khóa khôi phục:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/unlock_dialog.py" line="25"/>
        <source>Mở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/unlock_dialog.py" line="26"/>
        <source>Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/unlock_dialog.py" line="33"/>
        <source>Chưa nhập.</source>
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
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../danvan_desktop/gui/wizard_pages.py" line="47"/>
        <source>Chào mừng đến với Dân Vận Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard_pages.py" line="49"/>
        <source>&lt;p&gt;Phần mềm giúp xã, phường ghi chép công tác dân vận chính quyền: hoạt động dân vận, tiếp công dân, đơn thư và thời hạn giải quyết, mô hình “Dân vận khéo”, dân chủ ở cơ sở; lập báo cáo 6 tháng và năm gửi tỉnh.&lt;/p&gt;&lt;p&gt;Các bước tiếp theo: chọn đơn vị, tạo tài khoản quản trị, rồi in khóa khôi phục dữ liệu.&lt;/p&gt;&lt;p&gt;Dữ liệu được mã hóa và lưu tại:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;</source>
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
        <location filename="../../ui/wizard_unit_page.ui" line="17"/>
        <source>&amp;Xã, phường, đặc khu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard_unit_page.ui" line="18"/>
        <source>Tìm xã, phường…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
