"""Report PDF throughput: pages per second of ``render_report_pdf`` against a bare reportlab
table document of the same page count, measured in the same run.

    .venv/bin/python benchmarks/bench_report_pdf.py [--runs 10]

The report is the hand-written sample of the tests (figures, long narrative, charts,
self-assessment). The baseline is one long ``Table`` of plain strings in the same embedded
Liberation Serif on the same A4 frame (the decree asks for an embedded Times-like font, so
font subsetting is common to both and not counted as our overhead). A second baseline in
the built-in Helvetica is printed for information. Goal: ratio ≥ 0.8.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle  # noqa: E402

from danvan_desktop.documents.pdf_fonts import REGULAR, register_fonts  # noqa: E402
from danvan_desktop.documents.report_pdf import render_report_pdf  # noqa: E402
from tests.core.report_samples import FIGURES, labels, sample_meta  # noqa: E402



def bare_table_pdf(rows: int, font: str) -> int:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=30 * mm, rightMargin=15 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm)
    rows = [[str(i), f"Nội dung dòng số {i} của bảng số liệu", f"{i * 7:,}".replace(",", ".")]
            for i in range(rows)]
    table = Table(rows, colWidths=[15 * mm, 120 * mm, 30 * mm], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONTNAME", (0, 0), (-1, -1), font),
                               ("FONTSIZE", (0, 0), (-1, -1), 12), ("ALIGN", (2, 0), (2, -1), "RIGHT")]))
    doc.build([table])
    return doc.page


def rows_for(pages: int) -> int:
    """The most table rows that still fit on ``pages`` pages, so both documents are as long."""
    rows = 10
    while bare_table_pdf(rows * 2, REGULAR) <= pages:
        rows *= 2
    step = rows // 2
    while step:
        if bare_table_pdf(rows + step, REGULAR) <= pages:
            rows += step
        step //= 2
    return rows


def timed(render) -> float:
    start = time.perf_counter()
    render()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    register_fonts()
    meta, names = sample_meta(), labels()

    def ours():
        return render_report_pdf(FIGURES, meta, names, io.BytesIO())

    pages = ours()  # also the warm-up
    rows = rows_for(pages)
    baseline_pages = bare_table_pdf(rows, REGULAR)
    candidates = {"ours": ours, "bare": lambda: bare_table_pdf(rows, REGULAR),
                  "helvetica": lambda: bare_table_pdf(rows, "Helvetica")}
    # Interleaved, so that a busy moment of the machine hits all three alike; the fastest
    # run of each is the least disturbed one.
    times = {name: [] for name in candidates}
    for _ in range(args.runs):
        for name, render in candidates.items():
            times[name].append(timed(render))
    best = {name: min(t) for name, t in times.items()}
    median = {name: statistics.median(t) for name, t in times.items()}
    print(f"report PDF: {pages} pages, {pages / best['ours']:.1f} pages/s (median {pages / median['ours']:.1f})")
    print(f"bare table, Liberation Serif embedded: {baseline_pages} pages ({rows} rows), "
          f"{baseline_pages / best['bare']:.1f} pages/s (median {baseline_pages / median['bare']:.1f})")
    print(f"bare table, Helvetica (not embedded, for information): {baseline_pages / best['helvetica']:.1f} pages/s")
    ratio = (pages / best["ours"]) / (baseline_pages / best["bare"])
    ratio_median = (pages / median["ours"]) / (baseline_pages / median["bare"])
    print(f"ratio: {ratio:.2f}x best runs, {ratio_median:.2f}x medians (goal >= 0.8x)")


if __name__ == "__main__":
    main()
