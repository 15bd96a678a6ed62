"""Where the main window opens: maximised on a small screen the first time, then where and
how the user left it.

The rule: a screen whose available area (taskbar excluded, in logical pixels) is narrower
than 1400 or lower than 800 is small: a 1366x768 laptop at 100% (about 1366x728) or at 125%
(1093x582), 1280x1024, 1920x1080 at 150%. There the window opens maximised; elsewhere it
opens at its designed size, centred. Closing the window remembers its normal size and
position and whether it was maximised, in ``gui-settings.ini`` in the user's data folder
(``paths.data_dir``: tests give each run its own), and the next start restores them. A
remembered place on a monitor since removed, or partly off the screen, is brought back
onto the nearest screen; a remembered size larger than that screen opens maximised.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from ..paths import data_dir
from .screen_fit import FRAME

SMALL_SCREEN = QSize(1400, 800)
SETTINGS_FILE = "gui-settings.ini"
GROUP = "MainWindow"


def gui_settings() -> QSettings:
    """The GUI's own preferences file, in the data folder (never the registry nor ~/.config)."""
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / SETTINGS_FILE), QSettings.Format.IniFormat)


def is_small(available: QRect) -> bool:
    return available.width() < SMALL_SCREEN.width() or available.height() < SMALL_SCREEN.height()


def placement(saved: QRect | None, maximised: bool, screens: list[QRect], primary: QRect,
              default: QSize) -> tuple[QRect, bool]:
    """The window's normal geometry (client area) and whether to maximise it.

    ``screens`` are the available areas of the screens now attached, ``primary`` the primary
    one's; ``saved`` is the remembered normal geometry, None on the first start."""
    if saved is None or not saved.isValid():
        usable = primary.marginsRemoved(FRAME)
        size = default.boundedTo(usable.size())
        rect = QRect(0, 0, size.width(), size.height())
        rect.moveCenter(usable.center())
        return rect, is_small(primary)
    screen = _screen_of(saved, screens) or primary
    usable = screen.marginsRemoved(FRAME)
    too_big = saved.width() > usable.width() or saved.height() > usable.height()
    rect = QRect(saved.topLeft(), saved.size().boundedTo(usable.size()))
    # Moved inside, the right and bottom edges first so a window larger than the screen
    # keeps its title bar (top left) reachable.
    rect.moveRight(min(rect.right(), usable.right()))
    rect.moveBottom(min(rect.bottom(), usable.bottom()))
    rect.moveLeft(max(rect.left(), usable.left()))
    rect.moveTop(max(rect.top(), usable.top()))
    return rect, maximised or too_big


def _screen_of(rect: QRect, screens: list[QRect]) -> QRect | None:
    """The screen showing most of ``rect``; None when it is on none of them."""
    best, best_area = None, 0
    for screen in screens:
        overlap = screen.intersected(rect)
        area = overlap.width() * overlap.height() if overlap.isValid() else 0
        if area > best_area:
            best, best_area = screen, area
    return best


def restore_window(window: QWidget, default: QSize) -> None:
    """Give ``window`` its place before it is shown (``show()`` then honours a maximised state)."""
    settings = gui_settings()
    saved = settings.value(f"{GROUP}/normal_geometry")
    maximised = settings.value(f"{GROUP}/maximised", False, type=bool)
    primary = QGuiApplication.primaryScreen()
    rect, maximise = placement(saved if isinstance(saved, QRect) else None, maximised,
                               [screen.availableGeometry() for screen in QGuiApplication.screens()],
                               primary.availableGeometry(), default)
    window.setGeometry(rect)
    if maximise:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def remember_window(window: QWidget) -> None:
    """Keep the window's normal geometry and maximised state for the next start."""
    settings = gui_settings()
    maximised = window.isMaximized()
    normal = window.normalGeometry() if maximised else window.geometry()
    if normal.isValid():  # maximised from the start, a window has no normal geometry yet
        settings.setValue(f"{GROUP}/normal_geometry", normal)
    settings.setValue(f"{GROUP}/maximised", maximised)
    settings.sync()
