"""The frame of an administrative document under Nghị định 30/2020/NĐ-CP, in reportlab.

Page geometry and type sizes, the header (issuing body and national name side by side,
each with its short rule; number and date line below), the title block, "Nơi nhận" beside
the signature block, and page numbers centred in the top margin from page 2. Every string
passes through NFC here: decomposed tone marks would print as loose accents.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ..domain.report_document import ReportMeta
from ..text import nfc
from .pdf_fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 20 * mm, 20 * mm, 30 * mm, 15 * mm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
BODY_SIZE = 14
# Header columns: the issuing body on the left, the national name on the right (about 2:3).
HEADER_LEFT = 68 * mm
HEADER_RIGHT = TEXT_WIDTH - HEADER_LEFT
RULE = 0.6


def text(value) -> str:
    """NFC and escaped for reportlab's paragraph markup."""
    return escape(nfc(str(value)))


def _style(name: str, font: str = REGULAR, size: float = BODY_SIZE, align=TA_JUSTIFY, **extra) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=extra.pop("leading", size * 1.25),
                          alignment=align, **extra)


def make_styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    return {
        "body": _style("body", firstLineIndent=10 * mm, spaceAfter=6),
        "heading": _style("heading", BOLD, spaceBefore=6, spaceAfter=4, align=TA_LEFT, keepWithNext=1),
        "caption": _style("caption", BOLD, 13, TA_CENTER, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "subheading": _style("subheading", BOLD, spaceBefore=4, spaceAfter=3, align=TA_JUSTIFY,
                             firstLineIndent=10 * mm, keepWithNext=1),
        "title": _style("title", BOLD, 14, TA_CENTER, spaceBefore=14),
        "subtitle": _style("subtitle", BOLD, 14, TA_CENTER),
        "window": _style("window", ITALIC, 13, TA_CENTER, spaceBefore=2),
        "head_regular": _style("head_regular", REGULAR, 13, TA_CENTER, leading=15.5),
        "head_bold": _style("head_bold", BOLD, 13, TA_CENTER, leading=15.5),
        "nation": _style("nation", BOLD, 12, TA_CENTER, leading=15.5),
        "motto": _style("motto", BOLD, 13, TA_CENTER, leading=15.5),
        "number": _style("number", REGULAR, 13, TA_CENTER),
        "dateline": _style("dateline", ITALIC, 14, TA_CENTER),
        "cell": _style("cell", REGULAR, 12, TA_LEFT, leading=14),
        "cell_bold": _style("cell_bold", BOLD, 12, TA_LEFT, leading=14),
        "cell_head": _style("cell_head", BOLD, 12, TA_CENTER, leading=14),
        "cell_centre": _style("cell_centre", REGULAR, 12, TA_CENTER, leading=14),
        "cell_number": _style("cell_number", REGULAR, 12, TA_RIGHT, leading=14),
        "cell_number_bold": _style("cell_number_bold", BOLD, 12, TA_RIGHT, leading=14),
        "recipients_head": _style("recipients_head", BOLD_ITALIC, 12, TA_LEFT, leading=14),
        "recipient": _style("recipient", REGULAR, 11, TA_LEFT, leading=13),
        "signer": _style("signer", BOLD, 14, TA_CENTER, leading=17),
    }


def para(value, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text(value), style)


class CentredRule(Flowable):
    """A short rule centred in the space it is given, ``gap`` points below the line above.

    Drawn by hand because a table cell ignores an HRFlowable's alignment and spacing."""

    def __init__(self, width: float, gap: float = 4):
        super().__init__()
        self.rule_width, self.gap = width, gap

    def wrap(self, avail_width, avail_height):
        self.avail_width = avail_width
        return avail_width, self.gap + RULE

    def draw(self):
        left = (self.avail_width - self.rule_width) / 2
        self.canv.setLineWidth(RULE)
        self.canv.line(left, RULE / 2, left + self.rule_width, RULE / 2)


def _rule(width: float, gap: float = 4) -> CentredRule:
    return CentredRule(width, gap)


def issuing_lines(issuing_body: str) -> list[str]:
    """"ỦY BAN NHÂN DÂN" on its own line over the unit's name, as communes print it;
    a line break typed by the user wins."""
    body = nfc(issuing_body).upper().strip()
    if "\n" in body:
        return [line.strip() for line in body.split("\n") if line.strip()]
    prefix = "ỦY BAN NHÂN DÂN "
    if body.startswith(prefix) and len(body) > len(prefix):
        return [prefix.strip(), body[len(prefix):].strip()]
    return [body]


def date_line(meta: ReportMeta) -> str:
    """"Lâm Bình, ngày 05 tháng 02 năm 2026": ND30 writes days below 10 and months below 3 with a zero."""
    d = meta.signed_on
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"{meta.place}, ngày {d.day:02d} tháng {month} năm {d.year}"


def number_line(number: str) -> str:
    """"Số: 15/BC-UBND"; the blanks of a draft number ("     /BC-UBND") are kept as
    no-break spaces, since a paragraph would squeeze them into one and leave no room to write."""
    number = number if number.strip().startswith("Số") else f"Số: {number}"
    head, _, rest = number.partition(":")
    return f"{head}:" + rest.replace(" ", "\u00a0") if rest else number


def header(meta: ReportMeta, styles: dict) -> Table:
    left = []
    if meta.parent_body.strip():
        left.append(para(meta.parent_body.upper(), styles["head_regular"]))
    bold_lines = issuing_lines(meta.issuing_body)
    left.append(Paragraph("<br/>".join(text(line) for line in bold_lines), styles["head_bold"]))
    left.append(_rule(min(HEADER_LEFT * 0.45, max(stringWidth(line, BOLD, 13) for line in bold_lines) * 0.6)))
    nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    motto = "Độc lập - Tự do - Hạnh phúc"
    right = [para(nation, styles["nation"]), para(motto, styles["motto"]),
             _rule(stringWidth(motto, BOLD, styles["motto"].fontSize))]
    number = number_line(meta.number)
    table = Table([[left, right], [para(number, styles["number"]), para(date_line(meta), styles["dateline"])]],
                  colWidths=[HEADER_LEFT, HEADER_RIGHT], hAlign="CENTER")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, 0), 6),
    ]))
    return table


def title_block(meta: ReportMeta, styles: dict, window: str = "") -> list:
    block = [para(meta.title.upper(), styles["title"]), para(meta.subtitle, styles["subtitle"]), _rule(40 * mm, 5)]
    if window:
        block.append(para(window, styles["window"]))
    block.append(Spacer(1, 8))
    return block


def signature_block(meta: ReportMeta, styles: dict) -> Table:
    """"Nơi nhận" on the left, the signer on the right, kept on one page."""
    recipients = [Paragraph(f"<i><b>{text('Nơi nhận:')}</b></i>", styles["recipients_head"])]
    recipients += [para(f"- {line}", styles["recipient"]) for line in meta.recipients]
    signer = [para(line.upper(), styles["signer"]) for line in meta.signer.title_lines()]
    signer += [Spacer(1, 28 * mm), para(meta.signer.name, styles["signer"])]
    left_width = TEXT_WIDTH * 0.45
    table = Table([[recipients, signer]], colWidths=[left_width, TEXT_WIDTH - left_width])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    table.keepWithNext = False
    return table


def draw_page_number(canvas, doc) -> None:
    """Centred in the top margin, from the second page on (ND30, Phụ lục I)."""
    page = canvas.getPageNumber()
    if page < 2:
        return
    canvas.saveState()
    canvas.setFont(REGULAR, 13)
    canvas.drawCentredString(MARGIN_LEFT + TEXT_WIDTH / 2, PAGE_HEIGHT - MARGIN_TOP + 6 * mm, str(page))
    canvas.restoreState()
