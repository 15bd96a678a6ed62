"""Writers from two processes (simulated by a second connection to the same file): an
approval is atomic with its figures, and "database is locked" comes only after the whole
busy timeout, as one line (issue 14, item 6)."""

import threading
import time
from datetime import date

import pytest

from danvan_desktop.domain.petitions import Petitioner, PetitionInput
from danvan_desktop.domain.users import Role
from danvan_desktop.errors import DatabaseBusy
from danvan_desktop.services import petitions, reports
from danvan_desktop.services.auth import login
from danvan_desktop.services.locks import PeriodLocked
from danvan_desktop.services.users import add_user
from danvan_desktop.storage import database
from danvan_desktop.storage.database import Store

TODAY = date(2026, 11, 22)


def complaint(day: date) -> PetitionInput:
    return PetitionInput(received_on=day, kind="khieu_nai", channel="truc_tiep", field="dat_dai",
                         content=f"Khiếu nại nhận ngày {day:%d/%m/%Y}",
                         petitioners=(Petitioner("Hoàng Văn Dũng", "Thôn Nà Lầu"),))


def second_store(store: Store) -> Store:
    """Another connection to the same encrypted file, as a second process would hold."""
    return Store(database._configure(store.connect_copy(store.path)), store.path, store._key)


@pytest.fixture
def leader(admin_session):
    add_user(admin_session, "chutich", "Ma Văn Thắng", Role.LEADER, "matkhau-chutich")
    add_user(admin_session, "canbo", "Lý Thị Hoa", Role.OFFICER, "matkhau-canbo")
    return login(admin_session.store, "chutich", "matkhau-chutich")


def test_no_petition_slips_in_between_the_figures_and_the_lock(leader, monkeypatch):
    petitions.add_petition(leader, complaint(date(2026, 3, 2)), today=TODAY)
    other = second_store(leader.store)
    officer = login(other, "canbo", "matkhau-canbo")
    outcome = {}

    def officer_adds():
        try:
            outcome["id"] = petitions.add_petition(officer, complaint(date(2026, 3, 3)), today=TODAY)
        except PeriodLocked as refused:
            outcome["refused"] = refused

    counted = reports.gather

    def gather_while_an_officer_writes(session, p, today):
        records = counted(session, p, today)
        writer = threading.Thread(target=officer_adds)
        writer.start()
        writer.join(timeout=2)  # without the write lock held, the officer's petition lands now
        outcome["thread"] = writer
        return records

    monkeypatch.setattr(reports, "gather", gather_while_an_officer_writes)
    frozen = reports.approve(leader, "2026", TODAY)
    outcome["thread"].join(timeout=15)
    stored = leader.db.execute("SELECT count(*) FROM petitions WHERE received_on BETWEEN '2025-11-15' AND "
                               "'2026-11-14'").fetchone()[0]
    assert "refused" in outcome and "id" not in outcome  # it waited for the approval, then met the lock
    assert stored == 1 and frozen["petitions"]["received"] == stored
    other.close()


def test_a_write_waits_for_another_writer_instead_of_failing(leader):
    other = leader.store.connect_copy(leader.store.path)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO settings (key, value) VALUES ('test.other_writer', '1')")
    release = threading.Timer(0.7, other.commit)
    release.start()
    started = time.monotonic()
    reports.approve(leader, "2026", TODAY)  # reads, then writes: must not fail once the other commits
    assert time.monotonic() - started >= 0.6
    assert reports.report(leader, "2026").status == "approved"
    release.join()
    other.close()


def test_database_is_locked_only_after_the_whole_busy_timeout_as_one_line(leader, monkeypatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 1500)
    leader.db.execute("PRAGMA busy_timeout = 1500")
    other = leader.store.connect_copy(leader.store.path)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO settings (key, value) VALUES ('test.other_writer', '1')")
    started = time.monotonic()
    with pytest.raises(DatabaseBusy) as busy:
        petitions.add_petition(leader, complaint(date(2026, 3, 2)), today=TODAY)
    assert time.monotonic() - started >= 1.4
    message = str(busy.value)
    assert "\n" not in message and "đang bận" in message
    other.rollback()
    other.close()
    assert petitions.add_petition(leader, complaint(date(2026, 3, 2)), today=TODAY)  # the store still works
