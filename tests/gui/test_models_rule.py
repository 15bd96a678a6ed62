"""The "Dân vận khéo" page and the report judge the 1–2 models by one rule: a model only
registered does not count until it is carried out. Xã Lâm Bình's directive sets no
minimum, so both show the 1–2 models as a suggestion (CV 3053 of Quảng Ngãi sets one)."""

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from danvan_desktop.gui.pages.models_page import ModelDialog, ModelsPage
from danvan_desktop.gui.pages.reports_page import ReportsPage
from danvan_desktop.gui.runner import Runner
from tests.gui.helpers import type_text, when_modal

TODAY = date(2026, 11, 22)


def add_model_through_dialog(qtbot, page, name, status_label):
    def fill(dialog):
        type_text(dialog.name, name)
        type_text(dialog.owner, "Hội Nông dân xã")
        dialog.status.setCurrentIndex(dialog.status.findText(status_label))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    handled = when_modal(fill, ModelDialog)
    next(b for b in page.findChildren(QPushButton) if b.text() == "&Thêm mô hình…").click()
    assert handled and handled[0].model_id is not None


def report_verdict(qtbot, session):
    page = ReportsPage(session, Runner(), today=TODAY)
    qtbot.addWidget(page)
    page.period_box.setCurrentIndex(page.period_box.findData("2026"))
    qtbot.waitUntil(lambda: page.figures is not None and page.figures["period"]["id"] == "2026", timeout=10000)
    page.runner.wait_idle()
    return dict(page.figure_items())["Có mô hình (gợi ý 1–2 mô hình)"]


def test_page_and_report_agree(qtbot, admin_session):
    page = ModelsPage(admin_session, today=TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert "Gợi ý: xây dựng 1–2 mô hình" in page.verdict.text() and report_verdict(qtbot, admin_session) == "Chưa có"
    add_model_through_dialog(qtbot, page, "Chung sức xây dựng nông thôn mới", "Đăng ký")
    # Registered only: neither the page nor the report counts it yet.
    assert "Gợi ý: xây dựng 1–2 mô hình" in page.verdict.text() and report_verdict(qtbot, admin_session) == "Chưa có"
    add_model_through_dialog(qtbot, page, "Dân vận khéo trong dồn điền đổi thửa", "Triển khai")
    assert "Có 1 mô hình đang thực hiện" in page.verdict.text() and report_verdict(qtbot, admin_session) == "Đạt"
