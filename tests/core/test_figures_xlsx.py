"""The figures workbook read back with openpyxl (and, where installed, converted by LibreOffice)."""

import io
import os
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from danvan_desktop.documents.figures_xlsx import write_figures_xlsx

from .report_samples import FIGURES, labels

SHEETS = ["Tiếp công dân", "Xử lý đơn", "Giải quyết KN-TC", "Kết quả GQ khiếu nại", "Kết luận nội dung tố cáo",
          "Hoạt động", "Mô hình", "Dân chủ cơ sở"]


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    path = tmp_path_factory.mktemp("xlsx") / "so-lieu.xlsx"
    write_figures_xlsx(FIGURES, labels(), path)
    return path, load_workbook(path)


def header_values(sheet) -> dict[str, int]:
    """Column label (group: label) -> the unit's figure, as a reader of the form sees it."""
    values, group = {}, ""
    for column in range(2, sheet.max_column + 1):
        top = sheet.cell(6, column).value
        group = top if top is not None else group
        label = sheet.cell(7, column).value
        if label or top:
            values[f"{group}|{label}" if label else top] = sheet.cell(9, column).value
    return values


def test_sheets_and_title_block(book):
    _, workbook = book
    assert workbook.sheetnames == SHEETS
    sheet = workbook["Tiếp công dân"]
    assert sheet["A1"].value == "Xã Lâm Bình, Tỉnh Tuyên Quang"
    assert sheet["A2"].value == "BIỂU TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN" and sheet["A2"].font.b
    assert sheet["A3"].value == "Kỳ báo cáo: 6 tháng đầu năm 2026, từ ngày 15/12/2025 đến ngày 14/06/2026"


def test_form_headers_numbers_and_figures(book):
    _, workbook = book
    sheet = workbook["Tiếp công dân"]
    assert sheet["A6"].value == "Đơn vị" and "A6:A7" in {str(r) for r in sheet.merged_cells.ranges}
    assert [sheet.cell(8, c).value for c in range(1, 5)] == ["(1)", "(2)", "(3)", "(4)"]
    assert sheet["A9"].value == "Xã Lâm Bình"
    values = header_values(sheet)
    assert values["Số buổi tiếp|Tổng số"] == 31 and values["Số người được tiếp|Lượt"] == 87
    assert values["Đoàn đông người|Số người"] == 23
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert "B6:D6" in merged  # "Số buổi tiếp" over its three columns

    petitions = header_values(workbook["Xử lý đơn"])
    assert petitions["Tiếp nhận|Tổng số đơn"] == 1243
    assert petitions["Phân loại theo nội dung|Khiếu nại"] == 217
    assert petitions["Theo lĩnh vực|Đất đai"] == 611  # rule-data label
    resolution = header_values(workbook["Giải quyết KN-TC"])
    assert resolution["Thụ lý, giải quyết|Thụ lý"] == 233 and not any("Kết" in k for k in resolution)
    complaints = workbook["Kết quả GQ khiếu nại"]  # a sheet of its own, with its own title and header
    assert complaints["A2"].value == "BIỂU TỔNG HỢP KẾT QUẢ GIẢI QUYẾT KHIẾU NẠI (VỤ VIỆC)"
    assert header_values(complaints) == {"Khiếu nại đúng": 21, "Khiếu nại sai": 99, "Khiếu nại đúng một phần": 37}
    denunciations = workbook["Kết luận nội dung tố cáo"]
    assert denunciations["A2"].value == "BIỂU TỔNG HỢP KẾT LUẬN NỘI DUNG TỐ CÁO (VỤ VIỆC)"
    assert header_values(denunciations) == {"Tố cáo đúng": 5, "Tố cáo sai": 20, "Tố cáo có đúng, có sai": 3}
    activities = header_values(workbook["Hoạt động"])
    assert activities["Tổng số|Người tham dự"] == 9874
    assert activities["Tuyên truyền, phổ biến, quán triệt|Số cuộc"] == 58
    democracy = header_values(workbook["Dân chủ cơ sở"])
    assert democracy["Số nội dung|Công khai (dân biết)"] == 47


def test_cells_are_boxed_and_integers(book):
    _, workbook = book
    for sheet in workbook:
        last = max(c for c in range(1, sheet.max_column + 1) if sheet.cell(8, c).value)
        for column in range(1, last + 1):
            assert sheet.cell(6, column).border.top.style == "thin", (sheet.title, column)
            for row in (7, 8, 9):  # merged headers are boxed on their outer edges
                assert sheet.cell(row, column).border.bottom.style == "thin", (sheet.title, row, column)
            for side in ("left", "right", "top", "bottom"):
                assert getattr(sheet.cell(9, column).border, side).style == "thin"
            if column > 1:
                assert isinstance(sheet.cell(9, column).value, int)
        for row in (6, 7, 8, 9):
            assert sheet.cell(row, 1).border.left.style == sheet.cell(row, last).border.right.style == "thin"


def test_file_object_and_atomic_path(tmp_path):
    buffer = io.BytesIO()
    write_figures_xlsx({"format": 1}, None, buffer)
    # figures of format 1 have no split results: no sheets for them
    assert load_workbook(io.BytesIO(buffer.getvalue())).sheetnames == [
        s for s in SHEETS if s not in ("Kết quả GQ khiếu nại", "Kết luận nội dung tố cáo")]
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "a.xlsx").write_bytes(b"old")
    write_figures_xlsx(FIGURES, labels(), folder / "a.xlsx")
    assert [p.name for p in folder.iterdir()] == ["a.xlsx"]
    assert load_workbook(folder / "a.xlsx")["Mô hình"]["A9"].value == "Xã Lâm Bình"


@pytest.mark.skipif(shutil.which("soffice") is None and os.environ.get("CI") != "true",
                    reason="LibreOffice not installed (scripts/install-system-deps.sh test installs it; CI must have it)")
def test_libreoffice_opens_it(book, tmp_path):
    """An independent reader: LibreOffice opens the workbook and reads the same figures
    (CSV written as UTF-8: filter options 44 comma, 34 quote, 76 UTF-8)."""
    path, _ = book
    done = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
                           "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path),
                           str(path)], capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    csv = (tmp_path / "so-lieu.csv").read_text("utf-8", errors="replace")
    assert "Xã Lâm Bình" in csv and "31" in csv


def test_sheets_print_legibly(book):
    _, workbook = book
    for sheet in workbook.worksheets:
        setup = sheet.page_setup
        assert setup.orientation == "landscape" and int(setup.paperSize) == int(sheet.PAPERSIZE_A4)
        assert sheet.sheet_properties.pageSetUpPr.fitToPage and setup.fitToWidth == 1 and setup.fitToHeight == 0
        assert sheet.print_title_rows == "$6:$8"  # group headers, labels and column numbers on every page
