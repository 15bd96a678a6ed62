"""XLSX export of the activities, models and democracy registers, read back with openpyxl."""

import json
from dataclasses import replace
from datetime import date, time

import pytest
from openpyxl import load_workbook

from danvan_desktop.domain.activities import ActivityInput, ModelInput
from danvan_desktop.domain.democracy import DemocracyInput
from danvan_desktop.errors import DataFolderError
from danvan_desktop.services import activities, democracy, work_export
from danvan_desktop.storage import audit_repo

TODAY = date(2026, 11, 22)
MEETING = ActivityInput(
    held_on=date(2026, 11, 5), kind="tuyen_truyen", content="Tuyên truyền Luật Đất đai 2024", place="Thôn Nà Lầu",
    starts_at=time(8, 0), ends_at=time(10, 30), led_by="Ma Văn Hùng", participants=80, women=35, ethnic_minority=70,
    religious=4, field="dat_dai")


def _rows(path):
    book = load_workbook(path)
    sheet = book.active
    return sheet, list(sheet.iter_rows(values_only=True))


def _last_audit(session):
    return audit_repo.recent(session.db, 1)[0]


def test_activities_export_follows_the_filters(admin_session, tmp_path):
    activities.add_activity(admin_session, MEETING, today=TODAY)
    activities.add_activity(admin_session, replace(MEETING, held_on=date(2026, 3, 2), kind="hoa_giai",
                                                   place="Thôn Bản Khiển", content="Hòa giải tranh chấp đất"),
                            today=TODAY)
    out = tmp_path / "xuat"
    out.mkdir()
    target = out / "hoat-dong.xlsx"
    assert work_export.export_activities(admin_session, target, date(2026, 1, 1), TODAY) == 2
    sheet, rows = _rows(target)
    assert sheet.title == "Hoạt động dân vận"
    assert rows[0] == work_export.ACTIVITY_HEADERS
    assert rows[1][0].date() == date(2026, 11, 5) and sheet["A2"].number_format == "DD/MM/YYYY"
    assert rows[1][1] == time(8, 0) and rows[1][2] == time(10, 30)
    assert rows[1][3] == "Tuyên truyền, phổ biến, quán triệt" and rows[1][4] == "Thôn Nà Lầu"
    assert rows[1][6:10] == (80, 35, 70, 4) and rows[1][10] == "Đất đai"
    assert work_export.export_activities(admin_session, target, date(2026, 1, 1), TODAY, place="Thôn Bản Khiển") == 1
    _, rows = _rows(target)
    assert len(rows) == 2 and rows[1][3] == "Hòa giải ở cơ sở"
    entry = _last_audit(admin_session)
    assert entry.action == "activity.export_xlsx" and json.loads(entry.details) == {"rows": 1, "file": target.name}
    assert [p.name for p in out.iterdir()] == ["hoat-dong.xlsx"]  # no temporary file left


def test_models_export(admin_session, tmp_path):
    model = ModelInput(name="Dân vận khéo trong giải phóng mặt bằng", field="kinh_te", owner_kind="tap_the",
                       owner="UBND xã Lâm Bình", year_registered=2025, status="hieu_qua", recognition_level="tinh",
                       recognition_form="bang_khen", results="Bàn giao mặt bằng đúng hạn")
    activities.add_model(admin_session, model, today=TODAY)
    activities.add_model(admin_session, replace(model, name="Chung sức xây dựng nông thôn mới",
                                                field="nong_thon_moi", status="dang_ky", recognition_level=None,
                                                recognition_form=None), today=TODAY)
    rows, verdict = activities.list_models(admin_session, field="nong_thon_moi")
    assert [r["status"] for r in rows] == ["dang_ky"] and verdict.startswith("Có 1 mô hình")  # judged on all
    target = tmp_path / "mo-hinh.xlsx"
    assert work_export.export_models(admin_session, target) == 2
    assert work_export.export_models(admin_session, target, status="hieu_qua") == 1
    _, rows = _rows(target)
    assert rows[0] == work_export.MODEL_HEADERS
    assert rows[1] == (2025, "Dân vận khéo trong giải phóng mặt bằng", "Kinh tế", "UBND xã Lâm Bình", "Tập thể",
                       "Hiệu quả", "Cấp tỉnh", "Bằng khen", "Bàn giao mặt bằng đúng hạn")
    assert _last_audit(admin_session).action == "dvk_model.export_xlsx"


def test_democracy_export_leaves_figures_of_other_kinds_blank(admin_session, tmp_path):
    democracy.add_record(admin_session, DemocracyInput(kind="ban_quyet_dinh", on=date(2026, 4, 10), form="hop",
                                                       matter="Mức đóng góp làm đường thôn Nà Lầu", turnout=112,
                                                       in_favour_percent=87), today=TODAY)
    democracy.add_record(admin_session, DemocracyInput(kind="cong_khai", on=date(2026, 5, 4), form="bang_tin",
                                                       matter="Dự toán thu chi ngân sách xã", posted_days=30),
                         today=TODAY)
    target = tmp_path / "dan-chu.xlsx"
    assert work_export.export_democracy(admin_session, target, date(2026, 1, 1), TODAY) == 2
    sheet, rows = _rows(target)
    assert rows[0] == work_export.DEMOCRACY_HEADERS
    published, decided = rows[1], rows[2]  # newest first
    assert published[0].date() == date(2026, 5, 4) and published[3] == "Bảng tin"
    assert published[4:8] == (30, None, None, None)
    assert decided[4:8] == (None, 112, 87, None) and decided[3] == "Hội nghị, cuộc họp"
    assert sheet["A3"].number_format == "DD/MM/YYYY"
    assert work_export.export_democracy(admin_session, target, date(2026, 1, 1), TODAY, kind="giam_sat") == 0
    assert _rows(target)[1] == [work_export.DEMOCRACY_HEADERS]


def test_unwritable_target_gives_a_message_and_no_file(admin_session, tmp_path):
    target = tmp_path / "khong-co-thu-muc" / "hoat-dong.xlsx"
    with pytest.raises(DataFolderError, match="Không ghi được tệp"):
        work_export.export_activities(admin_session, target, date(2026, 1, 1), TODAY)
    assert not target.parent.exists()
