"""Report periods and figures against a small dataset counted by hand; approval locks."""

from dataclasses import replace
from datetime import date

import pytest

from danvan_desktop.domain.activities import ActivityInput, ModelInput
from danvan_desktop.domain.democracy import DemocracyInput
from danvan_desktop.domain.petitions import Petitioner, PetitionInput
from danvan_desktop.domain.receptions import ReceptionInput
from danvan_desktop.domain.report_periods import parse_period_rules, periods_around, resolve_period
from danvan_desktop.domain.users import Role
from danvan_desktop.errors import PermissionDenied, ValidationError
from danvan_desktop.paths import resource
from danvan_desktop.services import activities, democracy, petitions, receptions, reports
from danvan_desktop.services.auth import login
from danvan_desktop.services.locks import PeriodLocked
from danvan_desktop.services.users import add_user
from danvan_desktop.storage import audit_repo

TODAY = date(2026, 11, 22)
PERSON = (Petitioner("Hoàng Văn Dũng", "Thôn Nà Lầu", "008085123456"),)


def petition(received_on, kind, field="dat_dai", **extra):
    return PetitionInput(received_on=received_on, kind=kind, channel="truc_tiep", field=field,
                         content=f"Nội dung đơn nhận ngày {received_on:%d/%m/%Y}", petitioners=PERSON, **extra)


@pytest.fixture
def staff(admin_session):
    add_user(admin_session, "chutich", "Ma Văn Thắng", Role.LEADER, "matkhau-chutich")
    add_user(admin_session, "canbo", "Lý Thị Hoa", Role.OFFICER, "matkhau-canbo")
    return {u: login(admin_session.store, u, f"matkhau-{u}") for u in ("chutich", "canbo")}


def test_periods_follow_the_province_rules():
    rules = parse_period_rules(resource("rules", "report_periods.json").read_text("utf-8"))
    # Lâm Bình (02266) lies in the former Tuyên Quang: CV 5273/UBND-NC asks for an annual report
    # "trước ngày 25 tháng 11" (due 24/11); its 6-month period is the default one, sourced so.
    tuyen_quang = rules.for_province("08", "02266")
    year = resolve_period(tuyen_quang, "2026")
    assert (year.start, year.end, year.due, year.label) == (date(2025, 11, 15), date(2026, 11, 14),
                                                            date(2026, 11, 24), "năm 2026")
    assert year.source.startswith("Công văn 5273/UBND-NC") and "trước ngày 25 tháng 11" in year.due_clause
    h1 = resolve_period(tuyen_quang, "2026-H1")
    assert (h1.start, h1.end) == (date(2025, 12, 15), date(2026, 6, 14)) and h1.source.startswith("Nghị định 09/2019")
    # A commune of the former Hà Giang, now in Tuyên Quang, follows the default.
    assert rules.for_province("08", "00691").name == "Mặc định"
    assert resolve_period(rules.for_province("75", "26068"), "2026").due == date(2026, 10, 31)  # Đồng Nai: trước 01/11
    quang_binh = rules.for_province("44", "18880")  # Đồng Hới: former Quảng Bình, "trước ngày 15/5", "15/11"
    assert resolve_period(quang_binh, "2026-H1").due == date(2026, 5, 14)
    assert resolve_period(quang_binh, "2026").due == date(2026, 11, 14)
    assert rules.for_province("44", "19333").name == "Mặc định"  # Đông Hà: former Quảng Trị
    assert rules.for_province("51", "21025").models_required == 1  # Quảng Ngãi, CV 3053: 01 đến 02 mô hình
    assert rules.for_province("51", "23293").models_required == 0  # former Kon Tum
    default = resolve_period(rules.for_province("01", "00070"), "2026-H1")  # Hà Nội: the default window
    assert (default.start, default.end) == (date(2025, 12, 15), date(2026, 6, 14))
    assert not any(p.kind == "dot_xuat" for p in periods_around(tuyen_quang, date(2026, 6, 1)))
    with pytest.raises(ValidationError, match="2026-H1"):
        resolve_period(tuyen_quang, "2026-Q3")


def test_bad_period_files_are_refused():
    default = ('"default": {"periods": [{"kind": "6_thang", "start": "12-15", "start_year": -1, "end": "06-14", '
               '"due": "06-20"}, {"kind": "ca_nam", "start": "12-15", "start_year": -1, "end": "12-14", "due": "12-20"}]}')
    with pytest.raises(ValidationError, match="dải mã xã"):
        parse_period_rules('{"format": "danvan-report-periods", ' + default + ', "provinces": [{"code": "08", '
                           '"former_territory": {"commune_codes": [["02799", "02200"]]}, "periods": []}]}')
    with pytest.raises(ValidationError, match="bị lặp"):
        parse_period_rules('{"format": "danvan-report-periods", ' + default + ', "provinces": [{"code": "08", '
                           '"periods": [{"kind": "ca_nam", "start": "11-15", "start_year": -1, "end": "11-14", '
                           '"due": "11-24"}, {"kind": "ca_nam", "start": "11-15", "start_year": -1, "end": "11-14", '
                           '"due": "11-24"}]}]}')
    with pytest.raises(ValidationError, match="danvan-report-periods"):
        parse_period_rules('{"format": "other"}')
    with pytest.raises(ValidationError, match="MM-DD"):
        parse_period_rules('{"format": "danvan-report-periods", "default": {"periods": ['
                           '{"kind": "6_thang", "start": "15/12", "end": "06-14", "due": "06-20"}]}}')


@pytest.fixture
def dataset(staff):
    officer = staff["canbo"]
    add = lambda data, **kw: petitions.add_petition(officer, data, today=TODAY, **kw)  # noqa: E731
    event = lambda pid, kind, on, **kw: petitions.record_event(officer, pid, kind, on, today=TODAY, **kw)  # noqa: E731
    # P1: a complaint carried over (received before 15/11/2025), accepted before, resolved late in the period.
    p1 = add(petition(date(2025, 10, 1), "khieu_nai"))
    event(p1, "accepted", date(2025, 10, 5), decision="01/QĐ-UBND")
    event(p1, "resolved", date(2026, 1, 10), decision="05/QĐ-UBND", result="dung")
    # P2: a denunciation received, accepted and resolved on time inside the period.
    p2 = add(petition(date(2026, 1, 5), "to_cao", accused="Cán bộ địa chính"))
    event(p2, "accepted", date(2026, 1, 10), decision="02/QĐ-UBND")
    event(p2, "resolved", date(2026, 2, 5), decision="06/KL-UBND", result="sai")
    # P3: a recommendation answered by guidance; P4 its duplicate (counts once).
    p3 = add(petition(date(2026, 2, 1), "kien_nghi", field="moi_truong"))
    event(p3, "guided", date(2026, 2, 5))
    add(petition(date(2026, 3, 1), "phan_anh", field="moi_truong"), duplicate_of=p3)
    # P5 after the period; P6 closed before it.
    add(petition(date(2026, 6, 1), "khieu_nai"))
    p6 = add(petition(date(2025, 9, 1), "khieu_nai"))
    event(p6, "filed", date(2025, 10, 1))
    # P7 received in the period, never handled: overdue at the period end. P8 on the last day.
    add(petition(date(2025, 11, 20), "phan_anh", field="xay_dung"))
    add(petition(date(2026, 5, 14), "kien_nghi", field="xay_dung"))
    receptions.add_reception(officer, ReceptionInput(date(2026, 1, 5), "thuong_xuyen", "Lý Thị Hoa", visits=3,
                                                     people=4, cases_new=2), today=TODAY)
    receptions.add_reception(officer, ReceptionInput(date(2026, 3, 16), "dinh_ky", "Ma Văn Thắng", visits=2, people=7,
                                                     cases_repeat=1, delegations=1, delegation_people=6), today=TODAY)
    receptions.add_reception(officer, ReceptionInput(date(2026, 6, 15), "thuong_xuyen", "Lý Thị Hoa", visits=9,
                                                     people=9), today=TODAY)
    activities.add_activity(officer, ActivityInput(date(2026, 2, 2), "tuyen_truyen", "Tuyên truyền Luật Đất đai",
                                                   participants=50, women=20, ethnic_minority=30), today=TODAY)
    activities.add_activity(officer, ActivityInput(date(2026, 4, 2), "hoa_giai", "Hòa giải tranh chấp ranh giới",
                                                   participants=6), today=TODAY)
    activities.add_activity(officer, ActivityInput(date(2026, 7, 2), "hoa_giai", "Ngoài kỳ", participants=4),
                            today=TODAY)
    activities.add_model(officer, ModelInput("Dân vận khéo trong dồn điền đổi thửa", "kinh_te", "tap_the",
                                             "Thôn Nà Lầu", 2026, status="trien_khai"), today=TODAY)
    democracy.add_record(officer, DemocracyInput("cong_khai", date(2026, 3, 1), "Công khai dự toán ngân sách",
                                                 form="bang_tin", posted_days=30), today=TODAY)
    return staff


def test_figures_of_a_six_month_period(dataset):
    figures = reports.live_figures(dataset["canbo"], reports.period(dataset["canbo"], "2026-H1"), today=TODAY)
    # The default window (NĐ 09/2019): 15/12/2025 to 14/06/2026. P1 and P7 are carried over; P2, P3, P5
    # and P8 received.
    assert figures["unit"]["code"] == "02266" and figures["period"]["end"] == "2026-06-14"
    p = figures["petitions"]
    assert (p["carried_over"], p["received"], p["total"]) == (2, 4, 6)
    assert p["by_kind"] == {"khieu_nai": 2, "to_cao": 1, "kien_nghi": 2, "phan_anh": 1, "nhieu_noi_dung": 0}
    assert p["by_field"]["moi_truong"] == 1 and p["by_field"]["xay_dung"] == 2 and p["by_field"]["dat_dai"] == 3
    assert (p["accepted"], p["resolved"], p["resolved_on_time"], p["resolved_late"]) == (1, 2, 1, 1)
    assert p["complaint_results"] == {"dung": 1, "sai": 0, "dung_mot_phan": 0}
    assert p["denunciation_results"] == {"dung": 0, "sai": 1, "co_dung_co_sai": 0}
    # Processed in the period: P2 (thụ lý, in competence) and P3 (guided, out of competence);
    # P1 was processed before the period (thụ lý on 05/10/2025), P7 and P8 not at all.
    assert (p["processed"], p["eligible"], p["not_eligible"], p["in_competence"], p["out_of_competence"]) == (
        2, 2, 0, 1, 1)
    # Open at the end: P5 (a complaint received 01/06, not accepted within 10 days), P7, P8; all overdue.
    assert (p["guided"], p["forwarded"], p["pending"], p["overdue"]) == (1, 0, 3, 3)
    assert p["accepted_carried_over"] == 0
    r = figures["receptions"]
    assert (r["sessions"], r["regular"], r["by_head"], r["visits"], r["people"], r["cases"]) == (2, 1, 1, 5, 11, 3)
    assert (r["delegations"], r["delegation_people"]) == (1, 6)
    a = figures["activities"]
    assert (a["count"], a["participants"], a["women"], a["ethnic_minority"]) == (2, 56, 20, 30)
    assert a["by_kind"]["hoa_giai"] == {"count": 1, "participants": 6} and a["by_kind"]["doi_thoai"]["count"] == 0
    assert figures["models"]["count"] == 1 and figures["models"]["meets_expectation"]
    assert figures["democracy"]["by_kind"]["cong_khai"] == 1


def test_approval_freezes_figures_and_locks_the_period(dataset):
    leader, officer = dataset["chutich"], dataset["canbo"]
    with pytest.raises(PermissionDenied):
        reports.approve(officer, "2026-H1", today=TODAY)
    reports.save_draft(officer, "2026-H1", meta={"number": "15/BC-UBND"})
    frozen = reports.approve(leader, "2026-H1", today=TODAY)
    assert reports.report(officer, "2026-H1").status == "approved"
    with pytest.raises(PeriodLocked, match="14/05/2026.*2026-H1"):
        petitions.add_petition(officer, petition(date(2026, 5, 14), "phan_anh"), today=TODAY)
    with pytest.raises(PeriodLocked):
        activities.add_activity(officer, ActivityInput(date(2026, 1, 2), "tap_huan", "Tập huấn"), today=TODAY)
    with pytest.raises(ValidationError, match="đã được phê duyệt"):
        reports.save_draft(officer, "2026-H1", meta={"number": "16/BC-UBND"})
    # Outside the window writes go on, and the approved figures stay what was signed.
    petitions.add_petition(officer, petition(date(2026, 6, 15), "phan_anh"), today=TODAY)
    assert reports.figures(officer, "2026-H1", today=TODAY) == frozen
    with pytest.raises(ValidationError, match="lý do"):
        reports.unlock(leader, "2026-H1", "")
    reports.unlock(leader, "2026-H1", "Bổ sung đơn nhận ngày 14/5 bị sót")
    petitions.add_petition(officer, petition(date(2026, 5, 14), "phan_anh"), today=TODAY)
    assert reports.figures(officer, "2026-H1", today=TODAY)["petitions"]["received"] == 5
    actions = [e.action for e in audit_repo.entries(officer.db)]
    assert "report.approve" in actions and "report.unlock" in actions


def test_period_edges_and_duplicates_count_once(staff):
    officer = staff["canbo"]
    first = petitions.add_petition(officer, petition(date(2025, 11, 15), "kien_nghi"), today=TODAY)
    petitions.add_petition(officer, replace(petition(date(2025, 11, 14), "kien_nghi")), today=TODAY)
    petitions.add_petition(officer, petition(date(2025, 11, 16), "kien_nghi"), today=TODAY, duplicate_of=first)
    figures = reports.live_figures(officer, reports.period(officer, "2026"), today=TODAY)
    # The annual period of the former Tuyên Quang starts on 15/11: 14/11 was received before the start and is still open: carried over; 15/11 is the first day.
    assert (figures["petitions"]["carried_over"], figures["petitions"]["received"]) == (1, 1)


def test_directive_sections_need_a_source_and_print_in_every_document(dataset, tmp_path):
    import io
    import subprocess

    from docx import Document

    from danvan_desktop.services import report_documents, report_topics
    officer, leader = dataset["canbo"], dataset["chutich"]
    with pytest.raises(ValidationError, match="nguồn số liệu"):
        report_topics.save_entries(officer, "2026", {"cai_cach_hanh_chinh": {"counts": {"ho_so_tiep_nhan": 120}}})
    with pytest.raises(ValidationError, match="số nguyên"):
        report_topics.save_entries(officer, "2026", {"hoa_giai_co_so": {"counts": {"vu_viec_hoa_giai": -1},
                                                                         "source_note": "Sổ hòa giải"}})
    with pytest.raises(ValidationError, match="không có chỉ tiêu"):  # read from the register, never typed
        report_topics.save_entries(officer, "2026", {"vu_viec_phuc_tap": {"counts": {"qua_han": 3},
                                                                           "source_note": "Sổ"}})
    assert report_topics.entries(officer, "2026") == {}
    report_topics.save_entries(officer, "2026", {
        "cai_cach_hanh_chinh": {"counts": {"ho_so_tiep_nhan": 1234, "ho_so_dung_han": 1200, "ho_so_tre_han": 34},
                                "source_note": "Sổ theo dõi của bộ phận một cửa",
                                "text": "Bộ phận một cửa tiếp nhận, trả kết quả đúng quy trình."},
        "ke_hoach_can_bo": {"counts": {"van_ban_ban_hanh": 3, "can_bo_phu_trach": 1}, "source_note": "Sổ công văn",
                            "text": "Phân công đồng chí Lý Thị Hoa, công chức Văn phòng - Thống kê, theo dõi."},
        "tiep_can_thong_tin": {"counts": {}, "text": "", "source_note": ""}})
    figures = reports.figures(officer, "2026", today=TODAY)
    assert figures["topics"]["cai_cach_hanh_chinh"]["ho_so_tiep_nhan"] == 1234
    assert figures["topics"]["tiep_can_thong_tin"] == {"yeu_cau": 0, "da_cung_cap": 0}  # every code present
    assert "tiep_can_thong_tin" not in figures["topic_notes"]  # nothing entered, nothing stored
    assert figures["topics"]["vu_viec_phuc_tap"]["doan_dong_nguoi"] == figures["receptions"]["delegations"]
    assert figures["topic_notes"]["ke_hoach_can_bo"]["entered_by"] == "canbo"
    pdf = io.BytesIO()
    report_documents.render_pdf(officer, "2026", pdf, TODAY)
    text = " ".join(subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf.getvalue(), capture_output=True,
                                   check=True).stdout.decode().split())
    assert "Cải cách hành chính, giải quyết thủ tục hành chính theo cơ chế một cửa" in text
    assert "1 Hồ sơ thủ tục hành chính tiếp nhận 1.234" in text
    assert "(Nguồn số liệu: Sổ theo dõi của bộ phận một cửa)" in text and "đồng chí Lý Thị Hoa" in text
    docx = io.BytesIO()
    report_documents.render_docx(officer, "2026", docx, TODAY)
    words = "\n".join(p.text for p in Document(io.BytesIO(docx.getvalue())).paragraphs)
    assert "Tiếp công dân trực tuyến" in words and "(Nguồn số liệu: Sổ công văn)" in words
    report_documents.write_xlsx(officer, "2026", tmp_path / "so-lieu.xlsx", TODAY)
    from openpyxl import load_workbook
    sheet = load_workbook(tmp_path / "so-lieu.xlsx")["Nội dung theo chỉ thị"]
    assert 1234 in [sheet.cell(9, c).value for c in range(2, sheet.max_column + 1)]
    reports.approve(leader, "2026", today=TODAY)
    with pytest.raises(ValidationError, match="đã được phê duyệt"):
        report_topics.save_entries(officer, "2026", {"hoa_giai_co_so": {"counts": {"vu_viec_hoa_giai": 1},
                                                                         "source_note": "Sổ"}})
