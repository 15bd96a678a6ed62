"""Entry point of ``danvan``: parses arguments, runs one command, turns errors into one line."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback

from .. import __version__, private_temp
from ..errors import DanVanError
from ..paths import data_dir
from . import (bundle_commands, db_commands, demo_command, petition_commands, province_commands, report_commands,
               rules_commands, unit_commands, user_commands, work_commands)
from .context import CliContext

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
    except BrokenPipeError:  # output piped into `head` or a pager that quit: not an error
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stop Python's flush at exit complaining
        except OSError:
            pass
        return 0
    except Exception as error:  # a bug: one line for the user, the traceback in the log file
        log = _write_crash_log()
        print(f"Lỗi không mong muốn: {type(error).__name__}: {error}. Chi tiết: {log}", file=sys.stderr)
        return 70


def _write_crash_log() -> str:
    try:
        folder = data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "danvan-cli.log"
        logging.basicConfig(filename=path, level=logging.ERROR)
        logging.getLogger("danvan").error("crash\n%s", traceback.format_exc())
        return str(path)
    except OSError:
        return "(không ghi được nhật ký)"


if __name__ == "__main__":
    sys.exit(main())
