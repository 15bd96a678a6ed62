"""The main window: navigation on the left, one page per section, unit and user below."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow

from .. import APP_NAME
from ..domain.units import Level
from ..errors import Cancelled
from ..services.changes import PETITIONS, RECEPTIONS, Changes
from ..services.petition_schedule import store_missing_report_facts
from ..services.petitions import overdue_count
from ..services.session import Session
from .assets import icon
from .forms.ui_main_window import Ui_MainWindow
from .about_dialog import AboutDialog
from .help_dialog import HelpDialog
from .import_dialog import ImportDialog
from .integrity_watch import IntegrityWatch
from .pages.activities_page import ActivitiesPage
from .pages.bundles_page import BundlesPage
from .pages.democracy_page import DemocracyPage
from .pages.empty_section_page import EmptySectionPage
from .pages.models_page import ModelsPage
from .pages.overview_page import OverviewPage
from .pages.petitions_page import PetitionsPage
from .pages.province_page import ProvincePage
from .pages.receptions_page import ReceptionsPage
from .pages.reports_page import ReportsPage
from .pages.settings_page import SettingsPage
from .runner import Runner, wait_for_all
from .window_state import remember_window, restore_window

log = logging.getLogger(__name__)

# (key, icon, label); the order is the order officers asked for. Labels are marked for
# lupdate here and translated when the window is built.
SECTIONS = (
    ("overview", "overview", QT_TRANSLATE_NOOP("MainWindow", "Tổng quan")),
    ("activities", "activities", QT_TRANSLATE_NOOP("MainWindow", "Hoạt động")),
    ("receptions", "receptions", QT_TRANSLATE_NOOP("MainWindow", "Tiếp công dân")),
    ("petitions", "petitions", QT_TRANSLATE_NOOP("MainWindow", "Đơn thư")),
    ("models", "models", QT_TRANSLATE_NOOP("MainWindow", "Mô hình “Dân vận khéo”")),
    ("democracy", "democracy", QT_TRANSLATE_NOOP("MainWindow", "Dân chủ ở cơ sở")),
    ("reports", "reports", QT_TRANSLATE_NOOP("MainWindow", "Báo cáo")),
    ("bundles", "bundles", QT_TRANSLATE_NOOP("MainWindow", "Gói báo cáo")),
    ("settings", "settings", QT_TRANSLATE_NOOP("MainWindow", "Cài đặt")),
)
# A province records nothing itself: it receives, verifies and consolidates the communes'
# report bundles (DOMAIN.md, who uses it).
PROVINCE_SECTIONS = (
    ("province", "bundles", QT_TRANSLATE_NOOP("MainWindow", "Tổng hợp báo cáo")),
    ("settings", "settings", QT_TRANSLATE_NOOP("MainWindow", "Cài đặt")),
)

# Registers an office may bring from its Excel books (section key -> register).
IMPORTABLE = {"petitions": "petitions", "receptions": "receptions", "activities": "activities"}

# What each section not yet built will hold, so the page says something useful.
UPCOMING: dict[str, str] = {}


def is_parent_unit(session: Session) -> bool:
    """A province (or a district of the legacy hierarchy) receives bundles; a commune sends them."""
    unit = session.unit
    return unit is not None and unit.level in (Level.PROVINCE, Level.DISTRICT)


def sections_for(session: Session) -> tuple:
    """The sections of the unit's level: a legacy district kept its own registers as well."""
    unit = session.unit
    return PROVINCE_SECTIONS if unit is not None and unit.level == Level.PROVINCE else SECTIONS


class MainWindow(QMainWindow):
    def __init__(self, session: Session, runner: Runner | None = None, parent=None):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.session = session
        self.runner = runner or Runner(self)
        # The GUI thread reads on the read-only connection and writes through the runner. The
        # thread guard (Store.guard_thread) is for tests only: a trace callback on a connection
        # two threads use can deadlock (SQLite's mutex held while the callback waits for the GIL).
        self.runner.changed.connect(self._changed)
        reading = session.reading()  # the window's own reads: the read-only connection
        unit = reading.unit
        self.setWindowTitle(f"{APP_NAME} — {unit.name}" if unit else APP_NAME)
        self.setWindowIcon(icon("app"))
        self.pages = {}
        self.sections = sections_for(reading)
        for index, (key, icon_name, label) in enumerate(self.sections):
            item = QListWidgetItem(icon(icon_name), self.tr(label))
            item.setToolTip(f"{self.tr(label)} (Ctrl+{index + 1})")
            self.ui.navigation.addItem(item)
            page = self._make_page(key, label)
            self.pages[key] = page
            self.ui.pages.addWidget(page)
            QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self, activated=lambda i=index: self.show_section(i))
        self.ui.navigation.currentRowChanged.connect(self._section_changed)
        self.ui.quitAction.triggered.connect(self.close)
        self.ui.aboutAction.triggered.connect(self.about)
        self.ui.aboutAction.setShortcut(QKeySequence())  # F1 is the guide, as everywhere
        self.help_dialog = None
        self.help_action = QAction(self.tr("&Hướng dẫn sử dụng"), self)
        self.help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.help_action.triggered.connect(self.show_help)
        self.ui.helpMenu.insertAction(self.ui.aboutAction, self.help_action)
        self.ui.backupAction.triggered.connect(self.pages["settings"].backup)
        self.import_dialog = None
        if any(key in self.pages for key in IMPORTABLE):
            self.import_action = QAction(self.tr("&Nhập từ Excel…"), self)
            self.import_action.setShortcut(QKeySequence("Ctrl+I"))
            self.import_action.setStatusTip(self.tr("Nhập sổ đơn thư, sổ tiếp công dân hoặc hoạt động đang theo dõi "
                                                    "bằng Excel"))
            self.import_action.triggered.connect(self.import_from_excel)
            self.ui.fileMenu.insertAction(self.ui.backupAction, self.import_action)
        self.unit_label = QLabel(f"{unit.name} ({unit.code})" if unit else "")
        self.user_label = QLabel(self.tr("Người dùng: {name} ({role})").format(
            name=session.user.full_name, role=session.user.role.label))
        for label in (self.unit_label, self.user_label):
            label.setContentsMargins(10, 0, 10, 0)
            self.ui.statusbar.addPermanentWidget(label)
        self.integrity_watch = IntegrityWatch(session.store, self)
        self.ui.statusbar.addWidget(self.integrity_watch)
        self.integrity_watch.finished.connect(self.pages["settings"].integrity_checked)
        self.update_badges()
        self.show_section(0)
        # Petitions written before the report facts were stored get them once, in the
        # background (figures are right meanwhile, only slower); closing cancels it.
        self.facts_worker = self.runner.run(
            store_missing_report_facts, session, on_error=self._facts_failed,
            title=self.tr("Đang chuẩn bị số liệu báo cáo cho dữ liệu cũ…"), parent=self)
        restore_window(self, self.size())  # maximised on a small screen, else as last left

    def start_background_check(self) -> None:
        """The full integrity check (then the daily backup) once the window is up."""
        self.integrity_watch.start()

    def _facts_failed(self, error: BaseException) -> None:
        """Cancelled at close, or failed: the reports fall back to computing those rows."""
        if not isinstance(error, Cancelled):
            log.warning("report facts not stored: %s: %s", type(error).__name__, error)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(PETITIONS) or changes.touches(RECEPTIONS):
            self.update_badges()

    def update_badges(self) -> None:
        """The overdue count on Đơn thư: what leaders ask about first."""
        keys = [key for key, _, _ in self.sections]
        if "petitions" not in keys:
            return
        index = keys.index("petitions")
        item = self.ui.navigation.item(index)
        overdue = overdue_count(self.session.reading())  # an indexed count, on the read-only connection
        item.setText(self.tr("Đơn thư") + (self.tr("  ({n} quá hạn)").format(n=overdue) if overdue else ""))
        item.setForeground(QBrush(QColor("#b00020")) if overdue else QBrush())

    def _make_page(self, key: str, label: str):
        if key == "overview":
            page = OverviewPage(self.session, self.runner)
            page.overdue_requested.connect(self.show_overdue)
            return page
        if key == "petitions":
            return PetitionsPage(self.session, self.runner)  # its saves come back on runner.changed
        if key == "activities":
            return ActivitiesPage(self.session, runner=self.runner)
        if key == "democracy":
            return DemocracyPage(self.session, runner=self.runner)
        if key == "models":
            return ModelsPage(self.session, runner=self.runner)
        if key == "receptions":
            page = ReceptionsPage(self.session, runner=self.runner)
            page.changed.connect(self.update_badges)
            return page
        if key == "reports":
            return ReportsPage(self.session, self.runner)
        if key == "settings":
            return SettingsPage(self.session, self.runner)
        if key == "province" or (key == "bundles" and is_parent_unit(self.session.reading())):
            return ProvincePage(self.session, self.runner)
        if key == "bundles":
            return BundlesPage(self.session, self.runner)
        return EmptySectionPage(self.tr(label), self.tr(UPCOMING[key]))

    def import_from_excel(self) -> None:
        """Nhập từ Excel, for the register on screen (petitions when another page is)."""
        current = self.sections[self.ui.navigation.currentRow()][0]
        self.import_dialog = ImportDialog(self.session, self.runner, IMPORTABLE.get(current, "petitions"), self)
        self.import_dialog.imported.connect(self._imported)
        self.import_dialog.open()

    def _imported(self, register: str) -> None:
        """The import announced its Changes (the register and the badge follow them); a page
        that does not follow runner.changed yet is read again."""
        key = next(k for k, v in IMPORTABLE.items() if v == register)
        page = self.pages.get(key)
        if key != "petitions" and page is not None and hasattr(page, "refresh"):
            page.refresh()

    def show_overdue(self) -> None:
        """Đơn thư with the overdue filter, the most days overdue first."""
        keys = [key for key, _, _ in self.sections]
        self.show_section(keys.index("petitions"))
        self.pages["petitions"].show_overdue()

    def show_section(self, index: int) -> None:
        self.ui.navigation.setCurrentRow(index)

    def _section_changed(self, index: int) -> None:
        self.ui.pages.setCurrentIndex(index)
        page = self.ui.pages.currentWidget()
        if hasattr(page, "refresh"):
            page.refresh()

    def about(self) -> None:
        AboutDialog(self.session, self).exec()

    def show_help(self) -> None:
        """The guide beside the work, not over it: one window, raised if already open."""
        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self)
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()

    def closeEvent(self, event) -> None:
        remember_window(self)
        # Let a running task finish before the database closes under it.
        self.facts_worker.task.cancel()
        for page in self.pages.values():  # unsaved typing (the report draft) queued first
            getattr(page, "save_in_background", lambda: None)()
        self.integrity_watch.wait()
        wait_for_all()  # the window's runner and any dialog's or page's own
        super().closeEvent(event)
