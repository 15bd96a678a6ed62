"""The petition register through its services: deadlines, search, secrecy, duplicates."""

from dataclasses import replace
from datetime import date

import pytest

from danvan_desktop.domain.petitions import MASKED_IDENTITY, Petitioner, PetitionInput
from danvan_desktop.domain.receptions import ReceptionInput
from danvan_desktop.domain.users import Role
from danvan_desktop.errors import PermissionDenied, ValidationError
from danvan_desktop.services import attachments, petition_duplicates, petitions, receptions
from danvan_desktop.services.auth import login
from danvan_desktop.services.users import add_user
from danvan_desktop.storage import audit_repo

TODAY = date(2026, 11, 22)
COMPLAINT = PetitionInput(
    received_on=date(2026, 11, 2), kind="khieu_nai", channel="truc_tiep", field="dat_dai",
    content="Khiếu nại quyết định thu hồi đất làm đường liên thôn Nà Lầu",
    petitioners=(Petitioner("Nguyễn Văn An", "Thôn Nà Lầu, Xã Lâm Bình", "008085123456", "0912345678"),),
)
DENUNCIATION = PetitionInput(
    received_on=date(2026, 11, 16), kind="to_cao", channel="buu_chinh", field="can_bo_cong_chuc",
    content="Tố cáo cán bộ địa chính nhận tiền khi làm thủ tục", accused="Cán bộ địa chính xã",
    petitioners=(Petitioner("Trần Văn Tố", "Thôn Bản Khiển", "002090654321"),), assigned_to="tiepdan",
)


@pytest.fixture
def staff(admin_session):
    for username, name, role in (("chutich", "Ma Văn Thắng", Role.LEADER), ("tiepdan", "Lý Văn Đức", Role.OFFICER),
                                 ("vanphong", "Nguyễn Thị Nhung", Role.OFFICER)):
        add_user(admin_session, username, name, role, f"matkhau-{username}")
    return {u: login(admin_session.store, u, f"matkhau-{u}") for u in ("chutich", "tiepdan", "vanphong")}


def deadline(detail, step):
    return next(d for d in detail.deadlines if d.step == step)


def test_complaint_deadlines_follow_the_timeline(staff):
    officer = staff["vanphong"]
    pid = petitions.add_petition(officer, COMPLAINT, today=TODAY)
    detail = petitions.show_petition(officer, pid, today=TODAY)
    # Processing: 10 working days counted from Tue 3/11 -> Mon 16/11 (no holiday in between).
    assert deadline(detail, "process").due_on == date(2026, 11, 16)
    # Acceptance: 10 calendar days from receipt -> Thu 12/11.
    assert deadline(detail, "accept").due_on == date(2026, 11, 12)
    assert deadline(detail, "accept").state == "overdue"
    assert [r["id"] for r in petitions.list_rows(officer, [k[-1] for k in petitions.page(
        officer, petitions.list_query(state="overdue", today=TODAY))])] == [pid]

    petitions.record_event(officer, pid, "accepted", date(2026, 11, 10), decision="12/QĐ-UBND", complex=True,
                           today=TODAY)
    detail = petitions.show_petition(officer, pid, today=TODAY)
    assert deadline(detail, "accept").state == "done"
    # Resolution of a complex first complaint: 45 days from acceptance 10/11 -> Fri 25/12.
    assert deadline(detail, "resolve").due_on == date(2026, 12, 25)
    assert deadline(detail, "resolve").state == "on_time"
    assert [e["kind"] for e in detail.events] == ["created", "accepted"]
    assert detail.events[-1]["by_user"] == "vanphong"

    petitions.record_event(officer, pid, "resolved", date(2026, 11, 20), decision="20/QĐ-UBND", result="dung_mot_phan",
                           today=TODAY)
    detail = petitions.show_petition(officer, pid, today=TODAY)
    assert detail.row["status"] == "closed" and detail.row["result"] == "dung_mot_phan"
    assert petitions.count(officer, petitions.list_query(state="closed", today=TODAY)) == 1


def test_bad_events_are_refused_and_nothing_is_saved(staff):
    officer = staff["vanphong"]
    pid = petitions.add_petition(officer, COMPLAINT, today=TODAY)
    before = len(petitions.show_petition(officer, pid, today=TODAY).events)
    with pytest.raises(ValidationError, match="trước ngày nhận đơn"):
        petitions.record_event(officer, pid, "accepted", date(2026, 10, 30), today=TODAY)
    with pytest.raises(ValidationError):
        petitions.record_event(officer, pid, "accepted", date(2026, 11, 30), today=TODAY)
    with pytest.raises(ValidationError, match="Chưa thụ lý"):
        petitions.record_event(officer, pid, "resolved", date(2026, 11, 20), result="dung", today=TODAY)
    with pytest.raises(ValidationError, match="cơ quan nhận đơn"):
        petitions.record_event(officer, pid, "forwarded", date(2026, 11, 20), today=TODAY)
    assert len(petitions.show_petition(officer, pid, today=TODAY).events) == before
    petitions.record_event(officer, pid, "accepted", date(2026, 11, 10), today=TODAY)
    with pytest.raises(ValidationError, match="không được gia hạn"):  # complaints have no extensions
        petitions.record_event(officer, pid, "extended", date(2026, 11, 20), decision="1/QĐ", today=TODAY)
    with pytest.raises(ValidationError, match="kết quả"):
        petitions.record_event(officer, pid, "resolved", date(2026, 11, 20), today=TODAY)
    with pytest.raises(ValidationError, match="trước ngày thụ lý"):
        petitions.record_event(officer, pid, "resolved", date(2026, 11, 9), result="dung", today=TODAY)
    with pytest.raises(ValidationError, match="đã được thụ lý"):
        petitions.record_event(officer, pid, "accepted", date(2026, 11, 12), today=TODAY)
    petitions.record_event(officer, pid, "withdrawn", date(2026, 11, 21), today=TODAY)
    with pytest.raises(ValidationError, match="đã kết thúc"):
        petitions.record_event(officer, pid, "resolved", date(2026, 11, 21), result="dung", today=TODAY)
    assert len(petitions.show_petition(officer, pid, today=TODAY).events) == before + 2
    with pytest.raises(ValidationError, match="sau hôm nay"):
        petitions.add_petition(officer, replace(COMPLAINT, received_on=date(2026, 11, 23)), today=TODAY)


def test_search_ignores_accents_and_d(staff):
    officer = staff["vanphong"]
    pid = petitions.add_petition(officer, COMPLAINT, today=TODAY)
    other = petitions.add_petition(officer, replace(
        COMPLAINT, kind="phan_anh", field="moi_truong", content="Phản ánh đơn thư về ô nhiễm nguồn nước suối",
        petitioners=(Petitioner("Hoàng Thị Lan", "Thôn Bản Bó"),)), today=TODAY)

    def found(text):
        query = petitions.list_query(search=text, today=TODAY)
        return [k[-1] for k in petitions.page(officer, query)]

    assert found("dat dai") == [pid]  # the field label "Đất đai" is indexed
    assert found("nguyen") == [pid]
    assert found("don thu") == [other]
    assert found("NUOC SUOI") == [other]
    assert found("Nà Lầu") == [pid]
    assert found("khong co gi") == []


def test_denouncer_identity_stays_secret(staff, admin_session):
    assigned, leader, other = staff["tiepdan"], staff["chutich"], staff["vanphong"]
    pid = petitions.add_petition(other, DENUNCIATION, today=TODAY)
    for user in (assigned, leader):
        assert petitions.show_petition(user, pid, today=TODAY).petitioners[0].name == "Trần Văn Tố"
    for user in (other, admin_session):
        detail = petitions.show_petition(user, pid, today=TODAY)
        assert detail.petitioners[0].name == MASKED_IDENTITY
        assert not detail.identity_visible
        rows = petitions.list_rows(user, [pid])
        assert rows[0]["petitioner"] == MASKED_IDENTITY and "Bản Khiển" not in str(rows)
    query = petitions.list_query(search="tran van to", today=TODAY)
    assert petitions.page(leader, query) == []  # names of denouncers are not searchable at all
    log = " ".join(e.details for e in audit_repo.entries(admin_session.db))
    assert "Trần Văn Tố" not in log and "002090654321" not in log


def test_duplicates_are_suggested_linked_and_counted_once(staff):
    officer = staff["vanphong"]
    first = petitions.add_petition(officer, COMPLAINT, today=TODAY)
    again = replace(COMPLAINT, received_on=date(2026, 11, 18), content="Tiếp tục khiếu nại việc thu hồi đất")
    suggestions = petition_duplicates.find_duplicates(officer, again)
    assert suggestions and suggestions[0].petition_id == first and suggestions[0].reason == "Trùng CCCD"
    by_name = replace(again, petitioners=(Petitioner("Nguyễn Văn An", "Thôn Nà Lầu, Xã Lâm Bình"),))
    assert petition_duplicates.find_duplicates(officer, by_name)[0].reason == "Trùng họ tên và địa chỉ"
    by_content = replace(again, petitioners=(Petitioner("Người Khác", "Nơi khác"),),
                         content="khieu nai quyet dinh thu hoi dat lam duong lien thon Na Lau")  # no accents typed
    alike = petition_duplicates.find_duplicates(officer, by_content)[0]
    assert alike.similarity >= petition_duplicates.duplicate_rule().content_similarity_min
    assert alike.reason == f"Nội dung giống {round(alike.similarity * 100)}%"

    second = petitions.add_petition(officer, again, today=TODAY, duplicate_of=first)
    third = petitions.add_petition(officer, again, today=TODAY)
    petitions.link_duplicate(officer, third, second)  # linked to a duplicate: points at the group's first
    assert petitions.show_petition(officer, third, today=TODAY).row["duplicate_of"] == first
    everything = petitions.list_query(today=TODAY)
    once = petitions.list_query(today=TODAY, include_duplicates=False)
    assert petitions.count(officer, everything) == 3
    assert petitions.count(officer, once) == 1
    assert petitions.count(officer, everything, cap=2) == 2  # the register stops counting at its cap
    with pytest.raises(ValidationError, match="chính nó"):
        petitions.link_duplicate(officer, first, first)
    with pytest.raises(ValidationError, match="vòng"):
        petitions.link_duplicate(officer, first, third)


def test_reception_cases_become_linked_petitions(staff):
    leader = staff["chutich"]
    session = ReceptionInput(held_on=date(2026, 11, 19), kind="dinh_ky", receiver="Ma Văn Thắng", visits=2, people=3,
                             cases_new=1)
    reception_id, ids = receptions.add_reception(leader, session, [COMPLAINT], today=TODAY)
    assert len(ids) == 1
    assert receptions.get_reception(leader, reception_id)["petition_ids"] == ids
    detail = petitions.show_petition(leader, ids[0], today=TODAY)
    assert detail.row["channel"] == "tiep_cong_dan" and detail.row["reception_id"] == reception_id
    # Weeks before the unit's first day of use (this test's database was made today) are not missed.
    assert receptions.first_day_of_use(leader) == date.today()
    missed = receptions.missed_head_weeks(leader, date(2026, 11, 2), date(2026, 11, 22), today=TODAY)
    assert missed == ([date(2026, 11, 2), date(2026, 11, 9)] if date.today() <= date(2026, 11, 2) else [])
    with pytest.raises(ValidationError, match="không được âm"):
        receptions.add_reception(leader, replace(session, visits=-2), [], today=TODAY)
    assert len(receptions.list_receptions(leader, date(2026, 1, 1), TODAY)) == 1


def test_attachments_stored_encrypted_and_read_back(staff, db_path, tmp_path):
    officer, other = staff["tiepdan"], staff["vanphong"]
    scan = tmp_path / "don-to-cao.pdf"
    payload = b"%PDF-1.4\n" + b"CHU-KY-NGUOI-TO-CAO " * 500
    scan.write_bytes(payload)
    pid = petitions.add_petition(officer, DENUNCIATION, today=TODAY)
    attachment_id = attachments.add_attachment(officer, pid, scan)
    meta, data = attachments.read_attachment(officer, attachment_id)
    assert data == payload and meta["size"] == len(payload)
    with pytest.raises(PermissionDenied):
        attachments.read_attachment(other, attachment_id)
    assert petitions.show_petition(other, pid, today=TODAY).attachments == []
    officer.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"CHU-KY-NGUOI-TO-CAO" not in db_path.read_bytes()
    big = tmp_path / "qua-lon.pdf"
    big.write_bytes(b"0" * (attachments.MAX_BYTES + 1))
    with pytest.raises(ValidationError, match="vượt giới hạn"):
        attachments.add_attachment(officer, pid, big)
    text = tmp_path / "ghichu.txt"
    text.write_text("x")
    with pytest.raises(ValidationError, match="ảnh hoặc PDF"):
        attachments.add_attachment(officer, pid, text)


def test_xlsx_export_masks_denouncer_and_uses_vietnamese_dates(staff, tmp_path):
    from openpyxl import load_workbook

    from danvan_desktop.services.petition_export import HEADERS, export_xlsx

    officer = staff["vanphong"]
    petitions.add_petition(officer, COMPLAINT, today=TODAY)
    petitions.add_petition(officer, DENUNCIATION, today=TODAY)
    target = tmp_path / "so-don-thu.xlsx"
    assert export_xlsx(officer, petitions.list_query(today=TODAY), target, page_size=1) == 2
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == HEADERS
    assert rows[2][1].date() == date(2026, 11, 2) and sheet["B3"].number_format == "DD/MM/YYYY"
    assert rows[1][5] == MASKED_IDENTITY  # the denunciation, newest first
    assert "Trần Văn Tố" not in str(rows)
    assert rows[2][5] == "Nguyễn Văn An"


def test_corrections_are_timeline_events_with_previous_values(staff):
    import json as _json

    officer, other = staff["tiepdan"], staff["vanphong"]
    pid = petitions.add_petition(officer, COMPLAINT, today=TODAY)
    fixed = replace(COMPLAINT, content="Khiếu nại quyết định thu hồi đất làm đường liên thôn Nà Lầu (bổ sung)",
                    field="xay_dung", petitioners=(Petitioner("Nguyễn Văn Ân", "Thôn Nà Lầu, Xã Lâm Bình"),))
    labels = petitions.update_petition(officer, pid, fixed, today=TODAY)
    assert labels == ["nội dung", "lĩnh vực", "người đứng tên đơn"]
    detail = petitions.show_petition(officer, pid, today=TODAY)
    assert detail.row["field"] == "xay_dung" and detail.petitioners[0].name == "Nguyễn Văn Ân"
    edit = detail.events[-1]
    assert edit["kind"] == "edited" and edit["by_user"] == "tiepdan"
    assert _json.loads(edit["body"])["field"] == "dat_dai"  # the previous value is kept
    query = petitions.list_query(search="van an", today=TODAY)
    assert [k[-1] for k in petitions.page(officer, query)] == [pid]  # the search follows the correction
    assert petitions.update_petition(officer, pid, fixed, today=TODAY) == []  # nothing changed, nothing logged
    petitions.record_event(officer, pid, "accepted", date(2026, 11, 10), today=TODAY)
    with pytest.raises(ValidationError, match="không được sau bước xử lý đầu tiên"):
        petitions.update_petition(officer, pid, replace(fixed, received_on=date(2026, 11, 12)), today=TODAY)
    secret = petitions.add_petition(officer, DENUNCIATION, today=TODAY)
    with pytest.raises(PermissionDenied):
        petitions.update_petition(other, secret, DENUNCIATION, today=TODAY)
