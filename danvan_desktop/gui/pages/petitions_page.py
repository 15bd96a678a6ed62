"""Đơn thư: the register with filters, accent-insensitive search, entry, detail, export."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from ...domain.petitions import KINDS
from ...services import petitions as petition_service
from ...services.changes import PETITIONS, Changes
from ...services.petition_export import export_xlsx
from ...services.session import Session
from ..models.petition_table_model import PetitionTableModel
from ..edit_button import EditButton
from ..petition_detail_dialog import PetitionDetailDialog
from ..petition_form_dialog import PetitionFormDialog
from ..widgets import combo, date_edit
from ..runner import Runner

NUMBER_COLUMN, RECEIVED_COLUMN, DUE_COLUMN = 0, 1, 6  # of PetitionTableModel.COLUMNS, in SORT_COLUMNS order
COUNT_CAP = PetitionTableModel.FIRST_KEYS - 1  # "Hơn 1.000 đơn": the list itself is lazy
STATES = {
    "": QT_TRANSLATE_NOOP("PetitionsPage", "Mọi tình trạng"),
    "overdue": QT_TRANSLATE_NOOP("PetitionsPage", "Quá hạn"),
    "due_soon": QT_TRANSLATE_NOOP("PetitionsPage", "Sắp đến hạn"),
    "on_time": QT_TRANSLATE_NOOP("PetitionsPage", "Trong hạn"),
    "closed": QT_TRANSLATE_NOOP("PetitionsPage", "Đã xong"),
}


class PetitionsPage(QWidget):

    def __init__(self, session: Session, runner: Runner, parent=None, today: date | None = None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.today = today or date.today()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm (không cần dấu): tên, nội dung, địa chỉ… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.kind = combo({"": self.tr("Mọi loại đơn"), **KINDS})
        self.state = combo({k: self.tr(v) for k, v in STATES.items()})
        self.field = combo({"": self.tr("Mọi lĩnh vực"), **petition_service.petition_fields()})
        self.use_period = QCheckBox(self.tr("Nhận từ"))
        self.start = date_edit(date(self.today.year, 1, 1))
        self.end = date_edit(self.today)
        self.once = QCheckBox(self.tr("Gộp đơn trùng"))
        self.count = QLabel()
        for widget, name in ((self.search, self.tr("Tìm đơn")), (self.kind, self.tr("Loại đơn")),
                             (self.state, self.tr("Tình trạng")), (self.field, self.tr("Lĩnh vực")),
                             (self.start, self.tr("Nhận từ ngày")), (self.end, self.tr("Đến ngày"))):
            widget.setAccessibleName(name)
        add = QPushButton(self.tr("&Thêm đơn…"))
        add.setShortcut(QKeySequence("Ctrl+N"))
        add.clicked.connect(self.add_petition)
        export = QPushButton(self.tr("&Xuất Excel…"))
        export.clicked.connect(self.export)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for widget in (self.kind, self.state, self.field):
            filters.addWidget(widget)
        period = QHBoxLayout()  # a row of its own: one row would not fit a 1366x768 screen at 125%
        for widget in (self.use_period, self.start, QLabel(self.tr("đến")), self.end, self.once):
            period.addWidget(widget)
        period.addStretch(1)
        self.table = QTableView()
        self.model = PetitionTableModel(session, self._query())
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Sổ đơn thư"))
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons below, arrows move between rows
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        # A header click sorts (in SQL, on keyset pages); the indicator starts on the register's
        # own order, newest received first.
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(RECEIVED_COLUMN, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(lambda *_: self.apply_filters())
        for column, width in ((0, 55), (1, 90), (2, 105), (3, 165), (5, 125), (6, 150), (7, 120)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda index: self.open_petition(index.row()))
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.open_current)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(add)
        self.edit_button = EditButton(self.table, lambda pid: petition_service.edit_refusal(session, pid),
                                      self.edit_petition, self)
        bottom.addWidget(self.edit_button)
        bottom.addWidget(export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(QLabel("<h2>" + self.tr("Sổ đơn thư") + "</h2>"))
        layout.addLayout(filters)
        layout.addLayout(period)
        layout.addWidget(self.table)
        layout.addLayout(bottom)

        self._overdue_sort = None  # the order the overdue filter chose, while it is on
        self._searching = False  # a search lists newest entered first: its own order is by Số
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(lambda: self.apply_filters() if self.isVisible() else None)
        self.search.textChanged.connect(self._debounce.start)
        for box in (self.kind, self.field):
            box.currentIndexChanged.connect(self.apply_filters)
        self.state.currentIndexChanged.connect(self._state_changed)
        for check in (self.use_period, self.once):
            check.toggled.connect(self.apply_filters)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self.apply_filters)
        self._update_count()
        runner.changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        """A write (here or on another page) changed petitions: refresh those rows, keep the view."""
        if not changes.touches(PETITIONS):
            return
        if changes.added:
            self.model.rows_added()
            self._update_count()
        if changes.ids:
            self.model.rows_changed(changes.ids)

    def _state_changed(self) -> None:
        """The overdue list opens on the most urgent: the earliest missed deadline first; leaving
        it, the list goes back to its own order unless the user chose another meanwhile."""
        header = self.table.horizontalHeader()
        if self.state.currentData() == "overdue":
            self.sort_by(DUE_COLUMN, Qt.SortOrder.AscendingOrder)
            self._overdue_sort = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        elif self._overdue_sort == (header.sortIndicatorSection(), header.sortIndicatorOrder()):
            self._overdue_sort = None
            self.sort_by(self._own_order_column(), Qt.SortOrder.DescendingOrder)
        else:
            self.apply_filters()

    def sort_by(self, column: int, order: Qt.SortOrder) -> None:
        """Sort as a header click does (the indicator shown), keeping the filter and the search."""
        header = self.table.horizontalHeader()
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (column, order):
            self.apply_filters()
        else:
            header.setSortIndicator(column, order)  # sortIndicatorChanged: apply_filters

    def show_overdue(self) -> None:
        """The overdue petitions, most urgent first (the overdue count on Tổng quan)."""
        self.state.setCurrentIndex(self.state.findData("overdue"))
        self._state_changed()

    def _own_order_column(self) -> int:
        """Where the indicator shows the register's own order (descending): newest received
        first, or with a search newest entered first, which is by Số."""
        return NUMBER_COLUMN if self._searching else RECEIVED_COLUMN

    def _follow_search(self) -> None:
        """A search starting or ending moves the indicator from one own order to the other
        (a sort the user chose stays), so the arrow always says how the list is ordered."""
        searching = petition_service.is_search(self.search.text())
        if searching == self._searching:
            return
        header = self.table.horizontalHeader()
        was_own = (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
            self._own_order_column(), Qt.SortOrder.DescendingOrder)
        self._searching = searching
        if was_own:
            header.blockSignals(True)  # the caller applies the filters once
            header.setSortIndicator(self._own_order_column(), Qt.SortOrder.DescendingOrder)
            header.blockSignals(False)
            header.viewport().update()

    def _sort(self) -> tuple[str | None, bool]:
        header = self.table.horizontalHeader()
        if self.table.model() is None:  # the first query, before the header has its columns
            return None, False
        column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        descending = order == Qt.SortOrder.DescendingOrder
        if not 0 <= column < len(petition_service.SORT_COLUMNS) or (column == self._own_order_column() and descending):
            return None, False  # the register's own order
        return petition_service.SORT_COLUMNS[column], descending

    def _query(self):
        period = self.use_period.isChecked()
        sort, descending = self._sort()
        return petition_service.list_query(
            sort=sort, descending=descending,
            kind=self.kind.currentData() or None, field=self.field.currentData() or None,
            state=self.state.currentData() or None,
            received_from=self.start.date().toPython() if period else None,
            received_to=self.end.date().toPython() if period else None,
            search=self.search.text(), include_duplicates=not self.once.isChecked(), today=self.today)

    def apply_filters(self) -> None:
        """A new filter, search or sort: the list starts again at its first row."""
        self._follow_search()
        self.model.set_query(self._query())
        self.table.scrollToTop()
        self._update_count()

    def refresh(self) -> None:
        self.model.refresh()
        self._update_count()

    def _update_count(self) -> None:
        total, more = self.model.known_count()  # from the keys the list read: no second walk
        if not more:
            self._show_count(total)
            return
        # A long list: "Hơn 1.000 đơn" at once, the exact number when the count, which walks
        # the whole index, comes back from the background (unless the filter changed meanwhile).
        self.count.setText(self.tr("Hơn {n} đơn (đang đếm…)").format(n=f"{COUNT_CAP:,}".replace(",", ".")))
        query = self._query()
        self._counting = query
        self.runner.run(petition_service.count, self.session, query,
                        on_result=lambda n: self._show_count(n) if self._counting == query else None,
                        parent=self, quiet=True)

    def _show_count(self, total: int) -> None:
        self._counting = None
        self.count.setText(self.tr("{n} đơn").format(n=f"{total:,}".replace(",", ".")))

    def add_petition(self) -> None:
        # Its save goes through the runner, which announces the new petition: the new keys go in
        # at the top and the view keeps its place.
        PetitionFormDialog(self.session, self, today=self.today, runner=self.runner).exec()

    def edit_petition(self, petition_id: int) -> bool:
        # The saved row is read again (announced by the runner), the view kept.
        return bool(PetitionFormDialog(self.session, self, today=self.today, editing=petition_id,
                                       runner=self.runner).exec())

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_petition(index.row())

    def open_petition(self, row: int) -> None:
        petition_id = self.model.petition_id(row)
        # Its forms save through the runner, which announces the change: the row is read again
        # when painted, the scroll position and selection stay.
        PetitionDetailDialog(self.session, petition_id, self, today=self.today, runner=self.runner).exec()

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Xuất sổ đơn thư"),
                                              f"so-don-thu-{self.today:%d-%m-%Y}.xlsx", self.tr("Bảng tính (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self.runner.run(export_xlsx, self.session, self._query(), path,
                        on_result=lambda n: self.count.setText(self.tr("Đã xuất {n} đơn ra {path}").format(n=n, path=path)),
                        title=self.tr("Đang xuất sổ đơn thư…"), parent=self)
