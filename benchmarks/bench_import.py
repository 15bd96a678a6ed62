"""Importing an office's Excel register: reading the file and writing the rows.

    .venv/bin/python benchmarks/bench_import.py [--rows 100000]

Makes a sheet of realistic petitions (the sample-data factory, written as an officer's
register with Vietnamese labels and dd/mm/yyyy dates), then prints, measured in the same
run:
- reading: our reader (values plus the pass for hidden rows, merged cells and formulas)
  as a ratio of openpyxl's own read-only iteration of the same sheet;
- importing: checking every row (``plan_import`` on the sheet already read: the preview)
  and writing them (``run_import``: the Nhập button), each and together, as rate ratios
  against a raw ``executemany`` of the same petition and petitioner rows, as ready-made
  tuples, into an identical empty database. Goal ≥ 0.5× for the two together.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from openpyxl import Workbook, load_workbook  # noqa: E402

from danvan_desktop.documents.sheet_reader import read_sheet  # noqa: E402
from danvan_desktop.domain.petitions import CHANNELS, KINDS  # noqa: E402
from danvan_desktop.services import petitions as petition_service  # noqa: E402
from danvan_desktop.services import register_import  # noqa: E402
from danvan_desktop.services.demo_petitions import PetitionFactory, _settle  # noqa: E402
from danvan_desktop.services.session import writing  # noqa: E402
from danvan_desktop.services.setup import initialise  # noqa: E402
from danvan_desktop.storage import petitions_repo  # noqa: E402
from danvan_desktop.storage.database import Unlock  # noqa: E402

TODAY = date(2026, 11, 22)
HEADERS = ["STT", "Ngày nhận đơn", "Họ tên người gửi", "Địa chỉ", "Số CCCD", "Phân loại", "Lĩnh vực", "Nguồn đơn",
           "Nội dung đơn", "Người bị tố cáo"]


def make_sheet(path: Path, rows: int):
    factory = PetitionFactory(11, "Xã Lâm Bình", TODAY)
    fields = petition_service.petition_fields()
    generated = []
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Sổ đơn")
    sheet.append(["SỔ THEO DÕI ĐƠN THƯ"])
    sheet.append(HEADERS)
    while len(generated) < rows:
        g = factory.petition()
        if g.row["signatories"] == "nhieu_nguoi":
            continue  # one name per row, as an officer's register keeps it
        if g.row["channel"] == "chuyen_den":
            g.row["channel"] = "buu_chinh"  # the sample data name no forwarding body
        _settle(g, TODAY)
        g.events.clear()
        generated.append(g)
        person = g.petitioners[0] if g.petitioners else {"name": None, "address": None, "cccd": None}
        received = date.fromisoformat(g.row["received_on"])
        sheet.append([len(generated), received.strftime("%d/%m/%Y"), person["name"], person["address"],
                      person["cccd"] or None, KINDS[g.row["kind"]], fields[g.row["field"]],
                      CHANNELS[g.row["channel"]], g.row["content"], g.row["accused"] or None])
    book.save(path)
    return generated


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="danvan-bench-import-"))
    os.environ["DANVAN_DATA_DIR"] = str(folder)
    path = folder / "so-don.xlsx"
    start = time.perf_counter()
    generated = make_sheet(path, args.rows)
    print(f"sheet of {args.rows:,} rows written in {time.perf_counter() - start:.1f} s")

    start = time.perf_counter()
    book = load_workbook(path, read_only=True, data_only=True)
    bare_rows = sum(1 for _ in book["Sổ đơn"].iter_rows(values_only=True))
    book.close()
    bare = time.perf_counter() - start
    start = time.perf_counter()
    sheet = read_sheet(path, "Sổ đơn")
    ours = time.perf_counter() - start
    assert len(sheet.rows) == bare_rows
    print(f"reading: openpyxl read-only {bare:.2f} s, ours {ours:.2f} s, ratio {ours / bare:.2f}× the time")

    passphrase = "bench-passphrase-1"
    ours_db = initialise(folder / "ours.db", Unlock(passphrase=passphrase), "02266", "admin", "matkhau-bench",
                         "Quản trị")
    base_db = initialise(folder / "base.db", Unlock(passphrase=passphrase), "02266", "admin", "matkhau-bench",
                         "Quản trị")
    start = time.perf_counter()
    plan = register_import.plan_import(ours_db.session, "petitions", path, today=TODAY, sheet=sheet)
    checked = time.perf_counter()
    result = register_import.run_import(ours_db.session, plan, today=TODAY)
    written = time.perf_counter()
    assert result.added == args.rows, (result.added, plan.refused[:3])
    check_rate = result.added / (checked - start)
    write_rate = result.added / (written - checked)
    ours_rate = result.added / (written - start)

    cols = [c for c in petitions_repo.PETITION_COLUMNS if c != "id"]
    petition_tuples = [(i + 1, *[g.row.get(c) for c in cols]) for i, g in enumerate(generated)]
    people = [(i + 1, pos, p["name"], p["address"], p["cccd"], p["phone"], "")
              for i, g in enumerate(generated) for pos, p in enumerate(g.petitioners)]
    raw = base_db.session.db.conn
    start = time.perf_counter()
    with writing(base_db.session.store):
        raw.executemany(f"INSERT INTO petitions (id, {', '.join(cols)}) VALUES (?, {', '.join('?' * len(cols))})",
                        petition_tuples)
        raw.executemany("INSERT INTO petitioners (petition_id, position, name, address, cccd, phone, identity_key) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)", people)
    raw_rate = args.rows / (time.perf_counter() - start)
    ratio = ours_rate / raw_rate
    print(f"raw executemany of the same rows: {raw_rate:,.0f} rows/s")
    print(f"preview (every row checked, nothing written): {check_rate:,.0f} rows/s, ratio {check_rate / raw_rate:.2f}×")
    print(f"write (the Nhập button: scheduled, indexed, timeline, provenance): {write_rate:,.0f} rows/s, "
          f"ratio {write_rate / raw_rate:.2f}×")
    print(f"importing, preview and write together: {ours_rate:,.0f} rows/s, ratio {ratio:.2f}× (goal ≥ 0.5×) "
          f"{'MET' if ratio >= 0.5 else 'NOT MET'}")
    for db in (ours_db, base_db):
        db.session.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
