"""The first-run wizard's input pages: welcome, unit, administrator, passphrase.

Each page checks what is typed with the domain's own rules as the user types, shows every
message at once under its field (``FieldErrors``, as in the entry forms) and keeps Next
disabled until the page is valid, so the form refuses exactly what the CLI and the services
refuse, with the same words.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QListWidgetItem, QRadioButton, QVBoxLayout, QWizard, QWizardPage

from ..domain.units import Level, search_units
from ..domain.users import validate_full_name, validate_password, validate_username
from ..errors import Problems, ValidationError
from ..security.keys import validate_new_passphrase
from ..services.units import bundled_unit_list
from .forms.ui_wizard_admin_page import Ui_WizardAdminPage
from .forms.ui_wizard_passphrase_page import Ui_WizardPassphrasePage
from .forms.ui_wizard_unit_page import Ui_WizardUnitPage
from .record_form import FieldErrors


def typed_problems(checks, repeat: tuple[str, str, str, str] | None = None,
                   strict: bool = False) -> tuple[ValidationError, ...]:
    """Every refusal of the ``(text, validate)`` pairs and of ``repeat`` (first, second, field,
    message: the second entry must equal the first), all at once.

    Unless ``strict`` (Next pressed anyway), an empty field is not reported: it only keeps the
    page incomplete, so a form is not red before the user has typed anything, and a repeat
    still being typed is not a mismatch yet."""
    problems = Problems()
    for text, validate in checks:
        if text or strict:
            problems.check(validate, text)
    if repeat is not None:
        first, second, field, message = repeat
        if (second != first) if strict else mismatch(first, second):
            problems.add(message, field)
    return tuple(problems.found)


def mismatch(first: str, second: str) -> bool:
    """True once the repeated entry can no longer become the first one (not while typing it)."""
    return bool(second) and second != first and (len(second) >= len(first) or not first.startswith(second))


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
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_choice = QRadioButton(self.tr("&Cài đặt mới cho một đơn vị"))
        self.new_choice.setChecked(True)
        self.restore_choice = QRadioButton(self.tr("&Khôi phục từ bản sao lưu (chuyển dữ liệu sang máy mới)"))
        self.restore_page_id = -1  # set by the wizard when it has that page
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.new_choice)
        layout.addWidget(self.restore_choice)
        layout.addStretch(1)

    def nextId(self) -> int:
        if self.restore_choice.isChecked() and self.restore_page_id >= 0:
            return self.restore_page_id
        return super().nextId()


class UnitPage(QWizardPage):
    """A province, then one of its communes; both lists searchable without accents."""

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


class _CheckedPage(QWizardPage):
    """A page whose fields are checked on every keystroke; ``problems()`` says what is wrong,
    each message under its field.

    When it is the wizard's commit page, Next creates the database (``FirstRunWizard.create``)
    and a refusal from the services lands on the page's own error line."""

    def _watch(self, fields: dict) -> None:
        self.field_errors = FieldErrors(self.ui.form, fields, self.ui.errorLabel)
        for edit in fields.values():
            edit.textChanged.connect(self._recheck)

    def _recheck(self) -> None:
        self.field_errors.show(self.problems(), focus=False)  # the user is typing: the focus stays
        self.completeChanged.emit()

    def problems(self, strict: bool = False) -> tuple[ValidationError, ...]:
        raise NotImplementedError

    def isComplete(self) -> bool:
        return not self.problems(strict=True)

    def error_texts(self) -> list[str]:
        """Every message on the page: under the fields, then the page's own line."""
        return self.field_errors.texts()

    def make_commit_page(self) -> None:
        self.setCommitPage(True)
        # QCoreApplication.translate with a fixed context: self.tr in a base class would look
        # the text up under the subclass's name, where lupdate never puts it.
        self.setButtonText(QWizard.WizardButton.CommitButton,
                           QCoreApplication.translate("FirstRunWizard", "&Tạo dữ liệu"))

    def validatePage(self) -> bool:
        # QWizard.next() does not look at isComplete(): check again, empty fields included.
        refused = self.problems(strict=True)
        if refused:
            self.field_errors.show(refused)
            return False
        if not self.isCommitPage():
            return True
        error = self.wizard().create()
        self.ui.errorLabel.setText(error)
        return not error


class AdminPage(_CheckedPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_WizardAdminPage()
        self.ui.setupUi(self)
        self._watch({"full_name": self.ui.fullNameEdit, "username": self.ui.usernameEdit,
                     "password": self.ui.passwordEdit, "confirm": self.ui.confirmEdit})

    def problems(self, strict: bool = False) -> tuple[ValidationError, ...]:
        return typed_problems([(self.ui.fullNameEdit.text(), validate_full_name),
                               (self.ui.usernameEdit.text(), validate_username),
                               (self.ui.passwordEdit.text(), validate_password)],
                              (self.ui.passwordEdit.text(), self.ui.confirmEdit.text(), "confirm",
                               self.tr("Hai lần nhập mật khẩu không khớp nhau.")), strict)

    def account(self) -> tuple[str, str, str]:
        """(username, password, full name) as typed; the service cleans and checks them again."""
        return self.ui.usernameEdit.text(), self.ui.passwordEdit.text(), self.ui.fullNameEdit.text()


class PassphrasePage(_CheckedPage):
    """Only on a PC without a secure keyring: the passphrase that will wrap the database key."""

    def __init__(self, reason: str, parent=None):
        super().__init__(parent)
        self.ui = Ui_WizardPassphrasePage()
        self.ui.setupUi(self)
        self.ui.reasonLabel.setText(reason)
        self._watch({"passphrase": self.ui.passphraseEdit, "confirm": self.ui.confirmEdit})

    def problems(self, strict: bool = False) -> tuple[ValidationError, ...]:
        return typed_problems([(self.ui.passphraseEdit.text(), validate_new_passphrase)],
                              (self.ui.passphraseEdit.text(), self.ui.confirmEdit.text(), "confirm",
                               self.tr("Hai lần nhập cụm mật khẩu không khớp nhau.")), strict)

    def passphrase(self) -> str:
        return self.ui.passphraseEdit.text()
