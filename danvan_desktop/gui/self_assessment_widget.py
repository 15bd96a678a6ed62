"""Self-assessment against the province's rubric: a score per sub-criterion (half points
allowed), a note per criterion, the total and the rating as the officer types."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDoubleSpinBox, QHeaderView, QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ..domain.self_assessment import Rubric, rating_for
from .widgets import tab_after


# A score typed above its criterion's maximum stays as typed and is refused with a message,
# never cut down to the maximum without a word.
TYPED_SCORE_LIMIT = 999


def _points(value: float) -> str:
    return f"{value:g}".replace(".", ",")


class SelfAssessmentWidget(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rubric: Rubric | None = None
        self.maxima: dict[str, float] = {}
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Tiêu chí"), self.tr("Tối đa"), self.tr("Điểm tự chấm"),
                                   self.tr("Ghi chú, minh chứng")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("Bảng tự đánh giá"))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 260)
        layout.addWidget(self.tree, 1)
        self.total_label = QLabel()
        layout.addWidget(self.total_label)
        self.over_label = QLabel()  # scores above their maximum, named with the allowed range
        self.over_label.setStyleSheet("color: #b00020;")
        self.over_label.setWordWrap(True)
        self.over_label.hide()
        layout.addWidget(self.over_label)

    def set_rubric(self, rubric: Rubric, scores: dict, notes: dict, annual: bool) -> None:
        self.rubric = rubric
        self.tree.clear()
        self.maxima.clear()
        self.spins.clear()
        self.notes.clear()
        self.heading.setText(self.tr("<b>{name}</b> — {source}. {where}").format(
            name=rubric.name, source=rubric.source.rstrip(". "),
            where=self.tr("Tổng điểm và xếp loại được đưa vào báo cáo năm.") if annual
            else self.tr("Tự đánh giá chỉ in trong báo cáo năm; có thể chấm dần trong năm.")))
        bold = QFont(self.font())
        bold.setBold(True)
        for criterion in rubric.criteria:
            head = QTreeWidgetItem(self.tree, [f"{criterion.code}. {criterion.label}", _points(criterion.maximum)])
            head.setFont(0, bold)
            note = QLineEdit(notes.get(criterion.code, ""))
            note.setPlaceholderText(self.tr("Minh chứng, nhận xét"))
            note.setAccessibleName(self.tr("Ghi chú, minh chứng tiêu chí {code}").format(code=criterion.code))
            note.textChanged.connect(self._changed)
            self.tree.setItemWidget(head, 3, note)
            self.notes[criterion.code] = note
            for sub in criterion.items:
                item = QTreeWidgetItem(self.tree, [f"   {sub.code}. {sub.label}", _points(sub.maximum)])
                item.setToolTip(0, sub.label)
                spin = QDoubleSpinBox()
                spin.setRange(-0.5, TYPED_SCORE_LIMIT)  # -0.5 shows as "chưa chấm"
                spin.setToolTip(self.tr("Từ 0 đến {maximum} điểm").format(maximum=_points(sub.maximum)))
                self.maxima[sub.code] = sub.maximum
                spin.setSingleStep(0.5)
                spin.setDecimals(1)
                spin.setSpecialValueText(self.tr("chưa chấm"))
                spin.setAccessibleName(self.tr("Điểm tự chấm {code}. {label} (tối đa {maximum})").format(
                    code=sub.code, label=sub.label, maximum=_points(sub.maximum)))
                spin.setValue(scores[sub.code] if sub.code in scores else -0.5)
                spin.valueChanged.connect(self._changed)
                self.tree.setItemWidget(item, 2, spin)
                self.spins[sub.code] = spin
        tab_after(self.tree, [field for criterion in rubric.criteria for field in (
            self.notes[criterion.code], *(self.spins[sub.code] for sub in criterion.items))])
        self._update_total()

    def scores(self) -> dict[str, float]:
        return {code: spin.value() for code, spin in self.spins.items() if spin.value() >= 0}

    def note_texts(self) -> dict[str, str]:
        return {code: edit.text().strip() for code, edit in self.notes.items() if edit.text().strip()}

    def set_read_only(self, read_only: bool) -> None:
        for widget in (*self.spins.values(), *self.notes.values()):
            widget.setEnabled(not read_only)

    def _changed(self, *_) -> None:
        self._update_total()
        self.changed.emit()

    def over_maximum(self) -> list[str]:
        """A message for each score typed above its criterion's maximum."""
        return [self.tr("Tiêu chí {code}: điểm {value} vượt quá tối đa; điểm phải từ 0 đến {maximum}.").format(
                    code=code, value=_points(value), maximum=_points(self.maxima[code]))
                for code, value in self.scores().items() if value > self.maxima[code]]

    def _update_total(self) -> None:
        if self.rubric is None:
            return
        over = self.over_maximum()
        self.over_label.setText("\n".join(over))
        self.over_label.setVisible(bool(over))
        scores = self.scores()
        total = round(sum(scores.values()), 1)
        if len(scores) == len(self.spins) and not over:
            rating = rating_for(self.rubric, total).label
            self.total_label.setText(self.tr("Tổng điểm: <b>{total}/{maximum}</b> — xếp loại <b>{rating}</b>").format(
                total=_points(total), maximum=_points(self.rubric.maximum), rating=rating))
        else:
            self.total_label.setText(self.tr("Đã chấm {done}/{all} tiêu chí; tạm tính {total} điểm.").format(
                done=len(scores), all=len(self.spins), total=_points(total)))
        self.total_label.setTextFormat(Qt.TextFormat.RichText)
