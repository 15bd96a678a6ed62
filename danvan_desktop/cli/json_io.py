"""Reading JSON from a file or standard input, writing it to standard output."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from ..domain.strict_json import parse_document
from .context import CliError


def read_json(source: str):
    """A strict JSON document (domain.strict_json): limits and bad values are one ``Lỗi:`` line."""
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text("utf-8")
    except FileNotFoundError:
        raise CliError(f"Không tìm thấy tệp {source}.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"Không đọc được {source} (cần văn bản UTF-8): {exc}.") from None
    return parse_document(text)


def _default(value):
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=_default))
