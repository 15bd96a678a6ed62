"""Sample dân vận activities, "Dân vận khéo" models and grassroots-democracy records."""

from __future__ import annotations

import random
from datetime import date, time, timedelta

from ..domain.activities import ActivityInput, ModelInput
from ..domain.democracy import DemocracyInput
from ..domain.users import Permission
from .activities import add_activity, add_model, list_models
from .democracy import add_record
from .demo_petitions import HAMLETS
from .session import Session

ACTIVITY_TOPICS = {
    "tuyen_truyen": ("tuyen_truyen", "Tuyên truyền Luật Đất đai 2024 và chính sách bồi thường, hỗ trợ tái định cư", "dat_dai"),
    "doi_thoai": ("doi_thoai", "Đối thoại giữa Chủ tịch UBND xã với Nhân dân về dự án đường liên thôn", "xay_dung"),
    "hoa_giai": ("hoa_giai", "Hòa giải tranh chấp ranh giới đất giữa hai hộ liền kề", "dat_dai"),
    "tap_huan": ("tap_huan", "Tập huấn kỹ năng dân vận cho cán bộ thôn", "can_bo_cong_chuc"),
    "lay_y_kien": ("lay_y_kien", "Lấy ý kiến Nhân dân về quy hoạch khu dân cư mới", "xay_dung"),
    "tiep_xuc_cu_tri": ("tiep_xuc_cu_tri", "Tiếp xúc cử tri trước kỳ họp Hội đồng nhân dân xã", "khac"),
}
MODELS = (
    ModelInput("Dân vận khéo trong giải phóng mặt bằng đường liên thôn", "nong_thon_moi", "tap_the",
               "UBND xã Lâm Bình", 2025, "hieu_qua", "tinh", "giay_khen",
               "Nhân dân hiến 3.200 m² đất, giải phóng mặt bằng đúng tiến độ"),
    ModelInput("Phụ nữ thôn Nà Lầu giữ gìn vệ sinh môi trường", "van_hoa_xa_hoi", "tap_the",
               "Chi hội Phụ nữ thôn Nà Lầu", 2026, "trien_khai", results="Mỗi tháng hai buổi tổng vệ sinh"),
)


def load_demo_work(session: Session, today: date, seed: int = 2026) -> int:
    """A year of activities, two models and the year's democracy records; returns the count."""
    session.require(Permission.LOAD_DEMO)
    rng = random.Random(seed)
    made = 0
    day = today - timedelta(days=360)
    while day <= today:
        if day.weekday() == 1 and rng.random() < 0.6:
            kind, content, field = rng.choice(list(ACTIVITY_TOPICS.values()))
            hamlet = rng.choice(HAMLETS)
            people = rng.randint(12, 120)
            add_activity(session, ActivityInput(
                held_on=day, kind=kind, content=content, place=f"Thôn {hamlet}", starts_at=time(8, 0),
                ends_at=time(10, 30), led_by=rng.choice(["Ma Văn Thắng", "Hoàng Thị Lan", "Lý Văn Đức"]),
                participants=people, women=people * rng.randint(30, 55) // 100,
                ethnic_minority=people * rng.randint(60, 95) // 100, religious=people * rng.randint(0, 10) // 100,
                field=field, target_group=f"Nhân dân thôn {hamlet}", outcome="Nhân dân đồng thuận",
            ), today=today)
            made += 1
        day += timedelta(days=1)
    if not list_models(session)[0]:
        for model in MODELS:
            add_model(session, model, today=today)
            made += 1
    year_start = date(today.year, 1, 1)
    for record in (
        DemocracyInput("cong_khai", year_start + timedelta(days=60), "Dự toán ngân sách xã năm " + str(today.year),
                       "bang_tin", posted_days=30),
        DemocracyInput("ban_quyet_dinh", year_start + timedelta(days=100), "Mức đóng góp làm đường bê tông thôn Nà Lầu",
                       "hop", turnout=112, in_favour_percent=87),
        DemocracyInput("lay_y_kien", year_start + timedelta(days=150), "Quy hoạch khu dân cư mới", opinions=46,
                       answer="Tiếp thu 40 ý kiến, giải trình 6 ý kiến tại hội nghị"),
        DemocracyInput("giam_sat", year_start + timedelta(days=250), "Công trình kè suối thôn Bản Bó", "ban_gsdtcd",
                       findings="Đoạn kè 20 m chưa đúng thiết kế", recommendations="Yêu cầu nhà thầu làm lại"),
    ):
        if record.on <= today:
            add_record(session, record, today=today)
            made += 1
    return made
