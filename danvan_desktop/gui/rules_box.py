"""Cài đặt → "Quy tắc và danh mục" (administrators): which rule files and unit lists are in
force, and loading new ones after a preview of what they change. A file that does not pass
its checks is refused with the reason, and nothing changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout

from ..errors import DanVanError
from ..paths import data_dir
from ..services import rules, units
from ..services.changes import SETTINGS, Changes
from ..services.session import Session
from .rule_changes_dialog import RuleChangesDialog
from .runner import runner_of

NAMES = {"time_limits.json": "Thời hạn giải quyết đơn", "days_off.json": "Lịch ngày nghỉ, ngày làm bù",
         "report_periods.json": "Kỳ báo cáo"}


class RulesBox(QGroupBox):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setTitle(self.tr("Quy tắc và danh mục"))
        self.in_force = QLabel()
        self.in_force.setWordWrap(True)
        self.in_force.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rules_button = QPushButton(self.tr("Nạp tệp &quy tắc…"))
        self.rules_button.setToolTip(self.tr("Thời hạn giải quyết đơn, lịch ngày nghỉ, kỳ báo cáo hoặc bộ tiêu chí "
                                             "tự đánh giá (tệp JSON); xem trước thay đổi rồi mới áp dụng."))
        self.rules_button.clicked.connect(self.load_rule_file)
        self.units_button = QPushButton(self.tr("Nạp danh mục đơn &vị…"))
        self.units_button.setToolTip(self.tr("Danh mục đơn vị hành chính (tệp JSON danvan-unit-list); "
                                             "xem trước thay đổi rồi mới áp dụng."))
        self.units_button.clicked.connect(self.load_unit_list)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rules_button)
        buttons.addWidget(self.units_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.in_force)
        column.addLayout(buttons)
        column.addWidget(self.status)

    def refresh(self) -> None:
        loaded = data_dir() / "rules"
        lines = []
        for name, path in rules.rule_files().items():
            origin = self.tr("đã nạp") if Path(path).parent == loaded else self.tr("đi kèm ứng dụng")
            lines.append(f"{NAMES.get(name, name)}: {name} ({origin})")
        lines.append(self.tr("Bộ tiêu chí tự đánh giá: {names}").format(
            names=", ".join(sorted(rules.active_rubrics()))))
        for row in units.unit_lists(self.session.reading().store):
            lines.append(self.tr("Danh mục đơn vị: {name} ({id}, {n} đơn vị)").format(
                name=row["name"], id=row["id"], n=f"{row['unit_count']:,}".replace(",", ".")))
        self.in_force.setText("<br>".join(lines))

    def _refuse(self, title: str, error: DanVanError) -> None:
        self.status.setText("")
        QMessageBox.warning(self, title, self.tr("{reason}\n\nKhông có gì thay đổi.").format(reason=error))

    def _load(self, title: str, file_filter: str, preview, apply) -> None:
        """Pick a file, ``preview(path)`` -> (dialog title, compared with, changes, done text),
        show the changes, and ``apply()`` only when the administrator accepts them."""
        path, _ = QFileDialog.getOpenFileName(self, title, "", file_filter)
        if not path:
            return
        try:
            kind, compared_with, changes, done = preview(Path(path))
        except DanVanError as error:
            self._refuse(title, error)
            return
        if not RuleChangesDialog(kind, Path(path).name, compared_with, changes, self).exec():
            return
        try:
            runner_of(self).write_and_wait(apply, changes=Changes(SETTINGS), title=title, parent=self)
        except DanVanError as error:
            self._refuse(title, error)
            return
        self.status.setText(done)
        self.refresh()

    def load_rule_file(self) -> None:
        checked = {}

        def preview(path: Path):
            checked["file"] = found = rules.preview_rule_file(self.session.reading(), path)
            return (found.title, self.tr("So với tệp đang dùng."), found.changes,
                    self.tr("Đã nạp {source} ({title}); áp dụng từ lần tính tiếp theo.").format(
                        source=found.source_name, title=found.title.lower()))

        self._load(self.tr("Nạp tệp quy tắc"), self.tr("Tệp quy tắc (*.json)"), preview,
                   lambda: rules.apply_rule_file(self.session, checked["file"]))

    def load_unit_list(self) -> None:
        checked = {}

        def preview(path: Path):
            checked["list"] = unit_list = units.read_unit_list_file(path)
            found = units.preview_unit_list(self.session.reading(), unit_list)
            return (self.tr("Danh mục đơn vị hành chính"), found.compared_with, found.changes,
                    self.tr("Đã nạp danh mục {id} ({name}).").format(id=unit_list.list_id, name=unit_list.name))

        self._load(self.tr("Nạp danh mục đơn vị"), self.tr("Danh mục đơn vị (*.json)"), preview,
                   lambda: units.install_unit_list(self.session, checked["list"]))
