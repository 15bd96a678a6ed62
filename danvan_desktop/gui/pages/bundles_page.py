"""Gói báo cáo (commune): send the approved report of a period to the province as a signed
bundle, see the bundles already sent, and keep the unit's signing key.

Only a leader-approved report can be exported, and only by a leader (signing is a leader's
act; an officer sees why the button is off); signing and writing run in the background.
Where the OS keyring is not secure, the signing key is protected by the leaders' own signing
passphrase (not the database passphrase), asked here each time it is needed and never kept.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.users import Permission
from ...errors import DanVanError
from ...security import keystore
from ...services import bundles as bundle_service
from ...services import report_export, signing
from ...services import reports as report_service
from ...services.changes import BUNDLES, REPORTS, Changes
from ...services.session import Session
from ..evidence_choice_dialog import EvidenceChoiceDialog
from ..messages import confirm, show_error
from ..period_box import fill_periods, period_box
from ..runner import Runner
from ..widgets import dmy_hm, error_label, read_only_table

EXPORTABLE = ("approved", "exported")


class BundlesPage(QWidget):
    """Reads on the read-only connection; keys, the pseudonym key and bundles are written
    through the runner, and the page is shown again from the ``Changes`` it announces."""

    def __init__(self, session: Session, runner: Runner, parent=None, today: date | None = None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        runner.changed.connect(self._changed)
        self.today = today or date.today()
        self.state: report_service.ReportState | None = None
        self.last_export = None
        self.can_export = session.user.can(Permission.EXPORT_BUNDLE)
        self.can_manage_keys = session.user.can(Permission.MANAGE_SIGNING_KEYS)
        self.can_make_keys = self.can_manage_keys and self.can_export
        layout = QVBoxLayout(self)

        send = QGroupBox(self.tr("Gửi báo cáo lên cấp tỉnh"))
        send_layout = QVBoxLayout(send)
        top = QHBoxLayout()
        self.period_box = period_box(top)
        top.addStretch(1)
        self.export_button = QPushButton(self.tr("&Xuất gói báo cáo…"))
        top.addWidget(self.export_button)
        send_layout.addLayout(top)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        send_layout.addWidget(self.status_label)
        self.table = read_only_table([self.tr("Kỳ"), self.tr("Số thứ tự"), self.tr("Ngày xuất"), self.tr("Người xuất"),
                                      self.tr("Mã khóa"), self.tr("SHA-256"), self.tr("Tệp")])
        self.table.setAlternatingRowColors(True)
        sent_label = QLabel(self.tr("&Các gói đã xuất:"))
        sent_label.setBuddy(self.table)
        send_layout.addWidget(sent_label)
        send_layout.addWidget(self.table, 1)
        layout.addWidget(send, 1)

        keys = QGroupBox(self.tr("Khóa ký của đơn vị"))
        grid = QGridLayout(keys)
        self.key_label = QLabel()
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setWordWrap(True)
        grid.addWidget(self.key_label, 0, 0, 1, 5)
        self.create_key_button = QPushButton(self.tr("Tạo k&hóa ký"))
        self.card_button = QPushButton(self.tr("X&uất thẻ khóa…"))
        self.rotate_button = QPushButton(self.tr("Đổ&i khóa…"))
        self.pseudonym_button = QPushButton(self.tr("Nhập khóa &bí danh…"))
        for column, button in enumerate((self.create_key_button, self.card_button, self.rotate_button,
                                         self.pseudonym_button)):
            grid.addWidget(button, 1, column)
        grid.setColumnStretch(4, 1)
        self.pseudonym_label = QLabel()
        self.pseudonym_label.setWordWrap(True)
        grid.addWidget(self.pseudonym_label, 2, 0, 1, 5)
        layout.addWidget(keys)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.error = error_label()
        layout.addWidget(self.error)

        self.export_button.clicked.connect(self.export_bundle)
        self.create_key_button.clicked.connect(self.create_key)
        self.card_button.clicked.connect(self.export_card)
        self.rotate_button.clicked.connect(self.rotate_key)
        self.pseudonym_button.clicked.connect(self.import_pseudonym_key)
        self.period_box.currentIndexChanged.connect(self._period_changed)
        self._fill_periods()
        self._show_key()

    # -- showing ---------------------------------------------------------------------------

    def _fill_periods(self) -> None:
        fill_periods(self.period_box, self.session.reading(), self.today)
        self._period_changed()

    def refresh(self) -> None:
        self._period_changed()
        self._show_key()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(BUNDLES) or changes.touches(REPORTS):
            self.refresh()

    def _period_changed(self, *_) -> None:
        period_id = self.period_box.currentData()
        if not period_id:
            return
        try:
            self.state = report_service.report(self.session.reading(), period_id)
        except DanVanError as error:
            self.state = None
            self.error.setText(str(error))
            return
        state = self.state
        exportable = state.status in EXPORTABLE
        text = self.tr("Số liệu từ {start} đến {end}; hạn gửi {due}. Báo cáo: <b>{status}</b>.").format(
            start=f"{state.period.start:%d/%m/%Y}", end=f"{state.period.end:%d/%m/%Y}",
            due=f"{state.period.due:%d/%m/%Y}", status=self.tr(state.status_label))
        if not self.can_export:
            text += " " + self.tr("Ký và xuất gói báo cáo là việc của lãnh đạo: tài khoản cán bộ không xuất được "
                                  "gói; hãy báo lãnh đạo.")
        elif not exportable:
            text += " " + self.tr("Chỉ xuất được gói của báo cáo đã được lãnh đạo phê duyệt (mục Báo cáo).")
        elif state.status == "exported":
            text += " " + self.tr("Xuất lại sẽ tạo gói có số thứ tự mới, thay thế gói trước.")
        self.status_label.setText(text)
        self.export_button.setEnabled(exportable and self.can_export)
        self.export_button.setToolTip("" if self.can_export else self.tr(
            "Chỉ lãnh đạo ký và xuất gói báo cáo."))
        self._show_exports()

    def _show_exports(self) -> None:
        rows = bundle_service.exported_bundles(self.session.reading()) if self.can_export else []
        rows = sorted(rows, key=lambda r: r["exported_at"], reverse=True)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            values = [row["period"], str(row["sequence"]), dmy_hm(row["exported_at"]), row["exported_by"],
                      row["key_id"], row["sha256"][:16] + "…", Path(row["path"]).name]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 5:
                    item.setToolTip(row["sha256"])
                elif column == 6:
                    item.setToolTip(row["path"])
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()

    def exported_rows(self) -> list[tuple[str, ...]]:
        return [tuple(self.table.item(r, c).text() for c in range(self.table.columnCount()))
                for r in range(self.table.rowCount())]

    def _show_key(self) -> None:
        try:
            card = signing.key_card(self.session.reading())
        except DanVanError:
            card = None
        if card is None:
            self.key_label.setText(self.tr("Đơn vị chưa có khóa ký. Hãy tạo khóa, xuất thẻ khóa và gửi cho cấp tỉnh "
                                           "trước khi gửi gói báo cáo đầu tiên."))
        else:
            self.key_label.setText(self.tr(
                "Khóa đang dùng: <b>{key_id}</b> (tạo ngày {created})<br>Dấu vân tay (đọc qua điện thoại cho cấp tỉnh "
                "đối chiếu): <b style='font-family:monospace'>{fingerprint}</b>").format(
                key_id=card.key_id, created=dmy_hm(card.created_on), fingerprint=card.fingerprint))
        self.has_key = card is not None
        self.create_key_button.setVisible(card is None)
        for button in (self.create_key_button, self.card_button, self.rotate_button, self.pseudonym_button):
            button.setEnabled(self.can_manage_keys)
            button.setToolTip("" if self.can_manage_keys else self.tr(
                "Chỉ lãnh đạo hoặc quản trị hệ thống quản lý khóa ký."))
        self.create_key_button.setEnabled(self.can_make_keys)
        self.card_button.setEnabled(self.can_manage_keys and card is not None)
        self.rotate_button.setEnabled(self.can_make_keys and card is not None)
        for button in (self.create_key_button, self.rotate_button):
            if self.can_manage_keys and not self.can_make_keys:
                button.setToolTip(self.tr("Chỉ lãnh đạo tạo khóa ký (khóa ký là chữ ký của lãnh đạo)."))
        has_pseudonym = bundle_service.has_pseudonym_key(self.session.reading())
        self.pseudonym_label.setText(
            self.tr("Đã nhập khóa bí danh của tỉnh.") if has_pseudonym else
            self.tr("Chưa có khóa bí danh do tỉnh cấp: cần nhập trước khi xuất gói báo cáo."))

    # -- the passphrase --------------------------------------------------------------------------

    def _passphrase(self, new: bool = False) -> tuple[bool, str | None]:
        """(go on, signing passphrase): None where the keyring holds the key; asked otherwise,
        twice when it protects a new key."""
        if keystore.keyring_status().secure:
            return True, None
        prompt = self.tr("Máy này không có kho khóa an toàn; khóa ký được bảo vệ bằng cụm mật khẩu khóa ký\n"
                         "riêng của lãnh đạo (khác cụm mật khẩu cơ sở dữ liệu mà cán bộ dùng).\n\n"
                         "Cụm mật khẩu khóa ký:")
        text, ok = QInputDialog.getText(self, self.tr("Cụm mật khẩu khóa ký"), prompt, QLineEdit.EchoMode.Password)
        if not (ok and text):
            return False, None
        if new:
            again, ok = QInputDialog.getText(self, self.tr("Cụm mật khẩu khóa ký"),
                                             self.tr("Nhập lại cụm mật khẩu khóa ký:"), QLineEdit.EchoMode.Password)
            if not ok:
                return False, None
            if again != text:
                self._failed(DanVanError(self.tr("Hai lần nhập cụm mật khẩu khóa ký không khớp nhau.")))
                return False, None
        return True, text

    # -- actions ---------------------------------------------------------------------------------

    def export_bundle(self) -> None:
        state = self.state
        if state is None or state.status not in EXPORTABLE or not self.can_export:
            return
        unit = self.session.unit
        name = f"danvan-{unit.code if unit else 'donvi'}-{state.period.id}.zip"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Xuất gói báo cáo"), str(Path.home() / name),
                                                self.tr("Gói báo cáo (*.zip)"))
        if not chosen:
            return
        if not chosen.lower().endswith(".zip"):
            chosen += ".zip"
        evidence = self._choose_evidence(state.period.id)
        if evidence is None:
            return
        go_on, passphrase = self._passphrase()
        if not go_on:
            return
        self.export_button.setEnabled(False)
        self.error.setText("")
        self.runner.write(report_export.export_report_bundle, self.session, state.period.id, Path(chosen), evidence,
                          passphrase, changes=Changes(BUNDLES), on_result=self._exported, on_error=self._export_failed,
                          title=self.tr("Đang ký và ghi gói báo cáo…"), parent=self, cancellable=False)

    def _export_failed(self, error: BaseException) -> None:
        self._failed(error)
        self.refresh()

    def _choose_evidence(self, period_id: str) -> tuple[int, ...] | None:
        """The attachment ids to send (none when the period has no evidence); None: cancelled."""
        try:
            candidates = report_export.evidence_candidates(self.session.reading(), period_id)
        except DanVanError as error:
            self._failed(error)
            return None
        if not candidates:
            return ()
        dialog = EvidenceChoiceDialog(candidates, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen_ids()

    def _exported(self, exported) -> None:
        self.last_export = exported
        text = self.tr("Đã xuất gói báo cáo số {sequence} kỳ {period}:\n{path}\n\nSHA-256: {sha}\n\n"
                       "Gửi tệp này cho cấp tỉnh (thư điện tử, USB hoặc cổng tiếp nhận).").format(
            sequence=exported.sequence, period=exported.period, path=exported.path, sha=exported.sha256)
        self.message.setText(self.tr("Đã xuất gói số {sequence} ({path}); SHA-256 {sha}").format(
            sequence=exported.sequence, path=exported.path, sha=exported.sha256))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Đã xuất gói báo cáo"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DanVanError):
            self.error.setText(str(error))
            show_error(self, error)
        else:
            from ..messages import show_unexpected

            show_unexpected(self, error)

    def create_key(self) -> None:
        go_on, passphrase = self._passphrase(new=True)
        if go_on:
            self.runner.write(signing.ensure_signing_key, self.session, passphrase, changes=Changes(BUNDLES),
                              on_error=self._failed, title=self.tr("Đang tạo khóa ký…"), parent=self, cancellable=False)

    def rotate_key(self) -> None:
        if not confirm(self, self.tr("Đổi khóa ký"), self.tr(
                "Tạo khóa ký mới cho đơn vị? Các gói sau sẽ được ký bằng khóa mới; cấp tỉnh chỉ nhận được khi đã "
                "đăng ký thẻ khóa mới, nên hãy xuất và gửi thẻ khóa ngay sau đó.")):
            return
        go_on, passphrase = self._passphrase(new=True)
        if go_on:
            self.runner.write(signing.rotate_signing_key, self.session, passphrase, changes=Changes(BUNDLES),
                              on_result=self._rotated, on_error=self._failed, title=self.tr("Đang tạo khóa ký mới…"),
                              parent=self, cancellable=False)

    def _rotated(self, row: dict) -> None:
        self.message.setText(self.tr("Đã tạo khóa ký mới {key_id}. Hãy xuất thẻ khóa và gửi cho cấp tỉnh.").format(
            key_id=row["key_id"]))

    def export_card(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục ghi thẻ khóa"), str(Path.home()))
        if not folder:
            return
        try:
            files = self.runner.write_and_wait(signing.export_key_card, self.session, Path(folder),
                                               changes=Changes(BUNDLES), title=self.tr("Đang xuất thẻ khóa…"),
                                               parent=self)
        except DanVanError as error:  # a full or read-only USB stick included, said in Vietnamese
            self._failed(error)
            return
        card = files.card
        self.message.setText(self.tr("Đã xuất thẻ khóa {key_id}: {json}, {pub}. Dấu vân tay: {fingerprint}").format(
            key_id=card.key_id, json=files.json_path, pub=files.pub_path, fingerprint=card.fingerprint))
        QMessageBox.information(self, self.tr("Đã xuất thẻ khóa"), self.tr(
            "Đã ghi thẻ khóa vào {folder}:\n{json}\n{pub}\n\nGửi tệp .json cho cấp tỉnh, rồi gọi điện đọc dấu vân "
            "tay để cấp tỉnh đối chiếu:\n{fingerprint}").format(
            folder=folder, json=files.json_path.name, pub=files.pub_path.name, fingerprint=card.fingerprint))

    def import_pseudonym_key(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp khóa bí danh do tỉnh cấp"), str(Path.home()),
                                                self.tr("Khóa bí danh (*.key *.txt);;Mọi tệp (*)"))
        if not chosen:
            return
        try:
            text = Path(chosen).read_text("ascii")
        except (OSError, UnicodeDecodeError):
            self._failed(DanVanError(self.tr("Không đọc được khóa bí danh từ {path}.").format(path=chosen)))
            return
        try:  # one setting, right after the file dialog: the page waits for the runner
            self.runner.write_and_wait(bundle_service.set_pseudonym_key, self.session, text, changes=Changes(BUNDLES),
                                       title=self.tr("Đang lưu khóa bí danh…"), parent=self)
        except DanVanError as error:
            self._failed(error)
            return
        self.message.setText(self.tr("Đã nhập khóa bí danh của tỉnh."))
