"""Small widget helpers shared by the record dialogs: dd/mm/yyyy dates, coded choices,
the red error line and the Save/Cancel buttons."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QLabel,
    QTableView, QTableWidget, QTableWidgetItem, QWidget,
)

from ..collation import sort_key
from .choice_box import ChoiceBox
from .date_field import DateField



def dmy(iso: str | None) -> str:
    """A stored ISO date or timestamp as dd/mm/yyyy ("" when empty)."""
    if not iso:
        return ""
    return f"{(datetime.fromisoformat(iso).date() if 'T' in iso else date.fromisoformat(iso)):%d/%m/%Y}"


def dmy_hm(value: str | None) -> str:
    """An ISO date as dd/mm/yyyy, a timestamp as dd/mm/yyyy hh:mm in local time."""
    if not value:
        return ""
    if len(value) == 10:
        return dmy(value)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{moment:%d/%m/%Y %H:%M}"


def date_edit(value: date | None = None) -> DateField:
    """Every date field of the app: typed as 25/10/2026 or 25102026, or picked on a calendar."""
    return DateField(value or date.today())


def combo(choices: dict) -> ChoiceBox:
    """A combo box showing labels and holding codes (``currentData()``)."""
    box = ChoiceBox()
    box.add_choices(choices)
    return box


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    return label


def save_cancel(dialog: QDialog, on_save: Callable[[], None], save_text: str | None = None) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(
        save_text or QCoreApplication.translate("Dialogs", "&Lưu"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("Dialogs", "Hủy"))
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def tab_after(anchor: QWidget, widgets) -> None:
    """Put ``widgets`` in the Tab order right after ``anchor``, in the order given (their
    order on screen); a panel given stands for the fields inside it, in their own order.
    Fields built once the window stands (a period's sections, a rubric's scores) or a panel
    made before its neighbours otherwise come where Qt put them, often after the last button."""
    previous = anchor
    for widget in widgets:
        for field in _focus_fields(widget):
            QWidget.setTabOrder(previous, field)
            previous = field


def _focus_fields(widget: QWidget) -> list[QWidget]:
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return [widget]
    fields, current = [], widget.nextInFocusChain()
    while widget.isAncestorOf(current) and current not in fields:
        if current.focusPolicy() & Qt.FocusPolicy.TabFocus:
            fields.append(current)
        current = current.nextInFocusChain()
    return fields


def read_only_view(table: QTableView) -> QTableView:
    """The register look for a model-based table: whole rows, nothing edited in place, last column stretched."""
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # arrows move between rows; Tab goes on to the next field
    return table


def sortable(table: QTableView) -> QTableView:
    """A header click sorts (ascending, then descending; the indicator shown); the indicator
    starts on the first column, the date, newest first: the register's own order."""
    table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    table.setSortingEnabled(True)
    return table


SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # what a sortable table widget's cell sorts by


class SortItem(QTableWidgetItem):
    """A table widget cell that sorts by ``SORT_ROLE`` (a date's ISO text, a number, a
    Vietnamese sort key) instead of its displayed text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None or type(mine) is not type(theirs):
            return super().__lt__(other)
        return mine < theirs


def sort_item(text, value=None) -> SortItem:
    """A cell showing ``text``, sorted by ``value``: numbers by value, text in Vietnamese order."""
    item = SortItem(str(text))
    if value is None:
        value = text if isinstance(text, int) else sort_key(str(text))
    item.setData(SORT_ROLE, value)
    return item


def read_only_table(headers: list[str]) -> QTableWidget:
    """A small register table: rows selected whole, nothing edited in place, last column stretched."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)  # arrows move between rows; Tab goes on to the next field
    return table


WIDEST_COLUMN = 280
NARROWEST_SHRUNK = 90
LAST_COLUMN_SHARE = 0.25


def fit_columns(table: QTableView, widest: int = WIDEST_COLUMN) -> None:
    """Size the columns to their text, none wider than ``widest``, and, once the table is on
    screen, narrow the widest ones until the last column (which stretches) keeps a quarter of
    the width; cut text stays readable in a tooltip and in the record's detail."""
    last = table.model().columnCount() - 1
    widths = []
    for column in range(last):
        table.resizeColumnToContents(column)
        widths.append(min(table.columnWidth(column), widest))
    budget = table.viewport().width() * (1 - LAST_COLUMN_SHARE) if table.isVisible() else None
    while budget and sum(widths) > budget and max(widths) > NARROWEST_SHRUNK:
        widths[widths.index(max(widths))] -= 10
    has_items = isinstance(table, QTableWidget)  # a lazy model gives its own tooltips
    for column, width in enumerate(widths):
        if has_items and width < table.columnWidth(column):
            for row in range(table.model().rowCount()):
                item = table.item(row, column)
                if item is not None:
                    item.setToolTip(item.text())
        table.setColumnWidth(column, width)
    table.horizontalHeader().setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)


def id_item(text: str, record_id: int, sort_value=None) -> QTableWidgetItem:
    """A register row's first cell, holding the record's id for opening its detail."""
    item = sort_item(text, sort_value)
    item.setData(Qt.ItemDataRole.UserRole, record_id)
    return item


class _RowOpener(QObject):
    """Enter or Return on a register table opens the current row (the table keeps this filter)."""

    def __init__(self, table: QTableView, open_row: Callable[[int], None]):
        super().__init__(table)
        self.table, self.open_row = table, open_row
        table.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.table.currentIndex().isValid():
                self.open_row(self.table.currentIndex().row())
                return True
        return False


def open_rows_with(table: QTableView, open_record: Callable[[int], None]) -> None:
    """Double-click or Enter on a row calls ``open_record(id)`` with the id its first cell holds
    (``id_item`` in a table widget, the UserRole of a model)."""
    def open_row(row: int) -> None:
        record_id = table.model().index(row, 0).data(Qt.ItemDataRole.UserRole)
        if record_id is not None:
            open_record(record_id)

    table.doubleClicked.connect(lambda index: open_row(index.row()))
    _RowOpener(table, open_row)


def ask_xlsx_path(parent: QWidget, title: str, suggested_name: str) -> str | None:
    """Where to save a spreadsheet; ``.xlsx`` added when the user left it out."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested_name,
                                          QCoreApplication.translate("Dialogs", "Bảng tính (*.xlsx)"))
    if not path:
        return None
    return path if path.lower().endswith(".xlsx") else path + ".xlsx"
