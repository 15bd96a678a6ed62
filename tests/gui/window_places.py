"""Opens the main window the way the app does, on the screens given, prints where it opened
(one JSON line), then does what it is asked (move, maximise) and closes the window as a
user would, so it remembers its place for the next start.

    DANVAN_DATA_DIR=... python -m tests.gui.window_places '[[0, 0, 1920, 1080]]' [move X Y W H | maximise]

Run by tests/gui/test_screen_fit.py once per start, each start in its own process: screens
are fixed when the application starts (a monitor unplugged between two starts). The data
folder, where the window's place is kept, is the caller's; the database is a new one each time.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from tests.gui.probe_setup import prepare, screen  # before anything imports Qt

SCREENS = json.loads(sys.argv[1])
WORK = prepare([screen(f"screen{n}", *rect) for n, rect in enumerate(SCREENS)], "danvan-places-",
               Path(os.environ["DANVAN_DATA_DIR"]))


def rect(r) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def main(action: list[str]) -> int:
    from PySide6.QtCore import QRect
    from PySide6.QtTest import QTest

    from danvan_desktop.gui.app import create_application
    from danvan_desktop.gui.main_window import MainWindow
    from danvan_desktop.services.setup import initialise
    from danvan_desktop.storage.database import Unlock

    app = create_application(["window-places"])
    session = initialise(WORK / "danvan.db", Unlock(), "02266", "admin", "matkhau-quantri", "Nguyễn Văn Quản").session
    window = MainWindow(session)
    window.show()
    QTest.qWaitForWindowExposed(window)
    print(json.dumps({"geometry": rect(window.geometry()), "normal": rect(window.normalGeometry()),
                      "maximised": window.isMaximized()}), flush=True)
    if action[:1] == ["move"]:
        window.showNormal()
        window.setGeometry(QRect(*map(int, action[1:5])))
    elif action[:1] == ["maximise"]:
        window.showMaximized()
    elif action[:1] == ["restore"]:
        window.showNormal()
    QTest.qWait(50)
    print(json.dumps({"geometry": rect(window.geometry()), "maximised": window.isMaximized()}), flush=True)
    window.close()  # remembers the place
    window.runner.wait_idle()
    session.store.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[2:]))
