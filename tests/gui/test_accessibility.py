"""Accessibility (issue 11, item 7): every page, tab, dialog and wizard page names its inputs,
tables and buttons for a screen reader, and Tab moves through each in the order it is laid
out, reaching everything. Walked on demo data, sections opened from the navigation. The rules
(what counts as a name, what counts as reading order) are in ``tests/gui/accessibility_audit.py``."""

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog

from danvan_desktop.gui.main_window import MainWindow
from danvan_desktop.services.backup import backup_now
from danvan_desktop.services.demo import load_demo
from danvan_desktop.services.demo_petitions import load_demo_petitions
from danvan_desktop.services.demo_work import load_demo_work
from tests.gui.accessibility_audit import (
    describe, out_of_reading_order, tab_sequence, tab_stops, unnamed_in_every_tab, unnamed_widgets,
)
from tests.gui.test_reports_page import people  # noqa: F401 - the fixture

TODAY = date(2026, 11, 22)


@pytest.fixture
def demo_window(qtbot, admin_session):
    load_demo(admin_session)
    load_demo_petitions(admin_session, 120, today=TODAY)
    load_demo_work(admin_session, TODAY)
    backup_now(admin_session)  # the settings page lists it (the list is hidden while empty)
    window = MainWindow(admin_session)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    window.runner.wait_idle()
    yield window
    window.runner.wait_idle()
    window.close()


def unnamed_in_every_section(qtbot, window) -> list[str]:
    """Each section opened from the navigation, as the user clicks it, every tab shown."""
    offenders = []
    for row in range(window.ui.navigation.count()):
        window.ui.navigation.setCurrentRow(row)
        window.runner.wait_idle()
        qtbot.wait(20)  # the page's refresh, started by the click, painted
        offenders += [f"{window.sections[row][0]}: {w}" for w in unnamed_in_every_tab(window)]
    window.runner.wait_idle()
    return offenders


def test_every_page_names_its_widgets(qtbot, demo_window):
    offenders = unnamed_in_every_section(qtbot, demo_window)
    assert not offenders, "unnamed interactive widgets:\n" + "\n".join(offenders)


def test_the_province_console_names_its_widgets(qtbot, tmp_path):
    from danvan_desktop.services.setup import initialise
    from danvan_desktop.storage.database import Unlock
    from tests.conftest import ADMIN_PASSWORD

    result = initialise(tmp_path / "tinh" / "tinh.db", Unlock(), "08", "admin", ADMIN_PASSWORD, "Quản Trị Tỉnh")
    window = MainWindow(result.session)
    qtbot.addWidget(window)
    window.show()
    offenders = unnamed_in_every_section(qtbot, window)
    window.show_section(0)  # Tổng hợp báo cáo
    window.runner.wait_idle()
    for index in range(window.pages["province"].tabs.count()):
        window.pages["province"].tabs.setCurrentIndex(index)
        offenders += [f"province, Tab: {p}" for p in check_tab_order(
            qtbot, window, start=window.ui.navigation, within=window.pages["province"])]
    window.close()
    result.session.store.close()
    assert not offenders, "unnamed interactive widgets, Tab order:\n" + "\n".join(offenders)


def test_the_rule_finds_what_a_screen_reader_cannot_name(qtbot):
    """The audit itself: a field with no label, a combo box named only by its current item,
    a table, fields named only by their group box; and what names them."""
    from PySide6.QtWidgets import (
        QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QTableWidget, QToolButton,
        QVBoxLayout, QWidget,
    )

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    bare, combo, table, icon_only = QLineEdit(), QComboBox(), QTableWidget(1, 1), QToolButton()
    combo.addItem("Mọi lĩnh vực")
    for name, widget in (("bare", bare), ("combo", combo), ("table", table), ("icon_only", icon_only)):
        widget.setObjectName(name)
        layout.addWidget(widget)
    group = QGroupBox("Người đứng tên")
    in_group = QVBoxLayout(group)
    first, second = QLineEdit(objectName="first"), QLineEdit(objectName="second")
    in_group.addWidget(first)
    in_group.addWidget(second)
    layout.addWidget(group)
    form = QFormLayout()
    labelled, labelled_combo = QLineEdit(), QComboBox()
    labelled_combo.addItem("Đất đai")
    form.addRow("&Họ và tên:", labelled)
    form.addRow("Lĩnh vực:", labelled_combo)
    layout.addLayout(form)
    buddy = QLabel("&Địa chỉ:")
    addressed = QLineEdit()
    buddy.setBuddy(addressed)
    layout.addWidget(buddy)
    layout.addWidget(addressed)
    layout.addWidget(QPushButton("&Lưu"))
    root.show()
    found = unnamed_widgets(root)
    assert sorted(w.split(" ")[0].split(".")[-1] for w in found) == [
        "bare", "combo", "first", "icon_only", "second", "table"]
    for widget, name in ((bare, "Tìm"), (combo, "Lĩnh vực"), (table, "Bảng"), (icon_only, "Lịch"),
                         (first, "Họ tên"), (second, "Địa chỉ")):
        widget.setAccessibleName(name)
    assert unnamed_widgets(root) == []


def test_the_date_fields_calendar_names_its_parts(qtbot, admin_session):
    from PySide6.QtCore import Qt

    from danvan_desktop.gui.petition_form_dialog import PetitionFormDialog

    form = PetitionFormDialog(admin_session, today=TODAY)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClick(form.received, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # the calendar, as a user opens it
    qtbot.waitUntil(lambda: form.received.popup is not None and form.received.popup.isVisible())
    assert unnamed_widgets(form.received.popup) == []
    form.received.popup.hide()


def first_id(session, table):
    return session.store.reader().execute(f"SELECT min(id) FROM {table}").fetchone()[0]


def every_dialog(window):
    """(name, dialog) for each dialog and wizard page of the app, built on the demo data as
    the page that opens it builds it."""
    from danvan_desktop.domain.rule_changes import Change
    from danvan_desktop.errors import SecretRequired
    from danvan_desktop.gui.about_dialog import AboutDialog
    from danvan_desktop.gui.activity_dialog import ActivityDialog
    from danvan_desktop.gui.add_user_dialog import AddUserDialog
    from danvan_desktop.gui.evidence_choice_dialog import EvidenceChoiceDialog
    from danvan_desktop.gui.help_dialog import HelpDialog
    from danvan_desktop.gui.import_dialog import ImportDialog
    from danvan_desktop.gui.import_summary_dialog import ImportSummaryDialog
    from danvan_desktop.gui.login_dialog import LoginDialog
    from danvan_desktop.gui.pages.democracy_page import DemocracyDialog
    from danvan_desktop.gui.pages.models_page import ModelDialog
    from danvan_desktop.gui.pages.receptions_page import ReceptionDialog
    from danvan_desktop.gui.password_dialog import PasswordDialog
    from danvan_desktop.gui.pdf_preview_dialog import PdfPreviewDialog
    from danvan_desktop.gui.petition_detail_dialog import PetitionDetailDialog
    from danvan_desktop.gui.petition_event_dialog import PetitionEventDialog
    from danvan_desktop.gui.petition_form_dialog import PetitionFormDialog
    from danvan_desktop.gui.record_detail_dialog import RecordDetailDialog
    from danvan_desktop.gui.restore_dialog import RestoreDialog
    from danvan_desktop.gui.rule_changes_dialog import RuleChangesDialog
    from danvan_desktop.gui.unit_drilldown_dialog import UnitDrilldownDialog
    from danvan_desktop.gui.unlock_dialog import UnlockDialog
    from danvan_desktop.services.province import ImportSummary
    from tests.gui.test_pdf_preview import two_pages

    session = window.session
    petition = first_id(session, "petitions")
    yield "PetitionFormDialog", PetitionFormDialog(session, window, today=TODAY)
    yield "PetitionFormDialog (sửa)", PetitionFormDialog(session, window, today=TODAY, editing=petition)
    yield "PetitionEventDialog", PetitionEventDialog(session, petition, window, today=TODAY)
    yield "PetitionDetailDialog", PetitionDetailDialog(session, petition, window, today=TODAY)
    yield "ActivityDialog", ActivityDialog(session, window, today=TODAY)
    yield "ReceptionDialog", ReceptionDialog(session, window, today=TODAY)
    yield "ReceptionDialog (sửa)", ReceptionDialog(session, window, today=TODAY,
                                                   editing=first_id(session, "receptions"))
    yield "ModelDialog", ModelDialog(session, window, today=TODAY)
    yield "DemocracyDialog", DemocracyDialog(session, window, today=TODAY)
    for owner, table in (("activity", "activities"), ("dvk_model", "dvk_models"), ("democracy", "democracy_records")):
        yield f"RecordDetailDialog ({owner})", RecordDetailDialog(session, owner, first_id(session, table), window,
                                                                  edit=lambda _: False)
    yield "AddUserDialog", AddUserDialog(session, window)
    yield "PasswordDialog", PasswordDialog(session, window)
    yield "PasswordDialog (người khác)", PasswordDialog(session, window, "vanphong", "Nguyễn Thị Hồng Nhung")
    yield "AboutDialog", AboutDialog(session, window)
    yield "HelpDialog", HelpDialog(window)
    for register in ("petitions", "receptions", "activities"):
        yield f"ImportDialog ({register})", ImportDialog(session, window.runner, register, window)
    yield "ImportSummaryDialog", ImportSummaryDialog(ImportSummary(
        imported=["02266-2026.zip"], rejected=[("02267-2026.zip", "Chữ ký không khớp")]), window)
    yield "RuleChangesDialog", RuleChangesDialog("Ngày nghỉ lễ", "ngay-nghi.json", "So với tệp đang dùng",
                                                 [Change("added", "01/01/2027", "", "Tết Dương lịch")], window)
    yield "EvidenceChoiceDialog", EvidenceChoiceDialog([{"id": 1, "kind": "doi_thoai", "file_name": "bien-ban.pdf",
                                                         "on_date": "2026-10-02", "size": 20480}], window)
    yield "UnitDrilldownDialog", UnitDrilldownDialog({
        "unit_name": "Xã Lâm Bình", "unit_code": "02266", "period": "2026", "sequence": 1,
        "bagging_date": "2026-11-20", "received_at": "2026-11-21T08:00:00", "key_id": "abcd", "records": [],
        "figures": None}, window)
    yield "PdfPreviewDialog", PdfPreviewDialog(two_pages(), "Báo cáo năm 2026", "bao-cao.pdf", window)
    yield "UnlockDialog", UnlockDialog(SecretRequired("Cần cụm mật khẩu để mở dữ liệu.", "Không có kho khóa."))
    yield "UnlockDialog (khóa khôi phục)", UnlockDialog(SecretRequired("x", "y", kind="recovery_key"))
    yield "LoginDialog", LoginDialog(session.store)
    yield "RestoreDialog", RestoreDialog(session.store.path, "Tệp bị hỏng.")
    yield "RestoreDialog (từ Cài đặt)", RestoreDialog(session.store.path, "", window, needs_admin=False)


def each_dialog_on_screen(qtbot, window):
    """Each dialog shown in turn (closed when the caller moves on to the next)."""
    for name, dialog in every_dialog(window):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        window.runner.wait_idle()
        yield name, dialog
        dialog.close()


def test_every_dialog_names_its_widgets(qtbot, demo_window):
    offenders = []
    for name, dialog in each_dialog_on_screen(qtbot, demo_window):
        offenders += [f"{name}: {w}" for w in unnamed_in_every_tab(dialog)]
    assert not offenders, "unnamed interactive widgets:\n" + "\n".join(offenders)


def test_every_wizard_page_names_its_widgets(qtbot, db_path, fail_keyring):
    """Walked as on a PC without a secure keyring (the passphrase page is there), up to the
    recovery key; then the other road from the welcome page, the restore from a backup."""
    from danvan_desktop.gui.wizard import FirstRunWizard
    from tests.conftest import PASSPHRASE
    from tests.gui.test_wizard import choose_lam_binh, fill_admin

    offenders = []

    def audit(wizard):
        page = type(wizard.currentPage()).__name__
        offenders.extend(f"FirstRunWizard {page}: {w}" for w in unnamed_widgets(wizard))
        offenders.extend(f"FirstRunWizard {page}, Tab: {p}" for p in check_tab_order(qtbot, wizard))

    wizard = FirstRunWizard(db_path)
    qtbot.addWidget(wizard)
    wizard.show()
    audit(wizard)  # the welcome page
    choose_lam_binh(qtbot, wizard)  # Tiếp theo on the unit page too
    wizard.back()
    audit(wizard)
    wizard.next()
    fill_admin(wizard)
    audit(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.passphrase_page
    wizard.passphrase_page.ui.passphraseEdit.setText(PASSPHRASE)
    wizard.passphrase_page.ui.confirmEdit.setText(PASSPHRASE)
    audit(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.recovery_page
    audit(wizard)
    wizard.result_of_setup.session.store.close()
    other = FirstRunWizard(db_path.parent / "other.db")
    qtbot.addWidget(other)
    other.show()
    other.welcome_page.restore_choice.click()
    other.next()
    assert other.currentPage() is other.restore_page
    audit(other)
    assert not offenders, "unnamed interactive widgets, Tab order:\n" + "\n".join(offenders)


def check_tab_order(qtbot, window, start=None, within=None) -> list[str]:
    """Tab from the first field (or ``start``) round the window: every field and button of
    ``within`` (the window) reached, each step in reading order. Returns what is wrong."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    stops = tab_stops(within or window)
    assert stops, "nothing to reach with Tab: is the page on screen?"
    if start is None:
        start = min(stops, key=lambda w: (w.mapToGlobal(w.rect().topLeft()).y(), w.mapToGlobal(w.rect().topLeft()).x()))
    visited = tab_sequence(window, start)
    problems = out_of_reading_order(visited)
    problems += [f"never reached by Tab: {describe(w)}" for w in stops if w not in visited]
    return problems


def entry_forms(session):
    """(name, form, how to set it up) for the entry forms an officer fills in all day."""
    from danvan_desktop.gui.activity_dialog import ActivityDialog
    from danvan_desktop.gui.add_user_dialog import AddUserDialog
    from danvan_desktop.gui.login_dialog import LoginDialog
    from danvan_desktop.gui.pages.democracy_page import DemocracyDialog
    from danvan_desktop.gui.pages.models_page import ModelDialog
    from danvan_desktop.gui.pages.receptions_page import ReceptionDialog
    from danvan_desktop.gui.petition_form_dialog import PetitionFormDialog

    def choose(**choices):
        def apply(form):
            for attribute, code in choices.items():
                box = getattr(form, attribute)
                box.setCurrentIndex(box.findData(code))
        return apply

    yield ("PetitionFormDialog (khiếu nại chuyển đến, nhiều người)", PetitionFormDialog(session, today=TODAY),
           choose(kind="khieu_nai", channel="chuyen_den", signatories="nhieu_nguoi"))
    yield "PetitionFormDialog (tố cáo)", PetitionFormDialog(session, today=TODAY), choose(kind="to_cao")
    yield "ActivityDialog", ActivityDialog(session, today=TODAY), None
    yield "ReceptionDialog", ReceptionDialog(session, today=TODAY), None
    yield "ModelDialog", ModelDialog(session, today=TODAY), None
    yield "DemocracyDialog", DemocracyDialog(session, today=TODAY), None
    yield "AddUserDialog", AddUserDialog(session), None
    yield "LoginDialog", LoginDialog(session.store), None


def test_tab_follows_the_layout_of_the_entry_forms(qtbot, admin_session):
    problems = []
    for name, form, set_up in entry_forms(admin_session):
        qtbot.addWidget(form)
        form.show()
        if set_up:
            set_up(form)
        problems += [f"{name}: {p}" for p in check_tab_order(qtbot, form)]
        form.done(QDialog.DialogCode.Rejected)  # closed without the discard question (choices were set)
    assert not problems, "Tab order against the layout:\n" + "\n".join(problems)


def test_tab_follows_the_layout_of_every_dialog(qtbot, demo_window):
    """The detail dialogs (their attachments beside or below, Sửa… before Đóng), the guide
    (Tab goes link by link, then on to its buttons), the import, the PDF preview…"""
    problems = []
    for name, dialog in each_dialog_on_screen(qtbot, demo_window):
        problems += [f"{name}: {p}" for p in check_tab_order(qtbot, dialog)]
    assert not problems, "Tab order against the layout:\n" + "\n".join(problems)


def test_tab_goes_through_every_page_and_out_of_its_tables(qtbot, demo_window):
    """From the navigation round each section: filters, register, the buttons below it. A
    register table gives Tab back (arrows move between rows), or what follows it is out of reach."""
    window, problems = demo_window, []
    for row in range(window.ui.navigation.count()):
        window.ui.navigation.setCurrentRow(row)
        window.runner.wait_idle()
        qtbot.wait(20)
        problems += [f"{window.sections[row][0]}: {p}" for p in check_tab_order(
            qtbot, window, start=window.ui.navigation, within=window.ui.pages.currentWidget())]
    assert not problems, "Tab order against the layout:\n" + "\n".join(problems)


def test_tab_follows_the_layout_of_the_report_page(qtbot, people):  # noqa: F811 - the fixture
    """Each tab of Báo cáo (figures, text, self-assessment, the directive's sections), as an
    officer and as the leader who approves, from the navigation round to it again."""
    problems = []
    for who in ("officer", "leader"):
        window = MainWindow(people[who])
        qtbot.addWidget(window)
        window.show()
        window.show_section(6)
        page = window.pages["reports"]
        window.runner.wait_idle()
        qtbot.waitUntil(lambda: page.figures is not None, timeout=10000)
        for index in range(page.tabs.count()):
            page.tabs.setCurrentIndex(index)
            problems += [f"{who}, {page.tabs.tabText(index)}: {p}"
                         for p in check_tab_order(qtbot, window, start=window.ui.navigation, within=page)]
        window.runner.wait_idle()
        window.close()
    assert not problems, "Tab order against the layout:\n" + "\n".join(problems)


def test_the_order_rule_finds_a_field_reached_out_of_turn(qtbot):
    from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QWidget

    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    name, address, phone = QLineEdit(objectName="name"), QLineEdit(objectName="address"), QLineEdit(objectName="phone")
    for label, field in (("Họ và tên:", name), ("Địa chỉ:", address), ("Điện thoại:", phone)):
        form.addRow(label, field)
    dialog.show()
    assert check_tab_order(qtbot, dialog) == []
    QWidget.setTabOrder(name, phone)  # Tab jumps over the address and comes back up to it
    QWidget.setTabOrder(phone, address)
    assert check_tab_order(qtbot, dialog) == ["?.phone (QLineEdit) → ?.address (QLineEdit)"]
