"""The report as a PDF: header, narrative, figures tables and charts, signature.

    render_report_pdf(figures, meta, labels, target) -> number of pages

``figures`` is the JSON object of docs/report-figures.md, ``meta`` the ReportMeta, ``labels``
the rule-data labels ({"activity_kinds": {...}, "petition_fields": {...}}). ``target`` is a
path (written to a temporary file, then renamed over it) or a binary file object.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

from ..domain.report_document import SECTION_TITLES, ReportMeta, SelfAssessment
from ..domain.self_assessment import point_letter
from ..storage.atomic import atomic_write_bytes
from ..text import nfc
from . import figure_tables as ft
from .figure_summaries import SUMMARIES, data_window
from .nd30_layout import (BODY_SIZE, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, PAGE_HEIGHT, PAGE_WIDTH,
                          TEXT_WIDTH, draw_page_number, header, make_styles, para, signature_block, text, title_block)
from .pdf_fonts import BOLD, REGULAR
from .report_charts import bar_chart, figure_charts

ROMAN = ("I", "II", "III", "IV", "V", "VI")
CELL_SIZE = 12
CELL_PADDING = 6  # reportlab's default left and right cell padding
GRID = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE), ("LEADING", (0, 0), (-1, -1), 14),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
KEEP_TABLE_HEIGHT = 0.45 * PAGE_HEIGHT
BLANK_LINE = re.compile(r"\n[ \t]*\n")


def dotted_text(styles: dict) -> str:
    """A line of dots to write on, for a section left empty in the draft; one line exactly."""
    body = styles["body"]
    room = TEXT_WIDTH - body.firstLineIndent
    return "…" * int(room // stringWidth("…", body.fontName, body.fontSize))


def _dotted_line(styles: dict) -> Paragraph:
    return Paragraph(dotted_text(styles), styles["body"])


def paragraphs(section_text: str, styles: dict) -> list[Paragraph]:
    """Blank lines separate paragraphs; a single line break stays a line break."""
    blocks = [b.strip() for b in BLANK_LINE.split(nfc(section_text or "").replace("\r\n", "\n"))]
    return [Paragraph("<br/>".join(text(line.strip()) for line in b.split("\n")), styles["body"])
            for b in blocks if b]


def grid_table(rows: list[list], widths: list[float], aligns: str, styles: dict, bold_rows: tuple = (),
               extra: list | None = None) -> Table:
    """A boxed table; row 0 is the header (bold, centred, repeated on each page).

    ``aligns`` has one letter per column (L, C, R). A cell that fits on one line is a plain
    string drawn by the table itself; only longer ones become wrapping paragraphs, which
    keeps a report with many tables nearly as fast as a bare table document."""
    bold_rows = {0, *(r % len(rows) for r in bold_rows)}
    paragraph_styles = {("L", False): styles["cell"], ("L", True): styles["cell_bold"],
                        ("C", False): styles["cell_centre"], ("C", True): styles["cell_head"],
                        ("R", False): styles["cell_number"], ("R", True): styles["cell_number_bold"]}
    cells = []
    for r, row in enumerate(rows):
        bold = r in bold_rows
        font = BOLD if bold else REGULAR
        line = []
        for value, width, align in zip(row, widths, aligns if r else "C" * len(widths)):
            value = nfc(str(value))
            fits = "\n" not in value and stringWidth(value, font, CELL_SIZE) <= width - 2 * CELL_PADDING
            line.append(value if fits else Paragraph(text(value), paragraph_styles[align, bold]))
        cells.append(line)
    commands = list(GRID)
    commands += [("ALIGN", (c, 1), (c, -1), {"L": "LEFT", "C": "CENTER", "R": "RIGHT"}[a])
                 for c, a in enumerate(aligns)]
    commands += [("ALIGN", (0, 0), (-1, 0), "CENTER")]
    commands += [("FONTNAME", (0, r), (-1, r), BOLD) for r in sorted(bold_rows)]
    result = Table(cells, colWidths=widths, repeatRows=1)
    result.setStyle(TableStyle(commands + (extra or [])))
    return result


def form_table(table: ft.FigureTable, styles: dict) -> Table:
    """A figures table printed down the page: numbered groups over their indented lines."""
    rows, group_rows = ft.form_rows(table)
    # a group's header row never ends a page without its lines
    keep_groups = [("NOSPLIT", (0, first), (-1, min(first + 2, len(rows) - 1))) for first in group_rows]
    widths = [12 * mm, TEXT_WIDTH - 42 * mm, 30 * mm]
    return grid_table(rows, widths, "CLR", styles, bold_rows=tuple(group_rows), extra=keep_groups)


def activities_matrix(figures: dict, labels: ft.CodeLabels, styles: dict) -> Table:
    widths = [12 * mm, TEXT_WIDTH - 72 * mm, 28 * mm, 32 * mm]
    return grid_table(ft.activity_matrix_rows(figures, labels), widths, "CLRR", styles, bold_rows=(-1,))


def _score(value) -> str:
    return str(value).replace(".", ",")


def assessment_rows(assessment: SelfAssessment) -> list[list]:
    """The self-assessment table (PDF and Word): criteria lettered a, b, c, d, đ, e, g..."""
    rows = [["TT", "Tiêu chí", "Điểm tối đa", "Tự chấm", "Ghi chú"]]
    rows += [[point_letter(n), r.criterion, _score(r.maximum), _score(r.score), r.note]
             for n, r in enumerate(assessment.rows)]
    rows.append(["", "Tổng cộng", _score(assessment.maximum), _score(assessment.total), ""])
    return rows


def assessment_verdict(assessment: SelfAssessment) -> str:
    return (f"Tổng điểm tự chấm: {_score(assessment.total)}/{_score(assessment.maximum)} điểm; "
            f"tự xếp loại: {assessment.rating}.")


def assessment_table(assessment: SelfAssessment, styles: dict) -> list:
    widths = [12 * mm, TEXT_WIDTH - 102 * mm, 22 * mm, 22 * mm, 46 * mm]
    table = grid_table(assessment_rows(assessment), widths, "CLRRL", styles, bold_rows=(-1,))
    return [para(f"Theo {assessment.rubric_name}:", styles["body"]), table, Spacer(1, 4),
            Paragraph(f"<b>{text(assessment_verdict(assessment))}</b>", styles["body"])]


def topic_source_line(note: dict) -> str:
    return f"(Nguồn số liệu: {note.get('source_note', '')})"


def _chart(title: str, items: list[tuple[str, int]]) -> list:
    drawing = bar_chart(title, items, TEXT_WIDTH)
    return [Spacer(1, 4), drawing, Spacer(1, 6)] if drawing is not None else []


def captioned_table(table: ft.FigureTable, styles: dict) -> list:
    """A table of its own inside a subsection (complaint results, denunciation conclusions):
    its title above it, kept on one page with it."""
    return [KeepTogether([para(table.heading, styles["caption"]), form_table(table, styles)])]


def _headed(heading: Paragraph, sentence: Paragraph | None, table) -> list:
    """A short table stays on one page with its heading and sentence; a long one may split
    (its header row repeats), but the heading never ends a page alone."""
    lead = [heading] + ([sentence] if sentence is not None else [])
    _, height = table.wrap(TEXT_WIDTH, PAGE_HEIGHT)
    if height < KEEP_TABLE_HEIGHT:
        return [KeepTogether([*lead, table])]
    return [KeepTogether(lead), table]


def figures_subsections(figures: dict, meta: ReportMeta, labels: ft.CodeLabels, styles: dict) -> list:
    story = []
    tables = {t.key: t for t in ft.all_tables(figures, labels)}

    def subsection(key: str | None, title: str, table, *after):
        heading = para(f"{len(numbered) + 1}. {title}", styles["subheading"])
        numbered.append(title)
        sentence = para(SUMMARIES[key](figures), styles["body"]) if key else None
        story.extend(_headed(heading, sentence, table))
        story.extend(after)

    numbered: list[str] = []
    series = figure_charts(figures, labels)

    def charts(key: str) -> list:
        return [flow for title, items in series.get(key, ()) for flow in _chart(title, items)]

    for key in ("receptions", "petitions", "resolution"):
        results = [flow for k in ft.RESULT_TABLES if k in tables for flow in captioned_table(tables[k], styles)] \
            if key == "resolution" else []
        subsection(key, tables[key].heading, form_table(tables[key], styles), *charts(key), *results)
    subsection("activities", tables["activities"].heading, activities_matrix(figures, labels, styles),
               *charts("activities"))
    for key in ("models", "democracy"):
        subsection(key, tables[key].heading, form_table(tables[key], styles))
    notes = figures.get("topic_notes") if isinstance(figures.get("topic_notes"), dict) else {}
    for table in ft.topic_tables(figures, labels):
        note = notes.get(table.key.split(":", 1)[1]) or {}
        written = paragraphs(str(note.get("text") or ""), styles)
        heading = para(f"{len(numbered) + 1}. {table.title}", styles["subheading"])
        numbered.append(table.title)
        story.extend(_headed(heading, None, form_table(table, styles)))
        story.extend(written or [_dotted_line(styles)])
        if note.get("source_note"):
            story.append(para(topic_source_line(note), styles["window"]))
    if meta.self_assessment is not None:
        intro, table, *after = assessment_table(meta.self_assessment, styles)
        story.extend(_headed(para(f"{len(numbered) + 1}. Tự đánh giá, chấm điểm công tác dân vận chính quyền",
                                  styles["subheading"]), intro, table))
        story.extend(after)
    return story


def build_story(figures: dict, meta: ReportMeta, labels: ft.CodeLabels, styles: dict) -> list:
    story = [header(meta, styles), *title_block(meta, styles, data_window(figures))]
    for n, key in enumerate(SECTION_TITLES):
        story.append(para(f"{ROMAN[n]}. {SECTION_TITLES[key]}", styles["heading"]))
        narrative = paragraphs(meta.section(key), styles)
        story.extend(narrative)
        if key == "ket_qua":
            story.extend(figures_subsections(figures, meta, labels, styles))
        elif not narrative:
            story.append(_dotted_line(styles))
    # The signature never stands alone on the last page: the last paragraph goes with it.
    ending = [story.pop()]
    if getattr(story[-1], "style", None) is styles["heading"]:
        ending.insert(0, story.pop())
    story.append(KeepTogether([*ending, Spacer(1, 8), signature_block(meta, styles)]))
    return story


DRAFT_MARK = "DỰ THẢO"


def draw_draft_mark(canvas) -> None:
    """A light diagonal "DỰ THẢO" across the page, under the text: a report not yet approved."""
    canvas.saveState()
    canvas.setFillColorRGB(0.82, 0.82, 0.82)
    canvas.setFont(BOLD, 96)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(52)
    canvas.drawCentredString(0, -32, DRAFT_MARK)
    canvas.restoreState()


def render_report_pdf(figures: dict, meta: ReportMeta, labels: dict | None, target, draft: bool = False) -> int:
    """Write the report; returns its number of pages. ``draft``: not approved yet, every page
    carries the "DỰ THẢO" mark."""
    styles = make_styles()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=nfc(f"{meta.title} {meta.subtitle}"),
        author=nfc(meta.issuing_body), creator="Dân Vận Desktop", lang="vi-VN", invariant=True,
        initialFontName=REGULAR, initialFontSize=BODY_SIZE)
    pages = []

    def on_page(canvas, document):
        pages.append(canvas.getPageNumber())
        if draft:
            draw_draft_mark(canvas)
        draw_page_number(canvas, document)

    # No frame padding: the text block is exactly the decree's margins, tables included.
    frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, TEXT_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="text")
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
    doc.build(build_story(figures, meta, ft.CodeLabels(labels), styles))
    data = buffer.getvalue()
    if hasattr(target, "write"):
        target.write(data)
    else:
        atomic_write_bytes(Path(target), data, mode=0o644)
    return len(pages)
