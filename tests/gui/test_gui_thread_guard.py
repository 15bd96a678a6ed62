"""The one way to the database: the GUI thread reads on the read-only connection and writes
through the runner. The writer connection records the thread of each statement
(``Store.guard_thread``); a page that calls a database-touching service on the GUI thread
the old way makes these tests fail."""

import threading
from datetime import date

from PySide6.QtWidgets import QApplication

from danvan_desktop.gui.main_window import MainWindow
from danvan_desktop.gui.petition_form_dialog import PetitionFormDialog
from danvan_desktop.services.changes import PETITIONS, Changes
from danvan_desktop.services.demo_petitions import load_demo_petitions
from tests.gui.test_reports_page import open_page, people  # noqa: F401 - the fixture
from tests.gui.test_windows import type_text

TODAY = date(2026, 11, 22)


def watch_gui_thread(store):
    used = []
    store.guard_thread(threading.get_ident(), used.append)
    return used


def test_the_guard_sees_the_writer_used_on_the_gui_thread(setup_result):
    store = setup_result.session.store
    used = watch_gui_thread(store)
    store.reader().execute("SELECT count(*) FROM petitions").fetchone()
    assert used == []  # the read-only connection is the GUI thread's
    store.db.execute("SELECT count(*) FROM petitions").fetchone()
    assert used == ["SELECT count(*) FROM petitions"]
    done = threading.Thread(target=lambda: store.db.execute("SELECT 1").fetchone())
    done.start()
    done.join()
    assert len(used) == 1  # another thread (the runner's) is not the GUI thread


def test_the_petition_register_reads_off_the_writer(qtbot, admin_session, monkeypatch):
    """Open Đơn thư, search, scroll, type a petitioner in the form (duplicate suggestions),
    and the overdue badge after a save: none of it on the writer connection."""
    load_demo_petitions(admin_session, 1200, today=TODAY)
    window = MainWindow(admin_session)
    qtbot.addWidget(window)
    window.show()
    window.runner.wait_idle()
    used = watch_gui_thread(admin_session.store)
    window.ui.navigation.setCurrentRow(3)  # the user clicks Đơn thư
    page = window.pages["petitions"]
    assert page.model.rowCount() > 1000 and "Hơn 1.000 đơn" in page.count.text()
    qtbot.waitUntil(lambda: page.count.text() == "1.200 đơn", timeout=10000)  # the exact count, from the runner
    page.table.scrollToBottom()
    QApplication.processEvents()
    page.search.setText("dat dai")
    page.apply_filters()
    page.table.scrollToBottom()
    QApplication.processEvents()
    form = PetitionFormDialog(admin_session, page, today=TODAY)
    qtbot.addWidget(form)
    type_text(form.name, "Hoàng Văn Đức")
    type_text(form.content, "Khiếu nại việc thu hồi đất")
    form.suggest_duplicates()
    window.runner.announce(Changes(PETITIONS, (page.model.petition_id(0),)))  # a save elsewhere: badge, row
    QApplication.processEvents()
    assert used == [], f"the GUI thread ran on the writer connection: {used[:3]}"
    window.close()


WRITES = ("INSERT", "UPDATE", "DELETE", "BEGIN", "COMMIT", "SAVEPOINT", "RELEASE")


def test_approval_writes_through_the_runner(qtbot, people, monkeypatch):
    """The leader approves: the figures are frozen and the period locked by the runner, and
    the page is told through runner.changed; the GUI thread writes nothing itself."""
    from PySide6.QtWidgets import QMessageBox

    from danvan_desktop.services import reports

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page = open_page(qtbot, people["leader"])
    announced = []
    page.runner.changed.connect(announced.append)
    used = watch_gui_thread(people["leader"].store)
    page.approve_button.click()
    qtbot.waitUntil(lambda: "đã khóa" in page.status_label.text(), timeout=10000)
    page.runner.wait_idle()
    assert reports.report(people["leader"], "2026").status == "approved"
    assert [c.area for c in announced] == ["reports"]
    written = [sql for sql in used if sql.lstrip().upper().startswith(WRITES)]
    assert written == [], f"the GUI thread wrote on its own: {written[:3]}"


def test_every_page_and_its_common_actions_stay_off_the_writer(qtbot, admin_session, tmp_path, monkeypatch):
    """The main window built, every section visited, then what an office does in a day: save
    the report draft, add a user, attach a photo to an activity and a scan to a petition, read
    Giới thiệu, enter the province's pseudonym key. The GUI thread runs nothing on the writer connection: its reads go to the read-only
    one, its writes through the runner, and each page shows the result from runner.changed."""
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtWidgets import QFileDialog

    from danvan_desktop.gui.record_detail_dialog import RecordDetailDialog
    from danvan_desktop.services.bundles import new_pseudonym_key
    from danvan_desktop.services.demo_work import load_demo_work
    from tests.gui.helpers import when_modal
    from tests.gui.test_users_gui import add_through_dialog, statuses

    load_demo_petitions(admin_session, 60, today=TODAY)
    load_demo_work(admin_session, TODAY)
    photo = tmp_path / "hoi-nghi.png"
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    assert image.save(str(photo))
    key_file = tmp_path / "khoa-bi-danh.key"
    key_file.write_text(new_pseudonym_key(), "ascii")
    store = admin_session.store
    used = watch_gui_thread(store)  # from before the window is built: MainWindow.__init__ included
    window = MainWindow(admin_session)
    qtbot.addWidget(window)
    window.show()
    keys = [key for key, _, _ in window.sections]
    for row in range(len(keys)):
        window.ui.navigation.setCurrentRow(row)
        QApplication.processEvents()
        window.runner.wait_idle()
        QApplication.processEvents()

    # Báo cáo: type a paragraph, Lưu dự thảo.
    window.show_section(keys.index("reports"))
    reports_page = window.pages["reports"]
    qtbot.waitUntil(lambda: reports_page.figures is not None, timeout=10000)
    type_text(reports_page.section_edits["ket_qua"], "Đã tổ chức 4 hội nghị tuyên truyền")
    reports_page.save_button.click()
    assert "Đã lưu dự thảo" in reports_page.saved_label.text() and not reports_page.dirty

    # Cài đặt: Thêm người dùng.
    window.show_section(keys.index("settings"))
    users = window.pages["settings"].users_box
    add_through_dialog(qtbot, users, "Lý Thị Hoa", "canbo", "Cán bộ, công chức", "matkhau-canbo")
    assert statuses(users)["canbo"] == ("Cán bộ, công chức", "đang dùng")

    # Hoạt động: open the first activity, Thêm tệp… a photo.
    window.show_section(keys.index("activities"))
    activities = window.pages["activities"]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(photo), ""))
    seen = {}

    def attach(dialog):
        dialog.attachments.add_button.click()
        seen["files"] = dialog.attachments.list.count()
        dialog.reject()

    handled = when_modal(attach, RecordDetailDialog)
    activities.open_record(activities.model.record_id(0))
    assert handled and seen["files"] == 1

    # Đơn thư: open a petition and attach its scan; Trợ giúp › Giới thiệu.
    from danvan_desktop.gui.about_dialog import AboutDialog
    from danvan_desktop.gui.petition_detail_dialog import PetitionDetailDialog

    window.show_section(keys.index("petitions"))

    def attach_scan(dialog):
        dialog.attachments.add_button.click()
        seen["scans"] = dialog.attachments.list.count()
        dialog.accept()

    handled = when_modal(attach_scan, PetitionDetailDialog)
    window.pages["petitions"].open_petition(0)
    assert handled and seen["scans"] == 1
    handled = when_modal(lambda dialog: dialog.accept(), AboutDialog)
    window.ui.aboutAction.trigger()
    assert handled

    # Gói báo cáo: Nhập khóa bí danh…
    window.show_section(keys.index("bundles"))
    bundles_page = window.pages["bundles"]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(key_file), ""))
    bundles_page.pseudonym_button.click()
    qtbot.waitUntil(lambda: "Đã nhập khóa bí danh" in bundles_page.pseudonym_label.text(), timeout=10000)
    window.runner.wait_idle()
    QApplication.processEvents()
    assert used == [], f"the GUI thread ran on the writer connection: {used[:3]}"
    window.close()


def test_the_entry_dialogs_save_through_the_runner(qtbot, admin_session):
    """A petition, a legal step on it, an activity, a reception, a model and a democracy record,
    each typed into its dialog and saved with Lưu: the runner writes them and announces what
    changed; the GUI thread writes nothing itself."""
    from PySide6.QtCore import QDate

    from danvan_desktop.gui.activity_dialog import ActivityDialog
    from danvan_desktop.gui.pages.democracy_page import DemocracyDialog
    from danvan_desktop.gui.pages.models_page import ModelDialog
    from danvan_desktop.gui.pages.receptions_page import ReceptionDialog
    from danvan_desktop.gui.petition_event_dialog import PetitionEventDialog
    from danvan_desktop.gui.runner import Runner
    from danvan_desktop.services import activities, democracy, petitions, receptions
    from tests.gui.helpers import press_save
    from tests.gui.test_journey import choose

    runner = Runner()
    announced = []
    runner.changed.connect(announced.append)
    used = watch_gui_thread(admin_session.store)

    def saved(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        press_save(qtbot, dialog)
        assert dialog.result() == 1, dialog.error_texts()
        return dialog

    form = PetitionFormDialog(admin_session, today=TODAY, runner=runner)
    form.received.setDate(QDate(2026, 11, 16))
    choose(form.field, "Đất đai")
    type_text(form.name, "Hoàng Văn Đức")
    type_text(form.address, "Thôn Nà Lầu")
    type_text(form.content, "Khiếu nại việc thu hồi đất")
    petition_id = saved(form).petition_id
    step = PetitionEventDialog(admin_session, petition_id, today=TODAY, runner=runner)
    step.on.setDate(QDate(2026, 11, 18))
    step.decision.setText("5/QĐ-UBND")
    saved(step)
    activity = ActivityDialog(admin_session, today=TODAY, runner=runner)
    type_text(activity.content, "Tuyên truyền Luật Đất đai")
    saved(activity)
    reception = ReceptionDialog(admin_session, today=TODAY, runner=runner)
    type_text(reception.receiver, "Ma Văn Thắng")
    saved(reception)
    model = ModelDialog(admin_session, today=TODAY, runner=runner)
    type_text(model.name, "Dân vận khéo trong dồn điền đổi thửa")
    type_text(model.owner, "Hội Nông dân xã")
    saved(model)
    record = DemocracyDialog(admin_session, today=TODAY, runner=runner)
    type_text(record.matter, "Công khai dự toán ngân sách xã")
    record.numbers["posted_days"].setValue(30)
    saved(record)
    runner.wait_idle()

    written = [sql for sql in used if sql.lstrip().upper().startswith(WRITES)]
    assert written == [], f"the GUI thread wrote on its own: {written[:3]}"
    assert [(c.area, c.added) for c in announced] == [
        ("petitions", True), ("petitions", False), ("activities", True), ("receptions", True), ("models", True),
        ("democracy", True)]
    assert petitions.show_petition(admin_session, petition_id, today=TODAY).row["status"] != ""
    assert len(activities.list_activities(admin_session, date(2026, 1, 1), TODAY)) == 1
    assert receptions.list_receptions(admin_session, date(2026, 1, 1), TODAY)[0]["receiver"] == "Ma Văn Thắng"
    assert activities.model_input_of(admin_session, model.model_id).owner == "Hội Nông dân xã"
    assert democracy.record_input_of(admin_session, record.record_id).matter == "Công khai dự toán ngân sách xã"
