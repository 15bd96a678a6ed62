"""What every record entry dialog does alike (petition, legal step, activity, reception, model,
democracy record): the save goes through the runner, every rejected field shows its message in
red under the field (all at once, cleared when the field is edited), and Esc or Hủy asks before
typed text is thrown away.

A dialog builds its ``QFormLayout``, then calls ``watch_fields(form, {domain field: widget})``
and saves with ``self.write(service_fn, *args, changes=..., saved=...)``; it stays open with the
messages shown when the write is refused, and closes once the write succeeded. What only the form
can know (a password typed twice) is refused before any write with ``self.refuse(error)``.

The pieces serve forms that are not record dialogs too: ``FieldErrors`` (the login dialog, the
first-run wizard's pages), ``form_values`` and ``discard_confirmed`` (the wizard's Hủy).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSpinBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLayoutItem,
    QLineEdit, QMessageBox, QPlainTextEdit, QWidget,
)

from ..errors import DanVanError, ValidationError
from ..services.changes import Changes
from .messages import show_unexpected
from .runner import Runner
from .wheel_guard import install_wheel_guard
from .widgets import error_label

log = logging.getLogger(__name__)
# Counts typed into a form: the spin box never cuts a typed number (the domain says what is allowed).
NO_CLAMP = 999_999_999



def _holds(item: QLayoutItem | None, widget: QWidget) -> bool:
    if item is None:
        return False
    if item.widget() is not None:
        return item.widget() is widget or item.widget().isAncestorOf(widget)
    layout = item.layout()
    return layout is not None and any(_holds(layout.itemAt(i), widget) for i in range(layout.count()))


def _row_of(form: QFormLayout, widget: QWidget) -> int:
    for row in range(form.rowCount()):
        for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
            if _holds(form.itemAt(row, role), widget):
                return row
    return -1


def edited_signal(widget: QWidget):
    """The signal a field emits when the user changes it."""
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QAbstractSpinBox):
        return getattr(widget, "valueChanged", None) or getattr(widget, "timeChanged", None)
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        return widget.textChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    return None


def form_values(root: QWidget) -> tuple:
    """What the user can change in ``root``'s fields, to compare with what was shown at first."""
    values = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # a spin or combo box's own line edit: the box is read
        if isinstance(widget, QAbstractSpinBox):
            values.append(widget.text())
        elif isinstance(widget, QComboBox):
            values.append(widget.currentIndex())
        elif isinstance(widget, QLineEdit):
            values.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            values.append(widget.toPlainText())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values.append(widget.isChecked())
    return tuple(values)


def discard_confirmed(parent: QWidget) -> bool:
    """"Bỏ các thay đổi chưa lưu?" (Có / Không, Không by default): True when the user lets them go."""
    # The texts spelled out in each call (no wrapper): lupdate extracts only literal calls.
    question = QCoreApplication.translate("RecordDialog", "Bỏ các thay đổi chưa lưu?")
    box = QMessageBox(QMessageBox.Icon.Question, parent.windowTitle(), question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("RecordDialog", "Có"))
    box.button(QMessageBox.StandardButton.No).setText(QCoreApplication.translate("RecordDialog", "Không"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


class FieldErrors:
    """A red line under each watched field's row, hidden while the row has nothing to say."""

    def __init__(self, form: QFormLayout, fields: dict[str, QWidget], general: QLabel):
        self.form, self.fields, self.general = form, fields, general
        self.messages: dict[str, str] = {}
        rows: dict[int, list[str]] = {}
        for name, widget in fields.items():
            rows.setdefault(_row_of(form, widget), []).append(name)
        self.row_label: dict[str, QLabel] = {}
        for row in sorted((r for r in rows if r >= 0), reverse=True):  # inserting from the bottom keeps rows
            label = error_label()
            label.setObjectName("field_error")
            form.insertRow(row + 1, "", label)
            form.setRowVisible(label, False)
            for name in rows[row]:
                self.row_label[name] = label
        for name, widget in fields.items():
            signal = edited_signal(widget)
            if signal is not None:
                signal.connect(lambda *_, name=name: self.clear_field(name))

    def show(self, problems: tuple[ValidationError, ...], focus: bool = True) -> None:
        """Every message under its field at once (the rest on the general line); ``focus``: the
        first field refused takes the focus (not while the user is typing in another)."""
        self.clear()
        general = []
        for problem in problems:
            if problem.field in self.row_label and self.fields[problem.field].isEnabled():
                self.messages[problem.field] = str(problem)
            else:
                general.append(str(problem))
        self._paint()
        self.general.setText(" ".join(general))
        first = next((self.fields[name] for name in self.fields if name in self.messages), None)
        if first is not None and focus:
            first.setFocus()

    def clear(self) -> None:
        self.messages.clear()
        self._paint()
        self.general.clear()

    def clear_field(self, name: str) -> None:
        if self.messages.pop(name, None) is not None:
            self._paint()

    def texts(self) -> list[str]:
        """Every message on screen, the field ones first."""
        shown = [label.text() for label in dict.fromkeys(self.row_label.values()) if label.text()]
        return shown + ([self.general.text()] if self.general.text() else [])

    def _paint(self) -> None:
        for label in dict.fromkeys(self.row_label.values()):
            text = " ".join(message for name, message in self.messages.items() if self.row_label[name] is label)
            label.setText(text)
            self.form.setRowVisible(label, bool(text))
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """A window opened at its designed size grows when a message takes two lines; a
        wrapped line would otherwise be squeezed over the next field. It never shrinks."""
        owner = self.form.parentWidget()
        window = owner.window() if owner is not None else None
        layout = window.layout() if window is not None else None
        if layout is None or not window.isVisible() or window.isMaximized():
            return
        layout.activate()
        width = window.width()
        need = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        screen = window.screen()
        if screen is not None:  # never past the bottom of a small screen (the taskbar)
            need = min(need, screen.availableGeometry().height() - (window.frameGeometry().height() - window.height()))
        if need > window.height():
            window.resize(width, need)


class RecordDialog(QDialog):
    """Base of the record entry dialogs; see the module docstring."""

    save_finished = Signal()  # after each press of Lưu, saved or not (tests wait on it)

    def __init__(self, runner: Runner | None = None, parent=None):
        super().__init__(parent)
        self.runner = runner or Runner(self)
        self.error = error_label()  # what belongs to no single field
        self.field_errors: FieldErrors | None = None
        self.saving = False
        self._shown_values: tuple | None = None

    def watch_fields(self, form: QFormLayout, fields: dict[str, QWidget], general: QLabel | None = None) -> None:
        """``general``: the dialog's own line for what belongs to no field (a Designer form's)."""
        if general is not None:
            self.error = general
        self.field_errors = FieldErrors(form, fields, self.error)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._shown_values is None:
            install_wheel_guard(self)
            self._shown_values = form_values(self)

    # -- Esc and Hủy --------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self._shown_values is not None and form_values(self) != self._shown_values

    def reject(self) -> None:
        if self.saving:
            return  # the write is under way: its outcome closes the dialog or shows why not
        if self.has_unsaved_changes() and not discard_confirmed(self):
            return
        super().reject()

    # -- Lưu ------------------------------------------------------------------------------------
    def write(self, fn: Callable, *args, changes: Changes, saved: Callable[[object], None] | None = None,
              **kwargs) -> None:
        """``fn(*args, **kwargs)`` on the runner; on success ``saved(value)`` and the dialog closes,
        refused it stays open with every message next to its field."""
        if self.field_errors is not None:
            self.field_errors.clear()
        self.error.clear()
        self.saving = True
        self._set_buttons_enabled(False)

        def done(value) -> None:
            if saved is not None:
                saved(value)
            self.saving = False
            self.accept()

        self.runner.write(fn, *args, changes=changes, on_result=done, on_error=self._refused,
                          on_finished=self._finished, parent=self, cancellable=False,
                          title=QCoreApplication.translate("RecordDialog", "Đang lưu…"), **kwargs)

    def save_record(self, data, add: Callable, update: Callable, area: str, id_attribute: str) -> None:
        """Add ``data`` (the new id kept in ``id_attribute``) or correct the record ``self.editing``."""
        if self.editing is not None:
            self.write(update, self.session, self.editing, data, today=self.today,
                       changes=Changes(area, (self.editing,)))
        else:
            self.write(add, self.session, data, today=self.today, changes=Changes(area, added=True),
                       saved=lambda new_id: setattr(self, id_attribute, new_id))

    def refuse(self, error: DanVanError) -> None:
        """A press of the button refused before anything is written (what only the form knows)."""
        self._refused(error)
        self.save_finished.emit()

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, ValidationError) and self.field_errors is not None:
            self.field_errors.show(error.problems)
        elif isinstance(error, DanVanError):
            self.error.setText(str(error))  # the form keeps everything the officer typed
        else:
            log.error("saving a record failed\n%s", getattr(error, "__traceback_text__", ""))
            show_unexpected(self, error)

    def _finished(self) -> None:
        self.saving = False
        self._set_buttons_enabled(True)
        self.save_finished.emit()

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for box in self.findChildren(QDialogButtonBox):
            box.setEnabled(enabled)

    def error_texts(self) -> list[str]:
        """Every refusal message on screen (under the fields, then the form's own line)."""
        if self.field_errors is not None:
            return self.field_errors.texts()
        return [self.error.text()] if self.error.text() else []
