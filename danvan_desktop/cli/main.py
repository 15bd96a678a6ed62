"""Entry point of ``danvan``: parses arguments, runs one command, turns errors into one line."""

from __future__ import annotations

import argparse
import sys
import traceback
from datetime import datetime

from .. import __version__, private_temp
from ..errors import DanVanError
from ..paths import data_dir
from ..storage.failures import corrupt_page_error
from . import (bundle_commands, db_commands, demo_command, petition_commands, province_commands, report_commands,
               rules_commands, unit_commands, user_commands, work_commands)
from .context import CliContext
from .streams import discard_stdout, use_utf8_streams

COMMAND_MODULES = (db_commands, unit_commands, user_commands, petition_commands, work_commands, report_commands,
                   rules_commands, demo_command, bundle_commands, province_commands)


class VietnameseParser(argparse.ArgumentParser):
    def error(self, message):  # argparse's own errors: one line, exit 2
        self.exit(2, f"Lỗi cú pháp: {message}\nXem “{self.prog} --help”.\n")


def build_parser() -> argparse.ArgumentParser:
    parser = VietnameseParser(
        prog="danvan",
        description="Dân Vận Desktop trên dòng lệnh: khởi tạo, kiểm tra, sao lưu và nhập liệu hàng loạt.",
        epilog="Biến môi trường: DANVAN_PASSPHRASE (cụm mật khẩu), DANVAN_RECOVERY_KEY (khóa khôi phục), "
               "DANVAN_USER và DANVAN_PASSWORD (người dùng), DANVAN_DB (đường dẫn cơ sở dữ liệu), "
               "DANVAN_SIGNING_PASSPHRASE (cụm mật khẩu khóa ký của lãnh đạo).",
    )
    parser.add_argument("--version", action="version", version=f"danvan {__version__}")
    parser.add_argument("--db", metavar="PATH", help="tệp cơ sở dữ liệu (mặc định: thư mục dữ liệu của người dùng)")
    parser.add_argument("--user", metavar="NAME", help="người dùng thực hiện lệnh (hoặc DANVAN_USER)")
    commands = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=VietnameseParser)
    commands.required = True
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    use_utf8_streams()
    try:
        try:
            return _run(argv)
        finally:
            # Buffered output meets a closed pipe here, not in the interpreter's final flush.
            if sys.stdout is not None:
                sys.stdout.flush()
    except BrokenPipeError:  # output piped into `head` or a pager that quit: not an error
        discard_stdout()
        return 0


def _run(argv: list[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    private_temp.clean_stale()
    context = CliContext.from_args(args)
    try:
        return args.handler(context, args) or 0
    except DanVanError as error:
        print(f"Lỗi: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Đã dừng.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        raise  # handled in main()
    except Exception as error:  # a bug: one line for the user, the traceback in the log file
        if (corrupt := corrupt_page_error(error)) is not None:  # not a bug: a damaged page
            print(f"Lỗi: {corrupt}", file=sys.stderr)
            return 1
        log = _write_crash_log()
        print(f"Lỗi không mong muốn: {type(error).__name__}: {error}. Chi tiết: {log}", file=sys.stderr)
        return 70


def _write_crash_log() -> str:
    try:
        folder = data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "danvan-cli.log"
        # UTF-8 whatever the PC's code page: the messages are Vietnamese.
        with open(path, "a", encoding="utf-8") as crash_log:
            crash_log.write(f"{datetime.now().isoformat(timespec='seconds')} crash\n{traceback.format_exc()}\n")
        return str(path)
    except OSError:
        return "(không ghi được nhật ký)"


if __name__ == "__main__":
    sys.exit(main())
