"""``danvan-desktop --self-test``: the core self-test, then Qt: platform, fonts, icons, a window."""

from __future__ import annotations

import os
import sys


def main() -> int:
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ..selftest import run_core_self_test

    problems = run_core_self_test()
    from PySide6.QtWidgets import QApplication, QLabel

    from .app import create_application
    from .assets import icon
    from .main_window import SECTIONS

    app = create_application([sys.argv[0]])
    if "Liberation Sans" not in app.font().family():
        problems.append("không nạp được phông Liberation Sans")
    for _, name, _ in SECTIONS:
        if icon(name).isNull():
            problems.append(f"không nạp được biểu tượng {name}")
    label = QLabel("Đơn thư khiếu nại, tố cáo — Dân vận khéo")
    label.show()
    if label.grab().isNull():
        problems.append("không vẽ được cửa sổ")
    label.close()
    QApplication.processEvents()
    for problem in problems:
        print(f"LỖI: {problem}")
    print("Tự kiểm tra: ĐẠT" if not problems else "Tự kiểm tra: KHÔNG ĐẠT")
    return 0 if not problems else 1
