"""The splash shown at once on start, while the app's modules load.

A frameless label rather than QSplashScreen: QSplashScreen.show() blocks up to a second
waiting for the window to be exposed (seen offscreen and under X without a window
manager), which is the very delay the splash is there to hide."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QLabel

from .. import APP_NAME, __version__
from ..paths import resource

WIDTH, HEIGHT = 460, 220
MESSAGE = "Đang khởi động…"


def splash_pixmap() -> QPixmap:
    pixmap = QPixmap(WIDTH, HEIGHT)
    pixmap.fill(QColor("#ffffff"))
    painter = QPainter(pixmap)
    try:
        painter.setPen(QColor("#b71c1c"))
        painter.drawRect(0, 0, WIDTH - 1, HEIGHT - 1)
        QIcon(str(resource("icons", "app.svg"))).paint(painter, QRect(28, 48, 96, 96))
        title = QFont()
        title.setPointSize(17)
        title.setBold(True)
        painter.setFont(title)
        painter.drawText(QRect(144, 56, WIDTH - 160, 40), Qt.AlignmentFlag.AlignVCenter, APP_NAME)
        small = QFont()
        small.setPointSize(9)
        painter.setFont(small)
        painter.setPen(QColor("#424242"))
        painter.drawText(QRect(144, 96, WIDTH - 160, 40), Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                         f"Công tác dân vận chính quyền — phiên bản {__version__}")
        painter.drawText(QRect(0, HEIGHT - 44, WIDTH, 30), Qt.AlignmentFlag.AlignHCenter, MESSAGE)
    finally:
        painter.end()
    return pixmap


def show_splash(qt_argv: list[str]) -> QLabel:
    """Create the application (if need be) and put the splash on screen now."""
    app = QApplication.instance() or QApplication(qt_argv)
    splash = QLabel()
    splash.setWindowFlags(Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
    splash.setWindowTitle(APP_NAME)
    splash.setAccessibleName(f"{APP_NAME}: {MESSAGE}")
    splash.setPixmap(splash_pixmap())
    splash.resize(WIDTH, HEIGHT)
    screen = app.primaryScreen()
    if screen is not None:
        splash.move(screen.availableGeometry().center() - splash.rect().center())
    splash.show()
    app.processEvents()
    return splash
