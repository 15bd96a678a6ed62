"""Why a bundle was refused."""

from __future__ import annotations

from ..errors import DanVanError


class BundleRejected(DanVanError):
    """A bundle that must not be trusted. ``str()`` is one Vietnamese sentence; ``code``
    names the check that failed (stable, for tests and the audit log)."""

    def __init__(self, message: str, code: str):
        super().__init__(message)
        self.code = code
