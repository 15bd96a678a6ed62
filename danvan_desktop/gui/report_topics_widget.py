"""The directive sections of a report (domain.report_topics) as the officer fills them in:
per section its source, a count per item, where the counts come from, and a narrative.
Items read from the registers are not typed here: they show on the Số liệu tab."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QScrollArea, QSpinBox, QVBoxLayout, QWidget,
)

from ..domain.report_topics import Topic
from .record_form import NO_CLAMP
from .widgets import tab_after


class ReportTopicsWidget(QScrollArea):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.spins: dict[tuple[str, str], QSpinBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        self.topics: tuple[Topic, ...] = ()
        self._filling = False

    def set_topics(self, topics: tuple[Topic, ...], entries: dict[str, dict]) -> None:
        """Build the sections (once) and show the period's entries."""
        if topics != self.topics:
            self._build(topics)
        self._filling = True
        for topic in topics:
            entry = entries.get(topic.code) or {}
            counts = entry.get("counts") or {}
            for item in topic.entered_items():
                self.spins[topic.code, item.code].setValue(int(counts.get(item.code, 0)))
            self.notes[topic.code].setText(entry.get("source_note", ""))
            self.texts[topic.code].setPlainText(entry.get("text", ""))
        self._filling = False

    def _build(self, topics: tuple[Topic, ...]) -> None:
        self.topics = topics
        self.spins, self.notes, self.texts = {}, {}, {}
        body = QWidget()
        layout = QVBoxLayout(body)
        for n, topic in enumerate(topics, 1):
            box = QGroupBox(f"{n}. {topic.title}")
            form = QFormLayout(box)
            source = QLabel(self.tr("<i>Theo: {source}</i>").format(source=topic.source))
            source.setWordWrap(True)
            form.addRow(source)
            for item in topic.entered_items():
                spin = QSpinBox()
                spin.setRange(0, NO_CLAMP)  # above MAX_COUNT: refused on saving, with the range
                spin.setGroupSeparatorShown(True)
                spin.setMaximumWidth(160)
                spin.setAccessibleName(item.label)
                spin.valueChanged.connect(self._changed)
                self.spins[topic.code, item.code] = spin
                form.addRow(item.label + ":", spin)
            note = QLineEdit()
            note.setPlaceholderText(self.tr("Ví dụ: sổ theo dõi của bộ phận một cửa; báo cáo của Ủy ban MTTQ xã"))
            note.setAccessibleName(self.tr("Nguồn số liệu: {title}").format(title=topic.title))
            note.textChanged.connect(self._changed)
            self.notes[topic.code] = note
            form.addRow(self.tr("Nguồn số liệu:"), note)
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setMinimumHeight(60)
            text.setMaximumHeight(90)
            text.setAccessibleName(self.tr("Thuyết minh: {title}").format(title=topic.title))
            text.textChanged.connect(self._changed)
            self.texts[topic.code] = text
            form.addRow(self.tr("Thuyết minh:"), text)
            layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(body)
        tab_after(self, [field for topic in topics for field in (
            *(self.spins[topic.code, item.code] for item in topic.entered_items()),
            self.notes[topic.code], self.texts[topic.code])])

    def _changed(self, *_) -> None:
        if not self._filling:
            self.changed.emit()

    def entries(self) -> dict[str, dict]:
        return {topic.code: {"counts": {item.code: self.spins[topic.code, item.code].value()
                                        for item in topic.entered_items()},
                             "source_note": self.notes[topic.code].text(),
                             "text": self.texts[topic.code].toPlainText()}
                for topic in self.topics}

    def set_read_only(self, read_only: bool) -> None:
        for spin in self.spins.values():
            spin.setReadOnly(read_only)
        for edit in (*self.notes.values(), *self.texts.values()):
            edit.setReadOnly(read_only)
