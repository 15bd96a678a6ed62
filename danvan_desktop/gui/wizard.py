"""First run: choose the unit, create the administrator, (without a secure keyring) set a
passphrase, create the database in the background, show the recovery key.

The wizard returns the logged-in session (``wizard.result_of_setup.session``); the caller
opens the main window with it. On a new PC the welcome page offers "Khôi phục từ bản sao
lưu" instead: the restored database is then ``wizard.restored_store`` and the caller asks
to log in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard

from ..errors import DanVanError
from ..security.keystore import keyring_status
from ..services.restore import restore_on_new_pc
from ..services.setup import SetupResult, initialise
from ..storage.database import Store, Unlock
from .assets import icon
from .record_form import discard_confirmed, form_values
from .recovery_key_page import RecoveryKeyPage
from .runner import Runner
from .screen_fit import resize_to_screen
from .wizard_pages import AdminPage, PassphrasePage, UnitPage, WelcomePage
from .wizard_restore_page import RestoreFromBackupPage


class FirstRunWizard(QWizard):
    def __init__(self, db_path: Path, parent=None, runner: Runner | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.runner = runner or Runner(self)
        self.result_of_setup: SetupResult | None = None
        self._creating = False
        self.setWindowTitle(self.tr("Cài đặt lần đầu — Dân Vận Desktop"))
        self.setWindowIcon(icon("app"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        resize_to_screen(self, 780, 560)

        keyring = keyring_status()
        self.unit_page = UnitPage()
        self.admin_page = AdminPage()
        # The passphrase page exists only where the OS keyring cannot hold the key.
        self.passphrase_page = None if keyring.secure else PassphrasePage(keyring.reason)
        self.recovery_page = RecoveryKeyPage()
        (self.passphrase_page or self.admin_page).make_commit_page()
        self.welcome_page = WelcomePage(self.db_path)
        for page in (self.welcome_page, self.unit_page, self.admin_page, self.passphrase_page,
                     self.recovery_page):
            if page is not None:
                self.addPage(page)
        # The other road from the welcome page: a backup and its recovery key (a new PC).
        self.restore_page = RestoreFromBackupPage(None if keyring.secure else keyring.reason)
        self.welcome_page.restore_page_id = self.addPage(self.restore_page)
        self.restored_store: Store | None = None
        self._shown_values: tuple | None = None  # what was typed when shown: Hủy asks once changed
        # Only the recovery key's page may not be cancelled (closing would lose the key).
        self.currentIdChanged.connect(lambda _: self.setOption(
            QWizard.WizardOption.NoCancelButtonOnLastPage, self.currentPage() is self.recovery_page))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Tiếp theo >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Quay lại"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Hủy"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Bắt đầu làm việc"))

    def create(self) -> str:
        """Create the database from what the pages hold; '' on success, else the message.

        Creation (key derivation, the new encrypted file, the first records) runs on the
        background runner behind a busy dialog, so the window stays painted."""
        if self._creating or self.result_of_setup is not None:
            return "" if self.result_of_setup is not None else self.tr("Đang tạo dữ liệu…")
        username, password, full_name = self.admin_page.account()
        unlock = Unlock(passphrase=self.passphrase_page.passphrase() if self.passphrase_page else None)
        self._creating = True
        try:
            self.result_of_setup = self.runner.call(
                initialise, self.db_path, unlock, self.unit_page.selected_unit().code, username, password,
                full_name, title=self.tr("Đang tạo dữ liệu đã mã hóa…"), parent=self)
        except DanVanError as refused:
            return str(refused)
        finally:
            self._creating = False
        return ""

    def nextId(self) -> int:
        # The two roads end apart: the recovery key of a new database, or the restored backup.
        if self.currentPage() in (self.recovery_page, self.restore_page):
            return -1
        return super().nextId()

    def restore(self) -> str:
        """Put the chosen backup in place with its recovery key; '' on success, else the message.

        The database is then open (``restored_store``) and the caller asks to log in."""
        page = self.restore_page
        try:
            self.restored_store = self.runner.call(
                restore_on_new_pc, self.db_path, page.backup_path(), page.recovery_key(), page.passphrase(),
                title=self.tr("Đang kiểm tra và khôi phục bản sao lưu…"), parent=self)
        except DanVanError as refused:
            return str(refused)
        return ""

    def _typed(self) -> tuple:
        """What the input pages hold (the welcome page's choice of road is not typed work)."""
        return tuple(form_values(page) for page in (self.unit_page, self.admin_page, self.passphrase_page,
                                                     self.restore_page) if page is not None)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._shown_values is None:
            self._shown_values = self._typed()

    def reject(self) -> None:
        if self.result_of_setup is not None:
            # Once the database exists, its recovery key must not be lost by closing the window.
            if not self.currentPage().isComplete():
                return
        elif (self._shown_values is not None and self._typed() != self._shown_values
              and not discard_confirmed(self)):
            return  # Esc or Hủy with typed text, as in the entry forms: asked first
        super().reject()
