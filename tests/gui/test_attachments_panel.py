"""The evidence panel: thumbnails, adding with the size limit, opening through a temporary file."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QDesktopServices, QImage
from PySide6.QtWidgets import QDialog, QVBoxLayout

from danvan_desktop import private_temp
from danvan_desktop.domain.activities import ActivityInput
from danvan_desktop.gui import attachments_panel
from danvan_desktop.gui.attachments_panel import AttachmentsPanel, TempFiles
from danvan_desktop.services import activities
from danvan_desktop.services.attachments import MAX_BYTES, attachments_of

TODAY = date(2026, 11, 22)


@pytest.fixture
def activity_id(admin_session):
    return activities.add_activity(admin_session, ActivityInput(
        held_on=date(2026, 11, 5), kind="tuyen_truyen", content="Tuyên truyền Luật Đất đai", participants=40),
        today=TODAY)


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "hoi-nghi.png"
    image = QImage(400, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    assert image.save(str(path))
    return path


@pytest.fixture
def opened_urls(monkeypatch):
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def _in_dialog(qtbot, panel):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    QVBoxLayout(dialog).addWidget(panel)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_adding_a_photo_shows_its_thumbnail(qtbot, admin_session, activity_id, photo):
    panel = AttachmentsPanel(admin_session, "activity", activity_id)
    qtbot.addWidget(panel)
    panel.reload()
    assert panel.list.count() == 0 and not panel.empty.isHidden()
    with qtbot.waitSignal(panel.changed):
        assert panel.add_file(photo) is not None
    assert panel.list.count() == 1 and panel.empty.isHidden()
    item = panel.list.item(0)
    assert item.text().startswith("hoi-nghi.png")
    thumbnail = item.icon().pixmap(attachments_panel.THUMBNAIL)
    # The photo itself, scaled: 400x200 keeps its shape inside 96x96.
    assert thumbnail.width() == 96 and thumbnail.height() == 48
    assert thumbnail.toImage().pixelColor(10, 10) == QColor("#2e7d32")


def test_oversized_file_is_refused_in_vietnamese_and_nothing_saved(qtbot, admin_session, activity_id, tmp_path):
    big = tmp_path / "bien-ban-qua-lon.pdf"
    with open(big, "wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: the size is checked before reading
    panel = AttachmentsPanel(admin_session, "activity", activity_id)
    qtbot.addWidget(panel)
    panel.reload()
    assert panel.add_file(big) is None
    assert "vượt giới hạn 20 MB" in panel.error.text()
    text = tmp_path / "ghi-chu.txt"
    text.write_text("không phải ảnh")
    assert panel.add_file(text) is None
    assert "không phải ảnh hoặc PDF" in panel.error.text()
    assert attachments_of(admin_session, "activity", activity_id) == [] and panel.list.count() == 0


def test_open_writes_a_temporary_copy_removed_when_the_dialog_closes(
        qtbot, admin_session, activity_id, photo, opened_urls, monkeypatch):
    files = TempFiles()
    monkeypatch.setattr(attachments_panel, "TEMP_FILES", files)
    panel = AttachmentsPanel(admin_session, "activity", activity_id)
    panel.reload()
    panel.add_file(photo)
    dialog = _in_dialog(qtbot, panel)
    panel.list.setCurrentRow(0)
    assert panel.open_button.isEnabled()
    panel.open_current()
    assert len(opened_urls) == 1
    copy = Path(opened_urls[0].toLocalFile())
    assert copy.read_bytes() == photo.read_bytes() and copy.suffix == ".png"
    assert copy.stat().st_mode & 0o077 == 0  # nobody else on the PC reads the decrypted copy
    assert copy.parent.parent == private_temp.root()  # inside the data folder, cleaned after a crash
    assert files.paths == {copy}
    dialog.accept()
    assert not copy.exists() and files.paths == set()


def test_temporary_copies_left_behind_go_at_exit(tmp_path, monkeypatch):
    files = TempFiles()
    kept = files.write(b"%PDF-1.4 bien ban", ".pdf")
    held = files.write(b"%PDF-1.4 dang mo", ".pdf")
    real_unlink = type(held).unlink

    def unlink(path, missing_ok=False):
        if path == held:
            raise PermissionError("in use")  # a Windows viewer still holds it
        real_unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(type(held), "unlink", unlink)
    files.remove_all()
    assert not kept.exists() and files.paths == {held}
    monkeypatch.undo()
    files.remove_all()
    assert not held.exists() and files.paths == set()


def test_petition_detail_uses_the_panel(qtbot, admin_session, photo, opened_urls):
    from danvan_desktop.domain.petitions import Petitioner, PetitionInput
    from danvan_desktop.gui.petition_detail_dialog import PetitionDetailDialog
    from danvan_desktop.services import petitions

    pid = petitions.add_petition(admin_session, PetitionInput(
        received_on=date(2026, 11, 2), kind="kien_nghi", channel="truc_tiep", field="moi_truong",
        content="Kiến nghị làm đường liên thôn", petitioners=(Petitioner("Lý Văn Đức"),)), today=TODAY)
    dialog = PetitionDetailDialog(admin_session, pid, today=TODAY)
    qtbot.addWidget(dialog)
    panel = dialog.attachments
    panel.add_file(photo)
    assert panel.list.count() == 1
    panel.open_item(panel.list.item(0))
    assert opened_urls and panel.list.item(0).data(Qt.ItemDataRole.UserRole) > 0
