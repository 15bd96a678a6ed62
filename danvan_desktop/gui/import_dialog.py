"""Nhập từ Excel: choose a register, a file and a sheet, correct the proposed column
mapping, see what each row becomes, then import the valid rows all at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..documents.sheet_reader import sheet_names
from ..domain.import_mapping import column_letter
from ..errors import Cancelled, DanVanError
from ..services import register_import
from ..services.changes import Changes
from ..services.session import Session
from .choice_box import ChoiceBox
from .messages import show_error, show_unexpected
from .models.import_preview_model import ImportPreviewModel
from .runner import Runner
from .screen_fit import resize_to_screen
from .widgets import ask_xlsx_path, read_only_view

REGISTER_LABELS = {"petitions": "Đơn thư", "receptions": "Tiếp công dân", "activities": "Hoạt động dân vận"}


def _count(n: int) -> str:
    return f"{n:,}".replace(",", ".")


class ImportDialog(QDialog):
    imported = Signal(str)  # the register written to

    def __init__(self, session: Session, runner: Runner, register: str = "petitions", parent: QWidget | None = None,
                 today=None):
        super().__init__(parent)
        self.session, self.runner, self.today = session, runner, today
        self.plan: register_import.ImportPlan | None = None
        self.setWindowTitle(self.tr("Nhập sổ theo dõi từ Excel"))
        resize_to_screen(self, 1100, 640)
        layout = QVBoxLayout(self)

        form = QFormLayout()
        self.register = ChoiceBox()
        for code, label in REGISTER_LABELS.items():
            self.register.addItem(self.tr(label), code)
        self.register.setCurrentIndex(max(0, self.register.findData(register)))
        self.register.setAccessibleName(self.tr("Sổ cần nhập"))
        self.template_button = QPushButton(self.tr("Tải &mẫu Excel…"))
        self.template_button.setToolTip(self.tr("Tệp mẫu có đủ các cột, ví dụ và danh sách giá trị hợp lệ"))
        row = QHBoxLayout()
        row.addWidget(self.register, 1)
        row.addWidget(self.template_button)
        form.addRow(self._buddy(self.tr("&Sổ:"), self.register), row)
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("Chưa chọn tệp (.xlsx hoặc .csv)"))
        self.file.setAccessibleName(self.tr("Tệp cần nhập"))
        self.choose_button = QPushButton(self.tr("&Chọn tệp…"))
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(self.choose_button)
        form.addRow(self._buddy(self.tr("&Tệp:"), self.choose_button), row)
        self.sheet = ChoiceBox()
        self.sheet.setAccessibleName(self.tr("Trang tính"))
        form.addRow(self.tr("Trang &tính:"), self.sheet)
        layout.addLayout(form)

        # Not "done": an attribute of that name hides QDialog.done(), which reject() calls, and
        # closing the dialog then crashed the app.
        self.last_import = QLabel()  # the last import, kept while the file is checked again
        self.last_import.setStyleSheet("color: #1b5e20; font-weight: bold")
        self.last_import.hide()
        layout.addWidget(self.last_import)
        self.notices = QLabel()
        self.notices.setWordWrap(True)
        self.notices.setStyleSheet("color: #8a5300")
        self.notices.hide()
        layout.addWidget(self.notices)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Ghép &cột (chọn trường cho từng cột của tệp):"))
        left_layout.addWidget(heading)
        self.mapping = QTableWidget(0, 3)
        self.mapping.setHorizontalHeaderLabels([self.tr("Cột"), self.tr("Tiêu đề trong tệp"), self.tr("Trường")])
        self.mapping.verticalHeader().hide()
        self.mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping.setAccessibleName(self.tr("Ghép cột"))
        heading.setBuddy(self.mapping)
        left_layout.addWidget(self.mapping, 1)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #b00020")
        left_layout.addWidget(self.missing)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.summary = QLabel(self.tr("Chọn tệp để xem trước."))
        row.addWidget(self.summary, 1)
        self.only_refused = QCheckBox(self.tr("Chỉ hiện dòng &không nhập được"))
        row.addWidget(self.only_refused)
        right_layout.addLayout(row)
        self.preview_model = ImportPreviewModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.preview_model)
        self.proxy.setFilterKeyColumn(1)
        self.preview = read_only_view(QTableView())
        self.preview.setModel(self.proxy)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setAccessibleName(self.tr("Xem trước từng dòng"))
        right_layout.addWidget(self.preview, 1)
        splitter.addWidget(right)
        splitter.setSizes([380, 720])
        layout.addWidget(splitter, 1)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("&Nhập các dòng hợp lệ"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        close = self.buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        layout.addWidget(self.buttons)

        self.choose_button.clicked.connect(self.choose_file)
        self.template_button.clicked.connect(self.save_template)
        self.register.currentIndexChanged.connect(lambda _: self.preview_with(None))
        self.sheet.currentIndexChanged.connect(lambda _: self.preview_with(None))
        self.only_refused.toggled.connect(
            lambda on: self.proxy.setFilterFixedString(self.tr("Không nhập") if on else ""))
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    @staticmethod
    def _say(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    # --- choosing ---------------------------------------------------------------------

    @property
    def register_code(self) -> str:
        return str(self.register.currentData())

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp Excel hoặc CSV"), "",
                                              self.tr("Bảng tính (*.xlsx *.csv);;Mọi tệp (*)"))
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        try:
            names = sheet_names(path)
        except DanVanError as exc:
            show_error(self, exc, self.tr("Không mở được tệp"))
            return
        self.file.setText(str(path))
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(names)
        self.sheet.blockSignals(False)
        self.preview_with(None)

    def save_template(self) -> None:
        name = f"mau-nhap-{self.register_code}.xlsx"
        target = ask_xlsx_path(self, self.tr("Lưu tệp mẫu Excel"), name)
        if target:
            try:
                register_import.write_template(self.register_code, Path(target))
            except DanVanError as exc:
                show_error(self, exc)
                return
            self.summary.setText(self.tr("Đã lưu tệp mẫu {name}: điền vào rồi chọn tệp đó để nhập.").format(
                name=Path(target).name))

    # --- preview ----------------------------------------------------------------------

    def current_mapping(self) -> dict[int, str]:
        mapping = {}
        for row in range(self.mapping.rowCount()):
            code = self.mapping.cellWidget(row, 2).currentData()
            if code:
                mapping[row] = str(code)
        return mapping

    def preview_with(self, mapping: dict[int, str] | None) -> None:
        """Read and check the file (in the background); ``None`` proposes the mapping anew."""
        if not self.file.text():
            return
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Đang đọc tệp…"))
        self.runner.run(register_import.plan_import, self.session, self.register_code, Path(self.file.text()),
                        self.sheet.currentText() or None, mapping, self.today,
                        on_result=self.show_plan, on_error=self._plan_failed,
                        title=self.tr("Đang đọc và kiểm tra tệp…"), parent=self)

    def _plan_failed(self, error: BaseException) -> None:
        self.plan = None
        self.preview_model.set_rows([])
        self.summary.setText(self.tr("Không đọc được tệp."))
        if isinstance(error, DanVanError):
            show_error(self, error, self.tr("Không nhập được tệp này"))
        else:
            show_unexpected(self, error)

    def show_plan(self, plan: register_import.ImportPlan) -> None:
        self.plan = plan
        spec = register_import.register_spec(plan.register)
        self.mapping.setRowCount(len(plan.headers))
        for index, header in enumerate(plan.headers):
            self.mapping.setItem(index, 0, QTableWidgetItem(column_letter(index)))
            self.mapping.setItem(index, 1, QTableWidgetItem("" if header is None else str(header)))
            choice = ChoiceBox()
            choice.addItem(self.tr("(không nhập cột này)"), "")
            for column in spec.columns:
                choice.addItem(column.label + (" *" if column.required else ""), column.code)
            choice.setCurrentIndex(max(0, choice.findData(plan.mapping.get(index, ""))))
            choice.setAccessibleName(self.tr("Trường của cột {letter}").format(letter=column_letter(index)))
            choice.currentIndexChanged.connect(lambda _, i=index: self._mapping_changed(i))
            self.mapping.setCellWidget(index, 2, choice)
        self.mapping.resizeColumnToContents(0)
        self.mapping.resizeColumnToContents(2)
        self.missing.setText(self.tr("Chưa ghép cột cho: {fields}.").format(fields=", ".join(plan.missing))
                             if plan.missing else "")
        self._say(self.notices, "\n".join(plan.notices))
        self.preview_model.set_rows(plan.outcomes)
        self.preview.resizeColumnToContents(0)
        self.preview.resizeColumnToContents(1)
        valid, refused = len(plan.valid), len(plan.refused)
        self.summary.setText(self.tr("Dòng tiêu đề: dòng {header}. {valid} dòng hợp lệ, {refused} dòng không nhập "
                                     "được.").format(header=plan.header_row, valid=_count(valid),
                                                      refused=_count(refused)))
        ready = valid > 0 and not plan.missing
        self.import_button.setEnabled(ready)
        self.import_button.setText(self.tr("&Nhập {n} dòng hợp lệ").format(n=_count(valid)) if ready
                                   else self.tr("&Nhập các dòng hợp lệ"))

    def _mapping_changed(self, index: int) -> None:
        """A field chosen for a column leaves the column that had it; then the rows are checked again."""
        chosen = self.mapping.cellWidget(index, 2).currentData()
        if chosen:
            for row in range(self.mapping.rowCount()):
                other = self.mapping.cellWidget(row, 2)
                if row != index and other.currentData() == chosen:
                    other.blockSignals(True)
                    other.setCurrentIndex(0)
                    other.blockSignals(False)
        self.preview_with(self.current_mapping())

    # --- import -----------------------------------------------------------------------

    def run_import(self) -> None:
        plan = self.plan
        if plan is None or not plan.valid:
            return
        if plan.refused:
            answer = QMessageBox.question(
                self, self.tr("Nhập các dòng hợp lệ"),
                self.tr("{refused} dòng không nhập được sẽ bị bỏ qua (xem lý do trong bảng). Nhập {valid} dòng hợp "
                        "lệ?").format(refused=_count(len(plan.refused)), valid=_count(len(plan.valid))))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.import_button.setEnabled(False)
        # The register's name is its Changes area (petitions, receptions, activities).
        self.runner.write(register_import.run_import, self.session, plan, None, self.today,
                          changes=Changes(self.register_code, added=True), on_result=self._imported,
                          on_error=self._import_failed,
                          title=self.tr("Đang nhập {n} dòng…").format(n=_count(len(plan.valid))), parent=self)

    def _import_failed(self, error: BaseException) -> None:
        self.import_button.setEnabled(True)
        if isinstance(error, Cancelled):
            self._say(self.last_import, self.tr("Đã hủy: không dòng nào được nhập."))
        elif isinstance(error, DanVanError):
            show_error(self, error)
        else:
            show_unexpected(self, error)

    def _imported(self, result: register_import.ImportResult) -> None:
        self._say(self.last_import, self.tr("Đã nhập {n} dòng vào sổ {register}.").format(
            n=_count(result.added), register=self.register.currentText().lower()))
        self.imported.emit(result.register)
        self.preview_with(self.current_mapping())  # the rows now show as imported
