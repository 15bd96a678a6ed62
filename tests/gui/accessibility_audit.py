"""Which interactive widgets of a window a screen reader would announce without a name.

The rule, as Qt's accessibility layer gives names (``QAccessible.queryAccessibleInterface(w)
.text(Name)``, the name NVDA or Narrator reads on Windows):

- a widget's own ``accessibleName()`` comes first;
- a button, check box or radio button is named by its visible text (``&`` stripped);
- an input (line edit, date field, spin box, combo box, text box) is named by the QLabel whose
  buddy it is (``QLabel.setBuddy``; ``QFormLayout.addRow("Nhãn", field)`` sets it);
- a table, list or tree has no visible text of its own: it needs ``setAccessibleName``.

Qt on Linux names a combo box by its current item (the label is a relation there), which
would hide a combo with no label; it is judged the Windows way: accessible name, else the
label of its buddy. A name that is only the title of the group box around several fields is
not a name (every field of the box would be read alike): those fields need their own label.
A tab bar is judged tab by tab (each tab's text).

Widgets that are parts of another widget are not judged on their own: the line edit inside a
spin box or combo box, a table's headers and corner button, scroll bars, Qt's own clear
button in a search field, and hidden widgets. An icon button the app adds to a field (the
date field's calendar) is judged: a screen reader user finds it by exploring the screen.

Tab order: pressing Tab round a window (real key presses), each step must go on in reading
order — down to a later line, or right on the same line (two widgets share a line when their
heights overlap; from a tall table or list Tab may go on to the column beside it) — and every
field, button, table and scroll area on screen must be reached. A widget that keeps the Tab
key (a table with Tab moving between cells) ends the walk, so what follows it is reported as
never reached; a time field's Tab goes through hours and minutes, the guide's link by link.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QCalendarWidget, QComboBox, QGroupBox,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QScrollBar, QTabBar, QTabWidget, QTextBrowser, QTextEdit, QWidget,
)

INTERACTIVE = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton,
               QAbstractItemView, QAbstractSlider, QTabBar, QCalendarWidget)
NAME = QAccessible.Text.Name
LINE = 40  # pixels: about one line of a form, heading included
LINKS = 200  # Tab presses a page of the guide may take, link after link, before the buttons
COLUMN_HEIGHT = 100  # a widget this tall is a block of its own (a table, a list, a text box)


def _is_part_of_another(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    if isinstance(widget, (QHeaderView, QScrollBar)):
        return True
    if isinstance(widget, QLineEdit) and isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return True
    if isinstance(widget, QAbstractButton) and isinstance(parent, (QAbstractItemView, QTabBar)):
        return True  # a table's corner button, a tab bar's scroll arrows
    if isinstance(widget, QAbstractButton) and isinstance(parent, QLineEdit):
        # Qt's own clear button (the text is cleared from the keyboard as well), not one for an
        # action the app added to the field
        return not any(widget in action.associatedObjects() for action in parent.actions())
    return False


def _label_names(widget: QWidget) -> list[tuple[str, bool]]:
    """The labels Qt relates to ``widget`` (``QAccessibleWidget::relations``, Label): a sibling
    QLabel whose buddy it is, and the group box it sits in; (text, whether it is the group box).
    Found here the way Qt finds them, from the widgets, rather than through interfaces."""
    parent = widget.parentWidget()
    if parent is None:
        return []
    found = [(label.text().replace("&", "").strip(), False) for label in parent.findChildren(QLabel)
             if label.parentWidget() is parent and label.buddy() is widget]
    if isinstance(parent, QGroupBox) and parent.title().strip():
        found.append((parent.title().replace("&", "").strip(), True))
    return found


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces for ``widget`` ("" when it has none)."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    if isinstance(widget, QComboBox):
        labels = _label_names(widget)
        return labels[0][0] if labels else ""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(NAME).strip() if interface is not None else ""


def _named_only_by_group(widget: QWidget) -> bool:
    """Qt falls back on the group box title for a widget placed straight in a group box."""
    if widget.accessibleName().strip() or isinstance(widget, QAbstractButton) and widget.text().strip():
        return False
    labels = _label_names(widget)
    if not labels or not all(in_group for _, in_group in labels):
        return False
    group = widget.parentWidget()
    siblings = [w for w in group.findChildren(QWidget) if w.parentWidget() is group
                and isinstance(w, INTERACTIVE) and not _is_part_of_another(w) and w.isVisible()]
    return len(siblings) > 1


def describe(widget: QWidget) -> str:
    """Where the widget is: the page or dialog (the nearest ancestor of the app's own classes)
    and the attribute or object name that holds it, so an offender can be found in the code."""
    owner, node = None, widget
    while node is not None:
        if type(node).__module__.startswith("danvan_desktop.gui") and node is not widget:
            owner = node
            break
        node = node.parentWidget()
    held_as = ""
    if owner is not None:
        held_as = next((name for name, value in vars(owner).items() if value is widget), "")
        if not held_as and hasattr(owner, "ui"):
            held_as = next((name for name, value in vars(owner.ui).items() if value is widget), "")
    name = held_as or widget.objectName() or "?"
    hint = ""
    if isinstance(widget, QAbstractButton) and widget.toolTip():
        hint = f" tooltip={widget.toolTip()!r}"
    elif isinstance(widget, QLineEdit) and widget.placeholderText():
        hint = f" placeholder={widget.placeholderText()!r}"
    elif isinstance(widget, QComboBox) and widget.count():
        hint = f" first item={widget.itemText(0)!r}"
    where = type(owner).__name__ if owner is not None else "?"
    return f"{where}.{name} ({type(widget).__name__}){hint}"


def unnamed_widgets(root: QWidget) -> list[str]:
    """Every visible interactive widget under ``root`` (itself included) without a name."""
    offenders = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible() or _is_part_of_another(widget):
            continue
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if not (widget.tabText(index).strip() or widget.accessibleTabName(index).strip()):
                    offenders.append(f"{describe(widget)} tab {index}")
            continue
        if not accessible_name(widget) or _named_only_by_group(widget):
            offenders.append(describe(widget))
    return offenders


def unnamed_in_every_tab(root: QWidget) -> list[str]:
    """``unnamed_widgets`` with each tab of each tab widget under ``root`` shown in turn (a
    hidden tab's fields are not visible until the user opens it); the tabs are put back."""
    found = dict.fromkeys(unnamed_widgets(root))
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            found.update(dict.fromkeys(f"{w} [tab {tabs.tabText(index)!r}]" for w in unnamed_widgets(root)
                                       if w not in found))
        tabs.setCurrentIndex(current)
    return list(found)


def tab_sequence(window: QWidget, start: QWidget, limit: int = 400) -> list[QWidget]:
    """The widgets the focus visits when the user presses Tab from ``start`` until it comes
    back round (or leaves ``window``): real key presses, so a widget that keeps the Tab key
    for itself (a table) shows up as where the walk stops."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited, stayed = [start], 0
    for _ in range(limit):
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        current = window.focusWidget()
        if current is visited[-1]:  # a time field's Tab goes from the hours to the minutes first
            stayed += 1
            if stayed > (LINKS if isinstance(current, QTextBrowser) else 3):  # a browser's Tab goes link by link
                break
            continue
        stayed = 0
        if current is None or current is visited[0]:
            break
        visited.append(current)
    return visited


def out_of_reading_order(widgets: list[QWidget], tolerance: int = 4) -> list[str]:
    """Each step of ``widgets`` that goes against the reading order of the screen: up to an
    earlier line, or left on the same line. Two widgets are on one line when their heights
    overlap (a column beside a form is "on the line" of each of its fields, so Tab may finish
    the form before it goes to the column); positions are compared on screen (``mapToGlobal``)."""
    def box(widget: QWidget) -> QRect:
        return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())

    wrong = []
    for before, after in zip(widgets, widgets[1:]):
        if before.isAncestorOf(after):  # into a scroll area or tree: its first field may be scrolled away
            continue
        a, b = box(before), box(after)
        same_line = b.top() < a.bottom() - tolerance and a.top() < b.bottom() - tolerance
        # From a tall block (a table, a list) on to the column beside it, which may start a
        # little higher than the block under its heading.
        next_column = a.height() > COLUMN_HEIGHT and b.left() >= a.right() - tolerance and b.top() >= a.top() - LINE
        if next_column:
            continue
        if same_line and b.left() < a.left() - tolerance or not same_line and b.top() < a.top():
            wrong.append(f"{describe(before)} → {describe(after)}")
    return wrong


def tab_stops(root: QWidget) -> list[QWidget]:
    """Every widget under ``root`` the user can reach with Tab now (shown, enabled): fields,
    buttons, tables, and the scroll areas that take the focus to scroll."""
    return [w for w in root.findChildren(QWidget)
            if not _is_part_of_another(w) and w.isVisible() and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
            and w.focusProxy() is None]  # a calendar hands its focus to its day grid
