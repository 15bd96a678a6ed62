"""The same "xử lý đơn" figures in the JSON, the PDF, the spreadsheet, the Word copy, the
signed bundle and the province's consolidation, on a register with anonymous, forwarded,
guided and filed petitions and both kinds of results; and a format 1 bundle still sums."""

from __future__ import annotations

import io
import subprocess
from datetime import date

from docx import Document
from openpyxl import load_workbook

from danvan_desktop.bundles.consolidate import sum_figures
from danvan_desktop.domain.petitions import Petitioner, PetitionInput
from danvan_desktop.domain.report_figures import upgrade_figures
from danvan_desktop.services import bundles, petitions, province, report_documents, report_export, reports, signing
from danvan_desktop.services.demo_petitions import load_demo_petitions
from danvan_desktop.tasks import Task
from tests.bundles.helpers import figures as format1_figures
from tests.bundles.test_bundle_services import commune, leader, prov  # noqa: F401 - fixtures

TODAY = date(2026, 11, 22)
PERSON = (Petitioner("Hoàng Văn Dũng", "Thôn Nà Lầu", "008085123456"),)


def _petition(received, kind, **extra):
    people = () if extra.get("signatories") == "nac_danh" else PERSON
    return PetitionInput(received_on=received, kind=kind, channel="truc_tiep", field="dat_dai",
                         content=f"Nội dung đơn ngày {received:%d/%m/%Y}", petitioners=people, **extra)


def _register(session):
    """The demo register plus five petitions of the kinds the figures single out; returns the demo's
    own denunciation results (the lawful demo data resolves denunciations of every result too)."""
    load_demo_petitions(session, 150, seed=11, today=TODAY)
    demo = dict(reports.live_figures(session, reports.period(session, "2026"), TODAY)["petitions"]["denunciation_results"])
    add = lambda data: petitions.add_petition(session, data, today=TODAY)  # noqa: E731
    step = lambda pid, kind, on, **kw: petitions.record_event(session, pid, kind, on, today=TODAY, **kw)  # noqa: E731
    anonymous = add(_petition(date(2026, 2, 2), "phan_anh", signatories="nac_danh", signer_count=0))
    step(anonymous, "filed", date(2026, 2, 5))
    forwarded = add(_petition(date(2026, 3, 3), "kien_nghi", competence="khong_thuoc_tham_quyen"))
    step(forwarded, "forwarded", date(2026, 3, 6), body="UBND tỉnh")
    guided = add(_petition(date(2026, 3, 9), "khieu_nai"))
    step(guided, "guided", date(2026, 3, 12))
    denounced = add(_petition(date(2026, 4, 1), "to_cao", accused="Trưởng thôn"))
    step(denounced, "accepted", date(2026, 4, 3), decision="7/QĐ-UBND")
    step(denounced, "resolved", date(2026, 5, 20), decision="8/KL-UBND", result="dung_mot_phan")
    return demo


def _pdf_rows(pdf: bytes) -> str:
    return subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()


def test_one_set_of_figures_in_every_output(admin_session, commune, prov, tmp_path):  # noqa: F811
    demo_denunciations = _register(admin_session)
    reports.approve(commune, "2026", today=TODAY)
    figures = reports.figures(commune, "2026", today=TODAY)
    p = figures["petitions"]
    assert p["not_eligible"] >= 1 and p["forwarded"] >= 1 and p["guided"] >= 1
    assert p["denunciation_results"]["co_dung_co_sai"] == demo_denunciations.get("co_dung_co_sai", 0) + 1 and sum(p["complaint_results"].values()) > 0
    assert p["processed"] == p["eligible"] + p["not_eligible"]
    assert p["eligible"] == p["in_competence"] + p["out_of_competence"]

    pdf = report_documents.pdf_bytes(commune, "2026", TODAY)
    text = " ".join(_pdf_rows(pdf).split())
    assert f"đã xử lý {p['processed']} đơn" in text
    assert f"{p['not_eligible']} đơn không đủ điều kiện xử lý" in text
    assert f"- Không thuộc thẩm quyền {p['out_of_competence']}" in text and f"- Chuyển đơn {p['forwarded']}" in text

    xlsx = tmp_path / "so-lieu.xlsx"
    report_documents.write_xlsx(commune, "2026", xlsx, TODAY)
    sheet = load_workbook(xlsx)["Xử lý đơn"]
    row, group = {}, ""
    for c in range(2, sheet.max_column + 1):  # a group's label is in the first of its merged cells
        group = sheet.cell(6, c).value or group
        row[f"{group}|{sheet.cell(7, c).value}"] = sheet.cell(9, c).value
    assert row["Đã xử lý|Không đủ điều kiện xử lý"] == p["not_eligible"]
    assert row["Đơn đủ điều kiện xử lý|Thuộc thẩm quyền"] == p["in_competence"]
    assert row["Đơn không thuộc thẩm quyền|Hướng dẫn"] == p["guided"]

    out = io.BytesIO()
    report_documents.render_docx(commune, "2026", out, TODAY)
    doc = Document(io.BytesIO(out.getvalue()))
    cells = {r.cells[1].text: r.cells[2].text for t in doc.tables if len(t.columns) == 3 for r in t.rows}
    assert cells["- Số đơn đã xử lý"] == f"{p['processed']:,}".replace(",", ".")
    assert cells["- Đủ điều kiện xử lý"] == f"{p['eligible']:,}".replace(",", ".")
    # The conclusions on denunciations and the complaint results: tables of their own (Word, spreadsheet).
    conclusions = next(t for t in doc.tables if t.cell(0, 1).text == "Kết luận nội dung tố cáo")
    assert {r.cells[1].text: r.cells[2].text for r in conclusions.rows[1:]}["Tố cáo có đúng, có sai"] \
        == str(p["denunciation_results"]["co_dung_co_sai"])
    complaints = next(t for t in doc.tables if t.cell(0, 1).text == "Kết quả giải quyết khiếu nại")
    assert sum(int(r.cells[2].text.replace(".", "")) for r in complaints.rows[1:]) \
        == sum(p["complaint_results"].values())
    sheet = load_workbook(xlsx)["Kết luận nội dung tố cáo"]
    assert {sheet.cell(6, c).value: sheet.cell(9, c).value for c in range(2, 5)}["Tố cáo có đúng, có sai"] \
        == p["denunciation_results"]["co_dung_co_sai"]

    bundles.set_pseudonym_key(commune, bundles.new_pseudonym_key())
    signing.rotate_signing_key(commune)
    cards, outbox = tmp_path / "cards", tmp_path / "outbox"
    signing.export_key_card(commune, cards)
    outbox.mkdir()
    report_export.export_report_bundle(commune, "2026", outbox / "02266-2026.zip", today=TODAY)
    for card in cards.glob("*.json"):
        province.import_key_card(prov, card.read_bytes())
    assert province.import_bundles(prov, [outbox], Task()).ok
    consolidated = province.consolidated_figures(prov, "2026")
    assert consolidated["figures"]["petitions"] == p
    assert consolidated["figures"] == sum_figures([figures])


def test_a_format_1_bundle_sums_with_format_2():
    old = format1_figures("02269")
    old["petitions"].update(processed=5, eligible=4, within_competence=3, outside_competence=1,
                            results={"dung": 1, "sai": 0, "dung_mot_phan": 0})
    upgraded = upgrade_figures(old)["petitions"]
    assert (upgraded["in_competence"], upgraded["out_of_competence"], upgraded["not_eligible"]) == (3, 1, 1)
    assert "within_competence" not in upgraded and upgraded["results"]["dung"] == 1
    new = {"format": 2, "petitions": {"processed": 2, "eligible": 2, "not_eligible": 0, "in_competence": 2,
                                      "out_of_competence": 0}}
    total = sum_figures([upgrade_figures(old), upgrade_figures(new)])["petitions"]
    assert (total["processed"], total["in_competence"], total["not_eligible"]) == (7, 5, 1)


def test_the_province_judges_each_commune_by_its_former_provinces_due_date(commune, prov, tmp_path):  # noqa: F811
    from datetime import datetime

    from danvan_desktop.services import province_report
    from tests.bundles.test_bundle_services import export, use_unit
    cards, outbox = tmp_path / "cards", tmp_path / "outbox"
    outbox.mkdir()
    for code in ("02266", "00691"):  # Lâm Bình (former Tuyên Quang), Phường Hà Giang 2 (former Hà Giang)
        use_unit(commune, code)
        signing.rotate_signing_key(commune)
        signing.export_key_card(commune, cards)
        export(commune, outbox / f"{code}.zip", code, format1_figures(code, "2026"), period="2026")
    for card in sorted(cards.glob("*.json")):
        province.import_key_card(prov, card.read_bytes())
    # Both arrive on 01/12/2026: after CV 5273's "trước ngày 25 tháng 11", before the default 20/12.
    assert province.import_bundles(prov, [outbox], Task(), received_at=datetime(2026, 12, 1, 9, 0)).ok
    status = {u.unit_code: u for u in province_report.status(prov, "2026").units}
    assert status["02266"].state == province.LATE and status["02266"].due == "2026-11-24"
    assert status["00691"].state == province.ON_TIME and status["00691"].due is None
