"""Reading a register an office kept in Excel (.xlsx) or as CSV.

Values come from openpyxl's read-only reader (the cached results of formulas); one more
pass over the sheet's XML tells what that reader does not: hidden rows, merged cells and
formula cells that carry no stored result (a file written by a program, never opened in
Excel). Files that cannot be read are refused with a Vietnamese message
(``ImportFileError``), never a traceback; nothing here writes anything.
"""

from __future__ import annotations

import csv
import io
import posixpath
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import iterparse

from openpyxl import load_workbook
from openpyxl.utils.cell import coordinate_to_tuple, range_boundaries

from ..errors import DanVanError, os_reason
from ..tasks import Task

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_ROWS = 200_000
MAX_COLUMNS = 200
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


class ImportFileError(DanVanError):
    """A file that cannot be imported, with the reason in Vietnamese."""


@dataclass
class Sheet:
    name: str
    rows: list[tuple[int, tuple]]  # (row number as the officer sees it, cell values), empty rows left out
    hidden_rows: frozenset[int] = frozenset()
    merged: tuple[str, ...] = ()  # ranges such as "A1:C1"
    unvalued_formulas: frozenset[tuple[int, int]] = field(default_factory=frozenset)  # (row, column), 1-based


def _check_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise ImportFileError(f"Không tìm thấy tệp {path}.") from None
    except OSError as exc:
        raise ImportFileError(f"Không đọc được tệp {path.name}: {os_reason(exc)}.") from None
    if size == 0:
        raise ImportFileError(f"Tệp {path.name} trống (0 byte).")
    if size > MAX_FILE_BYTES:
        raise ImportFileError(f"Tệp {path.name} quá lớn ({size / 1024 / 1024:.0f} MB; tối đa "
                              f"{MAX_FILE_BYTES // 1024 // 1024} MB). Hãy chia thành nhiều tệp nhỏ hơn.")
    return head


def is_csv(path: Path) -> bool:
    return path.suffix.lower() in (".csv", ".txt")


def sheet_names(path: Path) -> list[str]:
    path = Path(path)
    if is_csv(path):
        _check_file(path)
        return [path.stem]
    with _open_book(path) as book:
        return list(book.sheetnames)


class _open_book:
    def __init__(self, path: Path):
        self.path = path

    def __enter__(self):
        head = _check_file(self.path)
        if head == _OLE_MAGIC:
            raise ImportFileError(
                f"Tệp {self.path.name} được đặt mật khẩu hoặc là tệp Excel cũ (.xls). Hãy mở tệp bằng Excel, "
                "bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) và lưu lại dạng .xlsx rồi nhập lại.")
        if not head.startswith(b"PK"):
            raise ImportFileError(f"Tệp {self.path.name} không phải tệp Excel (.xlsx) hay CSV.")
        try:
            self.book = load_workbook(self.path, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as exc:
            raise ImportFileError(f"Tệp {self.path.name} bị hỏng hoặc không phải tệp Excel (.xlsx) "
                                  f"({type(exc).__name__}).") from None
        except Exception as exc:  # openpyxl raises assorted parse errors on damaged XML
            raise ImportFileError(f"Tệp {self.path.name} bị hỏng, không đọc được nội dung ({type(exc).__name__}).") \
                from None
        return self.book

    def __exit__(self, *exc):
        self.book.close()
        return False


def read_sheet(path: Path, name: str | None = None, task: Task | None = None) -> Sheet:
    path = Path(path)
    task = task or Task()
    if is_csv(path):
        return _read_csv(path, task)
    with _open_book(path) as book:
        if name is None:
            name = book.sheetnames[0]
        if name not in book.sheetnames:
            raise ImportFileError(f"Tệp {path.name} không có trang tính “{name}” (có: {', '.join(book.sheetnames)}).")
        sheet = book[name]
        rows: list[tuple[int, tuple]] = []
        try:
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                if len(values) > MAX_COLUMNS:
                    values = values[:MAX_COLUMNS]
                if any(v not in (None, "") for v in values):
                    rows.append((number, tuple(values)))
                    if len(rows) > MAX_ROWS:
                        raise ImportFileError(f"Trang tính “{name}” có hơn {MAX_ROWS:,} dòng dữ liệu; hãy chia thành "
                                              "nhiều tệp.".replace(",", "."))
                if number % 5000 == 0:
                    task.step(number, 0, f"Đang đọc tệp: {number:,} dòng…".replace(",", "."))
        except ImportFileError:
            raise
        except Exception as exc:
            raise ImportFileError(f"Trang tính “{name}” bị hỏng, không đọc được ({type(exc).__name__}).") from None
        hidden, merged, formulas = _sheet_facts(path, name)
    if not rows:
        raise ImportFileError(f"Trang tính “{name}” không có dữ liệu.")
    return Sheet(name, rows, hidden, merged, formulas)


def _sheet_part(archive: zipfile.ZipFile, name: str) -> str | None:
    """The zip member holding the sheet called ``name`` (workbook.xml and its relationships)."""
    rid = None
    for _, element in iterparse(archive.open("xl/workbook.xml")):
        if element.tag == f"{_MAIN}sheet" and element.get("name") == name:
            rid = element.get(f"{_REL}id")
            break
    if rid is None:
        return None
    for _, element in iterparse(archive.open("xl/_rels/workbook.xml.rels")):
        if element.tag == f"{_PKG_REL}Relationship" and element.get("Id") == rid:
            target = element.get("Target")
            return target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
    return None


def _sheet_facts(path: Path, name: str) -> tuple[frozenset[int], tuple[str, ...], frozenset[tuple[int, int]]]:
    hidden: set[int] = set()
    merged: list[str] = []
    formulas: set[tuple[int, int]] = set()
    try:
        with zipfile.ZipFile(path) as archive:
            part = _sheet_part(archive, name)
            if part is None:
                return frozenset(), (), frozenset()
            cell_has_formula = False
            for event, element in iterparse(archive.open(part), events=("start", "end")):
                tag = element.tag
                if event == "start":
                    if tag == f"{_MAIN}c":
                        cell_has_formula = False
                    continue
                if tag == f"{_MAIN}row":
                    if element.get("hidden") in ("1", "true"):
                        hidden.add(int(element.get("r")))
                    element.clear()
                elif tag == f"{_MAIN}f":
                    cell_has_formula = True
                elif tag == f"{_MAIN}c":
                    value = element.find(f"{_MAIN}v")
                    if cell_has_formula and (value is None or value.text in (None, "")) and element.get("r"):
                        formulas.add(coordinate_to_tuple(element.get("r")))
                elif tag == f"{_MAIN}mergeCell":
                    merged.append(element.get("ref"))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ImportFileError(f"Tệp {path.name} bị hỏng ({type(exc).__name__}).") from None
    except Exception as exc:  # XML parse errors of a damaged sheet
        raise ImportFileError(f"Trang tính “{name}” bị hỏng ({type(exc).__name__}).") from None
    return frozenset(hidden), tuple(merged), frozenset(formulas)


def merged_rows(ranges: tuple[str, ...]) -> set[int]:
    """Row numbers covered by a merged range spanning more than one cell."""
    rows: set[int] = set()
    for ref in ranges:
        min_col, min_row, max_col, max_row = range_boundaries(ref)
        if (min_col, min_row) != (max_col, max_row):
            rows.update(range(min_row, max_row + 1))
    return rows


def filled_rows(sheet: Sheet) -> dict[int, list | tuple]:
    """Rows by number, with each merged range's value in every cell it covers (a date
    merged down over several petitions belongs to each of them). Read-only: the rows no
    merge touches are the sheet's own."""
    rows: dict[int, list | tuple] = dict(sheet.rows)  # the sheet's own tuples, copied only where a merge fills
    copied: set[int] = set()
    for ref in sheet.merged:
        min_col, min_row, max_col, max_row = range_boundaries(ref)
        top = rows.get(min_row)
        value = top[min_col - 1] if top and min_col - 1 < len(top) else None
        if value in (None, ""):
            continue
        for number in range(min_row, max_row + 1):
            row = rows.get(number)
            if row is None:  # an empty row under a merged cell stays empty
                continue
            if number not in copied:
                row = rows[number] = list(row)
                copied.add(number)
            row.extend([None] * max(0, max_col - len(row)))
            for col in range(min_col, max_col + 1):
                if row[col - 1] in (None, ""):
                    row[col - 1] = value
    return rows


def _read_csv(path: Path, task: Task) -> Sheet:
    _check_file(path)
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1258", "latin-1"):  # latin-1 never fails
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    if "\x00" in text:
        raise ImportFileError(f"Tệp {path.name} không phải tệp văn bản CSV.")
    # The header line decides the delimiter (Excel writes ";" where "," is the decimal mark);
    # csv.Sniffer is misled by commas inside Vietnamese labels.
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max(";,\t", key=first.count) if any(d in first for d in ";,\t") else ","
    rows: list[tuple[int, tuple]] = []
    try:
        for number, values in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1):
            if any(v.strip() for v in values):
                rows.append((number, tuple(v if v.strip() else None for v in values[:MAX_COLUMNS])))
                if len(rows) > MAX_ROWS:
                    raise ImportFileError(f"Tệp {path.name} có hơn {MAX_ROWS:,} dòng; hãy chia thành nhiều tệp."
                                          .replace(",", "."))
            if number % 5000 == 0:
                task.step(number, 0, f"Đang đọc tệp: {number:,} dòng…".replace(",", "."))
    except csv.Error as exc:
        raise ImportFileError(f"Tệp {path.name} không đúng định dạng CSV ({exc}).") from None
    if not rows:
        raise ImportFileError(f"Tệp {path.name} không có dữ liệu.")
    return Sheet(path.stem, rows)
