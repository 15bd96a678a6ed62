"""First run: choose the unit, create the administrator, show the recovery key.

The wizard returns the logged-in session (``wizard.result_of_setup.session``); the caller
opens the main window with it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QListWidgetItem, QVBoxLayout, QWizard, QWizardPage

from ..domain.units import Level, search_units
from ..domain.users import validate_full_name, validate_password, validate_username
from ..errors import DanVanError
from ..security.keys import validate_new_passphrase
from ..security.keystore import keyring_status
from ..services.setup import SetupResult, initialise
from ..services.units import bundled_unit_list
from ..storage.database import Unlock
from .assets import icon
from .forms.ui_wizard_admin_page import Ui_WizardAdminPage
from .forms.ui_wizard_unit_page import Ui_WizardUnitPage
from .recovery_key_page import RecoveryKeyPage


class WelcomePage(QWizardPage):
    def __init__(self, db_path: Path, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Chào mừng đến với Dân Vận Desktop"))
        text = QLabel(self.tr(
            "<p>Phần mềm giúp xã, phường ghi chép công tác dân vận chính quyền: hoạt động dân vận, "
            "tiếp công dân, đơn thư và thời hạn giải quyết, mô hình “Dân vận khéo”, dân chủ ở cơ sở; "
            "lập báo cáo 6 tháng và năm gửi tỉnh.</p>"
            "<p>Các bước tiếp theo: chọn đơn vị, tạo tài khoản quản trị, rồi in khóa khôi phục dữ liệu.</p>"
            "<p>Dữ liệu được mã hóa và lưu tại:<br><code>{path}</code></p>").format(path=db_path))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(text)


class UnitPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_WizardUnitPage()
        self.ui.setupUi(self)
        self.units = bundled_unit_list()
        self.ui.provinceSearch.textChanged.connect(self.fill_provinces)
        self.ui.communeSearch.textChanged.connect(self.fill_communes)
        self.ui.provinceList.currentItemChanged.connect(lambda *_: self.fill_communes())
        self.ui.communeList.currentItemChanged.connect(lambda *_: self.completeChanged.emit())
        self.fill_provinces()

    def fill_provinces(self) -> None:
        self._fill(self.ui.provinceList, search_units(self.units, self.ui.provinceSearch.text(), Level.PROVINCE))
        if self.ui.provinceList.count() == 1:
            self.ui.provinceList.setCurrentRow(0)

    def fill_communes(self) -> None:
        province = self.ui.provinceList.currentItem()
        found = []
        if province is not None:
            found = search_units(self.units, self.ui.communeSearch.text(), Level.COMMUNE,
                                 parent_code=province.data(Qt.ItemDataRole.UserRole).code, limit=1000)
        self._fill(self.ui.communeList, found)
        if self.ui.communeList.count() == 1:
            self.ui.communeList.setCurrentRow(0)
        self.completeChanged.emit()

    @staticmethod
    def _fill(widget, units) -> None:
        widget.clear()
        for unit in units:
            item = QListWidgetItem(f"{unit.name}  ({unit.code})")
            item.setData(Qt.ItemDataRole.UserRole, unit)
            widget.addItem(item)

    def selected_unit(self):
        item = self.ui.communeList.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def isComplete(self) -> bool:
        return self.selected_unit() is not None


class AdminPage(QWizardPage):
    """Validates through the domain; creating the database is the page's commit."""

    def __init__(self, db_path: Path, parent=None):
        super().__init__(parent)
        self.ui = Ui_WizardAdminPage()
        self.ui.setupUi(self)
        self.db_path = db_path
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Tạo dữ liệu"))
        status = keyring_status()
        self.needs_passphrase = not status.secure
        self.ui.passphraseBox.setVisible(self.needs_passphrase)
        self.ui.passphraseReason.setText(status.reason + " " + self.tr(
            "Cần nhập cụm mật khẩu này mỗi lần mở phần mềm; hãy ghi nhớ nó."))
        for edit in (self.ui.fullNameEdit, self.ui.usernameEdit, self.ui.passwordEdit, self.ui.confirmEdit,
                     self.ui.passphraseEdit, self.ui.passphraseConfirmEdit):
            edit.textChanged.connect(self.completeChanged)
            edit.textChanged.connect(lambda *_: self.ui.errorLabel.clear())

    def isComplete(self) -> bool:
        filled = all(e.text() for e in (self.ui.fullNameEdit, self.ui.usernameEdit, self.ui.passwordEdit,
                                        self.ui.confirmEdit))
        if self.needs_passphrase:
            filled = filled and bool(self.ui.passphraseEdit.text() and self.ui.passphraseConfirmEdit.text())
        return filled

    def validatePage(self) -> bool:
        try:
            validate_full_name(self.ui.fullNameEdit.text())
            validate_username(self.ui.usernameEdit.text())
            validate_password(self.ui.passwordEdit.text())
            if self.ui.passwordEdit.text() != self.ui.confirmEdit.text():
                raise DanVanError(self.tr("Hai lần nhập mật khẩu không khớp nhau."))
            passphrase = None
            if self.needs_passphrase:
                passphrase = validate_new_passphrase(self.ui.passphraseEdit.text())
                if passphrase != self.ui.passphraseConfirmEdit.text():
                    raise DanVanError(self.tr("Hai lần nhập cụm mật khẩu không khớp nhau."))
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.wizard().result_of_setup = initialise(
                    self.db_path, Unlock(passphrase=passphrase), self.wizard().unit_page.selected_unit().code,
                    self.ui.usernameEdit.text(), self.ui.passwordEdit.text(), self.ui.fullNameEdit.text())
            finally:
                QGuiApplication.restoreOverrideCursor()
        except DanVanError as error:
            self.ui.errorLabel.setText(str(error))
            return False
        return True


class FirstRunWizard(QWizard):
    def __init__(self, db_path: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cài đặt lần đầu — Dân Vận Desktop"))
        self.setWindowIcon(icon("app"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(760, 560)
        self.result_of_setup: SetupResult | None = None
        self.unit_page = UnitPage()
        self.admin_page = AdminPage(Path(db_path))
        for page in (WelcomePage(Path(db_path)), self.unit_page, self.admin_page, RecoveryKeyPage()):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Tiếp theo >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Quay lại"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Hủy"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Bắt đầu làm việc"))

    def reject(self) -> None:
        # Once the database exists, its recovery key must not be lost by closing the window.
        if self.result_of_setup is not None and not self.currentPage().isComplete():
            return
        super().reject()
