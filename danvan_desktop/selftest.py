"""Installation self-test without Qt: resources present, keyring backends bundled, an
encrypted database round trip.

Used by ``danvan-desktop --self-test`` (after which ``gui/selftest.py`` checks Qt) and by
the frozen build's test. Runs in a temporary folder with an in-memory keyring, so it
never touches the user's data or keyring. This module must not import Qt, even lazily:
it is the part that has to work where Qt does not.
"""

from __future__ import annotations

import importlib
import os
import secrets
import sys
import tempfile
from importlib import metadata
from pathlib import Path

import keyring

from .paths import resource
from .security.memory_keyring import MemoryKeyring

FONT_FILES = tuple(
    f"Liberation{family}-{style}.ttf"
    for family in ("Sans", "Serif")
    for style in ("Regular", "Bold", "Italic", "BoldItalic")
)
REQUIRED_RESOURCES = (
    ("units", "vn-units-2025-07-01.json"),
    ("rules", "time_limits.json"),
    ("rules", "days_off.json"),
    ("rules", "petition_fields.json"),
    ("rules", "activity_kinds.json"),
    ("rules", "report_periods.json"),
    ("rules", "import_columns.json"),
    ("rules", "duplicates.json"),
    ("rules", "rubrics", "chung_100_diem.json"),
    ("rules", "rubrics", "quang_binh_3140.json"),
    ("fonts", "LICENSE-Liberation-OFL.txt"),
    *(("fonts", name) for name in FONT_FILES),
    ("icons", "app.svg"),
    ("translations", "qtbase_vi.qm"),  # compiled at build time: Qt's own words in Vietnamese
)
# keyring finds its platform backend by entry point, then by import: a frozen build must
# carry every backend module and keyring's metadata, whatever platform it was built on.
KEYRING_BACKENDS = ("keyring.backends.SecretService", "keyring.backends.Windows", "keyring.backends.macOS",
                    "keyring.backends.kwallet", "keyring.backends.libsecret", "keyring.backends.chainer",
                    "keyring.backends.fail", "keyring.backends.null")
KEYRING_ENTRY_POINTS = ("SecretService", "Windows", "macOS", "KWallet")
# What this platform's own backend needs beyond keyring itself.
PLATFORM_KEYRING_DEPENDENCIES = {
    "linux": ("secretstorage", "jeepney"),
    "win32": ("win32ctypes.pywin32.win32cred",),
    "darwin": ("keyring.backends.macOS.api",),
}
SELFTEST_UNIT = "02266"  # Xã Lâm Bình, Tuyên Quang: in the bundled list since 1/7/2025


def run_core_self_test() -> list[str]:
    """Every problem found, in Vietnamese; an empty list means the installation is sound."""
    problems = [f"thiếu tệp tài nguyên resources/{'/'.join(parts)}"
                for parts in REQUIRED_RESOURCES if not resource(*parts).is_file()]
    problems += _keyring_problems()
    problems += _calendar_problems()
    problems += _signature_problems()
    previous_keyring = keyring.get_keyring()
    previous_dir = os.environ.get("DANVAN_DATA_DIR")
    keyring.set_keyring(MemoryKeyring())
    try:
        with tempfile.TemporaryDirectory(prefix="danvan-selftest-") as folder:
            os.environ["DANVAN_DATA_DIR"] = folder
            problems += _database_round_trip(Path(folder) / "selftest.db")
    finally:
        keyring.set_keyring(previous_keyring)
        if previous_dir is None:
            os.environ.pop("DANVAN_DATA_DIR", None)
        else:
            os.environ["DANVAN_DATA_DIR"] = previous_dir
    return problems


def _keyring_problems() -> list[str]:
    problems = []
    for module in KEYRING_BACKENDS:
        try:
            importlib.import_module(module)
        except ImportError as error:
            # A missing dependency of another platform's backend is expected (keyring
            # guards most of them itself); a missing keyring module is not.
            if (error.name or "").startswith("keyring"):
                problems.append(f"thiếu mô-đun {module}: {error}")
    try:
        registered = {entry.name for entry in metadata.entry_points(group="keyring.backends")}
    except Exception as error:  # broken metadata
        registered = set()
        problems.append(f"không đọc được metadata của keyring: {error}")
    missing = [name for name in KEYRING_ENTRY_POINTS if name not in registered]
    if missing:
        problems.append("keyring không thấy kho khóa " + ", ".join(missing) + " (thiếu metadata của gói keyring)")
    platform = "linux" if sys.platform.startswith("linux") else sys.platform
    for module in PLATFORM_KEYRING_DEPENDENCIES.get(platform, ()):
        try:
            importlib.import_module(module)
        except Exception as error:
            problems.append(f"thiếu {module}, cần cho kho khóa của hệ điều hành: {error}")
    return problems


def _signature_problems() -> list[str]:
    """Bundles are signed and checked with Ed25519 (cryptography signs, libsodium verifies)."""
    try:
        from .bundles.minisign import SecretKey, verify

        key = SecretKey.generate()
        signature = key.sign(b"tu kiem tra", "tu kiem tra")
        if verify(b"tu kiem tra", signature, key.public()) != "tu kiem tra":
            return ["chữ ký số: không kiểm tra được chữ ký vừa tạo"]
    except Exception as error:
        return [f"chữ ký số: {type(error).__name__}: {error}"]
    return []


def _calendar_problems() -> list[str]:
    """Time limits count working days: the holidays package (lunar Tết) must be there."""
    from datetime import date

    from .domain.workcalendar import vietnam_public_holidays

    try:
        days = vietnam_public_holidays(2026)
    except Exception as error:
        return [f"không tính được ngày nghỉ lễ: {type(error).__name__}: {error}"]
    expected = {date(2026, 2, 17): "Tết Nguyên đán 2026", date(2026, 4, 26): "Giỗ Tổ 2026",
                date(2026, 9, 2): "Quốc khánh 2026"}
    return [f"lịch ngày nghỉ thiếu {name}" for day, name in expected.items() if day not in days]


def _report_pdf_problems(session) -> list[str]:
    """The current period's report as PDF: reportlab, the fonts and the rule data together."""
    from .services import report_documents, reports

    try:
        pdf = report_documents.pdf_bytes(session, reports.current(session).id)
    except Exception as error:  # a damaged font, a missing rule file...
        return [f"báo cáo PDF: {type(error).__name__}: {error}"]
    return [] if pdf.startswith(b"%PDF-") and b"LiberationSerif" in pdf else ["báo cáo PDF thiếu phông Liberation Serif"]


def _database_round_trip(path: Path) -> list[str]:
    from .errors import DanVanError
    from .services.auth import login
    from .services.doctor import run_doctor
    from .services.setup import initialise
    from .storage.database import Unlock, open_database

    password = secrets.token_urlsafe(12)
    try:
        result = initialise(path, Unlock(), SELFTEST_UNIT, "selftest", password, "Tự kiểm tra")
        result.session.store.close()
        if path.read_bytes()[:16] == b"SQLite format 3\x00":
            return ["cơ sở dữ liệu không được mã hóa"]
        store = open_database(path)  # the key comes back from the (in-memory) keyring
        try:
            session = login(store, "selftest", password)
            report = run_doctor(store)
            pdf_problems = _report_pdf_problems(session)
        finally:
            store.close()
    except DanVanError as error:
        return [f"cơ sở dữ liệu: {error}"]
    except Exception as error:  # the self-test reports, it does not crash
        return [f"cơ sở dữ liệu: lỗi không mong đợi {type(error).__name__}: {error}"]
    problems = [f"{check.name}: {check.detail}" for check in report.checks if not check.ok]
    problems += pdf_problems
    if not report.healthy and not problems:
        problems.append("kiểm tra sức khỏe dữ liệu không đạt")
    return problems
