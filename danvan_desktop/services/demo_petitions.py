"""Realistic sample petitions and reception sessions, fast enough for a million rows.

Rows are generated in memory and written with ``executemany`` in large batches inside
one transaction per batch; each petition's next deadline is computed by the same
engine as for real records, so filters and figures behave as in production.

The samples follow the law a commune works under (docs/time-limits.md): an anonymous
petition is never "đủ điều kiện" and an anonymous denunciation is filed, not processed
(LTC 2018 Art. 25(1)); petitions outside competence are guided or forwarded, never
accepted; second complaints are forwarded or guided (LKN 2011 Art. 17: the commune
chairman resolves first complaints only); complaints end with results đúng / sai /
đúng một phần or are withdrawn; denunciations within competence are accepted, notified,
sometimes extended, and concluded with the same three results.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from ..domain.citizens import BIRTH_PROVINCE_CODES
from ..domain.petitions import CHANNELS, CLOSING_EVENTS, Petitioner, PetitionInput, search_text
from ..domain.receptions import ONLINE_RECEPTION_FROM
from ..storage import petitions_repo, receptions_repo
from ..tasks import Task
from . import petitions as petition_service
from .petition_schedule import schedule_facts
from .session import Session, audit, writing

SURNAMES = "Nguyễn Trần Lê Phạm Hoàng Phan Vũ Đặng Bùi Đỗ Hồ Ngô Dương Lý Ma Nông Triệu Lương Hà Quan".split()
MIDDLE_MALE = "Văn Đức Minh Hữu Quang Xuân Tiến".split()
MIDDLE_FEMALE = "Thị Ngọc Thanh Thu Hồng Mai".split()
GIVEN_MALE = "An Bình Cường Dũng Đức Giang Hải Hùng Khánh Long Nam Phúc Quân Sơn Thắng Tuấn Việt Vinh".split()
GIVEN_FEMALE = "Hà Hạnh Hoa Hương Lan Linh Mai Nga Nhung Phương Thảo Trang Vân Yến Huyền".split()
HAMLETS = ["Nà Lầu", "Nà Vài", "Bản Khiển", "Khuổi Củng", "Nặm Khương", "Bản Bó", "Nà Mô", "Bản Chỏn",
           "Phai Đạo", "Nà Chang", "Khuổi Trang", "Pác Hóp"]
# Topics by field; the opening words come from the kind, so a kiến nghị reads like one.
TOPICS = {
    "dat_dai": [
        "tranh chấp ranh giới đất với hộ liền kề tại thôn {h}",
        "quyết định thu hồi đất để mở rộng đường liên thôn {h}, mức bồi thường chưa thỏa đáng",
        "việc cấp giấy chứng nhận quyền sử dụng đất cho thửa đất gia đình sử dụng ổn định từ năm 1995",
        "việc lấn chiếm đất rừng phòng hộ tại khu vực thôn {h}",
    ],
    "xay_dung": [
        "hộ gia đình xây nhà lấn chiếm hành lang an toàn đường bộ tại thôn {h}",
        "nhà văn hóa thôn {h} bị xuống cấp, dột nát",
        "công trình kè suối thôn {h} thi công chậm, chất lượng kém",
    ],
    "moi_truong": [
        "cơ sở chăn nuôi lợn xả thải gây ô nhiễm nguồn nước suối thôn {h}",
        "xưởng chế biến gỗ gây tiếng ồn và bụi ảnh hưởng sinh hoạt của nhân dân thôn {h}",
        "việc chưa bố trí điểm tập kết rác thải sinh hoạt tại thôn {h}",
    ],
    "chinh_sach_xa_hoi": [
        "kết quả rà soát hộ nghèo, hộ cận nghèo năm {y} tại thôn {h}",
        "việc hỗ trợ làm nhà ở cho hộ gia đình có hoàn cảnh khó khăn",
        "việc cắt trợ cấp xã hội hằng tháng đối với người cao tuổi",
    ],
    "an_ninh_trat_tu": [
        "tình trạng tụ tập thanh niên gây mất trật tự vào ban đêm tại thôn {h}",
        "hoạt động khai thác cát trái phép trên sông Gâm đoạn qua thôn {h}",
    ],
    "tu_phap_ho_tich": ["thủ tục đăng ký lại khai sinh cho con"],
    "giao_duc": ["việc sửa chữa điểm trường thôn {h} trước năm học mới"],
}
DENUNCIATIONS = [
    "Tố cáo cán bộ địa chính xã có dấu hiệu nhũng nhiễu khi làm thủ tục đất đai",
    "Tố cáo trưởng thôn {h} thu các khoản đóng góp không đúng quy định",
]
OPENINGS = {
    "khieu_nai": "Khiếu nại về",
    "kien_nghi": "Kiến nghị xem xét",
    "phan_anh": "Phản ánh",
    "nhieu_noi_dung": "Khiếu nại, kiến nghị về",
}
KIND_WEIGHTS = {"khieu_nai": 22, "to_cao": 6, "kien_nghi": 38, "phan_anh": 30, "nhieu_noi_dung": 4}
ACCUSED = ["Cán bộ địa chính - xây dựng xã", "Trưởng thôn {h}", "Chủ cơ sở chăn nuôi tại thôn {h}"]
# Where a petition outside the commune's competence (or a second complaint) is sent.
COMPETENT_BODIES = ["Chủ tịch UBND tỉnh", "Sở Nông nghiệp và Môi trường", "Thanh tra tỉnh", "Công an tỉnh",
                    "Sở Xây dựng", "Tòa án nhân dân khu vực"]
RESULT_CODES = ("dung", "sai", "dung_mot_phan")
BATCH = 20_000


@dataclass
class _Generated:
    row: dict
    petitioners: list[dict]
    events: list[tuple[str, date, str]]
    overdue_spans: list[tuple[str, str]] = field(default_factory=list)


class PetitionFactory:
    def __init__(self, seed: int, unit_name: str, today: date):
        self.rng = random.Random(seed)
        # Which not-eligible samples lack the petitioner's address: drawn apart, so the other
        # samples stay the same for a seed.
        self.gaps = random.Random(seed + 1)
        self.unit_name = unit_name
        self.today = today
        self.fields = petition_service.petition_fields()

    def person(self) -> dict:
        rng = self.rng
        female = rng.random() < 0.45
        name = " ".join([rng.choice(SURNAMES), rng.choice(MIDDLE_FEMALE if female else MIDDLE_MALE),
                         rng.choice(GIVEN_FEMALE if female else GIVEN_MALE)])
        year = rng.randint(1950, 2004)
        century = (0 if year < 2000 else 2) + (1 if female else 0)
        cccd = f"{rng.choice(sorted(BIRTH_PROVINCE_CODES))}{century}{year % 100:02d}{rng.randint(0, 999999):06d}"
        return {"name": name, "address": f"Thôn {rng.choice(HAMLETS)}, {self.unit_name}",
                "cccd": cccd if rng.random() < 0.7 else "", "phone": f"09{rng.randint(10000000, 99999999)}"}

    def petition(self, days_back: int = 720) -> _Generated:
        rng = self.rng
        kind = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]
        field = "can_bo_cong_chuc" if kind == "to_cao" else rng.choice(list(TOPICS))
        received = self.today - timedelta(days=rng.randint(0, days_back))
        hamlet = rng.choice(HAMLETS)
        if kind == "to_cao":
            content = rng.choice(DENUNCIATIONS).format(h=hamlet)
        else:
            content = f"{OPENINGS[kind]} {rng.choice(TOPICS[field]).format(h=hamlet, y=received.year)}"
        signatories = rng.choices(["mot_nguoi", "nhieu_nguoi", "nac_danh"], weights=[80, 15, 5])[0]
        people = [] if signatories == "nac_danh" else [self.person() for _ in range(1 if signatories == "mot_nguoi"
                                                                                   else rng.randint(2, 4))]
        attempt = 2 if kind == "khieu_nai" and signatories != "nac_danh" and rng.random() < 0.12 else 1
        # A second complaint is never for the commune chairman (LKN 2011 Art. 17).
        outside = attempt == 2 or rng.random() < 0.15
        if signatories == "nac_danh":
            eligibility, competence = "khong_du_dieu_kien", None
        else:
            eligibility = "khong_du_dieu_kien" if rng.random() < 0.04 else "du_dieu_kien"
            competence = "khong_thuoc_tham_quyen" if outside else "thuoc_tham_quyen"
            if eligibility == "khong_du_dieu_kien" and self.gaps.random() < 0.5:
                people[0] = {**people[0], "address": ""}  # why it is not eligible (LKN 2011 Đ.8 k.2)
        data = PetitionInput(
            received_on=received, kind=kind, channel=rng.choice(list(CHANNELS)), content=content, field=field,
            signatories=signatories, signer_count=len(people),
            petitioners=tuple(Petitioner(**p) for p in people),
            accused=rng.choice(ACCUSED).format(h=rng.choice(HAMLETS)) if kind == "to_cao" else "",
            complex=rng.random() < 0.1, remote_area=rng.random() < 0.3, attempt=attempt,
        )
        events = self._events(kind, received, eligibility, competence)
        row = {
            "received_on": received.isoformat(), "kind": kind, "channel": data.channel,
            "signatories": signatories, "signer_count": len(people), "content": content, "field": field,
            "accused": data.accused, "eligibility": eligibility, "competence": competence,
            "attempt": attempt, "complex": int(data.complex), "remote_area": int(data.remote_area),
            "needs_verification": 0, "assigned_to": None, "reception_id": None, "source_body": "", "note": "",
            "duplicate_of": None, "status": "open", "search_text": search_text(data, self.fields[field]),
            "created_by": "demo", "created_at": received.isoformat(), "updated_at": received.isoformat(),
        }
        return _Generated(row, people, events)

    def _decision(self) -> str:
        return f"{self.rng.randint(1, 300)}/QĐ-UBND"

    def _events(self, kind: str, received: date, eligibility: str,
                competence: str | None) -> list[tuple[str, date, str, str]]:
        """A plausible, lawful history: most petitions processed in time, some late, recent
        ones open. Each event is ``(kind, date, decision, body)``."""
        rng = self.rng
        age = (self.today - received).days
        if age < 5 or rng.random() < 0.08:
            return []
        # Denunciations outside competence are forwarded within 5 working days (LTC 2018 Art. 24(2)).
        quick = [2, 3, 5, 6, 8] if kind == "to_cao" else [3, 5, 7, 9, 12, 16]
        processed = received + timedelta(days=min(age, rng.choice(quick)))
        if eligibility == "khong_du_dieu_kien":  # anonymous or not eligible: filed (lưu đơn)
            return [("filed", processed, "", "")]
        if competence == "khong_thuoc_tham_quyen":
            if rng.random() < 0.6:
                return [("forwarded", processed, "", rng.choice(COMPETENT_BODIES))]
            return [("guided", processed, "", "")]
        if kind in ("kien_nghi", "phan_anh", "nhieu_noi_dung"):
            return [(rng.choice(["accepted", "accepted", "filed"]), processed, "", "")]
        events = [("accepted", processed, self._decision(), "")]
        room = (self.today - processed).days
        took = [20, 25, 28, 35, 50]
        if kind == "to_cao":
            events.append(("notified", processed + timedelta(days=min(room, rng.choice([1, 2, 4, 9]))), "", ""))
            if room > 30 and rng.random() < 0.2:  # a complex case: extended (LTC 2018 Art. 30(2))
                events.append(("extended", processed + timedelta(days=27), self._decision(), ""))
                took = [35, 50, 55]
            if room > 15 and rng.random() < 0.05:  # withdrawn, but handling continues (LTC 2018 Art. 33)
                events.append(("withdrawal_continued", processed + timedelta(days=12), "", ""))
        if age > 30 and rng.random() < 0.85:
            done = processed + timedelta(days=min(room, rng.choice(took)))
            if kind == "khieu_nai" and rng.random() < 0.08:
                events.append(("withdrawn", done, "", ""))
            else:
                events.append(("resolved", done, self._decision(), ""))
        return sorted(events, key=lambda e: e[1])


def load_demo_petitions(session: Session, count: int, seed: int = 2026, today: date | None = None,
                        task: Task | None = None, days_back: int = 720) -> int:
    """Add ``count`` sample petitions received over the last ``days_back`` days (and weekly
    reception sessions); returns how many."""
    from ..domain.users import Permission

    session.require(Permission.LOAD_DEMO)
    task = task or Task()
    today = today or date.today()
    unit = session.unit
    factory = PetitionFactory(seed, unit.name if unit else "Xã Lâm Bình", today)
    made = 0
    while made < count:
        size = min(BATCH, count - made)
        generated = [factory.petition(days_back) for _ in range(size)]
        for g in generated:
            _settle(g, today)
        with writing(session.store) as db:
            first_id = petitions_repo.bulk_insert(db, [g.row for g in generated], [g.petitioners for g in generated])
            petitions_repo.bulk_events(db, [(first_id + i, kind, on.isoformat(), decision, body)
                                            for i, g in enumerate(generated) for kind, on, decision, body in g.events])
            petitions_repo.bulk_overdue_spans(db, [(first_id + i, a, b) for i, g in enumerate(generated)
                                                   for a, b in g.overdue_spans])
        made += size
        task.step(made, count, f"Đã tạo {made:,} / {count:,} đơn mẫu".replace(",", "."))
    _demo_receptions(session, factory, today)
    with writing(session.store):
        audit(session.store, session.user.username, "demo.petitions", "petition", "", {"count": count, "seed": seed})
    return made


def _settle(g: _Generated, today: date) -> None:
    """Status, outcome and next deadline from the generated events, with the real engine."""
    events = [{"kind": k, "on_date": on.isoformat(), "decision": d} for k, on, d, _ in g.events]
    row = g.row
    for kind, on, _, _ in g.events:
        if kind in ("accepted", "guided", "forwarded", "filed"):
            row.setdefault("outcome", kind)
        if kind in CLOSING_EVENTS:
            row.update(status="closed", closed_on=on.isoformat())
            if row["kind"] in ("khieu_nai", "to_cao") and kind == "resolved":  # complaint result, denunciation conclusion
                row["result"] = random.Random(row["content"] + on.isoformat()).choice(RESULT_CODES)
    facts, g.overdue_spans = schedule_facts(row, events, today)
    if row["status"] == "closed":  # every step is done or no longer applies
        facts["next_due_on"] = facts["next_due_step"] = None
    row.update(facts)


def _demo_receptions(session: Session, factory: PetitionFactory, today: date) -> None:
    """A year of reception sessions: the chairman on Thursdays except one week in nine (so the
    missed-weeks check has something to show), officers on other days."""
    rng = factory.rng
    start = today - timedelta(days=364)
    rows = []
    day = start
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    while day <= today:
        if day.weekday() == 3 and day.isocalendar().week % 9 != 4:
            visits = rng.randint(1, 8)
            rows.append({"held_on": day.isoformat(), "kind": "dinh_ky", "receiver": "Ma Văn Thắng", "form": "truc_tiep", "delegated": 0,
                         "visits": visits, "people": visits + rng.randint(0, 4), "cases_new": rng.randint(0, visits),
                         "cases_repeat": rng.randint(0, 2), "delegations": 0, "delegation_people": 0, "note": "",
                         "created_by": "demo", "created_at": now})
        elif day.weekday() in (0, 2) and rng.random() < 0.5:
            visits = rng.randint(1, 5)
            online = day >= ONLINE_RECEPTION_FROM and rng.random() < 0.25  # LTCD Art. 3a from 1/7/2026
            rows.append({"held_on": day.isoformat(), "kind": "thuong_xuyen", "receiver": "Lý Văn Đức",
                         "form": "truc_tuyen" if online else "truc_tiep", "delegated": 0,
                         "visits": visits, "people": visits, "cases_new": rng.randint(0, visits), "cases_repeat": 0,
                         "delegations": 0, "delegation_people": 0, "note": "", "created_by": "demo",
                         "created_at": now})
        day += timedelta(days=1)
    with writing(session.store) as db:
        for row in rows:
            receptions_repo.insert(db, row)
