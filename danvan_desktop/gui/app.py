"""``danvan-desktop``: start-up, unlocking, first run, login, main window."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from .. import APP_ID, APP_NAME
from ..errors import CorruptDatabase, DanVanError, SecretRequired, StorageError, WrongSecret
from ..paths import data_dir, default_database_path, resource
from ..services.session import Session
from ..storage import backups
from ..storage.database import Store, Unlock, open_database
from .assets import icon, load_fonts, ui_font
from .login_dialog import LoginDialog
from .main_window import MainWindow
from .messages import show_error
from .restore_dialog import RestoreDialog
from .runner import Runner
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
    return app


def _install_translations(app: QApplication) -> None:
    """Qt's own strings in Vietnamese, and an app translation if one exists for the locale."""
    locale = QLocale.system().name()
    for name, folder in (("qtbase_vi", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         (f"danvan_{locale}", str(resource("translations")))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)


def unlock_and_open(db_path: Path, parent=None, runner: Runner | None = None) -> Store | None:
    """Open the database, asking for what it needs; offer a restore when it is damaged.

    Opening checks only what is cheap (the full check runs once the main window is up), but
    an upgrade can take a while: it runs in the background behind a busy dialog."""
    runner = runner or Runner()
    unlock = Unlock.from_environment()
    error = ""
    while True:
        try:
            return runner.call(open_database, db_path, unlock, parent=parent,
                               title=QApplication.translate("App", "Đang mở dữ liệu…"))
        except SecretRequired as need:
            dialog = UnlockDialog(need, parent, error)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            if need.kind == "recovery_key":
                unlock.recovery_key = dialog.secret()
            else:
                unlock.passphrase = dialog.secret()
        except WrongSecret as wrong:
            error = str(wrong)
            unlock = Unlock()
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

    Runs while the damaged database is closed (opening it failed); the damaged file is kept
    as a pre-restore backup by the core."""
    dialog = RestoreDialog(db_path, str(problem), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        kept = (runner or Runner()).call(
            backups.restore_backup, dialog.chosen_backup(), db_path, unlock, parent=parent,
            title=QApplication.translate("App", "Đang kiểm tra và khôi phục bản sao lưu…"))
    except DanVanError as failed:
        show_error(parent, failed, QApplication.translate("App", "Không khôi phục được"))
        return False
    QMessageBox.information(
        parent, QApplication.translate("App", "Đã khôi phục"),
        QApplication.translate("App", "Đã khôi phục dữ liệu. Tệp cũ được giữ tại {path}.").format(path=kept))
    return True


def start_session(db_path: Path) -> Session | None:
    if not db_path.exists():
        wizard = FirstRunWizard(db_path)
        wizard.exec()
        result = wizard.result_of_setup
        return result.session if result else None
    runner = Runner()
    store = unlock_and_open(db_path, runner=runner)
    if store is None:
        return None
    login = LoginDialog(store)
    if login.exec() != QDialog.DialogCode.Accepted:
        store.close()
        return None
    return login.session


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    parser = argparse.ArgumentParser(prog="danvan-desktop", description="Dân Vận Desktop")
    parser.add_argument("--db", help="tệp cơ sở dữ liệu")
    parser.add_argument("--self-test", action="store_true", help="tự kiểm tra bản cài đặt rồi thoát")
    args, qt_args = parser.parse_known_args(argv[1:])
    if args.self_test:
        from .selftest import main as self_test

        return self_test()
    logging.basicConfig(level=logging.INFO, handlers=[_log_handler()])
    app = create_application([argv[0], *qt_args])
    session = start_session(Path(args.db) if args.db else default_database_path())
    if session is None:
        return 0
    window = MainWindow(session)
    window.show()
    window.start_background_check()  # the full integrity check, then the daily backup
    code = app.exec()
    session.store.close()
    return code


def _log_handler() -> logging.Handler:
    try:
        folder = data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        return logging.FileHandler(folder / "danvan-desktop.log", encoding="utf-8")
    except OSError:
        return logging.StreamHandler()


if __name__ == "__main__":
    sys.exit(main())
