"""Gói báo cáo (province console): the units' public keys, import of their bundles, who
reported on time for a period, the consolidated figures, a unit's own figures, petitioners
seen in several communes, and the consolidated PDF and spreadsheet.

Every bundle is verified before anything of it is kept; an import runs in the background
with progress and can be cancelled, and a cancelled import keeps nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.users import Permission
from ...errors import Cancelled, DanVanError, os_reason
from ...security.signing_keys import parse_key_card
from ...services import province, province_report
from ...services.province_xlsx import export_consolidated_xlsx
from ...services.changes import BUNDLES, Changes
from ...services.session import Session
from ..choice_box import ChoiceBox
from ..figure_tree import figures_tree, fill_figures, tree_items
from ..import_summary_dialog import ImportSummaryDialog
from ..messages import confirm, show_error, show_unexpected
from ..pdf_preview_dialog import PdfPreviewDialog
from ..period_box import fill_periods, period_box
from ..runner import Runner
from ..screen_fit import resize_to_screen
from ..unit_drilldown_dialog import UnitDrilldownDialog
from ..widgets import dmy_hm, error_label, read_only_table

# (text, background) per state: green on time, amber late, red missing.
STATE_COLOURS = {
    province.ON_TIME: ("#1b5e20", "#e8f5e9"),
    province.LATE: ("#8a4b00", "#fff3e0"),
    province.MISSING: ("#b00020", "#ffebee"),
}


class ProvincePage(QWidget):
    def __init__(self, session: Session, runner: Runner, parent=None, today: date | None = None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.today = today or date.today()
        self.view: province_report.PeriodView | None = None
        self.import_worker = None
        self.last_summary: province.ImportSummary | None = None
        self.can_manage_keys = session.user.can(Permission.MANAGE_SIGNING_KEYS)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.period_box = period_box(top)
        top.addStretch(1)
        self.import_button = QPushButton(self.tr("&Nhập gói báo cáo…"))
        menu = QMenu(self.import_button)
        self.import_files_action = QAction(self.tr("Chọn các tệp &gói…"), menu)
        self.import_folder_action = QAction(self.tr("Chọn thư &mục chứa gói…"), menu)
        menu.addAction(self.import_files_action)
        menu.addAction(self.import_folder_action)
        self.import_button.setMenu(menu)
        self.pdf_button = QPushButton(self.tr("Xuất &PDF tổng hợp…"))
        self.xlsx_button = QPushButton(self.tr("Xuất &Excel tổng hợp…"))
        for button in (self.import_button, self.pdf_button, self.xlsx_button):
            top.addWidget(button)
        layout.addLayout(top)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)

        self.tabs = QTabWidget()
        status_tab = QWidget()
        status_layout = QVBoxLayout(status_tab)
        filter_row = QHBoxLayout()
        self.state_filter = ChoiceBox()
        self.state_filter.addItem(self.tr("Tất cả đơn vị"), "")
        for state, label in province.STATE_LABELS.items():
            self.state_filter.addItem(self.tr(label), state)
        filter_label = QLabel(self.tr("Lọ&c:"))
        filter_label.setBuddy(self.state_filter)
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.state_filter)
        hint = QLabel(self.tr("Nhấp đúp (hoặc Enter) vào một đơn vị để xem số liệu của đơn vị đó."))
        hint.setStyleSheet("color: #555;")
        filter_row.addWidget(hint)
        filter_row.addStretch(1)
        status_layout.addLayout(filter_row)
        self.status_table = read_only_table([self.tr("Mã"), self.tr("Đơn vị"), self.tr("Tình trạng"),
                                             self.tr("Gói số"), self.tr("Ngày nhận")])
        self.status_table.setAlternatingRowColors(True)
        self.status_table.setAccessibleName(self.tr("Tình hình gửi báo cáo của các đơn vị"))
        self.status_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        status_layout.addWidget(self.status_table, 1)
        self.tabs.addTab(status_tab, self.tr("Tình hình gửi báo cáo"))
        figures_tab = QWidget()
        figures_layout = QVBoxLayout(figures_tab)
        self.figures_label = QLabel()
        figures_layout.addWidget(self.figures_label)
        self.figures = figures_tree()
        figures_layout.addWidget(self.figures, 1)
        self.tabs.addTab(figures_tab, self.tr("Số liệu tổng hợp"))
        repeats_tab = QWidget()
        repeats_layout = QVBoxLayout(repeats_tab)
        self.repeats_count = QLabel()
        repeats_note = QLabel(self.tr("Người gửi đơn ở từ hai xã trở lên, nhận ra qua bí danh (không biết danh tính). "
                                      "Tố cáo và đơn nhiều nội dung không có bí danh."))
        repeats_note.setWordWrap(True)
        repeats_layout.addWidget(repeats_note)
        repeats_layout.addWidget(self.repeats_count)
        self.repeats_table = read_only_table([self.tr("Bí danh"), self.tr("Số đơn vị"), self.tr("Số đơn"),
                                              self.tr("Các đơn vị")])
        self.repeats_table.setAccessibleName(self.tr("Người gửi đơn nhiều nơi"))
        repeats_layout.addWidget(self.repeats_table, 1)
        self.tabs.addTab(repeats_tab, self.tr("Người gửi đơn nhiều nơi"))
        keys_tab = QWidget()
        keys_layout = QVBoxLayout(keys_tab)
        self.keys_table = read_only_table([self.tr("Mã"), self.tr("Đơn vị"), self.tr("Mã khóa"), self.tr("Dấu vân tay"),
                                           self.tr("Ngày tạo"), self.tr("Tình trạng")])
        self.keys_table.setAccessibleName(self.tr("Khóa các đơn vị"))
        keys_layout.addWidget(self.keys_table, 1)
        key_buttons = QHBoxLayout()
        self.import_card_button = QPushButton(self.tr("Nhập t&hẻ khóa…"))
        self.revoke_button = QPushButton(self.tr("Th&u hồi…"))
        key_buttons.addWidget(self.import_card_button)
        key_buttons.addWidget(self.revoke_button)
        key_buttons.addStretch(1)
        keys_layout.addLayout(key_buttons)
        self.tabs.addTab(keys_tab, self.tr("Khóa các đơn vị"))
        layout.addWidget(self.tabs, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.error = error_label()
        layout.addWidget(self.error)

        for button in (self.import_card_button, self.revoke_button):
            button.setEnabled(self.can_manage_keys)
            button.setToolTip("" if self.can_manage_keys else self.tr(
                "Chỉ lãnh đạo hoặc quản trị hệ thống quản lý khóa của các đơn vị."))
        self.import_files_action.triggered.connect(self.import_files)
        self.import_folder_action.triggered.connect(self.import_folder)
        self.pdf_button.clicked.connect(self.preview_pdf)
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.import_card_button.clicked.connect(self.import_key_cards)
        self.revoke_button.clicked.connect(self.revoke_key)
        # ``activated`` comes with a double click and with Enter (one dialog, not two).
        self.status_table.activated.connect(lambda index: self.drill_down(index.row()))
        self.period_box.currentIndexChanged.connect(lambda *_: self.refresh())
        self.state_filter.currentIndexChanged.connect(
            lambda *_: self._show_status(self.view.status) if self.view is not None else None)
        self._fill_periods()

    # -- loading ---------------------------------------------------------------------------------

    def _fill_periods(self) -> None:
        fill_periods(self.period_box, self.session.reading(), self.today)
        self.refresh()

    def period_id(self) -> str | None:
        return self.period_box.currentData()

    def refresh(self) -> None:
        period_id = self.period_id()
        if period_id:
            self.runner.run(province_report.load_period, self.session, period_id, on_result=self.show_view,
                            title=self.tr("Đang tải tình hình gửi báo cáo…"), parent=self, cancellable=False)

    def show_view(self, view: province_report.PeriodView) -> None:
        if view.status.period != self.period_id():
            return  # the officer chose another period meanwhile; its own load follows
        self.view = view
        status = view.status
        data = status.to_dict()
        self.summary_label.setText(self.tr(
            "Hạn gửi {due}: {expected} đơn vị; <span style='color:#1b5e20'>đúng hạn {on_time}</span>, "
            "<span style='color:#8a4b00'>trễ hạn {late}</span>, <span style='color:#b00020'>chưa gửi {missing}</span>. "
            "Tỉ lệ gửi báo cáo <b>{rate}</b>, đúng hạn <b>{on_time_rate}</b>.").format(
            due=f"{status.due:%d/%m/%Y}", expected=data["expected"], on_time=data["on_time"], late=data["late"],
            missing=data["missing"], rate=_percent(status.reporting_rate), on_time_rate=_percent(status.on_time_rate)))
        self._show_status(status)
        consolidated = view.consolidated
        self.figures_label.setText(self.tr("Tổng số liệu của gói mới nhất của {n} đơn vị.").format(
            n=consolidated["units"]) if consolidated["units"] else self.tr("Chưa nhận gói báo cáo nào của kỳ này."))
        fill_figures(self.figures, consolidated["figures"] if consolidated["units"] else None, consolidated["units"])
        self._show_repeats(view.repeats)
        self._show_keys(view.keys)
        has_figures = bool(consolidated["units"])
        self.pdf_button.setEnabled(has_figures)
        self.xlsx_button.setEnabled(has_figures)

    def _show_status(self, status: province.PeriodStatus) -> None:
        table = self.status_table
        wanted = self.state_filter.currentData()
        units = [u for u in status.units if not wanted or u.state == wanted]
        table.setRowCount(len(units))
        for row, unit in enumerate(units):
            colour, background = STATE_COLOURS[unit.state]
            values = (unit.unit_code, unit.unit_name, self.tr(province.STATE_LABELS[unit.state]),
                      str(unit.sequence or ""), dmy_hm(unit.received_on))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, unit.unit_code)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 2:
                    item.setBackground(QBrush(QColor(background)))
                    item.setForeground(QBrush(QColor(colour)))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()

    def status_rows(self) -> list[tuple[str, ...]]:
        return _rows(self.status_table)

    def figure_items(self) -> list[tuple[str, str]]:
        return tree_items(self.figures)

    def _show_repeats(self, rows: list[dict]) -> None:
        table = self.repeats_table
        self.repeats_count.setText(
            self.tr("<b>{n}</b> người gửi đơn ở nhiều đơn vị trong kỳ.").format(n=len(rows)) if rows
            else self.tr("Chưa thấy người gửi đơn nào ở từ hai đơn vị trở lên trong kỳ."))
        table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            for column, value in enumerate((row["pseudonym"], str(row["units"]), str(row["petitions"]),
                                            ", ".join(row["unit_codes"]))):
                table.setItem(index, column, QTableWidgetItem(value))
        table.resizeColumnsToContents()

    def _show_keys(self, rows: list[dict]) -> None:
        table = self.keys_table
        table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            state = (self.tr("Đã thu hồi {on}").format(on=dmy_hm(row["revoked_at"])) if row["revoked_at"]
                     else self.tr("Hiệu lực"))
            for column, value in enumerate((row["unit_code"], row["unit_name"], row["key_id"], row["fingerprint"],
                                            dmy_hm(row["created_on"]), state)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, (row["unit_code"], row["key_id"], bool(row["revoked_at"])))
                if row["revoked_at"]:
                    item.setForeground(QBrush(QColor("#777777")))
                table.setItem(index, column, item)
        table.resizeColumnsToContents()

    def key_rows(self) -> list[tuple[str, ...]]:
        return _rows(self.keys_table)

    # -- import ----------------------------------------------------------------------------------

    def import_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(self, self.tr("Chọn các gói báo cáo"), str(Path.home()),
                                                 self.tr("Gói báo cáo (*.zip);;Mọi tệp (*)"))
        if chosen:
            self.import_paths([Path(p) for p in chosen])

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục chứa các gói báo cáo (*.zip)"),
                                                  str(Path.home()))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> None:
        self.error.setText("")
        self.message.setText("")
        self.import_button.setEnabled(False)
        self.import_worker = self.runner.write(
            province.import_bundles, self.session, paths, changes=Changes(BUNDLES), on_result=self._imported,
            on_error=self._import_failed,
            on_finished=self._import_finished, title=self.tr("Đang kiểm tra và nhận gói báo cáo…"), parent=self,
            cancellable=True)

    def _imported(self, summary: province.ImportSummary) -> None:
        self.last_summary = summary
        self.message.setText(self.tr("Đã nhận {imported} gói mới, {unchanged} gói đã có, {rejected} gói bị từ chối.")
                             .format(imported=len(summary.imported), unchanged=len(summary.unchanged),
                                     rejected=len(summary.rejected)))
        self.summary_dialog = ImportSummaryDialog(summary, self)
        self.summary_dialog.open()

    def _import_failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.message.setText(self.tr("Đã hủy nhận gói: không gói nào được nhận."))
        elif isinstance(error, DanVanError):
            self.error.setText(str(error))
            show_error(self, error)
        else:
            show_unexpected(self, error)

    def _import_finished(self) -> None:
        self.import_button.setEnabled(True)
        self.import_worker = None
        self.refresh()

    # -- keys ------------------------------------------------------------------------------------

    def import_key_cards(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(self, self.tr("Chọn thẻ khóa của đơn vị"), str(Path.home()),
                                                 self.tr("Thẻ khóa (*.json)"))
        done = []
        for name in chosen:
            try:
                raw = Path(name).read_bytes()
                card = parse_key_card(raw)
            except OSError as exc:
                show_error(self, DanVanError(self.tr("Không đọc được {path}: {reason}.").format(
                    path=name, reason=os_reason(exc))))
                continue
            except DanVanError as error:
                show_error(self, DanVanError(f"{Path(name).name}: {error}"))
                continue
            if not confirm(self, self.tr("Đối chiếu dấu vân tay"), self.tr(
                    "Thẻ khóa của {name} ({code}), mã khóa {key_id}.\n\nDấu vân tay:\n{fingerprint}\n\n"
                    "Đã gọi điện cho đơn vị và đối chiếu đúng dấu vân tay này?").format(
                    name=card.unit_name, code=card.unit_code, key_id=card.key_id, fingerprint=card.fingerprint)):
                continue
            reset = self._asks_sequence_reset(card)
            try:
                result = self.runner.write_and_wait(province.import_key_card, self.session, raw, reset_sequence=reset,
                                                    changes=Changes(BUNDLES), parent=self)
            except DanVanError as error:
                show_error(self, error)
                continue
            what = (self.tr("đã thu hồi") if result.revoked else self.tr("đã đăng ký") if result.added
                    else self.tr("đã có từ trước"))
            done.append(f"{card.unit_code} {card.unit_name}: {card.key_id} {what}")
        if done:
            self.message.setText(self.tr("Thẻ khóa: {list}").format(list="; ".join(done)))
            self.refresh()

    def _asks_sequence_reset(self, card) -> bool:
        """A new key of a unit already registered: a key change on the same PC, or a unit
        that starts again (reinstalled PC, bundles numbered from 1)? Only the second resets."""
        known = [r for r in province.unit_keys(self.session.reading())
                 if r["unit_code"] == card.unit_code and r["key_id"] != card.key_id]
        if not known or card.revoked_at:
            return False
        return confirm(self, self.tr("Đơn vị cài lại máy?"), self.tr(
            "{name} ({code}) đã có khóa đăng ký. Đơn vị cài lại máy và đánh số gói lại từ 1?\n\n"
            "Có: thu hồi các khóa cũ của đơn vị và tính lại số thứ tự gói từ thẻ khóa này (ghi nhật ký).\n"
            "Không: chỉ thêm khóa mới (đơn vị đổi khóa trên cùng máy).").format(
            name=card.unit_name, code=card.unit_code))

    def revoke_key(self) -> None:
        row = self.keys_table.currentRow()
        item = self.keys_table.item(row, 0) if row >= 0 else None
        if item is None:
            self.error.setText(self.tr("Hãy chọn một khóa trong bảng trước."))
            return
        unit_code, key_id, revoked = item.data(Qt.ItemDataRole.UserRole)
        if revoked:
            self.error.setText(self.tr("Khóa {key_id} đã bị thu hồi từ trước.").format(key_id=key_id))
            return
        if not confirm(self, self.tr("Thu hồi khóa"), self.tr(
                "Thu hồi khóa {key_id} của đơn vị {code}? Các gói ký bằng khóa này sẽ không được nhận nữa "
                "(các gói đã nhận vẫn giữ).").format(key_id=key_id, code=unit_code)):
            return
        try:
            self.runner.write_and_wait(province.revoke_unit_key, self.session, unit_code, key_id,
                                       changes=Changes(BUNDLES), parent=self)
        except DanVanError as error:
            show_error(self, error)
            return
        self.message.setText(self.tr("Đã thu hồi khóa {key_id} của đơn vị {code}.").format(key_id=key_id,
                                                                                          code=unit_code))
        self.refresh()

    # -- drill down, documents ---------------------------------------------------------------------------

    def drill_down(self, row: int) -> None:
        item = self.status_table.item(row, 0)
        if item is None or self.period_id() is None:
            return
        try:
            data = province.unit_drilldown(self.session.reading(), self.period_id(),
                                           item.data(Qt.ItemDataRole.UserRole))
        except DanVanError as error:
            QMessageBox.information(self, self.tr("Chưa có số liệu"), str(error))
            return
        self.drilldown_dialog = UnitDrilldownDialog({**data, "period": self.period_id()}, self)
        self.drilldown_dialog.open()

    def preview_pdf(self) -> None:
        period_id = self.period_id()
        if period_id:
            self.runner.run(province_report.consolidated_pdf, self.session, period_id, self.today, on_result=self._show_pdf,
                            title=self.tr("Đang tạo báo cáo tổng hợp PDF…"), parent=self, cancellable=False)

    def _show_pdf(self, pdf: bytes) -> None:
        period_id = self.period_id()
        self.preview_dialog = PdfPreviewDialog(
            pdf, self.tr("Báo cáo tổng hợp kỳ {period}").format(period=period_id),
            str(Path.home() / f"bao-cao-tong-hop-{period_id}.pdf"), self)
        resize_to_screen(self.preview_dialog, 900, 760)
        self.preview_dialog.open()

    def export_xlsx(self) -> None:
        period_id = self.period_id()
        if not period_id or self.view is None:
            return
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Xuất bảng tổng hợp"),
                                                str(Path.home() / f"tong-hop-{period_id}.xlsx"),
                                                self.tr("Excel (*.xlsx)"))
        if not chosen:
            return
        self.runner.run(export_consolidated_xlsx, self.session, period_id, Path(chosen), self.view.status.due,
                        on_result=lambda _: self.message.setText(self.tr("Đã xuất {path}").format(path=chosen)),
                        title=self.tr("Đang xuất bảng tổng hợp…"), parent=self, cancellable=False)


def _percent(value: float) -> str:
    return f"{value:.1%}".replace(".", ",")


def _rows(table) -> list[tuple[str, ...]]:
    return [tuple(table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount()))
            for r in range(table.rowCount())]
