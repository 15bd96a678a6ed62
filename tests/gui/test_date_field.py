"""The shared date field, typed key by key as people type dates, and picked on the calendar."""

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

from danvan_desktop.gui.date_field import DateField, parse_typed_date
from danvan_desktop.gui.widgets import date_edit

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def field(qtbot):
    """A date field holding 01/12/2026 beside another field, in an active window."""
    window = QWidget()
    layout = QVBoxLayout(window)
    other, edit = QLineEdit(), date_edit(date(2026, 12, 1))
    layout.addWidget(other)
    layout.addWidget(edit)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield edit  # the window lives until the test ends


def type_date(qtbot, field, text):
    """Click into the field (the date is selected, so typing replaces it), type, press Tab."""
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: field.selectedText() == field.text())
    for char in text:
        qtbot.keyClick(field, char)
    assert field.text() == text  # shown as typed until the field is left
    qtbot.keyClick(field, Qt.Key.Key_Tab)


@pytest.mark.parametrize("typed", ["25/10/2026", "25102026", "25-10-2026", "25.10.26", "25/10"])
def test_typed_dates(qtbot, field, typed):
    changes = []
    field.dateChanged.connect(changes.append)
    type_date(qtbot, field, typed)
    assert field.date() == QDate(2026, 10, 25) and field.text() == "25/10/2026"
    assert changes == [QDate(2026, 10, 25)] and not field.hasFocus()


def test_single_digits_and_enter(qtbot, field):
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: field.selectedText() == field.text())
    for char in "5/3/2026":
        qtbot.keyClick(field, char)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == "05/03/2026" and field.date().toPython() == date(2026, 3, 5)


def test_letters_are_not_taken_and_a_non_date_is_put_back(qtbot, field):
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: field.selectedText() == field.text())
    for char in "3x2/13/2026":
        qtbot.keyClick(field, char)
    assert field.text() == "32/13/2026"  # the letter was refused by the field
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.text() == "01/12/2026" and field.date() == QDate(2026, 12, 1)
    assert "#b00020" in field.styleSheet()  # the field says it did not take the text


def test_the_date_is_read_without_leaving_the_field(qtbot, field):
    """A dialog saved with Enter reads the field while the cursor is still in it."""
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: field.selectedText() == field.text())
    for char in "14112026":
        qtbot.keyClick(field, char)
    assert field.date().toPython() == date(2026, 11, 14) and field.text() == "14/11/2026"


def test_picking_from_the_calendar(qtbot, field):
    field.calendar_action.trigger()
    calendar = field.popup.calendar
    assert field.popup.isVisible() and calendar.selectedDate() == QDate(2026, 12, 1)
    days = calendar.findChild(QTableView)  # the month grid, where the keys go
    qtbot.keyClick(days, Qt.Key.Key_Left)  # 30/11
    qtbot.keyClick(days, Qt.Key.Key_Up)  # a week earlier: 23/11
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert not field.popup.isVisible()
    assert field.text() == "23/11/2026" and field.date() == QDate(2026, 11, 23)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # the keyboard way to the calendar
    assert field.popup.isVisible() and field.popup.calendar.selectedDate() == QDate(2026, 11, 23)


def test_set_date_takes_python_and_qt_dates(qtbot):
    edit = DateField(date(2026, 1, 2))
    qtbot.addWidget(edit)
    assert edit.text() == "02/01/2026"
    edit.setDate(QDate(2026, 4, 30))
    assert edit.text() == "30/04/2026"
    edit.setDate(date(2025, 12, 15))
    assert edit.date().toPython() == date(2025, 12, 15)


def test_parse_typed_date():
    assert parse_typed_date("25/10/2026", 2000) == date(2026, 10, 25)
    assert parse_typed_date(" 25 10 2026 ", 2000) == date(2026, 10, 25)
    assert parse_typed_date("251026", 2000) == date(2026, 10, 25)
    assert parse_typed_date("29/02/2027", 2000) is None
    assert parse_typed_date("2/2", 2027) == date(2027, 2, 2)
    assert parse_typed_date("2026-10-25", 2000) is None  # not a way dates are typed here
    assert parse_typed_date("", 2026) is None


def test_every_date_field_is_the_shared_one():
    gui = ROOT / "danvan_desktop" / "gui"
    plain = [str(p.relative_to(ROOT)) for p in gui.rglob("*.py")
             if p.name != "date_field.py" and re.search(r"\bQDate(Time)?Edit\b", p.read_text())]
    assert plain == []
    assert [p.name for p in (ROOT / "ui").glob("*.ui") if re.search(r'class="QDate(Time)?Edit"', p.read_text())] == []
