"""``danvan-desktop --self-test``: the core self-test, then Qt: platform, fonts, icons, windows.

Prints each problem and ``Tự kiểm tra: KHÔNG ĐẠT`` (exit 1), or ``Tự kiểm tra: ĐẠT`` (exit 0).
Touches neither the user's data nor their keyring (temporary folder, in-memory keyring).
"""

from __future__ import annotations

import os
import sys
import tempfile
import unicodedata
from pathlib import Path

# Every Vietnamese letter (12 vowels with the five tones, and đ), both cases.
_BASES = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
VIETNAMESE_LETTERS = "".join(sorted(
    {unicodedata.normalize("NFC", base + tone) for base in _BASES for tone in _TONES} | {"đ"}
    | {unicodedata.normalize("NFC", base + tone).upper() for base in _BASES for tone in _TONES} | {"Đ"}
))
SAMPLE_TEXT = "Đơn thư khiếu nại, tố cáo — Dân vận khéo; Ủy ban nhân dân xã Lâm Bình"


def main() -> int:
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a server or CI: no screen
    from ..selftest import run_core_self_test

    problems = run_core_self_test()
    try:
        problems += _qt_checks()
    except Exception as error:  # report, do not crash: the output is what support reads
        problems.append(f"Qt: lỗi không mong đợi {type(error).__name__}: {error}")
    lines = [f"LỖI: {problem}" for problem in problems]
    lines.append("Tự kiểm tra: ĐẠT" if not problems else "Tự kiểm tra: KHÔNG ĐẠT")
    _report("\n".join(lines) + "\n")
    return 0 if not problems else 1


def _report(text: str) -> None:
    """To the console; a windowed build (Windows, macOS) has none, so also to a file."""
    if sys.stdout is not None:
        try:  # a console or pipe in a legacy code page must not turn a pass into a crash
            sys.stdout.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError):
            pass
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
            return
        except OSError:
            pass
    report = Path(tempfile.gettempdir()) / "danvan-desktop-selftest.txt"
    report.write_text(text, encoding="utf-8")


def _qt_checks() -> list[str]:
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QIcon
    from PySide6.QtWidgets import QApplication, QLabel

    from ..paths import resource
    from ..selftest import FONT_FILES
    from .app import create_application

    problems: list[str] = []
    app = create_application([sys.argv[0] if sys.argv else "danvan-desktop"])  # loads the bundled fonts too
    for name in FONT_FILES:  # each file on its own, so a damaged one is named
        path = resource("fonts", name)
        if path.is_file() and QFontDatabase.addApplicationFont(str(path)) < 0:
            problems.append(f"Qt không đọc được phông {name}")
    families = set(QFontDatabase.families())
    for family in ("Liberation Sans", "Liberation Serif"):
        if family not in families:
            problems.append(f"không nạp được phông {family}")
            continue
        metrics = QFontMetrics(QFont(family))
        missing = [c for c in VIETNAMESE_LETTERS if not metrics.inFontUcs4(ord(c))]
        if missing:
            problems.append(f"phông {family} thiếu chữ: {''.join(missing)}")
    if "Liberation Sans" not in app.font().family():
        problems.append(f"phông giao diện là {app.font().family()!r}, không phải Liberation Sans")

    icons = sorted(resource("icons").glob("*.svg"))
    for path in icons:
        if QIcon(str(path)).pixmap(32, 32).isNull():
            problems.append(f"không nạp được biểu tượng {path.name} (thiếu plugin SVG của Qt?)")

    label = QLabel(SAMPLE_TEXT)
    label.show()
    image = label.grab().toImage()
    label.close()
    if image.isNull():
        problems.append("không vẽ được cửa sổ")
    elif len({image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(image.height())}) < 2:
        problems.append("cửa sổ vẽ ra trống trơn: chữ không hiện")
    QApplication.processEvents()
    problems += _main_window_check()
    return problems


def _pdf_preview_problems(session) -> list[str]:
    """The in-app preview renders a page (PDFium inside the build)."""
    from ..services import report_documents, reports

    try:
        pdf = report_documents.pdf_bytes(session, reports.current(session).id)
    except Exception:
        return []  # already reported by the core self-test
    try:
        from .pdf_preview_dialog import PdfPreviewDialog

        dialog = PdfPreviewDialog(pdf, "", "")
        ok = bool(dialog.page_labels) and not dialog.page_labels[0].pixmap().isNull()
        dialog.done(0)
        dialog.deleteLater()
    except Exception as error:
        return [f"xem trước PDF: {type(error).__name__}: {error}"]
    return [] if ok else ["không hiển thị được bản xem trước PDF"]


def _main_window_check() -> list[str]:
    """The real main window over a throwaway database: every page, form and icon it uses."""
    import keyring
    from PySide6.QtWidgets import QApplication

    from ..security.memory_keyring import MemoryKeyring
    from ..services.setup import initialise
    from ..storage.database import Unlock
    from .main_window import MainWindow

    previous_keyring = keyring.get_keyring()
    previous_dir = os.environ.get("DANVAN_DATA_DIR")
    keyring.set_keyring(MemoryKeyring())
    try:
        with tempfile.TemporaryDirectory(prefix="danvan-selftest-gui-") as folder:
            os.environ["DANVAN_DATA_DIR"] = folder
            result = initialise(Path(folder) / "selftest.db", Unlock(), "02266", "selftest",
                                "Tu-kiem-tra-" + os.urandom(6).hex(), "Tự kiểm tra")
            try:
                window = MainWindow(result.session)
                window.show()
                QApplication.processEvents()
                shot = window.grab()
                window.close()
                window.deleteLater()
                QApplication.processEvents()
                if shot.isNull():
                    return ["không vẽ được cửa sổ chính"]
                return _pdf_preview_problems(result.session)
            finally:
                result.session.store.close()
    finally:
        keyring.set_keyring(previous_keyring)
        if previous_dir is None:
            os.environ.pop("DANVAN_DATA_DIR", None)
        else:
            os.environ["DANVAN_DATA_DIR"] = previous_dir
    return []
