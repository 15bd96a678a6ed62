"""Screenshots of every window, for looking at the GUI as a user would.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py screenshots/ [--guide]

Runs on a throw-away database with an in-memory keyring, shows each window for real on
the (virtual) screen at the size the app gives it (QT_SCALE_FACTOR=1.25 for a laptop at
125%) and grabs the whole screen into PNG files. With ``--guide`` the
windows the user guide shows are also written, cropped to the window, into
resources/help/images/ (the guide's screenshots stay current with one command).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

import keyring

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


ROOT = Path(__file__).resolve().parent.parent
GUIDE_FOLDER = ROOT / "resources" / "help" / "images"
GUIDE_WIDTH = 960
# Screenshot name -> the file resources/help/huong-dan.html shows.
GUIDE_SHOTS = {
    "02-wizard-unit": "khoi-dong-don-vi.png",
    "15-petitions-search": "don-thu.png",
    "18-reception-dialog": "tiep-dan.png",
    "20-report-narrative": "bao-cao.png",
    "23-import-dialog": "nhap-excel.png",
}


def main() -> int:
    args = [a for a in sys.argv[1:] if a != "--guide"]
    guide = GUIDE_FOLDER if "--guide" in sys.argv[1:] else None
    out = Path(args[0] if args else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="danvan-shots-"))
    os.environ["DANVAN_DATA_DIR"] = str(work)
    from danvan_desktop.security.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    from danvan_desktop.gui.app import create_application
    from danvan_desktop.gui.login_dialog import LoginDialog
    from danvan_desktop.gui.main_window import MainWindow
    from danvan_desktop.gui.wizard import FirstRunWizard
    from danvan_desktop.services.demo import load_demo
    from danvan_desktop.services.demo_petitions import load_demo_petitions

    app = create_application(["screenshots"])

    def shot(name: str, widget) -> None:
        widget.show()
        widget.raise_()
        for _ in range(10):
            QTest.qWait(50)
        screen = QGuiApplication.primaryScreen().grabWindow(0)
        screen.save(str(out / f"{name}.png"))
        print(out / f"{name}.png")
        if guide is not None and name in GUIDE_SHOTS:
            frame = widget.window().frameGeometry()
            picture = screen.copy(frame)
            if picture.width() > GUIDE_WIDTH:
                picture = picture.scaledToWidth(GUIDE_WIDTH, Qt.TransformationMode.SmoothTransformation)
            guide.mkdir(parents=True, exist_ok=True)
            picture.save(str(guide / GUIDE_SHOTS[name]), "PNG")
            print(guide / GUIDE_SHOTS[name])

    db = work / "danvan.db"
    wizard = FirstRunWizard(db)
    shot("01-wizard-welcome", wizard)
    wizard.next()
    wizard.unit_page.ui.provinceSearch.setText("tuyen quang")
    wizard.unit_page.ui.communeSearch.setText("lam binh")
    shot("02-wizard-unit", wizard)
    wizard.next()
    page = wizard.admin_page.ui
    page.fullNameEdit.setText("Nguyễn Văn Quản")
    page.passwordEdit.setText("matkhau-quantri")
    page.confirmEdit.setText("matkhau-quantri")
    shot("03-wizard-admin", wizard)
    wizard.next()
    shot("04-wizard-recovery-key", wizard)
    session = wizard.result_of_setup.session
    wizard.hide()

    load_demo(session, "matkhau-demo")
    load_demo_petitions(session, 400)
    from datetime import date as _date

    from danvan_desktop.services.demo_work import load_demo_work

    load_demo_work(session, _date.today())
    login = LoginDialog(session.store)
    login.ui.usernameEdit.setText("admin")
    login.ui.passwordEdit.setText("sai")
    login.try_login()
    shot("05-login-error", login)
    login.hide()

    window = MainWindow(session)
    window.show()
    for index in range(9):
        window.show_section(index)
        QTest.qWait(300)
        app.processEvents()
        shot(f"{6 + index:02d}-main-{index + 1}", window)
    from danvan_desktop.gui.petition_detail_dialog import PetitionDetailDialog
    from danvan_desktop.gui.petition_form_dialog import PetitionFormDialog
    from danvan_desktop.gui.pages.receptions_page import ReceptionDialog

    window.show_section(3)
    petitions_page = window.pages["petitions"]
    petitions_page.search.setText("dat dai")
    petitions_page.apply_filters()
    shot("15-petitions-search", window)
    first = petitions_page.model.petition_id(0)
    detail = PetitionDetailDialog(session, first, window)
    shot("16-petition-detail", detail)
    detail.hide()
    form = PetitionFormDialog(session, window)
    form.name.setText("Nguyễn Văn An")
    form.address.setText("Thôn Nà Lầu, Xã Lâm Bình")
    form.content.setPlainText("Đề nghị giải quyết tranh chấp ranh giới đất với hộ liền kề")
    form.cccd.setText("123")
    form.save()
    form.suggest_duplicates()
    shot("17-petition-form", form)
    form.hide()
    from danvan_desktop.gui.activity_dialog import ActivityDialog

    activity = ActivityDialog(session, window)
    shot("19-activity-dialog", activity)
    activity.hide()
    reception = ReceptionDialog(session, window)
    shot("18-reception-dialog", reception)
    reception.hide()
    _work_details(session, window, work, shot)
    _import(session, window, work, shot)
    reports_page = window.pages["reports"]
    window.show_section(6)
    reports_page.tabs.setCurrentIndex(1)
    reports_page.section_edits["ket_qua"].setPlainText(
        "Ủy ban nhân dân xã đã quán triệt các văn bản về công tác dân vận chính quyền đến cán bộ, công chức.")
    shot("20-report-narrative", window)
    reports_page.tabs.setCurrentIndex(2)
    shot("21-report-self-assessment", window)
    from danvan_desktop.gui.pdf_preview_dialog import PdfPreviewDialog
    from danvan_desktop.services import report_documents

    reports_page.save()
    preview = PdfPreviewDialog(report_documents.pdf_bytes(session, reports_page.state.period.id), "Báo cáo",
                               "bao-cao.pdf", window)
    shot("22-report-preview", preview)
    preview.hide()
    _bundles(session, work, shot)
    QTimer.singleShot(0, app.quit)
    window.runner.wait_idle()
    return 0


def _import(session, window, work: Path, shot) -> None:
    """Nhập từ Excel with an old register: a title block, accents missing, a bad date."""
    from openpyxl import Workbook
    from PySide6.QtTest import QTest

    book = Workbook()
    sheet = book.active
    sheet.title = "Sổ đơn 2025"
    sheet.append(["ỦY BAN NHÂN DÂN XÃ LÂM BÌNH"])
    sheet.append(["SỔ THEO DÕI ĐƠN THƯ NĂM 2025"])
    sheet.append(["STT", "Ngày nhận đơn", "Họ tên người gửi", "Địa chỉ", "Phan loai", "Lĩnh vực", "Nội dung đơn",
                  "Kết quả xử lý", "Ngày giải quyết", "Kết luận"])
    rows = [
        [1, "12/03/2025", "Nguyễn Văn An", "Thôn Nà Lầu", "Khiếu nại", "Đất đai", "Khiếu nại quyết định thu hồi đất",
         "Đã giải quyết", "30/04/2025", "Đúng một phần"],
        [2, "06/05/2025", "Hoàng Thị Mai", "Thôn Bản Bó", "kien nghi", "Xây dựng", "Kiến nghị sửa nhà văn hóa thôn",
         "Hướng dẫn", "13/05/2025", None],
        [3, "31/06/2025", "Ma Văn Hùng", "Thôn Nà Mô", "Khiếu nại", "Đất đai", "Khiếu nại về ranh giới", None, None,
         None],
        [4, "02/07/2025", "Lý Văn Đức", "Thôn Nà Vài", "Phản ánh", "Môi trường", "Phản ánh ô nhiễm nguồn nước",
         "Lưu đơn", "20/07/2025", None],
        [5, "15/08/2025", "Trần Văn Tú", "Thôn Pác Hóp", "Góp ý", "Giao thông", "Góp ý làm đường", None, None, None],
    ]
    for row in rows:
        sheet.append(row)
    path = work / "so-don-2025.xlsx"
    book.save(path)
    window.show_section(3)
    window.import_from_excel()
    dialog = window.import_dialog
    dialog.open_file(path)
    for _ in range(100):
        QTest.qWait(50)
        if dialog.plan is not None:
            break
    shot("23-import-dialog", dialog)
    dialog.hide()


def _work_details(session, window, work: Path, shot) -> None:
    """Detail views of an activity (with a photo and a PDF as evidence), a model, a democracy record."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    from danvan_desktop.gui.record_detail_dialog import RecordDetailDialog
    from danvan_desktop.services.attachments import add_attachment

    photo = work / "hoi-nghi-tuyen-truyen.png"
    image = QImage(640, 420, QImage.Format.Format_RGB32)
    image.fill(QColor("#90caf9"))
    painter = QPainter(image)
    painter.fillRect(0, 280, 640, 140, QColor("#2e7d32"))
    painter.fillRect(260, 120, 120, 160, QColor("#c62828"))
    painter.end()
    image.save(str(photo))
    minutes = work / "bien-ban-hoi-nghi.pdf"
    minutes.write_bytes(b"%PDF-1.4\n% bien ban\n")
    for index, (key, owner) in enumerate((("activities", "activity"), ("models", "dvk_model"),
                                          ("democracy", "democracy"))):
        page = window.pages[key]
        window.show_section([k for k in window.pages].index(key))
        page.refresh()
        record_id = page.table.model().index(0, 0).data(Qt.ItemDataRole.UserRole)
        if owner == "activity":
            add_attachment(session, record_id, photo, owner)
            add_attachment(session, record_id, minutes, owner)
        dialog = RecordDetailDialog(session, owner, record_id, window)
        shot(f"{20 + index}-{key}-detail", dialog)
        dialog.hide()


def _bundles(session, work: Path, shot) -> None:
    """Gói báo cáo: the commune exports its approved report; a province database (Tuyên Quang)
    registers the key card, imports that bundle and a damaged copy, and shows its console."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from danvan_desktop.gui.import_summary_dialog import ImportSummaryDialog
    from danvan_desktop.gui.main_window import MainWindow
    from danvan_desktop.services import bundles, province, report_export, reports, signing
    from danvan_desktop.services.auth import login
    from danvan_desktop.services.setup import initialise
    from danvan_desktop.storage.database import Unlock

    leader = login(session.store, "chutich", "matkhau-demo")
    bundles.set_pseudonym_key(leader, bundles.new_pseudonym_key())
    signing.ensure_signing_key(leader)
    card = signing.export_key_card(leader, work / "the-khoa").json_path
    # Only an ended period can be approved: the latest one, whose report is due now.
    today = date.today()
    period = [p for p in reports.periods(leader, today) if p.kind != "dot_xuat" and p.end < today][-1]
    if reports.report(leader, period.id).status == "draft":
        reports.approve(leader, period.id)
    sent = work / "goi" / f"danvan-02266-{period.id}.zip"
    sent.parent.mkdir(exist_ok=True)
    report_export.export_report_bundle(leader, period.id, sent)
    damaged = work / "goi" / f"danvan-02266-{period.id}-hong.zip"
    raw = bytearray(sent.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    damaged.write_bytes(bytes(raw))

    def settle(window) -> None:
        for _ in range(10):
            QTest.qWait(100)
        window.runner.wait_idle()
        QTest.qWait(200)

    commune = MainWindow(leader)
    commune.show_section(7)
    settle(commune)
    shot("30-bundles-commune", commune)
    from danvan_desktop.gui.evidence_choice_dialog import EvidenceChoiceDialog

    choice = EvidenceChoiceDialog(report_export.evidence_candidates(leader, period.id), commune)
    if choice.list.count():
        choice.list.item(0).setCheckState(Qt.CheckState.Checked)
    shot("30b-bundles-evidence", choice)
    choice.hide()
    commune.hide()

    tinh = initialise(work / "tinh" / "tinh.db", Unlock(), "08", "admin", "matkhau-quantri", "Quản Trị Tỉnh").session
    province.import_key_card(tinh, card.read_bytes())
    summary = province.import_bundles(tinh, [sent, damaged])
    window = MainWindow(tinh)
    window.show_section(0)
    console = window.pages["province"]
    settle(window)
    shot("31-province-status", window)
    for index, name in ((1, "32-province-figures"), (2, "33-province-repeats"), (3, "34-province-keys")):
        console.tabs.setCurrentIndex(index)
        shot(name, window)
    console.tabs.setCurrentIndex(0)
    row = next(i for i, r in enumerate(console.status_rows()) if r[0] == "02266")
    console.drill_down(row)
    shot("35-province-drilldown", console.drilldown_dialog)
    console.drilldown_dialog.hide()
    dialog = ImportSummaryDialog(summary, window)
    shot("36-province-import-summary", dialog)
    dialog.hide()
    window.hide()


if __name__ == "__main__":
    sys.exit(main())
