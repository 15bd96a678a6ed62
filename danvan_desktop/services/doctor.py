"""Health checks for ``danvan doctor`` and the settings screen."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..domain.audit import verify_chain
from ..security.keystore import keyring_status
from ..storage import audit_repo, backups, processing_tallies, tallies
from ..storage.database import Store
from ..storage.integrity import IntegrityCheck, in_words, restore_hint
from ..storage.keyfile import read_keyfile
from ..storage.migrations import applied_names, known_names
from .rules import active_calendar
from .session import configured_unit

BACKUP_WARN_DAYS = 7


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    warning: bool = False  # healthy, but the user should act

    @property
    def status(self) -> str:
        return "LỖI" if not self.ok else ("CẢNH BÁO" if self.warning else "OK")


@dataclass
class DoctorReport:
    checks: list[Check] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return all(c.ok for c in self.checks)

    def as_dict(self) -> dict:
        return {
            "healthy": self.healthy,
            "checks": [{"name": c.name, "status": c.status, "detail": c.detail} for c in self.checks],
        }


def _report_tallies(store: Store) -> Check:
    """The report figures read running tallies kept by triggers: compare them with a count
    made now from the records, and make them again if they differ (after an edit of the file
    by another tool, say), so a report never carries drifted figures."""
    with store.lock:
        differing = tallies.drift(store.db) + processing_tallies.drift(store.db)
    if not differing:
        return Check("Số liệu báo cáo", True, "Bảng tổng hợp số liệu khớp với sổ đơn thư.")
    with store.transaction() as db:
        tallies.rebuild(db)
        processing_tallies.rebuild(db)
        audit_repo.append(db, "kiem_tra", "reports.retally", "database", "", {"differing": differing})
    return Check("Số liệu báo cáo", True, f"Bảng tổng hợp số liệu lệch {differing} dòng so với sổ đơn thư: "
                 "đã tính lại từ sổ. Nên xem lại số liệu các báo cáo chưa phê duyệt.", warning=True)


def _backups(store: Store, now: datetime) -> Check:
    found = backups.list_backups(store.path)
    if not found:
        return Check("Sao lưu", True, "Chưa có bản sao lưu nào.", warning=True)
    age = now - found[0].taken_at
    return Check("Sao lưu", True,
                 f"{len(found)} bản, mới nhất {found[0].taken_at:%d/%m/%Y %H:%M} ({found[0].path.parent}).",
                 warning=age.days >= BACKUP_WARN_DAYS)


def _integrity(store: Store, full: bool) -> Check:
    """``full``: read every page now (integrity_check, cipher_integrity_check) on a read-only
    connection; otherwise tell what the background check after start-up found so far."""
    if full:
        store.integrity = IntegrityCheck(store, full=True).run()
    result = store.integrity
    if result is None:
        return Check("Toàn vẹn dữ liệu", True, "Đang kiểm tra toàn bộ trong nền (xem thanh trạng thái); "
                     "kết quả sẽ hiện ở đây.", warning=True)
    when = f"{result.checked_at:%H:%M %d/%m/%Y}"
    if result.healthy:
        return Check("Toàn vẹn dữ liệu", True, f"Không phát hiện lỗi (kiểm tra toàn bộ lúc {when}).")
    return Check("Toàn vẹn dữ liệu", False, f"{len(result.problems)} lỗi lúc {when}, ví dụ: {in_words(result.problems[0])}. "
                 f"{restore_hint(store)}")


def run_doctor(store: Store, now: datetime | None = None, full: bool = True) -> DoctorReport:
    """All checks; ``full=False`` skips reading every page (the background check after
    start-up does that), for the overview shown in Cài đặt."""
    now = now or datetime.now()
    report = DoctorReport()
    report.checks.append(_integrity(store, full))
    if full:
        if store.integrity is not None and not store.integrity.healthy:
            # What follows reads records that may sit on the damaged pages.
            report.checks.append(_backups(store, now))
            return report
        report.checks.append(_report_tallies(store))

    applied = applied_names(store.db)
    pending = [n for n in known_names() if n not in applied]
    report.checks.append(Check(
        "Phiên bản lược đồ", not pending,
        f"Cấu trúc dữ liệu mới nhất (đã nâng cấp {len(applied)} bước)." if not pending
        else f"Còn {len(pending)} bước nâng cấp cấu trúc dữ liệu chưa chạy: hãy mở lại phần mềm để nâng cấp.",
    ))

    chain_problems = verify_chain(audit_repo.entries(store.db), audit_repo.head(store.db))
    report.checks.append(Check(
        "Nhật ký thao tác", not chain_problems,
        f"{audit_repo.count(store.db)} mục, chuỗi băm nguyên vẹn." if not chain_problems
        else "; ".join(p.message for p in chain_problems[:3]),
    ))

    report.checks.append(_backups(store, now))

    keyfile = read_keyfile(store.path)
    status = keyring_status()
    if keyfile is None:
        report.checks.append(Check("Khóa mã hóa", True, "Chưa lưu khóa trên máy này: lần sau cần khóa khôi phục.",
                                   warning=True))
    elif keyfile.mode == "keyring":
        report.checks.append(Check("Khóa mã hóa", True, f"Khóa lưu trong kho khóa hệ điều hành ({status.backend})."))
    else:
        report.checks.append(Check("Khóa mã hóa", True, "Khóa được bảo vệ bằng cụm mật khẩu."))

    notice = active_calendar().missing_arrangement(now.date())
    report.checks.append(Check("Lịch nghỉ", True, notice or "Đã có lịch nghỉ chính thức năm nay và năm sau.",
                               warning=notice is not None))

    unit = configured_unit(store)
    report.checks.append(Check(
        "Đơn vị", unit is not None,
        f"{unit.name} (mã {unit.code})" if unit else "Chưa chọn đơn vị: chạy danvan init.",
    ))
    return report
