"""The main window opens maximised on a small screen, then where the user left it, brought
back onto a screen when its monitor is gone."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QRect, QSize

from danvan_desktop.gui.screen_fit import FRAME
from danvan_desktop.gui.window_state import SETTINGS_FILE, placement
from tests.gui.probe_setup import run_probe


def test_first_start_is_maximised_on_a_small_screen_only():
    laptop = QRect(0, 0, 1366, 728)  # 1366x768 less a 40-pixel taskbar
    rect, maximised = placement(None, False, [laptop], laptop, QSize(1180, 760))
    assert maximised and laptop.contains(rect)
    at_125 = QRect(0, 0, 1093, 582)
    rect, maximised = placement(None, False, [at_125], at_125, QSize(1180, 760))
    assert maximised and at_125.contains(rect)
    desktop = QRect(0, 0, 1920, 1040)
    rect, maximised = placement(None, False, [desktop], desktop, QSize(1180, 760))
    assert not maximised and rect.size() == QSize(1180, 760) and rect.center() == desktop.marginsRemoved(FRAME).center()


def test_a_remembered_place_is_kept_and_brought_back_on_screen():
    primary, second = QRect(0, 0, 1920, 1040), QRect(1920, 0, 1280, 1024)
    saved = QRect(2100, 100, 1000, 700)
    assert placement(saved, False, [primary, second], primary, QSize(1180, 760)) == (saved, False)
    assert placement(saved, True, [primary, second], primary, QSize(1180, 760)) == (saved, True)
    # The second monitor was unplugged: the window comes back onto the primary one, same size.
    rect, maximised = placement(saved, False, [primary], primary, QSize(1180, 760))
    assert not maximised and rect.size() == saved.size() and primary.marginsRemoved(FRAME).contains(rect)
    # Half off the left edge: moved in.
    rect, _ = placement(QRect(-600, 300, 1000, 700), False, [primary], primary, QSize(1180, 760))
    assert rect == QRect(FRAME.left(), 300, 1000, 700)
    # Remembered on a big screen, now on a laptop: as large as the laptop allows, maximised.
    laptop = QRect(0, 0, 1366, 728)
    rect, maximised = placement(QRect(100, 100, 1600, 900), False, [laptop], laptop, QSize(1180, 760))
    assert maximised and laptop.marginsRemoved(FRAME).contains(rect)


def start_app(data: Path, screens: list[list[int]], *action: str) -> tuple[dict, dict]:
    """One start of the main window on ``screens`` (offscreen, unscaled): where it opened, and
    where it was when the user closed it after ``action``."""
    opened, closed = run_probe("tests.gui.window_places", json.dumps(screens), *action, DANVAN_DATA_DIR=str(data),
                               QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="1")
    return opened, closed


def test_main_window_opens_maximised_on_a_laptop_then_where_it_was_left(tmp_path):
    laptop = [[0, 0, 1366, 700]]
    opened, _ = start_app(tmp_path / "laptop", laptop)
    assert opened["maximised"]

    two_monitors = [[0, 0, 1920, 1080], [1920, 0, 1280, 1024]]
    data = tmp_path / "office"
    opened, _ = start_app(data, two_monitors, "move", "2100", "100", "1000", "700")
    assert not opened["maximised"] and opened["geometry"] == [370, 172, 1180, 760]  # centred, as designed
    assert (data / SETTINGS_FILE).exists()  # kept in the data folder, never the real home
    opened, _ = start_app(data, two_monitors, "maximise")
    assert opened == {"geometry": [2100, 100, 1000, 700], "normal": [2100, 100, 1000, 700], "maximised": False}
    opened, closed = start_app(data, two_monitors, "restore")
    assert opened["maximised"] and opened["normal"] == [2100, 100, 1000, 700]
    assert closed == {"geometry": [2100, 100, 1000, 700], "maximised": False}  # un-maximised: the size left
    # The second monitor is gone: the window comes back onto the first, its size kept.
    opened, _ = start_app(data, [[0, 0, 1920, 1080]])
    assert not opened["maximised"] and opened["geometry"][2:] == [1000, 700]
    assert QRect(0, 0, 1920, 1080).contains(QRect(*opened["geometry"]))
