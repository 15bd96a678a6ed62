"""The one combo box of the app: labels shown, values given back as they were put in.

PySide6 stores a ``str``-based Enum put into item data as its plain string and returns
that string from ``currentData()``; code expecting ``Role.LEADER`` then gets ``"leader"``
and fails on ``.value``. ``ChoiceBox`` remembers the value objects it was given and
converts back on the way out, so every reader of a choice gets the type it put in.
A test keeps every combo box in the GUI (code and Designer forms) a ``ChoiceBox``.
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

_USER = Qt.ItemDataRole.UserRole
# A crowded row (a filter bar on a 1366x768 screen at 125%) may narrow a combo box to this
# many characters; it keeps its full width where there is room, and its list shows whole labels.
SHRINK_TO_CHARS = 12


class ChoiceBox(QComboBox):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._originals: dict[tuple[type, Hashable], object] = {}

    def _remember(self, value) -> None:
        """Keep a value whose type Qt does not give back (a str or int Enum)."""
        for base in (str, int):
            if isinstance(value, base) and type(value) is not base and not isinstance(value, bool):
                self._originals[(base, base(value.value if hasattr(value, "value") else value))] = value

    def _restore(self, raw):
        for base in (str, int):
            if type(raw) is base:
                return self._originals.get((base, raw), raw)
        return raw

    def minimumSizeHint(self) -> QSize:
        full = super().minimumSizeHint()
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        text = QSize(self.fontMetrics().horizontalAdvance("0" * SHRINK_TO_CHARS), full.height())
        least = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, self)
        return QSize(min(full.width(), least.width()), full.height())

    def addItem(self, *args, **kwargs) -> None:
        super().addItem(*args, **kwargs)
        self._remember(_data_argument(args, kwargs))

    def insertItem(self, index: int, *args, **kwargs) -> None:
        super().insertItem(index, *args, **kwargs)
        self._remember(_data_argument(args, kwargs))

    def setItemData(self, index: int, value, role=_USER) -> None:
        super().setItemData(index, value, role)
        if role == _USER:
            self._remember(value)

    def currentData(self, role=_USER):
        return self._restore(super().currentData(role))

    def itemData(self, index: int, role=_USER):
        return self._restore(super().itemData(index, role))

    def add_choices(self, choices: dict) -> None:
        for value, label in choices.items():
            self.addItem(label, value)

    def select_value(self, value) -> bool:
        """Make the item holding ``value`` current; False (and nothing changed) when none does."""
        for index in range(self.count()):
            if self.itemData(index) == value:
                self.setCurrentIndex(index)
                return True
        return False


def _data_argument(args: tuple, kwargs: dict):
    """The item data of an ``addItem``/``insertItem`` call: ``(text, data)`` or ``(icon, text, data)``."""
    if "userData" in kwargs:
        return kwargs["userData"]
    rest = args[1:] if args and isinstance(args[0], QIcon) else args
    return rest[1] if len(rest) > 1 else None
