"""The whole office journey, walked in the GUI the way the people of Xã Lâm Bình would.

From no database: the setup wizard, users added in Cài đặt, an officer entering petitions
(a tố cáo among them), steps, a reception session with two cases, an activity, a "Dân vận
khéo" model and a democracy record, a petition corrected; after the period has ended, the
report's narrative and self-assessment, the leader's approval and the signed bundle; then,
at the province, the bundle imported and the commune shown on time.

Everything is done with clicks, key events and combo choices on the real windows; no
service is called to make what is then checked (the province's own database is set up
with the CLI's service, as a province office would run ``danvan init``). File choosers are
the operating system's, so their answer is given. Each step is a helper, so more steps
(editing every record kind) slot in where the journey needs them.

Tuyên Quang's annual report 2026 covers 15/11/2025–14/11/2026 and is due on 25/11/2026.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QPushButton, QWizard

from danvan_desktop.gui.add_user_dialog import AddUserDialog
from danvan_desktop.gui.app import open_office
from danvan_desktop.gui.login_dialog import LoginDialog
from danvan_desktop.gui.pages.democracy_page import DemocracyDialog
from danvan_desktop.gui.pages.models_page import ModelDialog
from danvan_desktop.gui.pages.receptions_page import ReceptionDialog
from danvan_desktop.gui.activity_dialog import ActivityDialog
from danvan_desktop.gui.petition_detail_dialog import PetitionDetailDialog
from danvan_desktop.gui.petition_event_dialog import PetitionEventDialog
from danvan_desktop.gui.petition_form_dialog import PetitionFormDialog
from danvan_desktop.gui.wizard import FirstRunWizard
from tests.gui.helpers import click_ok, click_yes, polling, type_text, when_modal
from tests.gui.time_machine import TimeMachine

DAY_ONE = date(2026, 11, 2)  # a Monday; the 2026 period still runs
REPORT_DAY = date(2026, 11, 20)  # the period ended on 14/11; the report is due on 25/11
PROVINCE_DAY = date(2026, 11, 21)  # the bundle reaches the province

ADMIN = ("admin", "matkhau-quantri")
OFFICER = ("canbo", "matkhau-canbo")
LEADER = ("chutich", "matkhau-chutich")


# -- small ways of working a window ------------------------------------------------------------

def modal_steps(steps, timeout_ms=30000):
    """Handle the modal dialogs that will open, in order: ``[(kind, handle), ...]``; returns
    the dialogs handled (the caller checks that all were)."""
    from PySide6.QtWidgets import QApplication

    done, waited = [], [0]

    def poll() -> bool:
        if len(done) == len(steps):
            return False
        kind, handle = steps[len(done)]
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible() and all(widget is not d for d in done):
            done.append(widget)
            handle(widget)
        waited[0] += 20
        return len(done) < len(steps) and waited[0] <= timeout_ms

    polling(poll)
    return done


def save_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)


def choose(box, label):
    index = box.findText(label)
    assert index >= 0, f"“{label}” is not among {[box.itemText(i) for i in range(box.count())]}"
    box.setCurrentIndex(index)


def type_date(qtbot, field, text):
    """Into the shared date field, key by key, as an officer types it."""
    field.setFocus()
    field.selectAll()
    for char in text:
        qtbot.keyClick(field, char)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def set_number(spin, value):
    spin.selectAll()
    type_text(spin, str(value))


def go_to(qtbot, window, label):
    """Click the section in the navigation list."""
    nav = window.ui.navigation
    row = next(r for r in range(nav.count()) if nav.item(r).text().startswith(label))
    rect = nav.visualItemRect(nav.item(row))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.ui.pages.currentIndex() == row
    return window.ui.pages.currentWidget()


def button(widget, text):
    found = [b for b in widget.findChildren(QPushButton) if b.text().replace("&", "") == text]
    assert found, f"no button “{text}”"
    return found[0]


def settle(window):
    window.runner.wait_idle()


def snapshot(name: str, window=None) -> None:
    """With JOURNEY_SHOTS=folder, the screen (or ``window``) at this stop as PNG, for looking at
    the journey at 1366×768 (run under Xvfb with QT_QPA_PLATFORM=xcb to see dialogs in place)."""
    folder = os.environ.get("JOURNEY_SHOTS")
    if not folder:
        return
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    from PySide6.QtWidgets import QMainWindow

    if isinstance(window, QMainWindow) and window.width() < 1366:
        window.setGeometry(0, 0, 1366, 740)  # the office screen
    QTest.qWait(300)
    Path(folder).mkdir(parents=True, exist_ok=True)
    if QGuiApplication.platformName() == "xcb":
        QGuiApplication.primaryScreen().grabWindow(0).save(f"{folder}/{name}.png")
    elif window is not None:
        window.grab().save(f"{folder}/{name}.png")


# -- the steps ---------------------------------------------------------------------------------

def set_up_office(qtbot, db_path: Path):
    """First run: the wizard creates the database for Xã Lâm Bình and its administrator."""
    def wizard(w):
        w.button(QWizard.WizardButton.NextButton).click()  # past the welcome page
        type_text(w.unit_page.ui.provinceSearch, "tuyen quang")
        type_text(w.unit_page.ui.communeSearch, "lam binh")
        w.button(QWizard.WizardButton.NextButton).click()
        admin = w.admin_page.ui
        type_text(admin.fullNameEdit, "Nguyễn Văn Quản")
        admin.usernameEdit.setText(ADMIN[0])
        admin.passwordEdit.setText(ADMIN[1])
        admin.confirmEdit.setText(ADMIN[1])
        snapshot("01-wizard-admin", w)
        w.button(QWizard.WizardButton.CommitButton).click()
        assert w.currentPage() is w.recovery_page
        w.recovery_page.ui.confirmCheck.setChecked(True)
        w.button(QWizard.WizardButton.FinishButton).click()

    handled = when_modal(wizard, FirstRunWizard)
    controller = open_office(db_path)
    assert handled and controller is not None and db_path.exists()
    window = controller.window  # closed by the controller at log-out, so not handed to qtbot
    assert "Nguyễn Văn Quản" in window.user_label.text() and window.windowTitle().endswith("Xã Lâm Bình")
    return controller


def add_user(qtbot, window, full_name, username, role_label, password):
    settings = go_to(qtbot, window, "Cài đặt")
    users = settings.users_box

    def fill(dialog):
        type_text(dialog.ui.fullNameEdit, full_name)
        type_text(dialog.ui.usernameEdit, username)
        choose(dialog.ui.roleCombo, role_label)
        dialog.ui.passwordEdit.setText(password)
        dialog.ui.confirmEdit.setText(password)
        snapshot(f"02-add-user-{username}", dialog)
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    handled = when_modal(fill, AddUserDialog)
    users.add_button.click()
    assert handled and not handled[0].isVisible(), handled and handled[0].error_texts()
    table = users.table
    rows = {table.item(r, 1).text(): (table.item(r, 2).text(), table.item(r, 3).text()) for r in range(table.rowCount())}
    assert rows[username] == (role_label, "đang dùng")


def switch_user(qtbot, controller, who):
    """Tệp → Đăng xuất, then the login dialog, as ``who``; returns the new main window."""
    old = controller.window
    settle(old)
    action = next(a for a in old.ui.fileMenu.actions() if a.text().replace("&", "") == "Đăng xuất")
    action.trigger()
    dialog = controller.login_dialog
    assert isinstance(dialog, LoginDialog) and dialog.isVisible()
    snapshot(f"04-login-after-logout-{who[0]}", dialog)
    dialog.ui.usernameEdit.setText(who[0])
    dialog.ui.passwordEdit.setText(who[1])
    with qtbot.waitSignal(controller.window_opened, timeout=10000) as opened:
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return opened.args[0]


def fill_petition(qtbot, form, *, received, kind, channel=None, field, name, address, content, accused=""):
    type_date(qtbot, form.received, received)
    choose(form.kind, kind)
    if channel:
        choose(form.channel, channel)
    choose(form.field, field)
    type_text(form.name, name)
    type_text(form.address, address)
    if accused:
        type_text(form.accused, accused)
    type_text(form.content, content)


def enter_petitions(qtbot, window):
    """Two petitions from the form: a kiến nghị typed with slashes, a tố cáo typed as digits."""
    page = go_to(qtbot, window, "Đơn thư")

    def recommendation(form):
        fill_petition(qtbot, form, received="12/10/2026", kind="Kiến nghị", channel="Trực tiếp", field="Xây dựng",
                      name="Hoàng Văn Dũng", address="Thôn Nà Lầu", content="Kiến nghị sửa đường liên thôn Nà Lầu")
        save_button(form).click()

    def denunciation(form):
        fill_petition(qtbot, form, received="20102026", kind="Tố cáo", channel="Bưu chính", field="Đất đai",
                      name="Lý Thị Mai", address="Thôn Bản Khiêng", accused="Trưởng thôn Bản Khiêng",
                      content="Tố cáo việc thu tiền sai quy định khi cấp đất")
        snapshot("05-petition-form-to-cao", form)
        save_button(form).click()

    for fill in (recommendation, denunciation):
        handled = when_modal(fill, PetitionFormDialog)
        button(page, "Thêm đơn…").click()
        assert handled and not handled[0].isVisible(), handled and handled[0].error.text()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    snapshot("06-petitions-register", window)
    received = {page.model.index(r, 1).data() for r in range(2)}
    assert received == {"12/10/2026", "20/10/2026"}
    return page


def open_petition_row(qtbot, page, content_start):
    """The row whose content starts so, opened with a double click; returns the row."""
    for row in range(page.model.rowCount()):
        if str(page.model.index(row, 4).data()).startswith(content_start):
            return row
    raise AssertionError(f"no petition “{content_start}…” in the register")


def double_click_row(qtbot, table, row):
    table.scrollTo(table.model().index(row, 1))
    rect = table.visualRect(table.model().index(row, 1))
    # A first click selects the row (QTest's double click alone does not reach doubleClicked).
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def record_steps(qtbot, page):
    """The kiến nghị is guided to the competent body; the tố cáo is accepted for resolution."""
    steps = (("Kiến nghị sửa đường", "Hướng dẫn", "16/10/2026"), ("Tố cáo việc thu tiền", "Thụ lý", "27102026"))
    for content, step, on in steps:
        seen = {}

        def in_detail(detail, step=step, on=on):
            seen["detail"] = detail

            def event(dialog):
                choose(dialog.kind, step)
                type_date(qtbot, dialog.on, on)
                type_text(dialog.note, "Ghi bước từ sổ")
                save_button(dialog).click()

            handled = when_modal(event, PetitionEventDialog)
            button(detail, "Ghi bước xử lý…").click()
            assert handled and not handled[0].isVisible(), handled and handled[0].error.text()
            seen["timeline"] = [detail.timeline.item(i).text() for i in range(detail.timeline.count())]
            snapshot(f"07-petition-detail-{step}", detail)
            button(detail, "Đóng").click()

        handled = when_modal(in_detail, PetitionDetailDialog)
        double_click_row(qtbot, page.table, open_petition_row(qtbot, page, content))
        assert handled
        assert any(line.startswith(f"{on[:2]}/{on[2:4] if '/' not in on else on[3:5]}") and step in line
                   for line in seen["timeline"]), seen["timeline"]


def add_reception_with_two_cases(qtbot, window):
    page = go_to(qtbot, window, "Tiếp công dân")

    def reception(dialog):
        type_date(qtbot, dialog.held_on, "05/10/2026")
        choose(dialog.kind, "Chủ tịch tiếp định kỳ")
        type_text(dialog.receiver, "Ma Văn Thắng")
        for name, value in (("visits", 2), ("people", 3), ("cases_new", 2)):
            set_number(dialog.counts[name], value)
        save_button(dialog).click()

    def case(content, name):
        def fill(form):
            assert form.channel.currentText() == "Qua tiếp công dân" and form.received.text() == "05/10/2026"
            choose(form.kind, "Phản ánh")
            choose(form.field, "Môi trường")
            type_text(form.name, name)
            type_text(form.content, content)
            save_button(form).click()
        return fill

    handled = modal_steps([
        (ReceptionDialog, reception), (QMessageBox, click_yes),
        (PetitionFormDialog, case("Phản ánh khói bụi lò gạch", "Nông Văn Hải")),
        (PetitionFormDialog, case("Phản ánh nước thải chăn nuôi", "Hà Thị Lan")),
    ])
    button(page, "Thêm buổi tiếp…").click()
    assert len(handled) == 4
    assert handled[0].reception_id is not None and all(form.petition_id is not None for form in handled[2:])
    snapshot("08-receptions", window)
    table = page.table
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(7)] == ["05/10/2026", "Chủ tịch tiếp định kỳ", "Trực tiếp",
                                                          "Ma Văn Thắng", "2", "3", "2"]


def add_activity(qtbot, window):
    page = go_to(qtbot, window, "Hoạt động")

    def fill(dialog):
        type_date(qtbot, dialog.held_on, "15/10/2026")
        choose(dialog.kind, dialog.kind.itemText(0))
        type_text(dialog.place, "Nhà văn hóa thôn Nà Lầu")
        type_text(dialog.led_by, "Ma Văn Thắng")
        set_number(dialog.counts["participants"], 60)
        set_number(dialog.counts["women"], 25)
        type_text(dialog.content, "Tuyên truyền Luật Đất đai 2024")
        save_button(dialog).click()

    handled = when_modal(fill, ActivityDialog)
    button(page, "Thêm hoạt động…").click()
    assert handled and not handled[0].isVisible(), handled and handled[0].error.text()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    return handled[0].kind.itemText(0)


def add_model(qtbot, window):
    page = go_to(qtbot, window, "Mô hình")
    assert "Gợi ý: xây dựng 1–2 mô hình" in page.verdict.text()  # the directive in force sets no minimum

    def fill(dialog):
        type_text(dialog.name, "Dân vận khéo trong dồn điền đổi thửa")
        type_text(dialog.owner, "Hội Nông dân xã")
        choose(dialog.status, "Triển khai")
        save_button(dialog).click()

    handled = when_modal(fill, ModelDialog)
    button(page, "Thêm mô hình…").click()
    assert handled and not handled[0].isVisible(), handled and handled[0].error.text()
    assert "Có 1 mô hình đang thực hiện" in page.verdict.text()
    snapshot("09-models", window)


def add_democracy_record(qtbot, window):
    page = go_to(qtbot, window, "Dân chủ")

    def fill(dialog):
        choose(dialog.kind, "Công khai (dân biết)")
        type_date(qtbot, dialog.on, "01/10/2026")
        type_text(dialog.matter, "Công khai dự toán ngân sách xã")
        choose(dialog.form, "Bảng tin")
        set_number(dialog.numbers["posted_days"], 30)
        save_button(dialog).click()

    handled = when_modal(fill, DemocracyDialog)
    button(page, "Thêm nội dung…").click()
    assert handled and not handled[0].isVisible(), handled and handled[0].error.text()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)


def edit_petition(qtbot, window):
    """The officer corrects the content of the kiến nghị from its detail."""
    page = go_to(qtbot, window, "Đơn thư")
    new_content = "Kiến nghị sửa đường liên thôn Nà Lầu – Bản Khiêng"
    seen = {}

    def in_detail(detail):
        def edit(form):
            assert form.windowTitle().startswith("Sửa đơn số")
            form.content.selectAll()
            type_text(form.content, new_content)
            save_button(form).click()

        handled = when_modal(edit, PetitionFormDialog)
        button(detail, "Sửa…").click()
        seen["edited"] = bool(handled) and not handled[0].isVisible()
        seen["summary"] = [detail.summary.itemAt(i).widget().text() for i in range(detail.summary.count())
                           if detail.summary.itemAt(i).widget() is not None]
        button(detail, "Đóng").click()

    handled = when_modal(in_detail, PetitionDetailDialog)
    double_click_row(qtbot, page.table, open_petition_row(qtbot, page, "Kiến nghị sửa đường"))
    assert handled and seen["edited"] and new_content in seen["summary"]
    qtbot.waitUntil(lambda: any(str(page.model.index(r, 4).data()) == new_content
                                for r in range(page.model.rowCount())), timeout=10000)


def select_first_row(qtbot, table) -> None:
    table.show()
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def correct_with_the_edit_button(qtbot, window, section, dialog_kind, change):
    """Select the first row of ``section``'s register, press "Sửa…", change it in the form
    (``change`` presses Lưu), and return the page."""
    page = go_to(qtbot, window, section)
    select_first_row(qtbot, page.table)
    assert page.edit_button.isEnabled(), page.edit_button.toolTip()
    handled = when_modal(change, dialog_kind)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert handled and not handled[0].isVisible(), handled and handled[0].error.text()
    return page


def edit_work_records(qtbot, window):
    """One correction of every other kind of record, through its register's "Sửa…" button."""
    def reception(dialog):
        assert dialog.receiver.text() == "Ma Văn Thắng"
        set_number(dialog.counts["people"], 4)
        save_button(dialog).click()

    page = correct_with_the_edit_button(qtbot, window, "Tiếp công dân", ReceptionDialog, reception)
    assert [page.table.item(0, c).text() for c in (4, 5)] == ["2", "4"]

    def activity(dialog):
        set_number(dialog.counts["participants"], 65)
        save_button(dialog).click()

    page = correct_with_the_edit_button(qtbot, window, "Hoạt động", ActivityDialog, activity)
    qtbot.waitUntil(lambda: any("65" in str(page.model.index(0, c).data()) for c in range(page.model.columnCount())),
                    timeout=10000)

    def model(dialog):
        choose(dialog.status, "Hiệu quả")
        save_button(dialog).click()

    page = correct_with_the_edit_button(qtbot, window, "Mô hình", ModelDialog, model)
    assert "Hiệu quả" in [page.model.index(0, c).data() for c in range(page.model.columnCount())]

    def record(dialog):
        set_number(dialog.numbers["posted_days"], 45)
        save_button(dialog).click()

    page = correct_with_the_edit_button(qtbot, window, "Dân chủ", DemocracyDialog, record)
    qtbot.waitUntil(lambda: any("45" in str(page.model.index(0, c).data()) for c in range(page.model.columnCount())),
                    timeout=10000)


def write_report(qtbot, window):
    """After the period: the narrative and the self-assessment, saved as a draft."""
    page = go_to(qtbot, window, "Báo cáo")
    qtbot.waitUntil(lambda: page.figures is not None and page.figures["period"]["id"] == "2026", timeout=20000)
    items = dict(page.figure_items())
    assert items["Có mô hình (gợi ý 1–2 mô hình)"] == "Đạt"  # the page and the report: one rule
    assert not page.approve_button.isEnabled()  # an officer does not approve
    page.tabs.setCurrentIndex(1)
    type_text(page.section_edits["ket_qua"], "Tiếp nhận, xử lý đơn thư đúng thời hạn; tổ chức tuyên truyền Luật Đất đai.")
    type_text(page.section_edits["han_che"], "Một số thôn chưa niêm yết công khai kịp thời.")
    type_text(page.section_edits["phuong_huong"], "Tiếp tục nhân rộng mô hình “Dân vận khéo”.")
    page.tabs.setCurrentIndex(2)
    spins, maxima = page.assessment.spins, page.assessment.maxima
    assert spins, "the rubric has criteria to score"
    for code, spin in spins.items():
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, str(int(maxima[code] * 0.8)))
    total = sum(int(maxima[code] * 0.8) for code in spins)
    assert f"Tổng điểm: <b>{total}/" in page.assessment.total_label.text()
    snapshot("12-report-self-assessment", window)
    page.save_button.click()
    assert page.error.text() == "" and not page.dirty


def approve_report(qtbot, window):
    page = go_to(qtbot, window, "Báo cáo")
    qtbot.waitUntil(lambda: page.figures is not None and page.figures["period"]["id"] == "2026", timeout=20000)
    assert page.section_edits["ket_qua"].toPlainText().startswith("Tiếp nhận, xử lý đơn thư")
    assert page.approve_button.isEnabled() and page.approve_button.toolTip() == ""
    handled = when_modal(click_yes, QMessageBox)
    page.approve_button.click()
    assert handled
    qtbot.waitUntil(lambda: "Đã phê duyệt" in page.status_label.text(), timeout=20000)
    assert page.section_edits["ket_qua"].isReadOnly()
    snapshot("13-report-approved", window)
    settle(window)


def export_bundle(qtbot, window, monkeypatch, tmp_path):
    """The leader makes the signing key, takes the province's pseudonym key, sends the key card
    and exports the signed bundle."""
    page = go_to(qtbot, window, "Gói báo cáo")
    page.period_box.setCurrentIndex(page.period_box.findData("2026"))
    page.create_key_button.click()
    qtbot.waitUntil(lambda: page.has_key, timeout=20000)

    pseudonym_file = tmp_path / "tu-tinh" / "khoa-bi-danh.key"
    pseudonym_file.parent.mkdir()
    pseudonym_file.write_text("8f" * 32, "ascii")  # the key the province handed over
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pseudonym_file), ""))
    page.pseudonym_button.click()
    assert page.pseudonym_label.text() == "Đã nhập khóa bí danh của tỉnh."

    cards = tmp_path / "the-khoa"
    cards.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(cards))
    handled = when_modal(click_ok, QMessageBox)
    page.card_button.click()
    assert handled and list(cards.glob("*.json"))

    sent = tmp_path / "gui-tinh" / "danvan-02266-2026.zip"
    sent.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(sent), ""))
    assert page.export_button.isEnabled()
    page.export_button.click()
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=30000)
    assert sent.exists() and page.last_export.sequence == 1
    snapshot("14-bundle-exported", window)
    settle(window)
    return sent, next(cards.glob("*.json"))


def province_imports(qtbot, tmp_path, monkeypatch, bundle: Path, card: Path):
    """Sở Nội vụ Tuyên Quang: log in, register the commune's key card, import the bundle."""
    from danvan_desktop.services.setup import initialise
    from danvan_desktop.storage.database import Unlock

    province_db = tmp_path / "tinh" / "tinh.db"
    initialise(province_db, Unlock(), "08", "sonoivu", "matkhau-sonoivu", "Sở Nội vụ").session.store.close()

    def log_in(dialog):
        dialog.ui.usernameEdit.setText("sonoivu")
        dialog.ui.passwordEdit.setText("matkhau-sonoivu")
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    handled = when_modal(log_in, LoginDialog)
    controller = open_office(province_db)
    assert handled and controller is not None
    window = controller.window
    console = window.pages["province"]
    console.period_box.setCurrentIndex(console.period_box.findData("2026"))
    qtbot.waitUntil(lambda: console.view is not None and console.view.status.period == "2026", timeout=20000)
    row = lambda: next(r for r in console.status_rows() if r[0] == "02266")  # noqa: E731
    assert row()[2] == "Chưa gửi"

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(card)], ""))
    handled = when_modal(click_yes, QMessageBox)  # the fingerprint, read out on the phone, matches
    console.import_card_button.click()
    qtbot.waitUntil(lambda: any(r[0] == "02266" for r in console.key_rows()), timeout=20000)
    assert handled

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(bundle.parent))
    console.import_folder()
    qtbot.waitUntil(lambda: console.last_summary is not None, timeout=30000)
    assert console.last_summary.imported == [bundle.name] and not console.last_summary.rejected
    qtbot.waitUntil(lambda: row()[2] == "Đúng hạn", timeout=20000)
    code, name, state, sequence, received = row()
    assert (name, state, sequence, received) == ("Xã Lâm Bình", "Đúng hạn", "1", "21/11/2026")
    snapshot("15-province-on-time", window)
    settle(window)
    return controller


# -- the journey -------------------------------------------------------------------------------

def test_office_journey(qtbot, tmp_path, monkeypatch):
    clock = TimeMachine(monkeypatch)
    clock.travel_to(DAY_ONE)
    db_path = tmp_path / "data" / "danvan.db"

    controller = set_up_office(qtbot, db_path)
    window = controller.window
    add_user(qtbot, window, "Lý Thị Hoa", OFFICER[0], "Cán bộ, công chức", OFFICER[1])
    add_user(qtbot, window, "Ma Văn Thắng", LEADER[0], "Lãnh đạo", LEADER[1])
    snapshot("03-settings-users", window)

    window = switch_user(qtbot, controller, OFFICER)
    assert "Lý Thị Hoa" in window.user_label.text()
    petitions = enter_petitions(qtbot, window)
    record_steps(qtbot, petitions)
    add_reception_with_two_cases(qtbot, window)
    assert petitions.model.rowCount() == 4 or go_to(qtbot, window, "Đơn thư").model.rowCount() == 4
    add_activity(qtbot, window)
    add_model(qtbot, window)
    add_democracy_record(qtbot, window)
    edit_petition(qtbot, window)
    edit_work_records(qtbot, window)

    window = switch_user(qtbot, controller, LEADER)
    report = go_to(qtbot, window, "Báo cáo")
    qtbot.waitUntil(lambda: report.figures is not None, timeout=20000)
    assert not report.approve_button.isEnabled() and "chưa kết thúc" in report.approve_button.toolTip()
    snapshot("10-report-period-not-ended", window)

    clock.travel_to(REPORT_DAY)
    window = switch_user(qtbot, controller, OFFICER)
    overview = go_to(qtbot, window, "Tổng quan")
    assert "Báo cáo năm 2026: còn 4 ngày đến hạn nộp 24/11/2026, chưa phê duyệt" in overview.reminder_label.text()
    snapshot("11-overview-report-due", window)
    write_report(qtbot, window)

    window = switch_user(qtbot, controller, LEADER)
    approve_report(qtbot, window)
    bundle, card = export_bundle(qtbot, window, monkeypatch, tmp_path)
    figures = window.pages["reports"].figures
    assert figures["petitions"]["received"] == 4 and figures["receptions"]["sessions"] == 1

    clock.travel_to(PROVINCE_DAY)
    province = province_imports(qtbot, tmp_path, monkeypatch, bundle, card)
    for office in (province, controller):
        close_office(office)


def close_office(controller) -> None:
    """End a controller's session as quitting does, so nothing of it outlives the test (an
    app-wide idle filter, a window that a later test would find in front)."""
    if controller.idle_lock is not None:
        controller.idle_lock.stop()
    if controller.window is not None:
        window = controller.window
        window.runner.wait_idle()
        window.close()
        window.deleteLater()
    controller.store.close()
