"""Opens every page and dialog and prints, one JSON line each, its minimum size and its size as
opened, in logical pixels, with the scale factor and the screen's available geometry.

    QT_SCALE_FACTOR=1.25 python -m tests.gui.window_sizes

Run in a subprocess per scale factor by tests/gui/test_screen_fit.py: QT_SCALE_FACTOR is read
when QApplication is created. Works on a throw-away data folder and an in-memory keyring (set
up here, before anything else is imported). On the offscreen platform the screen is the part
of a 1366x768 laptop above its taskbar, 1366x700 (``offscreen:configfile=``); under Xvfb it is
whatever the display is.
"""

from __future__ import annotations

import faulthandler
import json
import os
import shutil
import sys
from datetime import date

from tests.gui.probe_setup import prepare, screen  # before anything imports Qt

WORK = prepare([screen("laptop", 0, 0, 1366, 700)], "danvan-sizes-")

PASSWORD = "matkhau-quantri"
# Every window opened stays referenced until the end: one collected by Python while a
# background task or a pending event still points at it would crash the probe.
OPENED: list = []


def report(name: str, widget) -> None:
    """Shown, settled, measured: minimum = what the layout cannot go below."""
    from PySide6.QtTest import QTest

    widget.show()
    QTest.qWait(30)
    hint, minimum, size = widget.minimumSizeHint(), widget.minimumSize(), widget.size()
    available = widget.screen().availableGeometry()
    print(json.dumps({
        "name": name,
        "minimum": [max(hint.width(), minimum.width()), max(hint.height(), minimum.height())],
        "opened": [size.width(), size.height()],
        "frame": [widget.frameGeometry().width(), widget.frameGeometry().height()],
        "maximised": widget.isMaximized(),
        "available": [available.width(), available.height()],
        "scale": float(os.environ.get("QT_SCALE_FACTOR", "1") or 1),
    }), flush=True)
    widget.hide()
    OPENED.append(widget)


def main() -> int:
    faulthandler.enable()  # a crash tells where
    from danvan_desktop.gui.app import create_application

    app = create_application(["window-sizes"])
    commune = _commune()
    _wizard()
    _dialogs_before_login(commune)
    _main_window(commune)
    _entry_dialogs(commune)
    _province(commune)
    app.processEvents()
    commune.store.close()
    shutil.rmtree(WORK, ignore_errors=True)
    sys.stdout.flush()
    # Everything is measured and printed: leave without Python and Qt tearing down, in no set
    # order, the dozens of windows this probe opened (that can crash at exit).
    os._exit(0)


def _commune():
    from danvan_desktop.services.demo import load_demo
    from danvan_desktop.services.demo_petitions import load_demo_petitions
    from danvan_desktop.services.demo_work import load_demo_work
    from danvan_desktop.services.setup import initialise
    from danvan_desktop.storage.database import Unlock

    session = initialise(WORK / "data" / "danvan.db", Unlock(), "02266", "admin", PASSWORD, "Nguyễn Văn Quản").session
    load_demo(session, "matkhau-demo")
    load_demo_petitions(session, 40)
    load_demo_work(session, date.today())
    return session


def _wizard() -> None:
    from danvan_desktop.gui.wizard import FirstRunWizard

    wizard = FirstRunWizard(WORK / "new" / "danvan.db")
    report("FirstRunWizard (Chào mừng)", wizard)
    wizard.show()
    wizard.next()
    wizard.unit_page.ui.provinceSearch.setText("tuyen quang")
    wizard.unit_page.ui.communeSearch.setText("lam binh")
    report("FirstRunWizard (Đơn vị)", wizard)
    wizard.show()
    wizard.next()
    admin = wizard.admin_page.ui
    admin.fullNameEdit.setText("Nguyễn Văn Quản")
    admin.passwordEdit.setText(PASSWORD)
    admin.confirmEdit.setText(PASSWORD)
    report("FirstRunWizard (Quản trị)", wizard)
    wizard.show()
    wizard.next()
    report("FirstRunWizard (Khóa khôi phục)", wizard)
    assert wizard.result_of_setup is not None, "the wizard did not reach its last page"
    wizard.result_of_setup.session.store.close()
    other = FirstRunWizard(WORK / "other" / "danvan.db")  # the road of a new PC: a backup
    other.show()
    other.welcome_page.restore_choice.setChecked(True)
    other.next()
    assert other.currentPage() is other.restore_page
    report("FirstRunWizard (Khôi phục từ bản sao lưu)", other)


def _dialogs_before_login(session) -> None:
    from danvan_desktop.errors import SecretRequired
    from danvan_desktop.gui.login_dialog import LoginDialog
    from danvan_desktop.gui.restore_dialog import RestoreDialog
    from danvan_desktop.gui.unlock_dialog import UnlockDialog

    report("LoginDialog", LoginDialog(session.store))
    report("UnlockDialog", UnlockDialog(SecretRequired("Cần cụm mật khẩu", "Máy không có kho khóa an toàn.")))
    report("RestoreDialog", RestoreDialog(session.store.path, "Tệp dữ liệu bị hỏng ở trang 12."))


def _main_window(session) -> None:
    from danvan_desktop.gui.main_window import MainWindow

    window = MainWindow(session)
    window.show()
    for index, (key, _, label) in enumerate(window.sections):
        window.show_section(index)
        page = window.pages[key]
        hint = page.minimumSizeHint()
        print(json.dumps({"name": f"page {label}", "minimum": [hint.width(), hint.height()], "page": True,
                          "opened": [page.width(), page.height()],
                          "available": [window.screen().availableGeometry().width(),
                                        window.screen().availableGeometry().height()],
                          "scale": float(os.environ.get("QT_SCALE_FACTOR", "1") or 1)}), flush=True)
        report(f"MainWindow ({label})", window)
        window.show()
    reports = window.pages["reports"]
    for tab in range(reports.tabs.count()):
        reports.tabs.setCurrentIndex(tab)
        report(f"MainWindow (Báo cáo: {reports.tabs.tabText(tab)})", window)
        window.show()
    window.runner.wait_idle()
    _report_preview(session, window, reports)
    window.close()


def _report_preview(session, window, reports) -> None:
    from danvan_desktop.gui.pdf_preview_dialog import PdfPreviewDialog
    from danvan_desktop.services import report_documents

    reports.save()
    window.runner.wait_idle()
    pdf = report_documents.pdf_bytes(session, reports.state.period.id)
    preview = PdfPreviewDialog(pdf, "Báo cáo", "bao-cao.pdf", window)
    report("PdfPreviewDialog", preview)
    buttons = [preview.print_button, preview.save_button]
    print(json.dumps({"name": "PdfPreviewDialog buttons", "buttons_bottom": max(
        b.mapTo(preview, b.rect().bottomRight()).y() for b in buttons), "opened": [preview.width(), preview.height()]}),
        flush=True)
    preview.done(0)


def _entry_dialogs(session) -> None:
    from danvan_desktop.domain.rule_changes import Change
    from danvan_desktop.gui.about_dialog import AboutDialog
    from danvan_desktop.gui.activity_dialog import ActivityDialog
    from danvan_desktop.gui.add_user_dialog import AddUserDialog
    from danvan_desktop.gui.help_dialog import HelpDialog
    from danvan_desktop.gui.import_dialog import ImportDialog
    from danvan_desktop.gui.import_summary_dialog import ImportSummaryDialog
    from danvan_desktop.gui.pages.democracy_page import DemocracyDialog
    from danvan_desktop.gui.pages.models_page import ModelDialog
    from danvan_desktop.gui.pages.receptions_page import ReceptionDialog
    from danvan_desktop.gui.password_dialog import PasswordDialog
    from danvan_desktop.gui.petition_detail_dialog import PetitionDetailDialog
    from danvan_desktop.gui.petition_event_dialog import PetitionEventDialog
    from danvan_desktop.gui.petition_form_dialog import PetitionFormDialog
    from danvan_desktop.gui.record_detail_dialog import RecordDetailDialog
    from danvan_desktop.gui.rule_changes_dialog import RuleChangesDialog
    from danvan_desktop.gui.runner import Runner
    from danvan_desktop.services.province import ImportSummary

    petition = session.store.db.execute("select min(id) from petitions").fetchone()[0]
    report("PetitionFormDialog", PetitionFormDialog(session))
    report("PetitionFormDialog (sửa)", PetitionFormDialog(session, editing=petition))
    report("PetitionDetailDialog", PetitionDetailDialog(session, petition))
    report("PetitionEventDialog", PetitionEventDialog(session, petition))
    report("ActivityDialog", ActivityDialog(session))
    report("ReceptionDialog", ReceptionDialog(session))
    report("ModelDialog", ModelDialog(session))
    report("DemocracyDialog", DemocracyDialog(session))
    for owner, table in (("activity", "activities"), ("dvk_model", "dvk_models"), ("democracy", "democracy_records")):
        record = session.store.db.execute(f"select min(id) from {table}").fetchone()[0]
        report(f"RecordDetailDialog ({owner})", RecordDetailDialog(session, owner, record))
    report("AboutDialog", AboutDialog(session))
    report("HelpDialog", HelpDialog())
    report("PasswordDialog", PasswordDialog(session))
    report("AddUserDialog", AddUserDialog(session))
    runner = Runner()
    report("ImportDialog", ImportDialog(session, runner))
    rejected = [(f"danvan-0{n}-2026-q1.zip", "Chữ ký không khớp với khóa đã đăng ký của đơn vị.") for n in range(12)]
    report("ImportSummaryDialog", ImportSummaryDialog(ImportSummary(imported=["a.zip"], rejected=rejected)))
    changes = [Change("changed", f"Mục {n}", "Thời hạn 10 ngày làm việc", "Thời hạn 15 ngày làm việc")
               for n in range(40)]
    report("RuleChangesDialog", RuleChangesDialog("Thời hạn giải quyết", "thoi-han.json", "So với tệp đang dùng",
                                                  changes))


def _province(commune) -> None:
    from danvan_desktop.gui.evidence_choice_dialog import EvidenceChoiceDialog
    from danvan_desktop.gui.main_window import MainWindow
    from danvan_desktop.gui.unit_drilldown_dialog import UnitDrilldownDialog
    from danvan_desktop.services.setup import initialise
    from danvan_desktop.storage.database import Unlock

    candidates = [{"id": n, "kind": "hoi_nghi", "file_name": f"bien-ban-{n}.pdf", "on_date": "2026-03-02T08:00:00",
                   "size": 40960} for n in range(30)]
    report("EvidenceChoiceDialog", EvidenceChoiceDialog(candidates))
    province = initialise(WORK / "tinh" / "tinh.db", Unlock(), "08", "admin", PASSWORD, "Quản Trị Tỉnh").session
    window = MainWindow(province)
    window.show()
    for index, (key, _, label) in enumerate(window.sections):
        window.show_section(index)
        report(f"MainWindow tỉnh ({label})", window)
        window.show()
    window.runner.wait_idle()
    window.close()
    province.store.close()
    row = {"unit_name": "Xã Lâm Bình", "unit_code": "02266", "period": "2026-Q1", "sequence": 3,
           "bagging_date": "2026-04-02T08:00:00", "received_at": "2026-04-03T09:00:00", "key_id": "ab12cd34",
           "records": [], "figures": {}}
    report("UnitDrilldownDialog", UnitDrilldownDialog(row))


if __name__ == "__main__":
    sys.exit(main())
