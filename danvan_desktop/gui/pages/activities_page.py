"""Hoạt động: the activities of a period, filtered, with a month calendar and totals."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QStringListModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget, QCompleter, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, QTableView, QVBoxLayout,
    QWidget,
)

from ...services import activities as activity_service
from ...services.petitions import petition_fields
from ...services.session import Session
from ...services.work_export import export_activities
from ...services.record_edits import refusal
from ..activity_dialog import ActivityDialog
from ..date_field import name_calendar
from ..edit_button import EditButton
from ..models.work_table_models import ActivityFilter, ActivityTableModel
from ..record_detail_dialog import RecordDetailDialog
from ..runner import Runner
from ..widgets import ask_xlsx_path, combo, date_edit, fit_columns, open_rows_with, read_only_view, sortable

class ActivitiesPage(QWidget):
    changed = Signal()

    def __init__(self, session: Session, parent=None, today: date | None = None, runner: Runner | None = None):
        super().__init__(parent)
        self.session, self.today = session, today or date.today()
        self.runner = runner or Runner(self)
        self.kinds = activity_service.activity_kinds()
        self.start = date_edit(date(self.today.year, 1, 1))
        self.end = date_edit(self.today)
        self.kind = combo({"": self.tr("Mọi loại"), **self.kinds})
        self.field = combo({"": self.tr("Mọi lĩnh vực"), **petition_fields()})
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("Thôn, tổ dân phố"))
        self.place.setClearButtonEnabled(True)
        self.place.setMinimumWidth(170)
        for widget, name in ((self.start, self.tr("Từ ngày")), (self.end, self.tr("Đến ngày")),
                             (self.kind, self.tr("Loại hoạt động")), (self.field, self.tr("Lĩnh vực")),
                             (self.place, self.tr("Thôn, tổ dân phố"))):
            widget.setAccessibleName(name)
        self.known_places = QStringListModel(self)
        completer = QCompleter(self.known_places, self.place)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.place.setCompleter(completer)
        add = QPushButton(self.tr("&Thêm hoạt động…"))
        add.clicked.connect(self.add_activity)
        self.export_button = QPushButton(self.tr("&Xuất Excel…"))
        self.export_button.clicked.connect(self.export)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Từ")))
        for widget in (self.start, QLabel(self.tr("đến")), self.end, self.kind, self.field, self.place):
            filters.addWidget(widget)
        filters.addStretch(1)
        heading = QHBoxLayout()
        heading.addWidget(QLabel("<h2>" + self.tr("Hoạt động dân vận") + "</h2>"), 1)
        heading.addWidget(add)
        heading.addWidget(self.export_button)
        self.model = ActivityTableModel(session, self._filters(), self)
        self.table = read_only_view(QTableView())
        self.table.setModel(self.model)
        sortable(self.table)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Danh sách hoạt động"))
        open_rows_with(self.table, self.open_record)
        self.edit_button = EditButton(self.table, lambda activity_id: refusal(
            session, activity_service.get_activity(session.reading(), activity_id)), self.edit_activity, self)
        heading.insertWidget(2, self.edit_button)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setMaximumSize(360, 200)
        name_calendar(self.calendar, self.tr("Lịch hoạt động trong tháng"))
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        # The calendar sits below the list so that the nine columns keep the full width.
        notes = QVBoxLayout()
        notes.addWidget(QLabel("<b>" + self.tr("Tổng hợp trong kỳ") + "</b>"))
        notes.addWidget(self.totals)
        notes.addWidget(self.export_status)
        notes.addStretch(1)
        below = QHBoxLayout()
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.calendar)
        below.addLayout(notes, 1)
        below_widget = QWidget()
        below_widget.setLayout(below)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(below_widget)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(heading)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        for box in (self.kind, self.field):
            box.currentIndexChanged.connect(self.refresh)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self.refresh)
        self.place.editingFinished.connect(self.refresh)
        self.calendar.clicked.connect(self._select_day)

    def _filters(self) -> ActivityFilter:
        return ActivityFilter(self.start.date().toPython(), self.end.date().toPython(),
                              self.kind.currentData() or None, self.place.text().strip() or None,
                              self.field.currentData() or None)

    def refresh(self) -> None:
        query = self._filters()
        reading = self.session.reading()  # the places, counts and marks on the read-only connection
        self.known_places.setStringList(activity_service.activity_places(reading))
        self.model.set_query(query)
        fit_columns(self.table)
        self._mark_calendar(activity_service.activity_days(reading, *query.args()))
        summary = activity_service.activity_summary(reading, *query.args())
        self.totals.setText(self.tr("{n} hoạt động, {p} lượt người tham gia ({w} phụ nữ, {e} người dân tộc thiểu số, "
                                    "{g} người theo tôn giáo).").format(
            n=summary["count"], p=summary["participants"], w=summary["women"], e=summary["ethnic_minority"],
            g=summary["religious"]))

    def _mark_calendar(self, days: list[date]) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # a null date clears every mark
        marked = QTextCharFormat()
        marked.setBackground(QBrush(QColor("#ffe0b2")))
        marked.setFontWeight(700)
        for day in days:
            self.calendar.setDateTextFormat(day, marked)

    def _select_day(self, day) -> None:
        row = self.model.row_of_day(day.toPython())
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def add_activity(self) -> None:
        if ActivityDialog(self.session, self, today=self.today, runner=self.runner).exec():
            self.refresh()
            self.changed.emit()

    def edit_activity(self, activity_id: int) -> bool:
        if not ActivityDialog(self.session, self, today=self.today, editing=activity_id, runner=self.runner).exec():
            return False
        self.refresh()
        self.changed.emit()
        return True

    def open_record(self, activity_id: int) -> None:
        RecordDetailDialog(self.session, "activity", activity_id, self, edit=self.edit_activity).exec()

    def export(self) -> None:
        path = ask_xlsx_path(self, self.tr("Xuất danh sách hoạt động"), f"hoat-dong-dan-van-{self.today:%d-%m-%Y}.xlsx")
        if path:
            self.runner.run(export_activities, self.session, path, *self._filters().args(), parent=self,
                            title=self.tr("Đang xuất danh sách hoạt động…"),
                            on_result=lambda n: self.export_status.setText(
                                self.tr("Đã xuất {n} hoạt động ra {path}").format(n=n, path=path)))
