"""Safe spreadsheets: text stays text, and no plaintext spills into the system's TMPDIR.

- Formula injection: a text beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
  return is what a spreadsheet program may run as a formula (``=HYPERLINK(...)`` in a
  petition's content). Every text cell is written with data type string, and such a text
  also gets the quote prefix, so it stays text even after someone edits the cell.
- Characters XML cannot hold (NUL and the other C0 controls but tab, LF, CR) are dropped, so
  a stored NUL cannot break an export.
- openpyxl writes each worksheet to a temporary file before zipping it; ``workbook()``
  points those files into the private folder of ``private_temp`` instead of TMPDIR.
"""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.worksheet import _writer as worksheet_writer

from .. import private_temp
from ..errors import DataFolderError, os_reason
from ..text import nfc

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

_hook_lock = threading.Lock()


def _private_temporary_file(suffix: str = "") -> str:
    path = private_temp.new_file(suffix)
    worksheet_writer.ALL_TEMP_FILES.append(path)  # openpyxl removes it after zipping, or at exit
    return path


def _use_private_temp_files() -> None:
    with _hook_lock:
        worksheet_writer.create_temporary_file = _private_temporary_file


def workbook(write_only: bool = False) -> Workbook:
    """A new workbook whose worksheet files go to the private temporary folder."""
    _use_private_temp_files()
    return Workbook(write_only=write_only)


def clean_text(value: str) -> str:
    """NFC, without the characters a worksheet cannot hold."""
    return ILLEGAL_CHARACTERS_RE.sub("", nfc(value))


def looks_like_formula(value: str) -> bool:
    return value.startswith(FORMULA_STARTS)


def protect(cell, value):
    """Set ``value`` on ``cell``; text becomes a string cell, never a formula."""
    if isinstance(value, str):
        text = clean_text(value)
        cell.value = text
        cell.data_type = "s"
        if looks_like_formula(text):
            cell.quotePrefix = True
    else:
        cell.value = value
    return cell


def cell(sheet, value):
    """A write-only cell holding ``value`` safely."""
    return protect(WriteOnlyCell(sheet), value)


def cells(sheet, values) -> list:
    """A row for ``sheet.append``: every value as a safe cell (write-only or not)."""
    return [value if _is_cell(value) else cell(sheet, value) for value in values]


def put(sheet, row: int, column: int, value):
    """``sheet.cell(row, column, value)`` for a normal worksheet, safely."""
    return protect(sheet.cell(row=row, column=column), value)


def _is_cell(value) -> bool:
    return hasattr(value, "data_type") and hasattr(value, "number_format")


def save(book: Workbook, target: Path) -> None:
    """Save beside the target under a hidden name, then rename over it: a failed save leaves
    no half file; a full disk or a read-only folder is one Vietnamese line."""
    target = Path(target)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
        book.save(tmp)
        os.replace(tmp, target)
    except BaseException as exc:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise DataFolderError(f"Không ghi được tệp {target}: {os_reason(exc)}.") from exc
        raise
