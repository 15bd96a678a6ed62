<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name></name>
    <message>
        <location filename="../../danvan_desktop/gui/app.py" line="84"/>
        <source>Có {n} bản sao lưu; bản mới nhất lúc {when}. Khôi phục từ một bản sao lưu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/app.py" line="86"/>
        <source>Không tìm thấy bản sao lưu tự động. Chọn một tệp sao lưu để khôi phục?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/app.py" line="87"/>
        <source>Dữ liệu bị hỏng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/app.py" line="90"/>
        <source>Chọn bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/app.py" line="90"/>
        <source>Bản sao lưu (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/app.py" line="96"/>
        <source>Không khôi phục được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/app.py" line="98"/>
        <source>Đã khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/app.py" line="98"/>
        <source>Đã khôi phục dữ liệu. Tệp cũ được giữ tại {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/messages.py" line="18"/>
        <source>Không thực hiện được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/messages.py" line="22"/>
        <source>Đã xảy ra lỗi không mong muốn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/messages.py" line="23"/>
        <source>Thao tác không hoàn thành do một lỗi của phần mềm. Dữ liệu đã nhập không bị mất; hãy thử lại, và nếu lỗi lặp lại, gửi phần chi tiết cho bộ phận hỗ trợ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/runner.py" line="113"/>
        <source>Runner</source>
        <comment>Đang xử lý…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/runner.py" line="113"/>
        <source>Runner</source>
        <comment>Hủy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/runner.py" line="115"/>
        <source>Runner</source>
        <comment>Dân Vận Desktop</comment>
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
        <location filename="../../danvan_desktop/gui/wizard.py" line="98"/>
        <source>&amp;Tạo dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard.py" line="103"/>
        <source>Cần nhập cụm mật khẩu này mỗi lần mở phần mềm; hãy ghi nhớ nó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard.py" line="122"/>
        <source>Hai lần nhập mật khẩu không khớp nhau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard.py" line="127"/>
        <source>Hai lần nhập cụm mật khẩu không khớp nhau.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../danvan_desktop/gui/app.py" line="76"/>
        <source>Không mở được dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/app.py" line="115"/>
        <source>Không sao lưu tự động được</source>
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
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../danvan_desktop/gui/wizard.py" line="144"/>
        <source>Cài đặt lần đầu — Dân Vận Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard.py" line="154"/>
        <source>&amp;Tiếp theo &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard.py" line="155"/>
        <source>&lt; &amp;Quay lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard.py" line="156"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard.py" line="157"/>
        <source>&amp;Bắt đầu làm việc</source>
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
        <location filename="../../danvan_desktop/gui/main_window.py" line="73"/>
        <source>Người dùng: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="96"/>
        <source>Giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/main_window.py" line="97"/>
        <source>&lt;h3&gt;Dân Vận Desktop {version}&lt;/h3&gt;&lt;p&gt;Phần mềm công tác dân vận chính quyền cho xã, phường.&lt;/p&gt;&lt;p&gt;Giấy phép GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="6"/>
        <source>Dân Vận Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="31"/>
        <source>&amp;Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="37"/>
        <source>Trợ &amp;giúp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="45"/>
        <source>&amp;Sao lưu ngay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="46"/>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="49"/>
        <source>T&amp;hoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="50"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="53"/>
        <source>&amp;Giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="54"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="22"/>
        <source>Phiên làm việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="24"/>
        <source>Người dùng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="25"/>
        <source>Vai trò:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="26"/>
        <source>Mã đơn vị:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="29"/>
        <source>Tệp dữ liệu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="31"/>
        <source>Cần chú ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="34"/>
        <source>Đơn thư quá hạn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="36"/>
        <source>Tình trạng dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="38"/>
        <source>Đang kiểm tra…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="40"/>
        <source>&amp;Kiểm tra lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="52"/>
        <source>Đang kiểm tra dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="56"/>
        <source>Dữ liệu khỏe mạnh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/overview_page.py" line="56"/>
        <source>Có lỗi: xem Cài đặt › Sao lưu, khôi phục.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../danvan_desktop/gui/recovery_key_page.py" line="52"/>
        <location filename="../../ui/recovery_key_page.ui" line="6"/>
        <source>Khóa khôi phục</source>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="29"/>
        <source>Cài đặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="31"/>
        <source>Kiểm tra dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="34"/>
        <source>Mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="34"/>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="34"/>
        <source>Chi tiết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="38"/>
        <source>&amp;Kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="44"/>
        <source>Sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="47"/>
        <source>&amp;Sao lưu ngay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="57"/>
        <source>Người dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="60"/>
        <source>&amp;Thêm người dùng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="80"/>
        <source>Đang kiểm tra dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="93"/>
        <source>Đã sao lưu vào {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="98"/>
        <source>Đang sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/pages/settings_page.py" line="109"/>
        <source> (đã vô hiệu hóa)</source>
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
        <location filename="../../danvan_desktop/gui/wizard.py" line="32"/>
        <source>Chào mừng đến với Dân Vận Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../danvan_desktop/gui/wizard.py" line="34"/>
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
    <message>
        <location filename="../../ui/wizard_admin_page.ui" line="22"/>
        <source>Cụm mật khẩu mã hóa dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard_admin_page.ui" line="25"/>
        <source>&amp;Cụm mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard_admin_page.ui" line="27"/>
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
