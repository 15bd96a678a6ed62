"""``danvan reception|activity|model|democracy|petition edit ID --json FILE|-``: correct a record.

The stored record in its JSON shape (docs/cli-json.md) is overlaid with the keys given,
then checked and saved exactly as the GUI's "Sửa" does; prints the names of the fields
that changed (empty when nothing did).
"""

from __future__ import annotations

from collections.abc import Callable

from ..domain.record_edits import as_json
from .context import CliError
from .json_io import print_json, read_json


def add_edit_command(sub, noun: str, handler, note: str = "") -> None:
    s = sub.add_parser("edit", help=f"sửa {noun} số ID (chỉ các trường ghi trong JSON)",
                       description=f"Sửa {noun} số ID: các trường trong tệp JSON (một đối tượng; “-” là đầu vào chuẩn) "
                                   "thay cho giá trị đang lưu, các trường khác giữ nguyên. Kiểm tra như khi thêm mới; "
                                   "chỉ người đã nhập, người được giao hoặc lãnh đạo được sửa; không sửa được trong kỳ "
                                   "báo cáo đã phê duyệt. In ra tên các trường đã thay đổi." + note)
    s.add_argument("id", type=int, metavar="ID")
    s.add_argument("--json", required=True, metavar="FILE|-", dest="source")
    s.set_defaults(handler=handler)


def run_edit(ctx, args, input_of: Callable, from_dict: Callable, update: Callable,
             refused_keys: dict[str, str] | None = None) -> int:
    given = read_json(args.source)
    if not isinstance(given, dict):
        raise CliError("Dữ liệu sửa phải là một đối tượng JSON (các trường cần thay).")
    for key, reason in (refused_keys or {}).items():
        if key in given:
            raise CliError(reason)

    def work(session):
        merged = {**as_json(input_of(session, args.id)), **given}
        return update(session, args.id, from_dict(merged))

    print_json({"id": args.id, "changed": ctx.with_session(work)})
    return 0
