"""Everything Qt: application state, main window, map, panels, table models, task runner.

pyqtgraph picks a Qt binding when it is first imported; this package loads PySide6 first (and
names it for pyqtgraph), so import order inside gui/ modules no longer matters.
"""

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import PySide6.QtCore  # noqa: E402,F401 - must be loaded before pyqtgraph
