"""Gói báo cáo in the GUI: a commune exports its approved report, the province console
registers the key card, imports the bundle, and shows who reported and the summed figures."""

import functools
import time
from datetime import date, datetime, timezone

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from danvan_desktop.domain.petitions import Petitioner, PetitionInput
from danvan_desktop.domain.users import Role
from danvan_desktop.gui.main_window import MainWindow
from danvan_desktop.gui.pages import province_page as province_module
from danvan_desktop.gui.pages.bundles_page import BundlesPage
from danvan_desktop.gui.pages.province_page import ProvincePage
from danvan_desktop.gui.runner import Runner
from danvan_desktop.services import bundles, petitions, province, report_export, reports, signing
from danvan_desktop.services.auth import login
from danvan_desktop.services.setup import initialise
from danvan_desktop.services.users import add_user
from danvan_desktop.storage.database import Unlock
from tests.conftest import ADMIN_PASSWORD

TODAY = date(2026, 11, 22)
RECEIVED = datetime(2026, 11, 22, 9, 30, tzinfo=timezone.utc)


@pytest.fixture
def leader(admin_session):
    add_user(admin_session, "chutich", "Ma Văn Thắng", Role.LEADER, "matkhau-chutich")
    session = login(admin_session.store, "chutich", "matkhau-chutich")
    petitions.add_petition(session, PetitionInput(
        received_on=date(2026, 3, 2), kind="khieu_nai", channel="truc_tiep", field="dat_dai",
        content="Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất",
        petitioners=(Petitioner("Hoàng Văn Dũng", "Thôn Nà Lầu", "008085123456"),)), today=TODAY)
    bundles.set_pseudonym_key(session, bundles.new_pseudonym_key())
    return session


@pytest.fixture
def province_session(tmp_path):
    result = initialise(tmp_path / "tinh" / "tinh.db", Unlock(), "08", "admin", ADMIN_PASSWORD, "Quản Trị Tỉnh")
    yield result.session
    result.session.store.close()


@pytest.fixture
def sent(leader, tmp_path):
    """A bundle of the approved 2026 report and the unit's key card, made through the services."""
    signing.ensure_signing_key(leader)
    card = signing.export_key_card(leader, tmp_path / "the-khoa").json_path
    reports.approve(leader, "2026", TODAY)
    out = tmp_path / "gui-tinh" / "02266-2026.zip"
    out.parent.mkdir()
    report_export.export_report_bundle(leader, "2026", out, today=TODAY)
    return out, card


def commune_page(qtbot, session):
    page = BundlesPage(session, Runner(), today=TODAY)
    qtbot.addWidget(page)
    page.period_box.setCurrentIndex(page.period_box.findData("2026"))
    return page


def console(qtbot, session, monkeypatch):
    # The bundle arrives on 22/11/2026, before Tuyên Quang's due date (25/11), whatever today is.
    monkeypatch.setattr(province_module.province, "import_bundles",
                        functools.partial(province.import_bundles, received_at=RECEIVED))
    monkeypatch.setattr(province_module, "confirm", lambda *a: True)
    page = ProvincePage(session, Runner(), today=TODAY)
    qtbot.addWidget(page)
    page.period_box.setCurrentIndex(page.period_box.findData("2026"))
    qtbot.waitUntil(lambda: page.view is not None and page.view.status.period == "2026", timeout=10000)
    return page


def settle(qtbot, *pages):
    """Let background work, and the refreshes it starts when done, end before the databases close."""
    for page in pages:
        qtbot.waitUntil(lambda: not page.runner._active, timeout=20000)


def row_of(page, code):
    return next(row for row in page.status_rows() if row[0] == code)


def test_export_is_disabled_for_a_draft(qtbot, leader):
    page = commune_page(qtbot, leader)
    assert "Dự thảo" in page.status_label.text()
    assert not page.export_button.isEnabled()
    assert "chưa có khóa ký" in page.key_label.text()
    assert page.create_key_button.isVisible() or not page.isVisible()
    settle(qtbot, page)


def test_commune_exports_and_province_imports(qtbot, leader, province_session, tmp_path, monkeypatch):
    page = commune_page(qtbot, leader)
    page.create_key_button.click()
    qtbot.waitUntil(lambda: page.has_key, timeout=10000)
    fingerprint = signing.key_card(leader).fingerprint
    assert fingerprint in page.key_label.text()
    reports.approve(leader, "2026", TODAY)
    page.refresh()
    assert page.export_button.isEnabled() and "Đã phê duyệt" in page.status_label.text()

    target = tmp_path / "gui-tinh" / "02266-2026"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export_button.click()
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=20000)
    bundle = target.with_suffix(".zip")
    assert bundle.exists() and page.last_export.sequence == 1
    assert page.last_export.sha256 in page.message.text()
    qtbot.waitUntil(lambda: len(page.exported_rows()) == 1)
    period, sequence, exported_on, *_rest, file_name = page.exported_rows()[0]
    assert (period, sequence, file_name) == ("2026", "1", "02266-2026.zip")
    assert exported_on.startswith(f"{date.today():%d/%m/%Y}")
    assert reports.report(leader, "2026").status == "exported"

    cards = tmp_path / "the-khoa"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(cards))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    page.card_button.click()
    card = next(cards.glob("*.json"))
    assert fingerprint in page.message.text()

    tinh = console(qtbot, province_session, monkeypatch)
    assert row_of(tinh, "02266")[2] == "Chưa gửi"
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(card)], ""))
    tinh.import_card_button.click()
    qtbot.waitUntil(lambda: any(row[0] == "02266" for row in tinh.key_rows()), timeout=10000)
    assert tinh.key_rows()[0][3] == fingerprint

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(bundle.parent))
    tinh.import_folder()
    qtbot.waitUntil(lambda: tinh.last_summary is not None, timeout=20000)
    assert tinh.last_summary.imported == ["02266-2026.zip"] and not tinh.last_summary.rejected
    qtbot.waitUntil(lambda: tinh.view.consolidated["units"] == 1, timeout=10000)
    code, name, state, sequence, received = row_of(tinh, "02266")
    assert (state, sequence, received) == ("Đúng hạn", "1", "22/11/2026")
    assert "đúng hạn 1" in tinh.summary_label.text()
    assert ("Đơn khiếu nại", "1") in tinh.figure_items()
    assert tinh.pdf_button.isEnabled() and tinh.xlsx_button.isEnabled()
    tinh.state_filter.setCurrentIndex(tinh.state_filter.findData(province.ON_TIME))
    assert [row[0] for row in tinh.status_rows()] == ["02266"]

    tinh.drill_down(tinh.status_rows().index(row_of(tinh, "02266")))
    assert ("Đơn khiếu nại", "1") in tinh.drilldown_dialog.figure_items()
    settle(qtbot, page, tinh)


def test_main_window_shows_the_console_to_a_province(qtbot, province_session, leader):
    window = MainWindow(province_session, Runner())
    qtbot.addWidget(window)
    # Only what a province does: the communes' bundles, and its settings.
    labels = [window.ui.navigation.item(i).text() for i in range(window.ui.navigation.count())]
    assert labels == ["Tổng hợp báo cáo", "Cài đặt"]
    assert isinstance(window.pages["province"], ProvincePage) and set(window.pages) == {"province", "settings"}
    assert window.ui.pages.currentWidget() is window.pages["province"]
    commune = MainWindow(leader, Runner())
    qtbot.addWidget(commune)
    assert isinstance(commune.pages["bundles"], BundlesPage)
    settle(qtbot, window, commune)


def test_a_tampered_bundle_is_listed_with_its_reason(qtbot, sent, province_session, tmp_path, monkeypatch):
    bundle, card = sent
    province.import_key_card(province_session, card.read_bytes())
    raw = bytearray(bundle.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    tampered = tmp_path / "sua" / "02266-2026-sua.zip"
    tampered.parent.mkdir()
    tampered.write_bytes(bytes(raw))
    tinh = console(qtbot, province_session, monkeypatch)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(tampered)], ""))
    tinh.import_files()
    qtbot.waitUntil(lambda: tinh.last_summary is not None, timeout=20000)
    rows = tinh.summary_dialog.rejected_rows()
    assert len(rows) == 1 and rows[0][0] == "02266-2026-sua.zip" and rows[0][1]
    assert rows[0][1] == tinh.last_summary.rejected[0][1]
    qtbot.waitUntil(lambda: tinh.view is not None and tinh.import_worker is None)
    assert row_of(tinh, "02266")[2] == "Chưa gửi"
    settle(qtbot, tinh)


def test_cancelled_import_keeps_nothing(qtbot, sent, province_session, monkeypatch):
    bundle, card = sent
    province.import_key_card(province_session, card.read_bytes())
    tinh = console(qtbot, province_session, monkeypatch)
    tinh.runner.run(time.sleep, 0.5)  # holds the single worker so the import can be cancelled before it starts
    tinh.import_paths([bundle.parent])
    tinh.import_worker.task.cancel()
    qtbot.waitUntil(lambda: "Đã hủy" in tinh.message.text(), timeout=10000)
    assert tinh.last_summary is None
    assert province.consolidated_figures(province_session, "2026")["units"] == 0
    qtbot.waitUntil(lambda: tinh.import_worker is None and tinh.import_button.isEnabled(), timeout=10000)
    settle(qtbot, tinh)


def test_without_a_secure_keyring_the_key_is_made_under_the_leaders_signing_passphrase(qtbot, leader, monkeypatch,
                                                                                      fail_keyring):
    import json

    from PySide6.QtWidgets import QInputDialog

    asked = []
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: asked.append(a[2]) or ("chi lanh dao biet cum nay", True))
    page = commune_page(qtbot, leader)
    page.create_key_button.click()
    qtbot.waitUntil(lambda: page.has_key, timeout=20000)
    assert len(asked) == 2 and "khác cụm mật khẩu cơ sở dữ liệu" in asked[0]  # typed twice for a new key
    row = signing.signing_key_rows(leader)[0]
    assert json.loads(row["wrapped"])["under"] == "signing_passphrase"
    settle(qtbot, page)


def test_an_officer_sees_that_signing_is_a_leaders_act(qtbot, leader, admin_session):
    add_user(admin_session, "canbo", "Lý Thị Hoa", Role.OFFICER, "matkhau-canbo")
    officer = login(admin_session.store, "canbo", "matkhau-canbo")
    reports.approve(leader, "2026", TODAY)
    page = commune_page(qtbot, officer)
    page.show()
    assert not page.export_button.isEnabled()
    assert "việc của lãnh đạo" in page.status_label.text()
    assert page.export_button.toolTip() == "Chỉ lãnh đạo ký và xuất gói báo cáo."
    assert not page.create_key_button.isEnabled()
    settle(qtbot, page)


def test_evidence_chosen_goes_into_the_bundle(qtbot, leader, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    from danvan_desktop.domain.activities import ActivityInput
    from danvan_desktop.gui.evidence_choice_dialog import EvidenceChoiceDialog
    from danvan_desktop.services import activities
    from danvan_desktop.services.attachments import add_attachment

    kind = next(iter(activities.activity_kinds()))
    activity = activities.add_activity(leader, ActivityInput(held_on=date(2026, 5, 4), kind=kind,
                                                             content="Hội nghị tuyên truyền"), today=TODAY)
    photo = tmp_path / "hoi-nghi.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"0" * 2000)
    add_attachment(leader, activity, photo, "activity")
    minutes = tmp_path / "bien-ban.pdf"
    minutes.write_bytes(b"%PDF-1.4\n% bien ban\n")
    add_attachment(leader, activity, minutes, "activity")
    signing.ensure_signing_key(leader)
    reports.approve(leader, "2026", TODAY)

    def choose_first(dialog):
        assert dialog.list.count() == 2
        dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EvidenceChoiceDialog, "exec", choose_first)
    target = tmp_path / "goi.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page = commune_page(qtbot, leader)
    page.export_button.click()
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=20000)
    assert list(province.verify_file(leader, target).evidence) == ["hoi-nghi.jpg"]
    settle(qtbot, page)


def test_consolidated_pdf_and_spreadsheet(qtbot, sent, province_session, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    bundle, card = sent
    province.import_key_card(province_session, card.read_bytes())
    assert province.import_bundles(province_session, [bundle]).imported
    tinh = console(qtbot, province_session, monkeypatch)
    tinh.pdf_button.click()
    qtbot.waitUntil(lambda: getattr(tinh, "preview_dialog", None) is not None, timeout=20000)
    assert tinh.preview_dialog.pdf.startswith(b"%PDF") and tinh.preview_dialog.page_labels
    target = tmp_path / "tong-hop.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tinh.xlsx_button.click()
    qtbot.waitUntil(lambda: "Đã xuất" in tinh.message.text(), timeout=20000)
    book = load_workbook(target)
    assert book["Tổng hợp"]["B2"].value == 1 and "Tình hình gửi" in book.sheetnames
    settle(qtbot, tinh)


def test_a_petitioner_of_two_communes_is_listed(qtbot, leader, sent, province_session, tmp_path, monkeypatch):
    bundle, card = sent
    # Both communes use the province's one key; the first bundle is made again under it.
    key_hex = bundles.new_pseudonym_key()
    bundles.set_pseudonym_key(leader, key_hex)
    reports.unlock(leader, "2026", "Nhập lại khóa bí danh của tỉnh")
    reports.approve(leader, "2026", TODAY)
    report_export.export_report_bundle(leader, "2026", bundle, today=TODAY)
    other = initialise(tmp_path / "xa2" / "xa2.db", Unlock(), "00691", "admin", ADMIN_PASSWORD, "Quản Trị").session
    try:
        add_user(other, "chutich", "Nguyễn Văn Bình", Role.LEADER, "matkhau-chutich")
        other_leader = login(other.store, "chutich", "matkhau-chutich")
        bundles.set_pseudonym_key(other_leader, key_hex)
        petitions.add_petition(other_leader, PetitionInput(
            received_on=date(2026, 4, 6), kind="kien_nghi", channel="truc_tiep", field="dat_dai",
            content="Kiến nghị về cấp giấy chứng nhận quyền sử dụng đất",
            petitioners=(Petitioner("Hoàng Văn Dũng", "Tổ 3", "008085123456"),)), today=TODAY)
        signing.ensure_signing_key(other_leader)
        other_card = signing.export_key_card(other_leader, tmp_path / "the-khoa-2").json_path
        # 00691 lies outside the former Tuyên Quang: the default windows, its year ends 14/12.
        after_its_year = date(2026, 12, 16)
        reports.approve(other_leader, "2026", after_its_year)
        report_export.export_report_bundle(other_leader, "2026", bundle.parent / "00691-2026.zip",
                                           today=after_its_year)
    finally:
        other.store.close()
    for path in (card, other_card):
        province.import_key_card(province_session, path.read_bytes())
    tinh = console(qtbot, province_session, monkeypatch)
    assert "Chưa thấy" in tinh.repeats_count.text()
    tinh.import_paths([bundle.parent])
    qtbot.waitUntil(lambda: tinh.last_summary is not None, timeout=20000)
    assert len(tinh.last_summary.imported) == 2, tinh.last_summary.rejected
    qtbot.waitUntil(lambda: tinh.view.consolidated["units"] == 2, timeout=10000)
    assert tinh.repeats_table.rowCount() == 1
    assert tinh.repeats_table.item(0, 3).text() == "00691, 02266"
    assert tinh.repeats_table.item(0, 0).text().startswith("P")
    settle(qtbot, tinh)


def test_enter_on_a_unit_opens_one_drilldown(qtbot, sent, province_session, monkeypatch):
    from PySide6.QtCore import Qt

    bundle, card = sent
    province.import_key_card(province_session, card.read_bytes())
    province.import_bundles(province_session, [bundle], received_at=RECEIVED)
    tinh = console(qtbot, province_session, monkeypatch)
    opened = []
    monkeypatch.setattr(province_module.UnitDrilldownDialog, "open", lambda self: opened.append(self))
    row = tinh.status_rows().index(row_of(tinh, "02266"))
    tinh.status_table.setCurrentCell(row, 0)
    qtbot.keyClick(tinh.status_table, Qt.Key.Key_Return)
    assert len(opened) == 1 and ("Đơn khiếu nại", "1") in opened[0].figure_items()
    settle(qtbot, tinh)


def test_a_format_1_bundle_with_fewer_figures_opens_in_the_drilldown(qtbot, province_session, monkeypatch):
    """The first released bundle (tests/fixtures/bundle-1) carries fewer figures than today's
    form: the console lists what it has instead of failing."""
    from pathlib import Path

    from PySide6.QtCore import Qt

    folder = Path(__file__).resolve().parent.parent / "fixtures" / "bundle-1"
    province.import_key_card(province_session, (folder / "danvan-02266.json").read_bytes())
    summary = province.import_bundles(province_session, [folder], received_at=RECEIVED)
    assert summary.imported == ["danvan-02266-2026-H1-002.zip"]
    tinh = console(qtbot, province_session, monkeypatch)
    tinh.period_box.setCurrentIndex(tinh.period_box.findData("2026-H1"))
    qtbot.waitUntil(lambda: tinh.view is not None and tinh.view.status.period == "2026-H1", timeout=10000)
    opened = []
    monkeypatch.setattr(province_module.UnitDrilldownDialog, "open", lambda self: opened.append(self))
    tinh.status_table.setCurrentCell(tinh.status_rows().index(row_of(tinh, "02266")), 0)
    qtbot.keyClick(tinh.status_table, Qt.Key.Key_Return)
    assert len(opened) == 1 and ("petitions.by_kind.kien_nghi", "2") in opened[0].figure_items()
    settle(qtbot, tinh)


def test_registering_a_reinstalled_units_new_card_resets_its_sequence(qtbot, province_session, monkeypatch, tmp_path):
    from danvan_desktop.bundles.minisign import SecretKey
    from danvan_desktop.security.signing_keys import KeyCard
    from danvan_desktop.storage import audit_repo

    old, new = SecretKey.generate(), SecretKey.generate()
    paths = []
    for key in (old, new):
        path = tmp_path / f"{key.public().key_id_hex}.json"
        path.write_text(KeyCard("02266", "Xã Lâm Bình", key.public(), "2026-06-01").to_json(), "utf-8")
        paths.append(path)
    tinh = console(qtbot, province_session, monkeypatch)
    questions = []
    monkeypatch.setattr(province_module, "confirm", lambda parent, title, text: questions.append(title) or True)
    for path in paths:
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, p=path, **k: ([str(p)], ""))
        tinh.import_card_button.click()
    assert questions == ["Đối chiếu dấu vân tay", "Đối chiếu dấu vân tay", "Đơn vị cài lại máy?"]
    keys = {r["key_id"]: r for r in province.unit_keys(province_session)}
    assert keys[old.public().key_id_hex]["revoked_at"] and not keys[new.public().key_id_hex]["revoked_at"]
    assert [e.action for e in audit_repo.entries(province_session.db)].count("unit_key.reset_sequence") == 1
    settle(qtbot, tinh)
