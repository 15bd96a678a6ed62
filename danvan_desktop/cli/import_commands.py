"""``danvan petition|reception|activity import``: a register kept in Excel or CSV, previewed
with ``--dry-run`` and written all-or-nothing (docs/cli-json.md, "Import")."""

from __future__ import annotations

from pathlib import Path

from ..domain.import_mapping import column_letter, header_key
from ..services import register_import
from .context import CliError
from .json_io import print_json, read_json

COMMANDS = {"petitions": "petition", "receptions": "reception", "activities": "activity"}


def add_parser(sub, register: str) -> None:
    spec = register_import.register_spec(register)
    s = sub.add_parser(
        "import", help=f"nhập {spec.label.lower()} từ tệp Excel (.xlsx) hoặc CSV",
        description=f"Nhập {spec.label.lower()} từ tệp Excel hoặc CSV. Dòng tiêu đề được tự tìm, các cột được ghép "
                    "theo tiêu đề (có dấu hoặc không dấu); --map sửa cách ghép. Với --dry-run chỉ xem trước, không ghi "
                    "gì. Khi ghi, mọi dòng hợp lệ được ghi cùng lúc hoặc không dòng nào; dòng đã nhập trước đây không "
                    "được nhập lại. Các trường: " + ", ".join(f"{c.code} ({c.label})" for c in spec.columns) + ".")
    s.add_argument("file", metavar="FILE")
    s.add_argument("--sheet", metavar="S", help="tên trang tính (mặc định: trang đầu tiên)")
    s.add_argument("--map", metavar="MAP.json", dest="map_file",
                   help="cách ghép cột: đối tượng JSON {cột: trường}, cột là chữ cái (A, B, …) hoặc tiêu đề, "
                        "trường là mã ở trên hoặc null để bỏ cột")
    s.add_argument("--dry-run", action="store_true", help="chỉ xem trước từng dòng, không ghi")
    s.add_argument("--json", action="store_true", help="in dạng JSON")
    s.set_defaults(handler=cmd_import, register=register)


def corrected(proposed: dict[int, str], plan_headers: tuple, raw, spec) -> dict[int, str]:
    """The proposal corrected by the officer's map: the columns it names take the fields it
    gives (a field moved to another column leaves its old one), null drops a column."""
    if not isinstance(raw, dict):
        raise CliError("Tệp --map phải là một đối tượng JSON {cột: trường}.")
    letters = {column_letter(i): i for i in range(max(len(plan_headers), 1) + 26)}
    by_header = {header_key(h): i for i, h in enumerate(plan_headers) if header_key(h)}
    mapping = dict(proposed)
    for key, code in raw.items():
        index = letters.get(key.strip().upper()) if isinstance(key, str) and key.strip().isalpha() \
            and len(key.strip()) <= 3 else None
        if index is None:
            index = by_header.get(header_key(key))
        if index is None:
            raise CliError(f"--map: không có cột “{key}” trong dòng tiêu đề.")
        if code is None:
            mapping.pop(index, None)
            continue
        if not isinstance(code, str) or code not in spec.codes:
            raise CliError(f"--map: trường “{code}” không có; chọn một trong: {', '.join(spec.codes)}.")
        mapping = {i: c for i, c in mapping.items() if c != code}
        mapping[index] = code
    return mapping


def plan_to_dict(plan) -> dict:
    spec = register_import.register_spec(plan.register)
    labels = {c.code: c.label for c in spec.columns}
    return {
        "register": plan.register, "file": plan.source.name, "sheet": plan.sheet, "header_row": plan.header_row,
        "mapping": [{"column": column_letter(i), "header": None if plan.headers[i] is None else str(plan.headers[i]),
                     "field": plan.mapping.get(i), "label": labels.get(plan.mapping.get(i))}
                    for i in range(len(plan.headers))],
        "missing": plan.missing, "notices": plan.notices,
        "valid": len(plan.valid), "refused": len(plan.refused),
        "rows": [{"row": o.row, "ok": o.ok, "becomes": o.summary, "reasons": list(o.reasons)} for o in plan.outcomes],
    }


def cmd_import(ctx, args) -> int:
    path = Path(args.file)
    spec = register_import.register_spec(args.register)
    raw_map = read_json(args.map_file) if args.map_file else None

    def work(session):
        plan = register_import.plan_import(session, args.register, path, args.sheet)
        if raw_map is not None:
            plan = register_import.plan_import(session, args.register, path, args.sheet,
                                               mapping=corrected(plan.mapping, plan.headers, raw_map, spec))
        if plan.missing:
            raise CliError("Chưa ghép cột cho: " + ", ".join(plan.missing) + " (dùng --map).")
        result = None if args.dry_run or not plan.valid else register_import.run_import(session, plan)
        return plan, result

    plan, result = ctx.with_session(work)
    if args.json:
        print_json({**plan_to_dict(plan), "dry_run": args.dry_run,
                    "added": result.added if result else 0, "first_id": result.first_id if result else None})
    else:
        for notice in plan.notices:
            print(f"Lưu ý: {notice}")
        for o in plan.refused:
            print(f"Dòng {o.row}: không nhập — " + "; ".join(o.reasons))
        verb = "Sẽ nhập" if args.dry_run else "Đã nhập"
        print(f"{verb} {len(plan.valid) if args.dry_run else (result.added if result else 0)} dòng hợp lệ "
              f"vào {spec.label.lower()}; {len(plan.refused)} dòng không nhập được.")
    return 0 if plan.valid else 1

