"""The one date field of the app: dd/mm/yyyy typed as people type it, or picked from a calendar.

``25/10/2026``, ``25102026``, ``25-10-2026``, ``25.10.26`` and ``5/3/2026`` all give the same
kind of date; ``25/10`` takes the year the field holds. The text is read when the user
leaves the field or presses Enter, and whenever the date is asked for, so a dialog that
saves at once gets what was typed. Text that is no date is not guessed at: leaving the
field puts back the last date and says why in red beside it (tooltip) for a moment.
Replaces ``QDateEdit``, whose sections swallow the slashes typed between them.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QRegularExpression, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QToolTip, QVBoxLayout, QWidget

from .assets import icon

_SEPARATED = re.compile(r"^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})(?:\s*[/.\-\s]\s*(\d{2}|\d{4}))?$")
_RUN = re.compile(r"^(\d{2})(\d{2})(\d{2}|\d{4})?$")


def parse_typed_date(text: str, default_year: int) -> date | None:
    """A date typed as dd/mm/yyyy, d/m/yyyy, dd-mm-yy, ddmmyyyy, ddmmyy or dd/mm (``default_year``)."""
    text = text.strip()
    match = _SEPARATED.match(text) or _RUN.match(text)
    if not match:
        return None
    day, month, year = int(match[1]), int(match[2]), match[3]
    full_year = default_year if year is None else int(year) + (2000 if len(year) == 2 else 0)
    try:
        return date(full_year, month, day)
    except ValueError:
        return None


def name_calendar(calendar: QCalendarWidget, name: str) -> None:
    """Accessible names for a month calendar and the parts Qt leaves unnamed (the day grid,
    the previous and next month arrows), so a screen reader says what they are."""
    calendar.setAccessibleName(name)
    for object_name, part_name in (("qt_calendar_calendarview", name),
                                   ("qt_calendar_prevmonth", calendar.tr("Tháng trước")),
                                   ("qt_calendar_nextmonth", calendar.tr("Tháng sau"))):
        part = calendar.findChild(QWidget, object_name)
        if part is not None:
            part.setAccessibleName(part_name)


class CalendarPopup(QWidget):
    """The month calendar shown under the field; a click or Enter picks the day."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget):
        super().__init__(parent, Qt.WindowType.Popup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        name_calendar(self.calendar, self.tr("Lịch chọn ngày"))
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)

    def _pick(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(day)


class DateField(QLineEdit):
    """A dd/mm/yyyy date; ``date()``/``setDate()``/``dateChanged`` as on ``QDateEdit``."""

    dateChanged = Signal(QDate)

    def __init__(self, value: date | None = None, parent=None):
        super().__init__(parent)
        self._date = value or date.today()
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9/.\- ]{0,10}"), self))
        self.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.setToolTip(self.tr("Gõ ngày dạng 25/10/2026 hoặc 25102026, hoặc chọn trên lịch (Alt+↓)."))
        self.popup: CalendarPopup | None = None
        self.calendar_action = self.addAction(icon("calendar"), QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(self.tr("Chọn ngày trên lịch"))
        for button in self.calendar_action.associatedObjects():
            if button is not self:  # the icon button Qt made for the action: named for screen readers
                button.setAccessibleName(self.tr("Chọn ngày trên lịch"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.editingFinished.connect(self.commit)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 48)  # a date, not a line of text
        self._show()

    # -- the QDateEdit interface the forms use --------------------------------------------

    def date(self) -> QDate:
        self.commit(quiet=True)
        return QDate(self._date)

    def setDate(self, value) -> None:
        day = value.toPython() if isinstance(value, QDate) else value
        changed = day != self._date
        self._date = day
        self._show()
        if changed:
            self.dateChanged.emit(QDate(day))

    # -- typing ---------------------------------------------------------------------------

    def commit(self, quiet: bool = False) -> None:
        """Read the typed text: a date replaces the held one; anything else puts it back."""
        if self.text() == _dmy(self._date):
            return
        typed = parse_typed_date(self.text(), self._date.year)
        if typed is None:
            if not quiet:
                QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), self.tr(
                    "“{text}” không phải ngày hợp lệ (dd/mm/yyyy); giữ ngày {day}.").format(
                    text=self.text(), day=_dmy(self._date)), self)
                self._flash_error()
                self._show()
            return
        self.setDate(typed)

    def _flash_error(self) -> None:
        self.setStyleSheet("border: 1px solid #b00020;")
        QTimer.singleShot(2500, self, lambda: self.setStyleSheet(""))  # not once the field is gone

    def _show(self) -> None:
        with QSignalBlocker(self):
            self.setText(_dmy(self._date))

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        QTimer.singleShot(0, self, self.selectAll)  # typing replaces the date, however reached; not once gone

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.show_calendar()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()  # before a dialog's default button reads the field
        super().keyPressEvent(event)

    def event(self, event) -> bool:
        # Tab never reaches keyPressEvent; the date is shown as read when the officer moves on,
        # even where the window manager sends no focus change.
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.commit()
        return super().event(event)

    # -- the calendar ---------------------------------------------------------------------

    def show_calendar(self) -> None:
        self.commit(quiet=True)
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.picked.connect(self.setDate)
        self.popup.calendar.setSelectedDate(QDate(self._date))
        self.popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.popup.show()
        self.popup.calendar.setFocus()


def _dmy(day: date) -> str:
    return f"{day:%d/%m/%Y}"
