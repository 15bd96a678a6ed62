"""What a write changed, so the windows refresh only that (Anki's ``OpChanges``).

A write run through the GUI's runner returns a ``Changes`` with its result; the runner
announces it and each page refreshes what it shows of it (a petition row read again, the
overdue badge recounted) instead of resetting.
"""

from __future__ import annotations

from dataclasses import dataclass

PETITIONS = "petitions"
RECEPTIONS = "receptions"
REPORTS = "reports"
ACTIVITIES = "activities"
MODELS = "models"
DEMOCRACY = "democracy"
USERS = "users"  # accounts: added, locked, unlocked, disabled, passwords
ATTACHMENTS = "attachments"  # evidence files (ids: the record they belong to)
SETTINGS = "settings"  # the unit's settings, rule files and unit lists
BUNDLES = "bundles"  # signing keys, the pseudonym key, exported bundles


@dataclass(frozen=True)
class Changes:
    """``area`` changed; ``ids`` are the records changed in place, ``added`` says new ones came."""

    area: str
    ids: tuple[int, ...] = ()
    added: bool = False

    def touches(self, area: str) -> bool:
        return self.area == area
