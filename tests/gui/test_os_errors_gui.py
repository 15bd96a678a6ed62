"""A full or read-only USB stick while exporting the key card or a report bundle: the leader
reads why in Vietnamese (not "[Errno 28] No space left on device") and nothing is left behind."""

import errno

from PySide6.QtWidgets import QFileDialog, QMessageBox

from danvan_desktop.services import bundles, reports, signing
from danvan_desktop.storage import audit_repo, bundles_repo
from tests.gui.helpers import when_modal
from tests.gui.test_account_forms import shot
from tests.gui.test_bundles_gui import TODAY, commune_page, leader, settle  # noqa: F401 - the fixture


def read_and_close(seen, name):
    def handle(box):
        seen.append(box.text())
        shot(box, name)
        box.button(QMessageBox.StandardButton.Ok).click()
    return handle


def test_a_full_usb_stick_while_exporting_the_key_card(qtbot, leader, tmp_path, monkeypatch):
    signing.ensure_signing_key(leader)
    page = commune_page(qtbot, leader)
    page.refresh()
    assert page.card_button.isEnabled()
    usb = tmp_path / "usb"
    usb.mkdir()
    real_write = signing.atomic_write_bytes

    def full_after_the_first_file(path, data, mode):
        if path.suffix == ".json":  # the .pub fitted, the card itself does not
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(path, data, mode=mode)

    monkeypatch.setattr(signing, "atomic_write_bytes", full_after_the_first_file)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    seen = []
    when_modal(read_and_close(seen, "key-card-disk-full"), QMessageBox)
    page.card_button.click()
    assert seen == [f"Không ghi được thẻ khóa vào {usb}: ổ đĩa đã đầy, hãy xóa bớt tệp hoặc chọn ổ khác."]
    assert page.error.text() == seen[0] and "Errno" not in page.error.text()
    assert list(usb.iterdir()) == []  # the .pub written first was taken back
    assert not [e for e in audit_repo.entries(leader.db) if e.action == "signing_key.export_card"]
    settle(qtbot, page)


def test_a_read_only_usb_stick_while_exporting_the_bundle_keeps_no_record(qtbot, leader, tmp_path, monkeypatch):
    signing.ensure_signing_key(leader)
    reports.approve(leader, "2026", TODAY)
    page = commune_page(qtbot, leader)
    page.refresh()
    assert page.export_button.isEnabled()
    target = tmp_path / "usb" / "02266-2026.zip"
    target.parent.mkdir()

    def refused(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(bundles, "StagedFile", refused)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    seen = []
    when_modal(read_and_close(seen, "bundle-read-only"), QMessageBox)
    page.export_button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    assert seen[0].startswith(f"Không ghi được gói báo cáo vào {target}: không có quyền ghi hoặc đọc ở đó")
    assert "Permission denied" not in seen[0]
    assert bundles_repo.last_export_sequence(leader.db, "02266", "2026") == 0  # no bundle recorded
    assert not target.exists() and reports.report(leader, "2026").status == "approved"
    settle(qtbot, page)
