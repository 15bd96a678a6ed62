"""Bundled fonts and icons."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QIcon

from ..paths import resource

UI_FONT_FAMILY = "Liberation Sans"


def load_fonts() -> list[str]:
    """Register every bundled font; return the families that loaded."""
    families: set[str] = set()
    for path in sorted(resource("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(families)


def ui_font() -> QFont:
    font = QFont(UI_FONT_FAMILY)
    font.setPointSize(10)
    return font


def icon(name: str) -> QIcon:
    return QIcon(str(resource("icons", f"{name}.svg")))
