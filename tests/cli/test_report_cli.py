"""``danvan report``: figures as JSON, periods, approval by a leader only."""

import json


COMPLAINT = {
    "received_on": "2026-06-02", "kind": "khieu_nai", "channel": "truc_tiep", "field": "dat_dai",
    "content": "Khiếu nại về bồi thường giải phóng mặt bằng",
    "petitioners": [{"name": "Nguyễn Văn An", "address": "Thôn Nà Lầu", "cccd": "008085123456"}],
}


def test_report_json_approve_and_lock(cli, monkeypatch, db_path, capsys):
    code, out, err = cli("petition", "add", "--json", "-", stdin=json.dumps([COMPLAINT, {**COMPLAINT,
                         "received_on": "2026-11-20", "kind": "kien_nghi"}]))
    assert code == 0, err
    code, out, err = cli("report", "--period", "2026", "--json", "--today", "2026-11-22")
    assert code == 0, err
    figures = json.loads(out)
    assert figures["period"] == {"id": "2026", "kind": "ca_nam", "label": "năm 2026", "start": "2025-11-15",
                                 "end": "2026-11-14", "due": "2026-11-24"}  # Tuyên Quang's CV 5273: "trước ngày 25 tháng 11"
    assert figures["petitions"]["received"] == 1 and figures["petitions"]["by_kind"]["khieu_nai"] == 1
    assert set(figures) >= {"receptions", "activities", "models", "democracy"} and figures["status"] == "draft"
    code, out, err = cli("report", "periods", "--json", "--today", "2026-11-22")
    periods = {p["id"]: p for p in json.loads(out)}
    assert "2027-H1" in periods and periods["2026"]["source"].startswith("Công văn 5273/UBND-NC")
    assert "trước ngày 25 tháng 11" in periods["2026"]["due_clause"]
    assert periods["2026-H1"]["source"].startswith("Nghị định 09/2019/NĐ-CP")  # not attributed to CV 5273
    code, out, err = cli("report", "periods", "--today", "2026-11-22")
    assert "theo Công văn 5273/UBND-NC" in out

    code, out, err = cli("report", "approve", "--period", "2026")
    assert code == 1 and err.startswith("Lỗi:") and err.count("\n") == 1  # the administrator is no leader
    monkeypatch.setenv("DANVAN_NEW_PASSWORD", "matkhau-chutich")
    assert cli("user", "add", "chutich", "--name", "Ma Văn Thắng", "--role", "leader")[0] == 0
    monkeypatch.setenv("DANVAN_USER", "chutich")
    monkeypatch.setenv("DANVAN_PASSWORD", "matkhau-chutich")
    code, out, err = cli("report", "approve", "--period", "2026", "--today", "2026-11-14")  # its last day
    assert code == 1 and err.count("\n") == 1
    assert err.startswith("Lỗi: Kỳ báo cáo năm 2026 chưa kết thúc") and "từ ngày 15/11/2026" in err
    code, out, err = cli("report", "--period", "2026", "--json")
    assert json.loads(out)["status"] == "draft"
    code, out, err = cli("report", "approve", "--period", "2026", "--today", "2026-11-22")
    assert code == 0, err
    code, out, err = cli("petition", "add", "--json", "-", stdin=json.dumps({**COMPLAINT, "received_on": "2026-07-01"}))
    assert code == 1 and "đã khóa" in err
    code, out, err = cli("report", "--period", "2026", "--json")
    assert json.loads(out)["status"] == "approved"
    code, out, err = cli("report", "--period", "2026-Q9", "--json")
    assert code == 1 and "2026-H1" in err
    code, out, err = cli("report", "--period", "2026", "--unit", "99999", "--json")
    assert code == 1 and "02266" in err


def test_report_pdf_and_xlsx(cli, tmp_path):
    import subprocess

    from openpyxl import load_workbook

    assert cli("petition", "add", "--json", "-", stdin=json.dumps(COMPLAINT))[0] == 0
    pdf, xlsx = tmp_path / "bao-cao.pdf", tmp_path / "so-lieu.xlsx"
    code, out, err = cli("report", "--period", "2026", "--pdf", str(pdf), "--xlsx", str(xlsx), "--today", "2026-11-22")
    assert code == 0, err
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "ỦY BAN NHÂN DÂN" in text and "XÃ LÂM BÌNH" in text
    assert "Kết quả công tác dân vận chính quyền năm 2026" in text
    from pypdf import PdfReader
    assert "DỰ THẢO" in PdfReader(pdf).pages[0].extract_text()  # not approved yet: a draft
    book = load_workbook(xlsx)
    assert "Xử lý đơn" in book.sheetnames
    docx = tmp_path / "bao-cao.docx"
    code, out, err = cli("report", "--period", "2026", "--docx", str(docx), "--today", "2026-11-22")
    assert code == 0 and f"Đã ghi {docx}" in out, err
    from docx import Document
    assert "Kết quả công tác dân vận chính quyền năm 2026" in "\n".join(p.text for p in Document(docx).paragraphs)
    code, out, err = cli("report", "--period", "2026", "--pdf", str(tmp_path / "missing" / "x.pdf"))
    assert code == 1 and err.startswith("Lỗi:") and err.count("\n") == 1
