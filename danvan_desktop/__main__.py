"""``python -m danvan_desktop`` starts the desktop app; also the frozen build's entry script,
hence the absolute import."""

import sys

from danvan_desktop.gui.launch import main

sys.exit(main())
