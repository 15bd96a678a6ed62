"""The report PDF read back by independent readers (pypdf, poppler's pdftotext): the
Nghị định 30/2020 header, title and figures, A4, embedded Liberation Serif, margins,
page numbers from page 2, NFC text."""

import dataclasses
import io
import re
import shutil
import subprocess
import unicodedata
from xml.etree import ElementTree

import pytest
from pypdf import PdfReader

from danvan_desktop.documents.report_pdf import render_report_pdf
from danvan_desktop.domain.report_document import Signer

from .report_samples import FIGURES, labels, sample_meta

MM = 72 / 25.4
A4 = (210 * MM, 297 * MM)
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "bao-cao.pdf"
    pages = render_report_pdf(FIGURES, sample_meta(), labels(), path)
    return path, pages


def page_text(reader: PdfReader, index: int) -> str:
    return unicodedata.normalize("NFC", reader.pages[index].extract_text())


def words(path, page: int) -> list[tuple[str, float, float, float, float]]:
    """(word, xMin, yMin, xMax, yMax) in points from the top-left, by pdftotext -bbox."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    root = ElementTree.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", html))
    return [(w.text, float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")), float(w.get("yMax")))
            for w in root.iter("{http://www.w3.org/1999/xhtml}word")]


def test_header_title_and_figures_are_in_the_text_layer(sample_pdf):
    path, pages = sample_pdf
    reader = PdfReader(path)
    assert pages == len(reader.pages) >= 3
    first = page_text(reader, 0)
    for line in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ỦY BAN NHÂN DÂN",
                 "XÃ LÂM BÌNH", "Số: 15/BC-UBND", "Lâm Bình, ngày 05 tháng 6 năm 2026", "BÁO CÁO",
                 "Kết quả công tác dân vận chính quyền 6 tháng đầu năm 2026", "I. KẾT QUẢ THỰC HIỆN"):
        assert line in first, line
    everything = "\n".join(page_text(reader, i) for i in range(pages))
    for piece in ("Công tác tiếp công dân", "tiếp 87 lượt với 112 người", "1.243", "Tuyên truyền, phổ biến, quán triệt",
                  "9.874", "Giải quyết khiếu nại, tố cáo", "Khiếu nại đúng một phần", "Công khai (dân biết)",
                  "Phong trào thi đua “Dân vận khéo”", "tự xếp loại: Tốt", "86,5",
                  "II. HẠN CHẾ, NGUYÊN NHÂN", "III. PHƯƠNG HƯỚNG", "IV. KIẾN NGHỊ, ĐỀ XUẤT",
                  "Nơi nhận:", "- UBND tỉnh (qua Sở Nội vụ);", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                  "Nguyễn Văn Hùng", "Đơn thư theo nội dung"):
        assert piece in everything, piece


def test_every_page_is_a4_portrait(sample_pdf):
    for page in PdfReader(sample_pdf[0]).pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4, abs=0.5)


def test_only_embedded_liberation_serif(sample_pdf):
    reader = PdfReader(sample_pdf[0])
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            name = str(font["/BaseFont"])
            descriptor = font["/FontDescriptor"].get_object()  # a standard-14 font has none
            assert "/FontFile2" in descriptor, name
            assert re.fullmatch(r"/[A-Z]{6}\+LiberationSerif(-Bold|-Italic|-BoldItalic)?", name), name
            seen.add(name.split("+")[1])
    assert seen == {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic"}


@needs_poppler
def test_text_stays_inside_the_decree_margins(sample_pdf):
    path, pages = sample_pdf
    for page in range(1, pages + 1):
        found = words(path, page)
        body = [w for w in found if w[2] >= 20 * MM - 1]
        top_margin = [w for w in found if w[2] < 20 * MM - 1]
        assert min(w[1] for w in body) >= 30 * MM - 1
        assert max(w[3] for w in body) <= (210 - 15) * MM + 1
        assert max(w[4] for w in body) <= (297 - 20) * MM + 1
        # Only the page number sits in the top margin, centred over the text.
        assert [w[0] for w in top_margin] == ([] if page == 1 else [str(page)])
        if page > 1:
            centre = (top_margin[0][1] + top_margin[0][3]) / 2
            assert centre == pytest.approx((30 + (210 - 15)) / 2 * MM, abs=2)


@needs_poppler
def test_header_sits_in_two_columns(sample_pdf):
    found = words(sample_pdf[0], 1)
    nation = next(w for w in found if w[0] == "CỘNG")
    issuing = next(w for w in found if w[0] == "ỦY")
    date_word = next(w for w in found if w[0] == "Lâm")
    assert issuing[1] < 100 * MM < nation[1]  # left block, right block
    assert abs(issuing[2] - nation[2]) < 2  # both start on the first line
    assert date_word[1] > 100 * MM


def test_page_number_only_from_page_two(sample_pdf):
    reader = PdfReader(sample_pdf[0])
    assert page_text(reader, 0).split("\n")[0].strip() != "1"
    assert page_text(reader, 1).split("\n")[0].strip() == "2"


def test_decomposed_input_comes_out_composed():
    decomposed = unicodedata.normalize("NFD", "Tình hình thực hiện ở thôn Nà Ngà")
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    meta = sample_meta(sections={"ket_qua": decomposed}, place=unicodedata.normalize("NFD", "Lâm Bình"))
    buffer = io.BytesIO()
    render_report_pdf(FIGURES, meta, labels(), buffer)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    raw = "\n".join(page.extract_text() for page in reader.pages)
    assert "Tình hình thực hiện ở thôn Nà Ngà" in raw and "Lâm Bình, ngày" in raw
    assert not re.search("[\u0300-\u036f]", raw)


def test_deputy_signs_for_the_chairman_and_parent_body_prints():
    meta = sample_meta(signer=Signer(mode="KT", name="Lê Thị Hoa"), parent_body="Tỉnh Tuyên Quang")
    buffer = io.BytesIO()
    render_report_pdf(FIGURES, meta, labels(), buffer)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    assert "TỈNH TUYÊN QUANG" in page_text(reader, 0)
    last = page_text(reader, len(reader.pages) - 1)
    assert "KT. CHỦ TỊCH" in last and "PHÓ CHỦ TỊCH" in last and "Lê Thị Hoa" in last
    lines = [line.strip() for line in last.splitlines()]
    committee = next(i for i, line in enumerate(lines) if line.endswith("TM. ỦY BAN NHÂN DÂN"))
    assert lines[committee + 1].endswith("KT. CHỦ TỊCH") and lines[committee + 2].endswith("PHÓ CHỦ TỊCH")


def test_markup_in_user_text_is_printed_literally():
    meta = sample_meta(sections={"kien_nghi": "Đề nghị <b>hỗ trợ</b> kinh phí & tập huấn"})
    buffer = io.BytesIO()
    render_report_pdf(FIGURES, meta, labels(), buffer)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    assert "Đề nghị <b>hỗ trợ</b> kinh phí & tập huấn" in page_text(reader, len(reader.pages) - 1)


def test_empty_figures_and_no_labels_still_render():
    """A new unit with nothing recorded: zeros, no charts, codes printed when labels are missing."""
    empty = {"format": 1, "period": FIGURES["period"], "petitions": {"by_field": {"dat_dai": 0}},
             "activities": {"by_kind": {"tuyen_truyen": {"count": 0, "participants": 0}}}}
    meta = dataclasses.replace(sample_meta(sections={}), self_assessment=None)
    buffer = io.BytesIO()
    pages = render_report_pdf(empty, meta, None, buffer)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    text = "\n".join(page_text(reader, i) for i in range(pages))
    assert "tuyen_truyen" in text and "Tự đánh giá" not in text and "Đơn thư theo nội dung" not in text
    assert "……" in text  # empty narrative sections keep a line to fill in


def test_path_target_is_replaced_whole(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "bao-cao.pdf"
    target.write_bytes(b"old")
    pages = render_report_pdf(FIGURES, sample_meta(), labels(), target)
    assert target.read_bytes().startswith(b"%PDF") and len(PdfReader(target).pages) == pages
    assert [p.name for p in folder.iterdir()] == ["bao-cao.pdf"]  # no temporary file left


def test_draft_number_keeps_room_to_write_the_number():
    buffer = io.BytesIO()
    render_report_pdf(FIGURES, sample_meta(number="     /BC-UBND"), labels(), buffer)
    first = PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text()
    line = next(line.strip() for line in first.split("\n") if line.strip().startswith("Số:"))
    assert line.replace("\u00a0", " ").startswith("Số:      /BC-UBND")


@needs_poppler
def test_long_report_numbers_every_page_and_keeps_margins(tmp_path):
    paragraph = ("Ủy ban nhân dân xã tiếp tục đổi mới phong cách, lề lối làm việc, gần dân, trọng dân, "
                 "hiểu dân, học dân và có trách nhiệm với dân. ") * 12
    path = tmp_path / "dai.pdf"
    pages = render_report_pdf(FIGURES, sample_meta(sections={"ket_qua": "\n\n".join([paragraph] * 40)}),
                              labels(), path)
    assert pages >= 15
    for page in range(2, pages + 1):
        found = words(path, page)
        assert [w[0] for w in found if w[2] < 20 * MM - 1] == [str(page)]
        body = [w for w in found if w[2] >= 20 * MM - 1]
        assert min(w[1] for w in body) >= 30 * MM - 1 and max(w[3] for w in body) <= 195 * MM + 1
        assert max(w[4] for w in body) <= 277 * MM + 1


def test_paragraphs_split_on_blank_lines_only():
    from danvan_desktop.documents.nd30_layout import make_styles
    from danvan_desktop.documents.report_pdf import paragraphs

    found = paragraphs("Một\ndòng hai\n  \t\nBa\r\n\r\n\n\nBốn", make_styles())
    assert [p.text for p in found] == ["Một<br/>dòng hai", "Ba", "Bốn"]


def test_a_draft_carries_the_draft_mark_on_every_page(tmp_path):
    draft, final = tmp_path / "du-thao.pdf", tmp_path / "chinh-thuc.pdf"
    pages = render_report_pdf(FIGURES, sample_meta(), labels(), draft, draft=True)
    render_report_pdf(FIGURES, sample_meta(), labels(), final)
    reader = PdfReader(draft)
    assert pages > 1 and all("DỰ THẢO" in page_text(reader, n) for n in range(pages))
    assert not any("DỰ THẢO" in page_text(PdfReader(final), n) for n in range(pages))


def test_self_assessment_criteria_are_lettered_the_vietnamese_way():
    from danvan_desktop.domain.self_assessment import point_letter
    assert [point_letter(n) for n in range(10)] == ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k"]
    out = io.BytesIO()
    render_report_pdf(FIGURES, sample_meta(), labels(), out)
    text = "\n".join(page_text(PdfReader(io.BytesIO(out.getvalue())), n)
                     for n in range(len(PdfReader(io.BytesIO(out.getvalue())).pages)))
    table = text[text.index("Ghi chú"):text.index("Tổng cộng\n100")]
    rows = re.findall(r"^([a-zđ])$", table, flags=re.M)
    assert rows == ["a", "b", "c", "d", "đ", "e", "g", "h"], rows
