"""One app per database: a second start brings the running window forward and exits."""

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from danvan_desktop.gui.single_instance import SingleInstance

ROOT = Path(__file__).resolve().parents[2]


def test_a_second_start_on_the_same_database_brings_the_first_window_forward(qtbot, db_path, tmp_path):
    first = SingleInstance(db_path)
    assert first.claim()
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        window.show()
        window.setWindowState(Qt.WindowState.WindowMinimized)
        first.window = window
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
        with qtbot.waitSignal(first.brought_forward, timeout=20000):
            second = subprocess.Popen([sys.executable, "-m", "danvan_desktop.gui.app", "--db", str(db_path)],
                                      cwd=ROOT, env=env)
        assert second.wait(30) == 0
        assert not window.windowState() & Qt.WindowState.WindowMinimized
        assert not db_path.exists()  # the second start opened nothing (no wizard, no database)
        # Another database is another instance.
        other = SingleInstance(tmp_path / "khac.db")
        assert other.claim()
        other.release()
    finally:
        first.release()
    again = SingleInstance(db_path)
    assert again.claim()  # the first one gone, the next start is the first again
    again.release()
