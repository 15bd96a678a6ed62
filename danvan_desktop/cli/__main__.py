"""``python -m danvan_desktop.cli`` runs ``danvan``; also the frozen build's console entry
script (``danvan.exe``), hence the absolute import."""

import sys

from danvan_desktop.cli.main import main

sys.exit(main())
