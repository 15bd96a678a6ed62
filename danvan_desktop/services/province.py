"""The parent unit's console: key registry, bundle import, reporting status, consolidation.

Every bundle is verified (``bundles.verify``) against the registry before anything of it
is stored. Importing the same bundle twice changes nothing; a newer sequence of the same
unit and period supersedes the older one; an older one is refused.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from ..bundles.audit_continuity import check_continuity
from ..bundles.consolidate import sum_figures
from ..bundles.content_schema import check_figures
from ..bundles.errors import BundleRejected
from ..bundles.minisign import parse_public_key
from ..bundles.verify import RegisteredKey, VerifiedBundle, verify_bundle
from ..bundles.zip_container import Limits
from ..domain.report_periods import resolve_period
from ..domain.report_figures import upgrade_figures
from ..domain.units import Level
from ..domain.users import Permission
from ..errors import DanVanError, NotFound, ValidationError, os_reason
from ..security.signing_keys import KeyCard, parse_key_card, public_line
from ..storage import bundles_repo, settings_repo, units_repo
from ..tasks import Task
from .session import Session, audit, writing

ON_TIME, LATE, MISSING = "on_time", "late", "missing"
SEQUENCE_FLOOR = "province.sequence_floor."  # + unit code: imports up to this id no longer count
STATE_LABELS = {ON_TIME: "Đúng hạn", LATE: "Trễ hạn", MISSING: "Chưa gửi"}


# --- key registry ------------------------------------------------------------------------

@dataclass(frozen=True)
class KeyCardImport:
    card: KeyCard
    added: bool
    revoked: bool


def import_key_card(session: Session, raw: bytes, reset_sequence: bool = False) -> KeyCardImport:
    """Register a unit's public key from its card (after reading the fingerprint back by
    phone). A card marked revoked revokes that key.

    ``reset_sequence``: the unit starts again (a new PC or a reinstall: its bundles number
    from 1 again). Its other keys are revoked, so no bundle signed before can be replayed,
    and its sequences count afresh from this card; logged."""
    session.require(Permission.MANAGE_SIGNING_KEYS)
    card = parse_key_card(raw)
    at = bundles_repo.now()
    with writing(session.store):
        if reset_sequence:
            _reset_sequence(session, card)
        known = {r["key_id"]: r for r in bundles_repo.unit_keys(session.db, card.unit_code)}
        if card.key_id in known and known[card.key_id]["public_key"] != public_line(card.public_key):
            raise ValidationError(f"Thẻ khóa {card.key_id} của đơn vị {card.unit_code} khác với thẻ đã đăng ký "
                                  "cùng mã khóa: không nhận. Hãy liên hệ đơn vị để đối chiếu.")
        added = bundles_repo.add_unit_key(session.db, {
            "unit_code": card.unit_code, "key_id": card.key_id, "unit_name": card.unit_name,
            "public_key": public_line(card.public_key), "fingerprint": card.fingerprint,
            "created_on": card.created_on, "added_at": at, "added_by": session.user.username})
        revoked = bool(card.revoked_at) and bundles_repo.revoke_unit_key(session.db, card.unit_code, card.key_id, at)
        if added or revoked:
            audit(session.store, session.user.username, "unit_key.revoke" if revoked else "unit_key.add", "unit_key",
                  f"{card.unit_code}/{card.key_id}", {"fingerprint": card.fingerprint})
    return KeyCardImport(card, added, revoked)


def _reset_sequence(session: Session, card: KeyCard) -> None:
    if card.revoked_at:
        raise ValidationError("Không đặt lại số thứ tự gói bằng một thẻ khóa đã thu hồi.")
    if any(r["key_id"] == card.key_id for r in bundles_repo.unit_keys(session.db, card.unit_code)):
        raise ValidationError(f"Khóa {card.key_id} đã được đăng ký: chỉ đặt lại số thứ tự khi đăng ký thẻ khóa mới "
                              f"của đơn vị {card.unit_code}.")
    at = bundles_repo.now()
    revoked = [r["key_id"] for r in bundles_repo.unit_keys(session.db, card.unit_code)
               if r["revoked_at"] is None and bundles_repo.revoke_unit_key(session.db, card.unit_code, r["key_id"], at)]
    floor = bundles_repo.last_import_id(session.db)
    settings_repo.put(session.db, SEQUENCE_FLOOR + card.unit_code, str(floor))
    audit(session.store, session.user.username, "unit_key.reset_sequence", "unit_key",
          f"{card.unit_code}/{card.key_id}", {"revoked": revoked, "after_import": floor})


def _floor(session: Session, unit_code: str) -> int:
    value = settings_repo.get(session.db, SEQUENCE_FLOOR + unit_code)
    return int(value) if value and value.isdigit() else 0


def _last_sequence(session: Session):
    return lambda unit, period: bundles_repo.last_import_sequence(session.db, unit, period, _floor(session, unit))


def _period_known(session: Session):
    from .reports import province_rules

    rules = province_rules(session)

    def known(period_id: str) -> bool:
        try:
            resolve_period(rules, period_id)
        except ValidationError:
            return False
        return True
    return known


def revoke_unit_key(session: Session, unit_code: str, key_id: str) -> None:
    session.require(Permission.MANAGE_SIGNING_KEYS)
    with writing(session.store):
        if not bundles_repo.revoke_unit_key(session.db, unit_code, key_id, bundles_repo.now()):
            raise NotFound(f"Không có khóa {key_id} còn hiệu lực của đơn vị {unit_code}.")
        audit(session.store, session.user.username, "unit_key.revoke", "unit_key", f"{unit_code}/{key_id}")


def unit_keys(session: Session) -> list[dict]:
    session.require(Permission.CONSOLIDATE)
    return bundles_repo.all_unit_keys(session.db)


def registry_lookup(session: Session):
    """``keys_for(unit_code)`` over the registry, for ``verify_bundle``; for this database's
    own unit, its own signing keys too (a commune checking what it sent)."""
    own_code = settings_repo.get(session.db, "unit.code")

    def keys_for(unit_code: str) -> list[RegisteredKey]:
        rows = bundles_repo.unit_keys(session.db, unit_code)
        if unit_code == own_code:
            rows = rows + bundles_repo.signing_keys(session.db)
        return [RegisteredKey(r["key_id"], parse_public_key(r["public_key"]), r["revoked_at"] is not None)
                for r in rows]
    return keys_for


def verify_file(session: Session, path: Path, limits: Limits | None = None) -> VerifiedBundle:
    """Verify against the registry and the last accepted sequence; nothing is stored."""
    session.require(Permission.CONSOLIDATE)
    return verify_bundle(_read(Path(path)), registry_lookup(session), min_sequence=_last_sequence(session),
                         limits=limits, period_known=_period_known(session))


# --- import ----------------------------------------------------------------------------------

@dataclass
class ImportSummary:
    imported: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (file, Vietnamese reason)

    @property
    def ok(self) -> bool:
        return not self.rejected


def bundle_files(paths: Iterable[Path]) -> list[Path]:
    """Files given, and the ``*.zip`` files of folders given, in name order."""
    found = []
    for path in map(Path, paths):
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() == ".zip")
        else:
            found.append(path)
    return found


def import_bundles(session: Session, paths: Iterable[Path], task: Task | None = None,
                   received_at: datetime | None = None, limits: Limits | None = None) -> ImportSummary:
    """Verify and import bundles in one transaction: cancelling keeps nothing.

    A rejected file does not stop the others; it is listed with its reason.
    """
    session.require(Permission.CONSOLIDATE)
    task = task or Task()
    files = bundle_files(paths)
    summary = ImportSummary()
    keys_for, last_sequence, period_known = registry_lookup(session), _last_sequence(session), _period_known(session)
    stamp = (received_at or datetime.now().astimezone()).isoformat(timespec="seconds")
    with writing(session.store):
        for done, path in enumerate(files):
            task.step(done, len(files), f"Đang kiểm tra {path.name} ({done + 1}/{len(files)})…")
            try:
                bundle = verify_bundle(_read(path), keys_for, limits=limits, min_sequence=last_sequence,
                                       period_known=period_known)
                if _store(session, bundle, path, stamp):
                    summary.imported.append(path.name)
                else:
                    summary.unchanged.append(path.name)
            except DanVanError as error:
                summary.rejected.append((path.name, str(error)))
        task.step(len(files), len(files), "Đã kiểm tra xong.")
        audit(session.store, session.user.username, "bundle.import", "bundle", "",
              {"imported": len(summary.imported), "unchanged": len(summary.unchanged),
               "rejected": len(summary.rejected)})
    return summary


def _store(session: Session, bundle: VerifiedBundle, path: Path, stamp: str) -> bool:
    floor = _floor(session, bundle.unit_code)
    existing = bundles_repo.import_by_sequence(session.db, bundle.unit_code, bundle.period, bundle.sequence, floor)
    if existing is not None:
        if existing["digest"] == bundle.digest:
            return False
        raise BundleRejected(f"Đã nhận một gói khác cùng số {bundle.sequence} của đơn vị {bundle.unit_code} "
                             f"kỳ {bundle.period}; gói này bị từ chối.", "replayed_sequence")
    check_continuity(bundle.figures, bundles_repo.unit_figures_since(session.db, bundle.unit_code, floor),
                     bundle.unit_code)
    petitioners = [(name, str(r.get("kind", "")), str(r.get("received_on", "")))
                   for r in bundle.records for name in r.get("petitioners", []) if isinstance(name, str)]
    bundles_repo.add_import(session.db, {
        "unit_code": bundle.unit_code, "unit_name": bundle.unit_name, "period": bundle.period,
        "sequence": bundle.sequence, "key_id": bundle.key_id, "digest": bundle.digest,
        "bagging_date": bundle.bagging_date.isoformat(), "received_at": stamp,
        "imported_by": session.user.username, "file_name": path.name, "figures": bundle.figures,
        "records": bundle.records}, petitioners)
    return True


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > Limits().max_bundle_bytes:
            raise BundleRejected(f"Tệp gói quá lớn ({size // 1048576} MB).", "too_large")
        return path.read_bytes()
    except OSError as exc:
        raise NotFound(f"Không đọc được tệp {path}: {os_reason(exc)}.") from exc


# --- status and consolidation ---------------------------------------------------------------------

@dataclass(frozen=True)
class UnitStatus:
    unit_code: str
    unit_name: str
    state: str
    sequence: int | None = None
    received_on: str | None = None
    due: str | None = None  # the unit's own due date where its former province's directive differs


@dataclass(frozen=True)
class PeriodStatus:
    period: str
    due: date
    units: list[UnitStatus]

    def count(self, state: str) -> int:
        return sum(1 for u in self.units if u.state == state)

    @property
    def reporting_rate(self) -> float:
        return (len(self.units) - self.count(MISSING)) / len(self.units) if self.units else 0.0

    @property
    def on_time_rate(self) -> float:
        return self.count(ON_TIME) / len(self.units) if self.units else 0.0

    def to_dict(self) -> dict:
        return {"period": self.period, "due": self.due.isoformat(), "expected": len(self.units),
                "on_time": self.count(ON_TIME), "late": self.count(LATE), "missing": self.count(MISSING),
                "reporting_rate": round(self.reporting_rate, 4), "on_time_rate": round(self.on_time_rate, 4),
                "units": [u.__dict__ for u in self.units]}


def expected_units(session: Session) -> dict[str, str]:
    """The communes under this database's unit when it is a province; else the units that
    have a key in the registry."""
    unit = session.unit
    list_id = settings_repo.get(session.db, "unit.list_id")
    if unit is not None and unit.level is Level.PROVINCE and list_id:
        communes = units_repo.children(session.db, list_id, unit.code, Level.COMMUNE)
        if communes:
            return {u.code: u.name for u in communes}
    return {r["unit_code"]: r["unit_name"] for r in bundles_repo.all_unit_keys(session.db)}


def period_status(session: Session, period: str, due: date, expected: dict[str, str] | None = None,
                  due_of: Callable[[str], date | None] | None = None) -> PeriodStatus:
    """On time when the first bundle of the period arrived on or before ``due`` (a later
    correction does not make a unit late); late after; missing when none arrived. ``due_of``
    gives a unit's own due date (a commune of a former province whose directive sets another
    date), ``None`` for the province's."""
    session.require(Permission.CONSOLIDATE)
    expected = dict(expected if expected is not None else expected_units(session))
    current = {r["unit_code"]: r for r in bundles_repo.current_imports(session.db, period)}
    for code, row in current.items():
        expected.setdefault(code, row["unit_name"])
    rows = []
    for code in sorted(expected):
        row = current.get(code)
        if row is None:
            rows.append(UnitStatus(code, expected[code], MISSING))
            continue
        first = row["first_received_at"][:10]
        own = due_of(code) if due_of is not None else None
        rows.append(UnitStatus(code, row["unit_name"] or expected[code],
                               ON_TIME if date.fromisoformat(first) <= (own or due) else LATE, row["sequence"], first,
                               own.isoformat() if own and own != due else None))
    return PeriodStatus(period, due, rows)


def consolidated_figures(session: Session, period: str) -> dict:
    """The sum of the latest bundle of every unit, with ``units`` = how many were summed."""
    session.require(Permission.CONSOLIDATE)
    figures = unit_figures(session, period)
    total = sum_figures(upgrade_figures(f) for _, f in figures)  # format 1 bundles under format 2 keys
    return {"period": period, "units": len(figures), "unit_codes": [c for c, _ in figures], "figures": total}


def unit_figures(session: Session, period: str) -> list[tuple[str, dict]]:
    """(unit code, figures) of each unit's latest bundle whose stored figures are readable."""
    session.require(Permission.CONSOLIDATE)
    return [(code, f) for code, f in bundles_repo.current_figures(session.db, period) if _readable(f, code, period)]


def _readable(figures, unit_code: str, period: str) -> bool:
    """Stored figures pass the bundle schema (an older version may have stored others): a
    report or status never crashes on them, it leaves them out."""
    try:
        check_figures(figures, unit_code, period)
    except BundleRejected:
        return False
    return True


def unit_drilldown(session: Session, period: str, unit_code: str) -> dict:
    session.require(Permission.CONSOLIDATE)
    row = bundles_repo.current_import(session.db, period, unit_code)
    if row is None:
        raise NotFound(f"Chưa nhận gói báo cáo kỳ {period} của đơn vị {unit_code}.")
    if not _readable(row["figures"], unit_code, period):
        row["figures"] = {}
    if not isinstance(row["records"], list):
        row["records"] = []
    return row


def repeat_petitioners(session: Session, period: str, min_units: int = 2) -> list[dict]:
    """Pseudonyms that appear in the bundles of at least ``min_units`` units."""
    session.require(Permission.CONSOLIDATE)
    rows = bundles_repo.repeat_petitioners(session.db, period, min_units)
    for row in rows:
        row["unit_codes"] = sorted(row["unit_codes"].split(","))
    return rows

