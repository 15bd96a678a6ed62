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
