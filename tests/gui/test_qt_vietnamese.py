"""Qt's own words in Vietnamese (issue 11): the project's qtbase_vi, compiled from
resources/translations/qtbase_vi.ts, makes confirmations read "Có / Không" and the
right-click menus, the file and print dialogs speak Vietnamese."""

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox, QPlainTextEdit, QWizard

from danvan_desktop.gui import app as app_module
from danvan_desktop.paths import resource

TS = resource("translations", "qtbase_vi.ts")


@pytest.fixture
def vietnamese(qapp, monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_US")))  # even on an English PC
    before = set(qapp.findChildren(app_module.QTranslator))
    app_module._install_translations(qapp)
    added = [t for t in qapp.findChildren(app_module.QTranslator) if t not in before]
    assert added, "qtbase_vi.qm not loaded: scripts/compile_translations.sh compiles it"
    yield
    for translator in added:
        qapp.removeTranslator(translator)
        translator.deleteLater()


def test_every_message_translated_and_compiled():
    root = ET.parse(TS).getroot()
    messages = root.findall(".//message")
    assert len(messages) > 250
    assert all(m.find("translation").get("type") is None and m.find("translation").text for m in messages)
    qm = TS.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_mtime >= TS.stat().st_mtime, "the .qm is older than its .ts"


def test_confirmation_reads_co_khong(qtbot, vietnamese):
    box = QMessageBox(QMessageBox.Icon.Question, "Xác nhận", "Xóa?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Có"
    assert box.button(QMessageBox.StandardButton.No).text().replace("&", "") == "Không"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(buttons)
    texts = {buttons.button(b).text().replace("&", "") for b in (
        QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel,
        QDialogButtonBox.StandardButton.Close, QDialogButtonBox.StandardButton.Save)}
    assert texts == {"Đồng ý", "Hủy", "Đóng", "Lưu"}
    wizard = QWizard()
    qtbot.addWidget(wizard)
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Hủy"


def test_right_click_menus(qtbot, vietnamese):
    for widget in (QLineEdit(), QPlainTextEdit()):
        qtbot.addWidget(widget)
        menu = widget.createStandardContextMenu()
        texts = [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()]
        assert {"Hoàn tác", "Cắt", "Sao chép", "Dán", "Chọn tất cả"} <= set(texts), texts
        assert not {"Copy", "Paste", "Select All"} & set(texts)


def test_file_and_print_dialogs(qtbot, vietnamese):
    dialog = QFileDialog(None, "Chọn tệp")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Tìm trong:"  # Qt 6.12 wording
    assert dialog.labelText(QFileDialog.DialogLabel.Accept).replace("&", "") == "Mở"
    assert dialog.labelText(QFileDialog.DialogLabel.FileName).replace("&", "") == "Tên tệp:"
    assert dialog.labelText(QFileDialog.DialogLabel.Reject) == "Hủy"
    printer = QPrinter()
    print_dialog = QPrintDialog(printer)
    qtbot.addWidget(print_dialog)
    assert print_dialog.windowTitle() == "In"
