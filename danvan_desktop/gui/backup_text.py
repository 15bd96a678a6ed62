"""How a backup is named to the user: when (dd/mm/yyyy HH:MM), why, how big."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..storage.backups import BackupInfo

# Marked for lupdate here, translated where shown.
KIND_LABELS = {
    "auto": QT_TRANSLATE_NOOP("Backups", "tự động"),
    "manual": QT_TRANSLATE_NOOP("Backups", "thủ công"),
    "pre-migration": QT_TRANSLATE_NOOP("Backups", "trước nâng cấp"),
    "pre-restore": QT_TRANSLATE_NOOP("Backups", "trước khôi phục"),
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("Backups", KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def backup_line(info: BackupInfo) -> str:
    return "  —  ".join(backup_cells(info))


def backup_cells(info: BackupInfo) -> tuple[str, str, str, str]:
    """(when, why, size, file name) for a table row."""
    return (f"{info.taken_at:%d/%m/%Y %H:%M}", kind_label(info.kind), _size(info.size), info.path.name)


def _size(size: int) -> str:
    return f"{max(1, size // 1024):,} KB".replace(",", ".")  # Vietnamese thousands separator
