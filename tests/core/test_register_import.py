"""Importing the registers a commune kept in Excel: mapping, preview, writing, bad files."""

import errno
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from danvan_desktop.documents import sheet_reader
from danvan_desktop.documents.sheet_reader import ImportFileError
from danvan_desktop.domain.import_rows import fingerprint, parse_date
from danvan_desktop.errors import Cancelled, DataFolderError, ValidationError
from danvan_desktop.services import petition_export, petitions, register_import, reports
from danvan_desktop.storage import audit_repo, processing_tallies
from danvan_desktop.tasks import Task

TODAY = date(2026, 11, 22)
HEADERS = ["STT", "Ngày nhận đơn", "Họ tên người gửi", "Địa chỉ", "Số CCCD", "Phân loại", "Lĩnh vực", "Nội dung đơn",
           "Kết quả xử lý", "Ngày giải quyết", "Kết luận"]


def book(path: Path, rows: list[list], title_rows: int = 2, headers=HEADERS) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Sổ đơn 2024"
    if title_rows:
        ws.append(["ỦY BAN NHÂN DÂN XÃ LÂM BÌNH"])
        ws.append(["SỔ THEO DÕI ĐƠN THƯ NĂM 2024"])
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


ROWS = [
    [1, "12/03/2024", "Nguyễn Văn An", "Thôn Nà Lầu", "008085123456", "Khiếu nại", "Đất đai",
     "Khiếu nại quyết định thu hồi đất", "Đã giải quyết", "30/04/2024", "Đúng một phần"],
    [2, datetime(2024, 5, 6), "Hoàng Thị Mai", "Thôn Bản Bó", None, "kien nghi", "Xây dựng",
     "Kiến nghị sửa nhà văn hóa thôn", "Hướng dẫn", 45425, None],  # 45425 = 13/05/2024 as an Excel serial
    [3, "10112026", "Lý Văn Đức", "Thôn Nà Vài", None, "Phản ánh", "Môi trường",
     "Phản ánh ô nhiễm nguồn nước", None, None, None],
    [4, "31/02/2024", "Ma Văn Hùng", "Thôn Nà Mô", None, "Khiếu nại", "Đất đai", "Khiếu nại về ranh giới", None,
     None, None],
    [5, "01/06/2024", "Trần Văn Tú", "Thôn Pác Hóp", None, "Góp ý", "Không có", "", None, None, None],
]


@pytest.fixture
def register_file(tmp_path):
    return book(tmp_path / "so-don-2024.xlsx", ROWS)


def test_dates_as_officers_type_them():
    assert parse_date("25/10/2026") == parse_date("25102026") == parse_date(25102026) == date(2026, 10, 25)
    assert parse_date("2026-10-25") == parse_date("25-10-2026") == parse_date(46320) == date(2026, 10, 25)
    assert parse_date(datetime(2026, 10, 25, 8, 30)) == date(2026, 10, 25)
    with pytest.raises(ValueError, match="ngày có thật"):
        parse_date("31/02/2024")
    with pytest.raises(ValueError, match="ngày/tháng/năm"):
        parse_date("tháng 3")


def test_fingerprints_stay_those_of_earlier_imports():
    """A file imported by an earlier version is recognised: the fingerprint of a row never changes."""
    cells = {"received_on": datetime(2024, 5, 6), "closed_on": date(2024, 6, 1), "name": "  Hoàng Thị Mai ",
             "cccd": 8085123456.0, "phone": None, "note": "", "source_number": 7, "content": "Kiến nghị", "kind": True,
             "x": 2.5}
    assert fingerprint("petitions", cells) == "6dd2972fd96a1c00f29c742e76cbde17c97015b281e4e7714a2e550d27ff558c"


def test_header_found_under_a_title_and_columns_proposed(admin_session, register_file):
    plan = register_import.plan_import(admin_session, "petitions", register_file, today=TODAY)
    assert plan.header_row == 3
    assert plan.mapping == {0: "source_number", 1: "received_on", 2: "name", 3: "address", 4: "cccd", 5: "kind",
                            6: "field", 7: "content", 8: "outcome", 9: "closed_on", 10: "result"}
    assert plan.missing == []


def test_headers_without_accents_and_other_names(admin_session, tmp_path):
    path = book(tmp_path / "khong-dau.xlsx", [], title_rows=0,
                headers=["NGAY NHAN", "Người đứng tên", "Loai don", "Linh vuc", "Noi dung", "Nguồn đơn (*)"])
    wb_rows = [["02/01/2025", "Bùi Văn Nam", "To cao", "Cán bộ, công chức", "Tố cáo trưởng thôn", "Bưu chính"]]
    path = book(path, wb_rows, title_rows=0,
                headers=["NGAY NHAN", "Người đứng tên", "Loai don", "Linh vuc", "Noi dung", "Nguồn đơn (*)"])
    plan = register_import.plan_import(admin_session, "petitions", path, today=TODAY)
    assert set(plan.mapping.values()) == {"received_on", "name", "kind", "field", "content", "channel"}
    (row,) = plan.outcomes
    assert not row.ok and "bị tố cáo" in " ".join(row.reasons)  # a tố cáo needs whom it denounces


def test_preview_says_what_each_row_becomes_and_writes_nothing(admin_session, register_file):
    plan = register_import.plan_import(admin_session, "petitions", register_file, today=TODAY)
    by_row = {o.row: o for o in plan.outcomes}
    assert by_row[4].ok and by_row[4].summary == "Khiếu nại · Đất đai · nhận 12/03/2024 · đã giải quyết 30/04/2024"
    assert by_row[4].record.kind == "khieu_nai" and by_row[4].record.field == "dat_dai"
    assert by_row[5].ok and by_row[5].steps[0][:2] == ("guided", date(2024, 5, 13))
    assert by_row[5].record.kind == "kien_nghi" and by_row[5].record.received_on == date(2024, 5, 6)
    assert by_row[6].ok and by_row[6].record.received_on == date(2026, 11, 10)
    assert by_row[7].reasons == ("Ngày nhận: “31/02/2024” không phải là ngày có thật",)
    assert len(by_row[8].reasons) == 3  # kind, field and the empty content: one reason each
    assert any(r.startswith("Loại đơn: “Góp ý”") for r in by_row[8].reasons)
    assert any(r.startswith("Lĩnh vực: “Không có”") for r in by_row[8].reasons)
    assert petitions.count(admin_session, petitions.list_query(today=TODAY)) == 0


def test_valid_rows_written_with_their_source_and_never_twice(admin_session, register_file):
    plan = register_import.plan_import(admin_session, "petitions", register_file, today=TODAY)
    result = register_import.run_import(admin_session, plan, today=TODAY)
    assert result.added == 3
    query = petitions.list_query(today=TODAY)
    assert petitions.count(admin_session, query) == 3
    detail = petitions.show_petition(admin_session, result.first_id, today=TODAY)
    assert detail.row["status"] == "closed" and detail.row["result"] == "dung_mot_phan"
    assert detail.petitioners[0].name == "Nguyễn Văn An" and detail.petitioners[0].cccd == "008085123456"
    notes = [e["note"] for e in detail.events]
    assert "Nhập từ tệp so-don-2024.xlsx, dòng 4 (số đơn trong tệp: 1)" in notes
    assert [e["kind"] for e in detail.events] == ["created", "resolved"]
    assert any(e.action == "petitions.import" for e in audit_repo.entries(admin_session.db))

    again = register_import.plan_import(admin_session, "petitions", register_file, today=TODAY)
    assert again.valid == []
    assert "Đã nhập trước đây (tệp so-don-2024.xlsx, dòng 4)" in again.outcomes[0].reasons
    with pytest.raises(ValidationError, match="Không có dòng hợp lệ"):
        register_import.run_import(admin_session, again, today=TODAY)
    assert petitions.count(admin_session, query) == 3


def test_old_closed_petitions_are_not_overdue_and_open_ones_carry_over(admin_session, register_file):
    register_import.run_import(admin_session, register_import.plan_import(admin_session, "petitions", register_file,
                                                                          today=TODAY), today=TODAY)
    assert petitions.overdue_count(admin_session, TODAY) == 0  # the 2024 ones are closed
    query = petitions.list_query(state="overdue", today=TODAY)
    assert petitions.count(admin_session, query) == 0
    figures = reports.figures(admin_session, "2024", today=TODAY)["petitions"]
    assert (figures["carried_over"], figures["received"]) == (0, 2)
    figures = reports.figures(admin_session, "2026", today=TODAY)["petitions"]
    assert (figures["carried_over"], figures["received"]) == (0, 1)


def test_open_petitions_from_before_the_first_period_carry_over(admin_session, tmp_path):
    path = book(tmp_path / "cu.xlsx", [
        [1, "01/10/2025", "Nguyễn Văn An", "Thôn Nà Lầu", None, "Kiến nghị", "Xây dựng", "Kiến nghị làm đường",
         None, None, None],
        [2, "02/10/2025", "Lê Văn Bình", "Thôn Nà Lầu", None, "Kiến nghị", "Xây dựng", "Kiến nghị sửa cầu",
         "Lưu đơn", "20/12/2025", None]])
    register_import.run_import(admin_session, register_import.plan_import(admin_session, "petitions", path,
                                                                          today=TODAY), today=TODAY)
    figures = reports.figures(admin_session, "2026", today=TODAY)["petitions"]  # 15/11/2025 - 14/11/2026
    assert (figures["carried_over"], figures["received"]) == (2, 0)
    assert petitions.overdue_count(admin_session, TODAY) == 1  # only the one still open


def test_chosen_rows_only_and_all_or_nothing(admin_session, register_file):
    plan = register_import.plan_import(admin_session, "petitions", register_file, today=TODAY)
    with pytest.raises(ValidationError, match="Các dòng 7"):
        register_import.run_import(admin_session, plan, rows={4, 7}, today=TODAY)
    assert petitions.count(admin_session, petitions.list_query(today=TODAY)) == 0
    register_import.run_import(admin_session, plan, rows={5}, today=TODAY)
    assert petitions.count(admin_session, petitions.list_query(today=TODAY)) == 1


def test_cancel_leaves_nothing(admin_session, tmp_path, monkeypatch):
    monkeypatch.setattr(register_import, "BATCH", 2)
    rows = [[i, f"0{1 + i % 9}/02/2025", f"Người {i}", "Thôn Nà Lầu", None, "Kiến nghị", "Xây dựng",
             f"Kiến nghị số {i} về sửa đường", None, None, None] for i in range(1, 8)]
    plan = register_import.plan_import(admin_session, "petitions", book(tmp_path / "a.xlsx", rows), today=TODAY)
    assert len(plan.valid) == 7
    task = Task()
    steps = []

    def progress(done, total, text):
        steps.append(done)
        if done >= 4:
            task.cancel()
    task._on_progress = progress
    with pytest.raises(Cancelled):
        register_import.run_import(admin_session, plan, today=TODAY, task=task)
    assert petitions.count(admin_session, petitions.list_query(today=TODAY)) == 0
    assert register_import.plan_import(admin_session, "petitions", plan.source, today=TODAY).valid  # nothing recorded


def test_locked_period_rows_refused(admin_session, register_file, monkeypatch):
    from danvan_desktop.storage import reports_repo

    monkeypatch.setattr(reports_repo, "locked_windows",
                        lambda db: [("2024", "approved", "2023-11-15", "2024-11-14")])
    plan = register_import.plan_import(admin_session, "petitions", register_file, today=TODAY)
    assert [o.row for o in plan.valid] == [6]
    assert "thuộc kỳ báo cáo 2024 đã phê duyệt" in plan.outcomes[0].reasons[0]


def test_round_trip_of_the_apps_own_export(admin_session, register_file, tmp_path, setup_result):
    register_import.run_import(admin_session, register_import.plan_import(admin_session, "petitions", register_file,
                                                                          today=TODAY), today=TODAY)
    exported = tmp_path / "xuat.xlsx"
    petition_export.export_xlsx(admin_session, petitions.list_query(today=TODAY), exported)
    from danvan_desktop.services.setup import initialise
    from danvan_desktop.storage.database import Unlock
    from tests.conftest import ADMIN_PASSWORD

    other = initialise(tmp_path / "other" / "danvan.db", Unlock(), "02266", "admin", ADMIN_PASSWORD, "Nguyễn Văn Quản")
    try:
        plan = register_import.plan_import(other.session, "petitions", exported, today=TODAY)
        assert plan.refused == [] and len(plan.valid) == 3
        register_import.run_import(other.session, plan, today=TODAY)
        def key(session):
            q = petitions.list_query(today=TODAY)
            rows = petitions.list_rows(session, [k[-1] for k in petitions.page(session, q)])
            return sorted((r["received_on"], r["kind"], r["field"], r["content"], r["petitioner"], r["status"],
                           r["outcome"]) for r in rows)
        assert key(other.session) == key(admin_session)
    finally:
        other.session.store.close()


def test_receptions_and_activities(admin_session, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Ngày tiếp", "Hình thức tiếp", "Người tiếp", "Số lượt", "Số người", "Ghi chú"])
    ws.append(["05/11/2026", "Chủ tịch tiếp định kỳ", "Ma Văn Thắng", 3, 4, "Tiếp tại trụ sở"])
    ws.append(["06/11/2026", "Tiếp thường xuyên", "Lý Văn Đức", 5, 2, ""])
    wb.save(tmp_path / "tiep.xlsx")
    plan = register_import.plan_import(admin_session, "receptions", tmp_path / "tiep.xlsx", today=TODAY)
    assert [o.ok for o in plan.outcomes] == [True, False]
    assert "Số người không được ít hơn số lượt tiếp." in plan.outcomes[1].reasons
    assert register_import.run_import(admin_session, plan, today=TODAY).added == 1

    (tmp_path / "hd.csv").write_text(
        "Ngày tổ chức;Loại hoạt động;Nội dung;Địa điểm;Số người tham gia;Phụ nữ\n"
        "03/11/2026;Hội nghị;Hội nghị đối thoại với nhân dân;Thôn Nà Lầu;60;25\n", encoding="utf-8-sig")
    kinds = register_import.activity_kinds()
    label = next(iter(kinds.values()))
    text = (tmp_path / "hd.csv").read_text("utf-8-sig").replace("Hội nghị;", f"{label};", 1)
    (tmp_path / "hd.csv").write_text(text, encoding="utf-8-sig")
    plan = register_import.plan_import(admin_session, "activities", tmp_path / "hd.csv", today=TODAY)
    (row,) = plan.outcomes
    assert row.ok and row.record.participants == 60 and row.record.women == 25 and row.record.place == "Thôn Nà Lầu"
    assert register_import.run_import(admin_session, plan, today=TODAY).added == 1


# --- bad files: a clear message, nothing written -------------------------------------------

def test_password_protected_corrupt_and_empty_files(admin_session, tmp_path):
    cases = {
        "matkhau.xlsx": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "đặt mật khẩu"),
        "hong.xlsx": (b"PK\x03\x04" + b"rac" * 100, "bị hỏng"),
        "trong.xlsx": (b"", "trống"),
        "anh.xlsx": (b"\x89PNG\r\n\x1a\n" + b"\0" * 50, "không phải tệp Excel"),
    }
    for name, (data, words) in cases.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(ImportFileError, match=words):
            register_import.plan_import(admin_session, "petitions", tmp_path / name, today=TODAY)
    wb = Workbook()
    wb.save(tmp_path / "khong-du-lieu.xlsx")
    with pytest.raises(ImportFileError, match="không có dữ liệu"):
        register_import.plan_import(admin_session, "petitions", tmp_path / "khong-du-lieu.xlsx", today=TODAY)
    assert petitions.count(admin_session, petitions.list_query(today=TODAY)) == 0


def test_huge_file_refused(admin_session, tmp_path, monkeypatch):
    monkeypatch.setattr(sheet_reader, "MAX_ROWS", 3)
    path = book(tmp_path / "lon.xlsx", ROWS)
    with pytest.raises(ImportFileError, match="hơn 3 dòng"):
        register_import.plan_import(admin_session, "petitions", path, today=TODAY)


def test_merged_headers_formulas_and_hidden_rows(admin_session, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Ngày nhận", "Người gửi", None, "Loại đơn", "Lĩnh vực", "Nội dung", "Số người"])
    ws.append([None, "Họ tên", "Địa chỉ", None, None, None, None])
    ws.merge_cells("B1:C1")
    for col in "ADEFG":
        ws.merge_cells(f"{col}1:{col}2")
    ws.append(["02/03/2025", "Nguyễn Văn An", "Thôn Nà Lầu", "Kiến nghị", "Xây dựng", "Sửa cầu treo", "=1+1"])
    ws.append(["03/03/2025", "Lê Thị Hoa", "Thôn Bản Bó", "Phản ánh", "Xây dựng", "=CONCAT(\"Đường\",\" hỏng\")", 1])
    ws.append(["04/03/2025", "Hà Văn Sơn", "Thôn Nà Mô", "Phản ánh", "Xây dựng", "Đèn đường hỏng", 1])
    ws.row_dimensions[5].hidden = True
    wb.save(tmp_path / "gop.xlsx")
    plan = register_import.plan_import(admin_session, "petitions", tmp_path / "gop.xlsx", today=TODAY)
    assert plan.mapping == {0: "received_on", 1: "name", 2: "address", 3: "kind", 4: "field", 5: "content"}
    assert any("ô gộp" in n for n in plan.notices) and any("1 dòng bị ẩn" in n for n in plan.notices)
    by_row = {o.row: o for o in plan.outcomes}
    assert by_row[3].ok and by_row[3].record.petitioners[0].address == "Thôn Nà Lầu"
    assert any("Ô F4 là công thức chưa có kết quả" in r for r in by_row[4].reasons)
    assert "Dòng bị ẩn trong Excel" in by_row[5].reasons


def test_mapping_given_by_the_officer(admin_session, tmp_path):
    path = book(tmp_path / "la.xlsx", [["x", "07/07/2025", "Phản ánh", "Xây dựng", "Đường hỏng"]], title_rows=0,
                headers=["Cột 1", "Cột 2", "Cột 3", "Cột 4", "Cột 5"])
    plan = register_import.plan_import(admin_session, "petitions", path, today=TODAY)
    assert plan.mapping == {} and "Không tìm thấy dòng tiêu đề" in plan.notices[0]
    assert plan.missing == ["Ngày nhận", "Loại đơn", "Nội dung", "Lĩnh vực"]
    plan = register_import.plan_import(admin_session, "petitions", path, today=TODAY,
                                       mapping={1: "received_on", 2: "kind", 3: "field", 4: "content"})
    assert [o.ok for o in plan.outcomes] == [True]  # the first row is taken as the header
    with pytest.raises(ValidationError, match="hai cột"):
        register_import.plan_import(admin_session, "petitions", path, today=TODAY, mapping={1: "kind", 2: "kind"})


@pytest.mark.parametrize("register", register_import.REGISTERS)
def test_template_imports_back(admin_session, tmp_path, register):
    path = tmp_path / f"mau-{register}.xlsx"
    register_import.write_template(register, path)
    plan = register_import.plan_import(admin_session, register, path, today=TODAY)
    assert plan.header_row == 1 and plan.missing == [] and plan.notices == []
    assert len(plan.mapping) == len(register_import.register_spec(register).columns)
    assert [o.reasons for o in plan.outcomes] == [(), ()]
    assert register_import.run_import(admin_session, plan, today=TODAY).added == 2


def test_template_on_a_full_disk_says_so_in_vietnamese(tmp_path, monkeypatch):
    def full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(register_import, "write_template_book", full)
    with pytest.raises(DataFolderError) as raised:
        register_import.write_template("petitions", tmp_path / "mau.xlsx")
    assert "ổ đĩa đã đầy" in str(raised.value) and "No space" not in str(raised.value)
    assert not (tmp_path / "mau.xlsx").exists()


def test_activity_export_imports_back(admin_session, tmp_path):
    from datetime import time

    from danvan_desktop.domain.activities import ActivityInput
    from danvan_desktop.domain.import_rows import parse_time
    from danvan_desktop.services import activities, work_export

    assert parse_time("8h30") == parse_time("08:30") == parse_time(0.3541666) == time(8, 30)
    assert parse_time("14 giờ") == time(14, 0)
    with pytest.raises(ValueError, match="giờ"):
        parse_time("25:00")
    kind = next(iter(activities.activity_kinds()))
    activities.add_activity(admin_session, ActivityInput(
        held_on=date(2026, 3, 5), kind=kind, content="Hội nghị đối thoại với Nhân dân", place="Thôn Nà Lầu",
        starts_at=time(8, 0), ends_at=time(10, 30), participants=50, women=20, field="dat_dai"), today=TODAY)
    exported = tmp_path / "hoat-dong.xlsx"
    work_export.export_activities(admin_session, exported, date(2026, 1, 1), date(2026, 12, 31))
    plan = register_import.plan_import(admin_session, "activities", exported, today=TODAY)
    (row,) = plan.outcomes
    assert row.ok, row.reasons
    assert (row.record.starts_at, row.record.ends_at, row.record.field) == (time(8, 0), time(10, 30), "dat_dai")
    assert (row.record.participants, row.record.women, row.record.place) == (50, 20, "Thôn Nà Lầu")


def test_steps_written_before_their_petitions_keep_the_facts_the_triggers_keep(admin_session, tmp_path, monkeypatch):
    """The import writes a petition's processing facts with it and its steps first (one
    indexed insert per step): the facts, tallies and timeline are those of the usual path,
    across batches."""
    monkeypatch.setattr(register_import, "BATCH", 2)
    headers = ["STT", "Ngày nhận đơn", "Họ tên người gửi", "Địa chỉ", "Phân loại", "Lĩnh vực", "Nội dung đơn",
               "Ngày thụ lý", "Kết quả xử lý", "Ngày kết thúc", "Kết luận"]
    path = book(tmp_path / "lich-su.xlsx", [
        [1, "12/03/2024", "Nguyễn Văn An", "Thôn Nà Lầu", "Khiếu nại", "Đất đai", "Khiếu nại thu hồi đất",
         "15/03/2024", "Đã giải quyết", "30/04/2024", "Đúng một phần"],
        [2, "06/05/2024", "Hoàng Thị Mai", "Thôn Bản Bó", "Kiến nghị", "Xây dựng", "Kiến nghị sửa nhà văn hóa",
         None, "Hướng dẫn", "13/05/2024", None],
        [3, "10/06/2024", "Lý Văn Đức", "Thôn Nà Vài", "Phản ánh", "Môi trường", "Phản ánh khói bụi", None,
         "Lưu đơn", "20/06/2024", None],
        [4, "11/06/2024", "Ma Văn Hùng", "Thôn Nà Mô", "Kiến nghị", "Đất đai", "Kiến nghị cấp sổ đỏ", None,
         "Chuyển đơn", "01/07/2024", None],
        [5, "01/10/2026", "Trần Văn Tú", "Thôn Pác Hóp", "Phản ánh", "Môi trường", "Phản ánh rác thải", None, None,
         None, None]], headers=headers)
    plan = register_import.plan_import(admin_session, "petitions", path, today=TODAY)
    assert len(plan.valid) == 5, plan.refused
    first = register_import.run_import(admin_session, plan, today=TODAY).first_id
    db = admin_session.db
    facts = "SELECT id, first_processed_on, accepted_on, processing FROM petitions ORDER BY id"
    written = db.execute(facts).fetchall()
    assert written == [
        (first, "2024-03-15", "2024-03-15", "thuoc_tham_quyen"),
        (first + 1, "2024-05-13", None, "huong_dan"),
        (first + 2, "2024-06-20", None, "khong_du_dieu_kien"),
        (first + 3, "2024-07-01", None, "chuyen_don"),
        (first + 4, None, None, None)]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert processing_tallies.drift(db) == 0
    for pid, row in zip(range(first, first + 5), range(4, 9)):  # each timeline names its own source row
        notes = [e["note"] for e in petitions.show_petition(admin_session, pid, today=TODAY).events]
        assert f"Nhập từ tệp lich-su.xlsx, dòng {row} (số đơn trong tệp: {row - 3})" in notes
    with admin_session.store.transaction():  # the triggers work the facts out again from every step
        db.execute("UPDATE petition_events SET on_date = on_date")
    assert db.execute(facts).fetchall() == written
    assert processing_tallies.drift(db) == 0
