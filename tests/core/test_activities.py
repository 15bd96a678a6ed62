"""Activities and "Dân vận khéo" models through their services."""

from dataclasses import replace
from datetime import date, time

import pytest

from danvan_desktop.domain.activities import ActivityInput, ModelInput
from danvan_desktop.errors import NotFound, ValidationError
from danvan_desktop.services import activities

TODAY = date(2026, 11, 22)
MEETING = ActivityInput(
    held_on=date(2026, 11, 5), kind="tuyen_truyen", place="Thôn Nà Lầu", starts_at=time(8, 0), ends_at=time(10, 30),
    led_by="Hoàng Thị Lan", participants=85, women=40, ethnic_minority=70, religious=5, field="dat_dai",
    target_group="Hộ dân thôn Nà Lầu", content="Tuyên truyền Luật Đất đai 2024 và chính sách bồi thường",
    outcome="Nhân dân đồng thuận giao mặt bằng", follow_up="Tổ chức đối thoại lần hai",
)


def test_activity_recorded_and_listed_with_its_counts(admin_session):
    activity_id = activities.add_activity(admin_session, MEETING, today=TODAY)
    other = activities.add_activity(admin_session, replace(MEETING, kind="hoa_giai", place="Thôn Bản Bó",
                                                           participants=6, women=2, ethnic_minority=6, religious=0,
                                                           content="Hòa giải tranh chấp ranh giới đất"), today=TODAY)
    rows = activities.list_activities(admin_session, date(2026, 11, 1), TODAY)
    assert [r["id"] for r in rows] == [other, activity_id]
    first = rows[1]
    assert (first["participants"], first["women"], first["ethnic_minority"], first["religious"]) == (85, 40, 70, 5)
    assert first["starts_at"] == "08:00" and first["ends_at"] == "10:30"
    assert [r["id"] for r in activities.list_activities(admin_session, date(2026, 1, 1), TODAY,
                                                        place="Thôn Bản Bó")] == [other]
    assert activities.list_activities(admin_session, date(2026, 1, 1), TODAY, kind="tap_huan") == []


@pytest.mark.parametrize("change, message", [
    ({"ends_at": time(7, 30)}, "phải sau giờ bắt đầu"),
    ({"women": 90}, "không được lớn hơn tổng số người tham gia"),
    ({"religious": -1}, "không được âm"),
    ({"kind": ""}, "Loại hoạt động"),
    ({"content": "  "}, "nội dung"),
    ({"held_on": date(2026, 12, 1)}, "không được sau hôm nay"),
    ({"field": "vu_tru"}, "Lĩnh vực"),
])
def test_bad_activities_are_refused_and_nothing_saved(admin_session, change, message):
    with pytest.raises(ValidationError, match=message):
        activities.add_activity(admin_session, replace(MEETING, **change), today=TODAY)
    assert activities.list_activities(admin_session, date(2000, 1, 1), TODAY) == []


def test_models_and_the_one_to_two_expectation(admin_session):
    rows, verdict = activities.list_models(admin_session)
    # Lâm Bình follows Tuyên Quang's CV 5273, which sets no minimum: the 1–2 models are a suggestion.
    assert rows == [] and verdict.startswith("Gợi ý")
    model = ModelInput(name="Dân vận khéo trong giải phóng mặt bằng đường liên thôn", field="nong_thon_moi",
                       owner_kind="tap_the", owner="UBND xã Lâm Bình", year_registered=2025, status="trien_khai")
    activities.add_model(admin_session, model, today=TODAY)
    assert activities.list_models(admin_session)[1].startswith("Có 1 mô hình đang thực hiện")
    activities.add_model(admin_session, replace(model, name="Phụ nữ thôn Nà Lầu giữ gìn vệ sinh môi trường",
                                                field="van_hoa_xa_hoi", status="dang_ky"), today=TODAY)
    assert activities.list_models(admin_session)[1].startswith("Có 1 mô hình")  # only registered, not yet working
    with pytest.raises(ValidationError, match="cả cấp khen và hình thức"):
        activities.add_model(admin_session, replace(model, recognition_level="tinh"), today=TODAY)
    with pytest.raises(ValidationError, match="Năm đăng ký"):
        activities.add_model(admin_session, replace(model, year_registered=2030), today=TODAY)
    activities.add_model(admin_session, replace(model, name="Mô hình có khen", status="hieu_qua",
                                                recognition_level="tinh", recognition_form="bang_khen"), today=TODAY)
    rows, verdict = activities.list_models(admin_session)
    assert len(rows) == 3 and verdict.startswith("Có 2 mô hình")
    assert activities.list_models(admin_session, year=2024)[0] == []


def test_evidence_stored_encrypted_and_read_back(admin_session, db_path, tmp_path):
    from danvan_desktop.services.attachments import MAX_BYTES, add_attachment, attachments_of, read_attachment

    activity_id = activities.add_activity(admin_session, MEETING, today=TODAY)
    photo = tmp_path / "hoi-nghi-tuyen-truyen.jpg"
    payload = b"\xff\xd8\xff\xe0" + b"ANH-HOI-NGHI-THON-NA-LAU " * 400
    photo.write_bytes(payload)
    attachment_id = add_attachment(admin_session, activity_id, photo, owner="activity")
    listed = attachments_of(admin_session, "activity", activity_id)
    assert [a["file_name"] for a in listed] == ["hoi-nghi-tuyen-truyen.jpg"]
    assert listed[0]["sha256"] == __import__("hashlib").sha256(payload).hexdigest()
    assert read_attachment(admin_session, attachment_id)[1] == payload
    admin_session.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"ANH-HOI-NGHI-THON-NA-LAU" not in db_path.read_bytes()
    with pytest.raises(NotFound, match="Không có hoạt động số 99"):
        add_attachment(admin_session, 99, photo, owner="activity")
    unreadable = tmp_path / "khong-co.pdf"
    with pytest.raises(ValidationError, match="Không tìm thấy tệp"):
        add_attachment(admin_session, activity_id, unreadable, owner="activity")
    big = tmp_path / "qua-lon.pdf"
    big.write_bytes(b"0" * (MAX_BYTES + 1))
    with pytest.raises(ValidationError, match="vượt giới hạn"):
        add_attachment(admin_session, activity_id, big, owner="activity")
    assert len(attachments_of(admin_session, "activity", activity_id)) == 1


def test_the_models_minimum_is_a_requirement_only_where_a_directive_sets_it():
    from danvan_desktop.domain.activities import models_expectation
    assert models_expectation(0).startswith("Gợi ý: xây dựng 1–2 mô hình")
    assert models_expectation(0, required_min=1).startswith("Chưa đạt: đơn vị cần xây dựng ít nhất 1 mô hình")
    assert models_expectation(2, required_min=1).startswith("Đạt: 2 mô hình (yêu cầu 1–2 mô hình)")
