"""Dân Vận Desktop: records, petitions and reports for dân vận chính quyền work.

The package is layered (see docs/architecture.md):
domain (pure rules) <- storage (the only SQL) <- services (use cases) <- cli, gui.
Nothing outside ``danvan_desktop.gui`` imports Qt.
"""

__version__ = "0.1.0"
APP_NAME = "Dân Vận Desktop"
APP_ID = "DanVanDesktop"
