"""A 1366x768 laptop at 100% and 125% scaling: every page and dialog fits the 1366x700 pixels
above the taskbar, and dialogs open no larger than the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from danvan_desktop.gui.screen_fit import FRAME
from tests.gui.probe_setup import run_probe

SCREEN = QSize(1366, 700)  # physical pixels above the taskbar of a 1366x768 laptop
MUST_BE_MEASURED = {"page Báo cáo", "page Cài đặt", "page Đơn thư", "PdfPreviewDialog", "PetitionFormDialog",
                    "FirstRunWizard (Khóa khôi phục)", "ActivityDialog", "ImportDialog", "MainWindow tỉnh (Tổng hợp báo cáo)"}


def measure(scale: float) -> list[dict]:
    """Every page and dialog opened in a fresh process at ``scale`` (QT_SCALE_FACTOR is read
    when the application starts), offscreen on a 1366x700 screen."""
    return run_probe("tests.gui.window_sizes", QT_SCALE_FACTOR=str(scale), QT_QPA_PLATFORM="offscreen")


@pytest.mark.parametrize("scale", [1.0, 1.25])
def test_every_page_and_dialog_fits_a_1366x768_laptop(scale):
    measured = measure(scale)
    names = {row["name"] for row in measured}
    assert MUST_BE_MEASURED <= names, f"not measured: {MUST_BE_MEASURED - names}"
    room_w, room_h = SCREEN.width() / scale, SCREEN.height() / scale  # in logical pixels
    too_large, opened_too_large = [], []
    for row in measured:
        if "minimum" not in row:
            continue
        assert row["available"] == [round(room_w), round(room_h)]  # the screen the probe ran on
        width, height = row["minimum"]
        if width > room_w or height > room_h:
            too_large.append(f"{row['name']}: cannot be smaller than {width}x{height} (room: {room_w:.0f}x{room_h:.0f})")
        if row.get("page"):
            continue  # a page is as large as the main window makes it
        width, height = row["opened"]
        if row["maximised"]:  # the window manager's frame on the screen's edges (rounded when scaled)
            fits = row["frame"][0] <= row["available"][0] + 1 and row["frame"][1] <= row["available"][1] + 1
        else:  # room for a title bar and borders of any window manager
            fits = (width + FRAME.left() + FRAME.right() <= row["available"][0]
                    and height + FRAME.top() + FRAME.bottom() <= row["available"][1])
        if not fits:
            opened_too_large.append(f"{row['name']}: opens at {width}x{height}, its frame off the screen")
    assert not too_large, "\n".join(too_large)
    assert not opened_too_large, "\n".join(opened_too_large)
    preview = next(row for row in measured if row["name"] == "PdfPreviewDialog buttons")
    assert preview["buttons_bottom"] < preview["opened"][1]  # In / Lưu PDF inside the dialog, below the pages
