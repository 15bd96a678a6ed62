"""``danvan-desktop``'s entry point: the command line first, then a splash, then the app.

Kept light on purpose: ``--version``, ``--help`` and a wrong option answer without loading
Qt, and a normal start shows the splash before the app's own modules (every page, the
report and PDF code) are imported, which takes seconds on an office PC."""

from __future__ import annotations

import argparse
import sys

from .. import APP_NAME, __version__


class _Parser(argparse.ArgumentParser):
    """Vietnamese, and heard also where there is no console (the windowed Windows build)."""

    def _print_message(self, message, file=None):
        if message:
            tell(message, error=file is not None and file is sys.stderr)

    def error(self, message):
        self.exit(2, f"Lỗi cú pháp: {message}\nXem “{self.prog} --help”.\n")

    def exit(self, status=0, message=None):
        if message:
            tell(message, error=status != 0)
        sys.exit(status)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="danvan-desktop", add_help=False,
                     description=f"{APP_NAME}: công tác dân vận chính quyền cấp xã (đơn thư, tiếp công dân, "
                                 "hoạt động, mô hình “Dân vận khéo”, báo cáo).",
                     epilog="Dòng lệnh không cần màn hình: “danvan --help”.")
    parser.add_argument("-h", "--help", action="help", help="in hướng dẫn này rồi thoát")
    parser.add_argument("--version", action="version", version=f"danvan-desktop {__version__}",
                        help="in số phiên bản rồi thoát")
    parser.add_argument("--db", metavar="TỆP", help="tệp cơ sở dữ liệu (mặc định: thư mục dữ liệu của người dùng)")
    parser.add_argument("--self-test", action="store_true", help="tự kiểm tra bản cài đặt rồi thoát")
    return parser


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    """``argv`` without the program name; unknown options end the program (exit 2)."""
    return build_parser().parse_args(argv)


def tell(text: str, error: bool = False) -> None:
    """Print to the console; a windowed build has none, so show a message box instead."""
    stream = sys.stderr if error else sys.stdout
    if stream is not None:
        try:
            stream.write(text)
            stream.flush()
            return
        except (OSError, UnicodeEncodeError):
            pass
    from PySide6.QtWidgets import QApplication, QMessageBox

    _application = QApplication.instance() or QApplication([sys.argv[0]])
    box = QMessageBox(QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information, APP_NAME, text.strip())
    box.exec()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = parse_arguments(argv[1:])
    if args.self_test:
        from .selftest import main as self_test

        return self_test()
    from .splash import show_splash

    splash = show_splash(argv[:1])
    from .app import main as start  # the heavy part, imported while the splash is on screen

    return start(argv, splash)
