from dataclasses import replace
from datetime import date

import pytest

from danvan_desktop.domain.petitions import (
    MASKED_IDENTITY, Petitioner, PetitionInput, may_see_identity, search_text, validate_petition,
)
from danvan_desktop.domain.receptions import ReceptionInput, validate_reception, weeks_without_head_reception
from danvan_desktop.domain.users import Role, User
from danvan_desktop.errors import ValidationError

TODAY = date(2026, 11, 22)
FIELDS = {"dat_dai": "Đất đai", "moi_truong": "Môi trường"}
BASE = PetitionInput(
    received_on=date(2026, 11, 2), kind="khieu_nai", channel="truc_tiep", field="dat_dai",
    content="  Khiếu nại quyết định thu hồi đất  ", petitioners=(Petitioner("Nguyễn Văn An", "Thôn Nà Lầu"),),
)


def test_valid_petition_is_cleaned():
    clean = validate_petition(BASE, FIELDS, TODAY)
    assert clean.content == "Khiếu nại quyết định thu hồi đất"
    assert clean.signer_count == 1


@pytest.mark.parametrize("change, message", [
    ({"received_on": date(2026, 11, 23)}, "không được sau hôm nay"),
    ({"kind": "kêu ca"}, "Loại đơn"),
    ({"channel": ""}, "Nguồn đơn"),
    ({"field": "vu_tru"}, "Lĩnh vực"),
    ({"content": "   "}, "nội dung"),
    ({"attempt": 3}, "Lần khiếu nại"),
    ({"signer_count": -1, "signatories": "nhieu_nguoi"}, "không được âm"),
    ({"petitioners": ()}, "người đứng tên"),
    ({"petitioners": (Petitioner("A", "B", cccd="123"),)}, "12 chữ số"),
    ({"kind": "to_cao"}, "bị tố cáo"),
    ({"channel": "chuyen_den"}, "cơ quan chuyển đơn"),
    ({"signatories": "nac_danh"}, "nặc danh"),
])
def test_bad_petitions_rejected(change, message):
    with pytest.raises(ValidationError, match=message):
        validate_petition(replace(BASE, **change), FIELDS, TODAY)


def test_anonymous_and_many_signatories():
    anon = validate_petition(replace(BASE, signatories="nac_danh", petitioners=()), FIELDS, TODAY)
    assert anon.signer_count == 0
    many = validate_petition(replace(BASE, signatories="nhieu_nguoi", signer_count=12), FIELDS, TODAY)
    assert many.signer_count == 12


def test_denouncer_identity_rules():
    leader = User(1, "chutich", "Ma Văn Thắng", Role.LEADER)
    assigned = User(2, "tiepdan", "Lý Văn Đức", Role.OFFICER)
    other = User(3, "vanphong", "Nguyễn Thị Nhung", Role.OFFICER)
    admin = User(4, "admin", "Quản trị", Role.ADMIN)
    assert may_see_identity(leader, "to_cao", "tiepdan")
    assert may_see_identity(assigned, "to_cao", "tiepdan")
    assert not may_see_identity(other, "to_cao", "tiepdan")
    assert not may_see_identity(admin, "to_cao", "tiepdan")
    assert may_see_identity(other, "khieu_nai", "tiepdan")
    denunciation = replace(BASE, kind="to_cao", accused="Trưởng thôn Nà Lầu")
    assert "nguyen van an" not in search_text(denunciation, "Đất đai")
    assert "nguyen van an" in search_text(BASE, "Đất đai")
    assert "dat dai" in search_text(BASE, "Đất đai")
    assert MASKED_IDENTITY


RECEPTION = ReceptionInput(held_on=date(2026, 11, 19), kind="dinh_ky", receiver="Ma Văn Thắng", visits=3, people=4)


@pytest.mark.parametrize("change, message", [
    ({"held_on": date(2026, 12, 1)}, "không được sau hôm nay"),
    ({"kind": "khác"}, "Hình thức tiếp"),
    ({"receiver": " "}, "người tiếp"),
    ({"visits": -1}, "không được âm"),
    ({"people": 2}, "ít hơn số lượt"),
    ({"delegations": 1, "delegation_people": 3}, "từ 5 người"),
    ({"delegation_people": 9}, "lớn hơn tổng số người"),
])
def test_bad_receptions_rejected(change, message):
    with pytest.raises(ValidationError, match=message):
        validate_reception(replace(RECEPTION, **change), TODAY)


def test_weeks_without_chairman_reception():
    # Weeks starting 2/11, 9/11, 16/11 are over by Sunday 22/11; the current week is not judged.
    days = [date(2026, 11, 5), date(2026, 11, 19)]
    missing = weeks_without_head_reception(days, date(2026, 11, 2), date(2026, 11, 30), date(2026, 11, 23))
    assert missing == [date(2026, 11, 9)]


def test_reception_duty_counts_weeks_with_a_working_day_from_the_first_day_of_use():
    """Luật Tiếp công dân 2013 (the chairman receives citizens at least one day a week): the
    Tết week 16–22/2/2026 has no working day (Thông báo 9441/TB-BNV), so it is not missed;
    weeks before the unit started using the app are not counted."""
    from danvan_desktop.domain.rules_data import load_default_calendar

    cal = load_default_calendar()
    days = [date(2026, 2, 5), date(2026, 2, 26)]
    missing = weeks_without_head_reception(days, date(2026, 2, 2), date(2026, 3, 1), date(2026, 3, 2),
                                           cal.is_working_day)
    assert missing == [date(2026, 2, 9)]  # week of 16/2 (Tết) is not listed
    assert weeks_without_head_reception(days, date(2026, 2, 2), date(2026, 3, 1), date(2026, 3, 2),
                                        cal.is_working_day, first_day=date(2026, 2, 23)) == []


def test_online_reception_and_the_chairmans_own_sessions_from_1_7_2026():
    """Luật Tiếp công dân 2013 Art. 3a (added by Luật 136/2025/QH15 Art. 1(1)): online
    reception from 1/7/2026; a session a deputy held for the chairman counts for the weekly
    duty only before 1/7/2026."""
    from danvan_desktop.domain.receptions import counts_for_head_duty

    online = replace(RECEPTION, held_on=date(2026, 7, 1), form="truc_tuyen")
    assert validate_reception(online, TODAY).form == "truc_tuyen"
    with pytest.raises(ValidationError, match="Điều 3a"):
        validate_reception(replace(online, held_on=date(2026, 6, 30)), TODAY)
    with pytest.raises(ValidationError, match="Cách tiếp"):
        validate_reception(replace(online, form="qua_mang"), TODAY)
    with pytest.raises(ValidationError, match="cấp phó tiếp thay"):
        validate_reception(replace(RECEPTION, kind="thuong_xuyen", delegated=True), TODAY)
    assert counts_for_head_duty("dinh_ky", date(2026, 6, 30), delegated=True)
    assert not counts_for_head_duty("dinh_ky", date(2026, 7, 2), delegated=True)
    assert counts_for_head_duty("dinh_ky", date(2026, 7, 2), delegated=False)
