"""``danvan-desktop``: start-up, unlocking, first run, login, main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from .. import APP_ID, APP_NAME, private_temp
from ..errors import CorruptDatabase, DanVanError, SecretRequired, StorageError, WrongSecret
from ..logs import setup_logging
from ..paths import data_dir, default_database_path, resource
from ..services.restore import restore_damaged
from ..services.session import Session
from ..storage.database import Store, Unlock, change_passphrase, open_database
from .assets import icon, load_fonts, ui_font
from .crash_handler import install_crash_handler
from .wheel_guard import install_wheel_guard
from .launch import parse_arguments
from .login_dialog import LoginDialog
from .messages import show_error
from .restore_dialog import RestoreDialog
from .runner import Runner
from .session_control import SessionController
from .single_instance import SingleInstance
from .unlock_dialog import UnlockDialog
from .wizard import FirstRunWizard

log = logging.getLogger(__name__)


def create_application(argv: list[str]) -> QApplication:
    # Month and weekday names, number formats in calendars and date pickers: Vietnamese,
    # whatever the PC's system language.
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(icon("app"))
    if "Liberation Sans" in load_fonts():
        app.setFont(ui_font())
    _install_translations(app)
    install_wheel_guard(app)  # the wheel turns only the focused number or choice, in every window
    return app


def _install_translations(app: QApplication) -> None:
    """The interface speaks Vietnamese, Qt's own words included (Có / Không, Sao chép, the
    file and print dialogs), from the project's qtbase_vi (Qt ships none). Where the PC's
    language has a translation of the app, the app and Qt's words follow that language."""
    locale = QLocale.system().name()
    ours = str(resource("translations"))
    app_translation = QTranslator(app)
    if app_translation.load(f"danvan_{locale}", ours) and not app_translation.isEmpty():
        app.installTranslator(app_translation)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{locale}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
        return
    qt = QTranslator(app)
    if qt.load("qtbase_vi", ours):
        app.installTranslator(qt)
    else:
        log.warning("qtbase_vi.qm missing in %s: Qt's own words stay English (run scripts/compile_translations.sh)",
                    ours)


def unlock_and_open(db_path: Path, parent=None, runner: Runner | None = None) -> Store | None:
    """Open the database, asking for what it needs; offer a restore when it is damaged.

    Opening checks only what is cheap (the full check runs once the main window is up), but
    an upgrade can take a while: it runs in the background behind a busy dialog."""
    runner = runner or Runner()
    unlock = Unlock.from_environment()
    error = ""
    new_passphrase = None  # to set once the recovery key has opened a database whose passphrase is lost
    while True:
        try:
            store = runner.call(open_database, db_path, unlock, parent=parent,
                                title=QApplication.translate("App", "Đang mở dữ liệu…"))
            if new_passphrase:
                change_passphrase(db_path, Unlock(recovery_key=unlock.recovery_key), new_passphrase)
            return store
        except SecretRequired as need:
            dialog = UnlockDialog(need, parent, error)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            if dialog.kind == "recovery_key":
                unlock.recovery_key = dialog.secret()
                new_passphrase = getattr(dialog, "new_passphrase", lambda: None)()
            else:
                unlock.passphrase = dialog.secret()
        except WrongSecret as wrong:
            error = str(wrong)
            unlock = Unlock()
            new_passphrase = None
        except DanVanError as broken:  # from a bad recovery key's shape to a damaged file
            if isinstance(broken, CorruptDatabase) and offer_restore(db_path, broken, unlock, parent, runner):
                continue
            if not isinstance(broken, StorageError):
                error = str(broken)
                unlock = Unlock()
                continue
            show_error(parent, broken, QApplication.translate("App", "Không mở được dữ liệu"))
            return None


def offer_restore(db_path: Path, problem: CorruptDatabase, unlock: Unlock, parent=None,
                  runner: Runner | None = None) -> bool:
    """Let the user pick a backup and put it in place; True when the database was restored.

    Runs while the damaged database is closed (opening it failed). The restore needs this
    database's key (``unlock``, or the keyring) and an administrator of the backup; the
    damaged file is kept as a pre-restore backup by the core."""
    runner = runner or Runner()
    kept: list = []

    def attempt(dialog: RestoreDialog) -> str:
        username, password = dialog.administrator()
        try:
            kept.append(runner.call(
                restore_damaged, db_path, dialog.chosen_backup(), unlock, username, password,
                dialog.backup_recovery_key(), parent=dialog,
                title=QApplication.translate("App", "Đang kiểm tra và khôi phục bản sao lưu…")))
        except DanVanError as failed:
            return str(failed)
        return ""

    dialog = RestoreDialog(db_path, str(problem), parent, needs_admin=True, attempt=attempt)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    QMessageBox.information(
        parent, QApplication.translate("App", "Đã khôi phục"),
        QApplication.translate("App", "Đã khôi phục dữ liệu. Tệp cũ được giữ tại {path}.").format(path=kept[0]))
    return True


def start_session(db_path: Path) -> Session | None:
    if not db_path.exists():
        wizard = FirstRunWizard(db_path)
        wizard.exec()
        result = wizard.result_of_setup
        if wizard.restored_store is None:
            return result.session if result else None
        store = wizard.restored_store  # restored on a new PC: its users log in
    else:
        runner = Runner()
        store = unlock_and_open(db_path, runner=runner)
        if store is None:
            return None
    login = LoginDialog(store)
    if login.exec() != QDialog.DialogCode.Accepted:
        store.close()
        return None
    return login.session


def main(argv: list[str] | None = None, splash: QWidget | None = None) -> int:
    """Start the app; ``danvan_desktop.gui.launch.main`` calls it with its splash on screen."""
    argv = list(sys.argv if argv is None else argv)
    args = parse_arguments(argv[1:])
    if args.self_test:
        from .selftest import main as self_test

        return self_test()
    logs = data_dir() / "logs"
    setup_logging(logs, "danvan-desktop")
    private_temp.clean_stale()
    app = create_application(argv[:1])
    if splash is not None:
        splash.close()
    install_crash_handler(logs)
    db_path = Path(args.db) if args.db else default_database_path()
    instance = SingleInstance(db_path)
    if not instance.claim():
        if not instance.ask_first_to_come_forward():
            QMessageBox.information(None, APP_NAME, QApplication.translate(
                "App", "Dân Vận Desktop đang mở dữ liệu {path} ở một cửa sổ khác; hãy dùng cửa sổ đó.").format(
                path=db_path))
        return 0
    try:
        while True:
            controller = open_office(db_path)
            if controller is None:
                return 0
            instance.window = controller.window
            controller.window_opened.connect(lambda window: setattr(instance, "window", window))
            controller.finished.connect(app.quit)
            code = app.exec()
            window = controller.window
            controller.store.close()
            # After a restore from Cài đặt the data are new: open and log in again.
            if not getattr(window, "reopen_requested", False):
                return code
    finally:
        instance.release()


def open_office(db_path: Path) -> SessionController | None:
    """First run or login, then the user's main window. One window per user: "Đăng xuất"
    brings back the login dialog, and the app ends when nobody logs in again."""
    session = start_session(db_path)
    if session is None:
        return None
    controller = SessionController(session.store)
    controller.start(session)
    controller.window.start_background_check()  # the full integrity check, then the daily backup
    return controller


if __name__ == "__main__":
    sys.exit(main())
