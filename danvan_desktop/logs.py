"""The app's log: a size-capped, rotating UTF-8 file in the data folder's ``logs/``, opened
with a line naming the versions, and scrubbed of personal data.

The log is for support: what failed and where. It never holds what officers typed about
citizens. Messages and tracebacks pass a filter that masks CCCD, phone and other long
digit runs; exception messages of user errors (``DanVanError``, shown to the user in
Vietnamese) are not logged at all by the GUI.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import re
import sys
from pathlib import Path

from . import __version__

MAX_BYTES = 1_000_000
BACKUPS = 4
_DIGITS = re.compile(r"(?<![\d.])\+?\d[\d .-]{7,}\d(?![\d.])")


def scrub(text: str) -> str:
    """Mask digit runs that could be a CCCD, a phone or an account number (9 digits or more)."""
    def mask(match: re.Match) -> str:
        digits = re.sub(r"\D", "", match.group())
        return "[số đã che]" if len(digits) >= 9 else match.group()
    return _DIGITS.sub(mask, text)


class ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage())
        record.args = None
        if record.exc_info:
            record.exc_text = scrub(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


def setup_logging(folder: Path, name: str, level: int = logging.INFO) -> Path | None:
    """Log to ``folder/name.log`` (rotating); returns the path, or None when the folder cannot
    be written (the log then goes to stderr when there is one, else nowhere)."""
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_danvan", False):
            root.removeHandler(handler)
            handler.close()
    path: Path | None = Path(folder) / f"{name}.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        path = None
        handler = logging.StreamHandler() if sys.stderr is not None else logging.NullHandler()
    handler._danvan = True
    handler.addFilter(ScrubFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    logging.getLogger("danvan").info("start %s %s, Python %s, %s", name, __version__, platform.python_version(),
                                     platform.platform())
    return path
