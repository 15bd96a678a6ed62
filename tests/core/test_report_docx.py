"""The Word copy of the report: opened with python-docx (A4, the decree's margins, Times New
Roman, the header, tables, the charts as pictures and signer), and converted by LibreOffice its
text equals the PDF's (besides the charts' words, pictures in Word, and page numbers)."""

import re
import shutil
import subprocess
import unicodedata
from collections import Counter

import pytest
from docx import Document
from docx.oxml.ns import qn

from danvan_desktop.documents.report_docx import render_report_docx
from danvan_desktop.documents.report_pdf import render_report_pdf
from danvan_desktop.domain.petitions import KINDS

from .report_samples import FIGURES, labels, sample_meta

qn_drawing = qn("w:drawing")

needs_tools = pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                                 reason="LibreOffice or poppler-utils not installed")


@pytest.fixture(scope="module")
def sample_docx(tmp_path_factory):
    path = tmp_path_factory.mktemp("docx") / "bao-cao.docx"
    render_report_docx(FIGURES, sample_meta(), labels(), path)
    return path


def test_page_font_header_tables_and_signer(sample_docx):
    doc = Document(sample_docx)
    section = doc.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert [round(m.mm) for m in (section.top_margin, section.bottom_margin, section.left_margin,
                                  section.right_margin)] == [20, 20, 30, 15]
    fonts = {run.font.name for p in doc.paragraphs for run in p.runs}
    fonts |= {run.font.name for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs
              for run in p.runs}
    assert fonts == {"Times New Roman"}
    header = doc.tables[0]
    assert header.cell(0, 0).text.split("\n") == ["ỦY BAN NHÂN DÂN", "XÃ LÂM BÌNH"]
    assert header.cell(0, 1).text.split("\n") == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert header.cell(1, 1).text == "Lâm Bình, ngày 05 tháng 6 năm 2026"
    petitions = next(t for t in doc.tables if any("Số đơn đã xử lý" in c.text for c in t.columns[1].cells))
    rows = {r.cells[1].text: r.cells[2].text for r in petitions.rows}
    assert rows["- Không đủ điều kiện xử lý"] == "184" and rows["- Thuộc thẩm quyền"] == "640"
    # Complaint results and denunciation conclusions: tables of their own, each under its title.
    titles = [p.text for p in doc.paragraphs]
    for title, header, rows in (
            ("Kết quả giải quyết khiếu nại", "Số vụ việc",
             [("Khiếu nại đúng", "21"), ("Khiếu nại sai", "99"), ("Khiếu nại đúng một phần", "37")]),
            ("Kết luận nội dung tố cáo", "Số vụ việc",
             [("Tố cáo đúng", "5"), ("Tố cáo sai", "20"), ("Tố cáo có đúng, có sai", "3")])):
        table = next(t for t in doc.tables if t.cell(0, 1).text == title)
        assert table.cell(0, 2).text == header
        assert [(r.cells[1].text, r.cells[2].text) for r in table.rows[1:]] == rows
        assert title in titles  # the title line above it
    resolution = next(t for t in doc.tables if any(c.text == "Thụ lý, giải quyết" for c in t.columns[1].cells))
    assert not any("Tố cáo" in c.text or "Kết quả" in c.text for c in resolution.columns[1].cells)
    signature = doc.tables[-1]
    assert "Nơi nhận:" in signature.cell(0, 0).text and "Lưu: VT" in signature.cell(0, 0).text
    assert "TM. ỦY BAN NHÂN DÂN" in signature.cell(0, 1).text
    assert not doc.sections[0].header.paragraphs[0].text  # approved: no draft mark


def test_the_pdfs_charts_are_pictures_in_the_word_copy(sample_docx):
    import io

    from PIL import Image

    doc = Document(sample_docx)
    pictures = list(doc.inline_shapes)
    described = [p._inline.docPr.get("descr") for p in pictures]
    assert [d.split(":")[0] for d in described] == [
        "Đơn thư theo nội dung", "Đơn thư theo lĩnh vực (nhiều nhất)", "Số cuộc hoạt động dân vận theo loại"]
    assert "Kiến nghị 702" in described[0] and "Đất đai 611" in described[1]
    assert "Tuyên truyền, phổ biến, quán triệt 58" in described[2]
    assert all(round(p.width.mm) == 165 for p in pictures)  # the text width, as in the PDF
    # Each picture follows its table: the petitions' charts that table, the activities' chart the matrix.
    after, last_table = [], None
    for child in doc.element.body:
        if child.tag == qn("w:tbl"):
            last_table = "".join(t.text or "" for t in child.iter(qn("w:t")))
        elif child.findall(".//" + qn_drawing):
            after.append(last_table)
    assert ["Số đơn đã xử lý" in t for t in after] == [True, True, False]
    assert "Loại hoạt động" in after[2]
    blobs = [doc.part.related_parts[p._inline.graphic.graphicData.pic.blipFill.blip.embed].blob for p in pictures]
    for blob in blobs:
        image = Image.open(io.BytesIO(blob)).convert("RGB")
        assert image.width >= 1200  # sharp enough to print
        bars = dict((colour, n) for n, colour in image.getcolors(1 << 24)).get((0x4a, 0x6f, 0x9c), 0)
        assert bars > 1000  # the bars are drawn in the PDF's colour


def test_a_draft_says_so_in_the_page_header(tmp_path):
    path = tmp_path / "du-thao.docx"
    render_report_docx(FIGURES, sample_meta(), labels(), path, draft=True)
    assert Document(path).sections[0].header.paragraphs[-1].text == "DỰ THẢO"


def _words(pdf) -> Counter:
    text = unicodedata.normalize("NFC", subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                                                       text=True, check=True).stdout)
    return Counter(re.findall(r"[^\s]+", text))


@needs_tools
def test_libreoffice_converts_it_to_the_text_of_the_pdf(sample_docx, tmp_path):
    pdf = tmp_path / "bao-cao.pdf"
    render_report_pdf(FIGURES, sample_meta(), labels(), pdf)
    out = tmp_path / "lo"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to",
                    "pdf", "--outdir", str(out), str(sample_docx)], check=True, capture_output=True, timeout=240)
    word, printed = _words(out / "bao-cao.pdf"), _words(pdf)
    # The Word copy says nothing the PDF does not, besides a table's header row repeated where
    # a table runs over a page break (the two pages break in different places).
    headers = set("TT Nội dung Số lượng Loại hoạt động cuộc Người tham dự Tiêu chí Điểm tối đa Tự chấm Ghi chú".split())
    assert set(word - printed) <= headers, word - printed
    missing = printed - word
    # Only the PDF's bar charts (titles, labels, bar values) and page numbers are not in Word.
    names = " ".join([*KINDS.values(), *labels()["petition_fields"].values(), *labels()["activity_kinds"].values()])
    charts = set(("Đơn thư theo nội dung lĩnh vực (nhiều nhất) Số cuộc hoạt động dân vận theo loại " + names).split())
    assert {w for w in missing if not re.fullmatch(r"[\d.]+", w)} <= charts
    assert word["184"] >= 2 and word["DỰ"] == 0
