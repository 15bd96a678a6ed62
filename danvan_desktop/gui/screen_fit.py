"""Windows that fit the screen they open on.

The office PC is often a 1366x768 laptop with a taskbar, at 100% or 125% scaling: at 125%
that is 1093x614 logical pixels, less the taskbar. A dialog asks for the size it would like
and gets at most what the screen has room for (its title bar and borders included); what
cannot shrink that far scrolls (``scrolling``).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# Room left around a window's client area for the window manager's title bar and borders.
FRAME = QMargins(8, 32, 8, 8)


def available_geometry(widget: QWidget) -> QRect:
    """The screen's available area (taskbar excluded) where ``widget`` opens: its parent's
    screen for a dialog, else its own (the primary screen before it is shown)."""
    anchor = widget.parentWidget().window() if widget.parentWidget() is not None else widget
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def room_for_window(widget: QWidget) -> QSize:
    """The largest client area a window on ``widget``'s screen can have with its frame on screen."""
    return available_geometry(widget).marginsRemoved(FRAME).size()


def resize_to_screen(widget: QWidget, width: int, height: int) -> None:
    """``widget.resize(width, height)``, made smaller where the screen has less room."""
    room = room_for_window(widget)
    widget.resize(min(width, room.width()), min(height, room.height()))


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area that lets it grow to the area's width: long forms
    keep their layout on a big screen and scroll on a small one."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area
