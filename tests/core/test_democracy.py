from dataclasses import replace
from datetime import date

import pytest

from danvan_desktop.domain.democracy import DemocracyInput
from danvan_desktop.errors import ValidationError
from danvan_desktop.services import democracy

TODAY = date(2026, 11, 22)
PUBLISHED = DemocracyInput(kind="cong_khai", on=date(2026, 3, 2), matter="Dự toán ngân sách xã năm 2026",
                           form="bang_tin", posted_days=30)
DECIDED = DemocracyInput(kind="ban_quyet_dinh", on=date(2026, 4, 10),
                         matter="Mức đóng góp làm đường bê tông thôn Nà Lầu", form="hop", turnout=112,
                         in_favour_percent=87)
SUPERVISED = DemocracyInput(kind="giam_sat", on=date(2026, 9, 15), matter="Công trình kè suối thôn Bản Bó",
                            form="ban_gsdtcd", findings="Đoạn kè 20 m chưa đúng thiết kế",
                            recommendations="Yêu cầu nhà thầu làm lại đoạn kè")


def test_records_of_each_kind_are_kept_and_listed(admin_session):
    ids = [democracy.add_record(admin_session, r, today=TODAY) for r in (PUBLISHED, DECIDED, SUPERVISED)]
    consulted = DemocracyInput(kind="lay_y_kien", on=date(2026, 6, 1), matter="Quy hoạch khu dân cư mới",
                               opinions=46, answer="Tiếp thu 40 ý kiến, giải trình 6 ý kiến tại hội nghị")
    ids.append(democracy.add_record(admin_session, consulted, today=TODAY))
    rows = democracy.list_records(admin_session, date(2026, 1, 1), TODAY)
    assert [r["id"] for r in rows] == [ids[2], ids[3], ids[1], ids[0]]  # by date: 15/9, 1/6, 10/4, 2/3
    decided = democracy.list_records(admin_session, date(2026, 1, 1), TODAY, kind="ban_quyet_dinh")[0]
    assert (decided["turnout"], decided["in_favour_percent"]) == (112, 87)


@pytest.mark.parametrize("record, change, message", [
    (PUBLISHED, {"form": "bao_giay"}, "Hình thức công khai"),
    (PUBLISHED, {"posted_days": 0}, "số ngày niêm yết"),
    (DECIDED, {"in_favour_percent": 120}, "từ 0 đến 100"),
    (DECIDED, {"turnout": 0}, "số người"),
    (SUPERVISED, {"form": "ban_khac"}, "Ban giám sát"),
    (SUPERVISED, {"findings": " "}, "phát hiện"),
    (PUBLISHED, {"matter": ""}, "Chưa nhập nội dung"),
    (PUBLISHED, {"on": date(2026, 12, 1)}, "không được sau hôm nay"),
    (PUBLISHED, {"kind": "khac"}, "Loại nội dung"),
])
def test_bad_records_refused_and_nothing_saved(admin_session, record, change, message):
    with pytest.raises(ValidationError, match=message):
        democracy.add_record(admin_session, replace(record, **change), today=TODAY)
    assert democracy.list_records(admin_session, date(2000, 1, 1), TODAY) == []
