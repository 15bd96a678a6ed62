"""The report as an editable Word document (python-docx): the same document as the PDF.

    render_report_docx(figures, meta, labels, target, draft=False)

A4 portrait, the margins of Nghị định 30/2020 (top and bottom 20 mm, left 30 mm, right
15 mm), Times New Roman 14 (tables 12): the header (issuing body and national name side by
side, number and date line), title, data window, I. KẾT QUẢ THỰC HIỆN with the same numbered
sub-sections, sentences and tables as the PDF (figure_tables, figure_summaries), II-IV, then
"Nơi nhận" beside the signer. The bar charts of the PDF follow their tables as pictures (the
PDF's own drawing rasterised, ``chart_images``), each with its title and bars as alternative
text. A draft says "DỰ THẢO" in the page header.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from ..domain.report_document import SECTION_TITLES, ReportMeta
from ..storage.atomic import atomic_write_bytes
from ..text import nfc
from . import figure_tables as ft
from .chart_images import chart_description, chart_png
from .figure_summaries import SUMMARIES, data_window
from .nd30_layout import TEXT_WIDTH, date_line, issuing_lines, make_styles, number_line
from .report_charts import bar_chart, figure_charts
from .report_pdf import DRAFT_MARK, ROMAN, assessment_rows, assessment_verdict, dotted_text, topic_source_line

FONT = "Times New Roman"
BODY_PT, TABLE_PT = 14, 12
BLANK_LINE = re.compile(r"\n[ \t]*\n")
ALIGN = {"L": WD_ALIGN_PARAGRAPH.LEFT, "C": WD_ALIGN_PARAGRAPH.CENTER, "R": WD_ALIGN_PARAGRAPH.RIGHT,
         "J": WD_ALIGN_PARAGRAPH.JUSTIFY}


def _run(paragraph, value: str, size: float = BODY_PT, bold: bool = False, italic: bool = False):
    run = paragraph.add_run(nfc(str(value)))
    run.font.name, run.font.size, run.bold, run.italic = FONT, Pt(size), bold, italic
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    return run


def _para(container, value: str = "", size: float = BODY_PT, align: str = "J", bold: bool = False,
          italic: bool = False, indent: bool = False, after: float = 6, before: float = 0):
    paragraph = container.add_paragraph()
    fmt = paragraph.paragraph_format
    fmt.alignment, fmt.space_after, fmt.space_before = ALIGN[align], Pt(after), Pt(before)
    if indent:
        fmt.first_line_indent = Mm(10)
    if value:
        _run(paragraph, value, size, bold, italic)
    return paragraph


def _lines(cell, lines: list[tuple[str, float, bool, bool]], align: str = "C") -> None:
    """Fill a cell with lines (text, size, bold, italic), the first in the cell's own paragraph."""
    cell.paragraphs[0].paragraph_format.alignment = ALIGN[align]
    for n, (value, size, bold, italic) in enumerate(lines):
        paragraph = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
        paragraph.paragraph_format.alignment = ALIGN[align]
        paragraph.paragraph_format.space_after = Pt(0)
        _run(paragraph, value, size, bold, italic)


def _no_borders(table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _underline_last(cell) -> None:
    """The short rule under the issuing body and the motto, as a bottom border of the text."""
    paragraph = cell.paragraphs[-1]
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for name, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "000000")):
        bottom.set(qn(f"w:{name}"), value)
    border.append(bottom)
    paragraph._p.get_or_add_pPr().append(border)
    paragraph.paragraph_format.left_indent = paragraph.paragraph_format.right_indent = Mm(14)


def _widths(table, widths_mm: list[float]) -> None:
    """Fixed column widths, in the grid (LibreOffice reads it) and in every cell (Word does)."""
    table.autofit = False
    for column, width in zip(table.columns, widths_mm):
        column.width = Mm(width)
        for cell in column.cells:
            cell.width = Mm(width)


def _header(doc, meta: ReportMeta) -> None:
    table = doc.add_table(rows=2, cols=2)
    _no_borders(table)
    _widths(table, [68, 97])
    left, right = table.rows[0].cells
    lines = [(meta.parent_body.upper(), 13, False, False)] if meta.parent_body.strip() else []
    lines += [(line, 13, True, False) for line in issuing_lines(meta.issuing_body)]
    _lines(left, lines)
    _underline_last(left)
    _lines(right, [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, True, False),
                   ("Độc lập - Tự do - Hạnh phúc", 13, True, False)])
    _underline_last(right)
    _lines(table.rows[1].cells[0], [(number_line(meta.number), 13, False, False)])
    _lines(table.rows[1].cells[1], [(date_line(meta), 14, False, True)])


def _grid(doc, rows: list[list], aligns: str, widths_mm: list[float], bold_rows=()) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _widths(table, widths_mm)
    bold = {0, *(r % len(rows) for r in bold_rows)}
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.alignment = ALIGN["C" if r == 0 else aligns[c]]
            paragraph.paragraph_format.space_after = Pt(0)
            _run(paragraph, str(value), TABLE_PT, bold=r in bold)
    header_row = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header_row.append(repeat)
    _para(doc, after=2)


def _charts(doc, series: list[tuple[str, list[tuple[str, int]]]]) -> None:
    """The PDF's bar charts as pictures, centred, the text width wide; none when all are 0."""
    for title, items in series:
        chart = bar_chart(title, items, TEXT_WIDTH)
        if chart is None:
            continue
        paragraph = _para(doc, align="C", after=6)
        run = paragraph.add_run()
        run.font.name = FONT
        picture = run.add_picture(io.BytesIO(chart_png(chart)), width=Mm(165))
        picture._inline.docPr.set("descr", nfc(chart_description(chart)))
        picture._inline.docPr.set("title", nfc(chart.title))


def _paragraphs(doc, section_text: str) -> bool:
    blocks = [b.strip() for b in BLANK_LINE.split(nfc(section_text or "").replace("\r\n", "\n"))]
    for block in (b for b in blocks if b):
        paragraph = _para(doc, indent=True)
        for n, line in enumerate(block.split("\n")):
            if n:
                paragraph.runs[-1].add_break()  # a single line break stays a line break
            _run(paragraph, line.strip())
    return any(blocks)


def _figures(doc, figures: dict, meta: ReportMeta, labels: ft.CodeLabels) -> None:
    tables = {t.key: t for t in ft.all_tables(figures, labels)}
    series = figure_charts(figures, labels)
    text_width = 165
    number = 0

    def heading(title: str) -> None:
        nonlocal number
        number += 1
        _para(doc, f"{number}. {title}", bold=True, indent=True, after=3, before=4).paragraph_format.keep_with_next = True

    for key in ("receptions", "petitions", "resolution"):
        heading(tables[key].heading)
        _para(doc, SUMMARIES[key](figures), indent=True)
        rows, groups = ft.form_rows(tables[key])
        _grid(doc, rows, "CLR", [12, text_width - 42, 30], bold_rows=groups)
        _charts(doc, series.get(key, []))
        if key == "resolution":
            for own in (k for k in ft.RESULT_TABLES if k in tables):  # tables of their own, each under its title
                _para(doc, tables[own].heading, 13, align="C", bold=True, before=0,
                      after=3).paragraph_format.keep_with_next = True
                rows, groups = ft.form_rows(tables[own])
                _grid(doc, rows, "CLR", [12, text_width - 42, 30], bold_rows=groups)
    heading(tables["activities"].heading)
    _para(doc, SUMMARIES["activities"](figures), indent=True)
    _grid(doc, ft.activity_matrix_rows(figures, labels), "CLRR", [12, text_width - 72, 28, 32], bold_rows=(-1,))
    _charts(doc, series.get("activities", []))
    for key in ("models", "democracy"):
        heading(tables[key].heading)
        _para(doc, SUMMARIES[key](figures), indent=True)
        rows, groups = ft.form_rows(tables[key])
        _grid(doc, rows, "CLR", [12, text_width - 42, 30], bold_rows=groups)
    notes = figures.get("topic_notes") if isinstance(figures.get("topic_notes"), dict) else {}
    for table in ft.topic_tables(figures, labels):
        note = notes.get(table.key.split(":", 1)[1]) or {}
        heading(table.title)
        rows, groups = ft.form_rows(table)
        _grid(doc, rows, "CLR", [12, text_width - 42, 30], bold_rows=groups)
        if not _paragraphs(doc, str(note.get("text") or "")):
            _para(doc, dotted_text(make_styles()), indent=True)
        if note.get("source_note"):
            _para(doc, topic_source_line(note), 13, align="C", italic=True)
    if meta.self_assessment is not None:
        heading("Tự đánh giá, chấm điểm công tác dân vận chính quyền")
        _para(doc, f"Theo {meta.self_assessment.rubric_name}:", indent=True).paragraph_format.keep_with_next = True
        _grid(doc, assessment_rows(meta.self_assessment), "CLRRL", [12, text_width - 102, 22, 22, 46],
              bold_rows=(-1,))
        _para(doc, assessment_verdict(meta.self_assessment), bold=True, indent=True)


def _signature(doc, meta: ReportMeta) -> None:
    table = doc.add_table(rows=1, cols=2)
    _no_borders(table)
    _widths(table, [74, 91])
    no_split = OxmlElement("w:cantSplit")  # the signer's name stays on the page of the title lines
    table.rows[0]._tr.get_or_add_trPr().append(no_split)
    left, right = table.rows[0].cells
    _lines(left, [("Nơi nhận:", 12, True, True), *((f"- {line}", 11, False, False) for line in meta.recipients)],
           align="L")
    lines = [(line.upper(), 14, True, False) for line in meta.signer.title_lines()]
    _lines(right, [*lines, *(("", 14, False, False),) * 4, (meta.signer.name, 14, True, False)])


def build_docx(figures: dict, meta: ReportMeta, labels: dict | None, draft: bool = False) -> bytes:
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(BODY_PT)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    if draft:
        _para(section.header, DRAFT_MARK, 14, align="R", bold=True, after=0)
    doc.core_properties.title = nfc(f"{meta.title} {meta.subtitle}")
    doc.core_properties.author = nfc(meta.issuing_body)
    _header(doc, meta)
    _para(doc, meta.title.upper(), align="C", bold=True, before=14, after=0)
    _para(doc, meta.subtitle, align="C", bold=True, after=2)
    window = data_window(figures)
    if window:
        _para(doc, window, 13, align="C", italic=True, after=8)
    for n, key in enumerate(SECTION_TITLES):
        _para(doc, f"{ROMAN[n]}. {SECTION_TITLES[key]}", bold=True, align="L", before=6,
              after=4).paragraph_format.keep_with_next = True
        written = _paragraphs(doc, meta.section(key))
        if key == "ket_qua":
            _figures(doc, figures, meta, ft.CodeLabels(labels))
        elif not written:
            _para(doc, dotted_text(make_styles()), indent=True)
    _signature(doc, meta)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def render_report_docx(figures: dict, meta: ReportMeta, labels: dict | None, target, draft: bool = False) -> None:
    """Write the Word copy to a path (atomically) or a binary file object."""
    data = build_docx(figures, meta, labels, draft)
    if hasattr(target, "write"):
        target.write(data)
    else:
        atomic_write_bytes(Path(target), data, mode=0o644)
